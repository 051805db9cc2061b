import { describe, expect, it } from "vitest";
import { HIGHLIGHTS_KEY, clearHighlights, highlightCells, REQUEST_LIMIT } from "../../src/excel";
import { HIGHLIGHT_LINE, MAX_CUED_CELLS } from "../../src/excel/highlightCue";
import type { FakeSheetSeed } from "../fakes/excel";
import { fakeExcel, rejection } from "./helpers";

/** A report form as units send it: a thin grid, a medium outline, a double line under the header, a user's fill. */
const form = (): FakeSheetSeed => ({
  name: "Báo cáo",
  rows: [
    ["Chỉ tiêu", "KH", "TH", "Tỷ lệ"],
    ["Kết nạp", 10, 7, "70%"],
    ["Kiểm tra", 80, 62, 0.755],
    ["Giám sát", 4, 2, null],
    ["Khác", 0, 0, null],
  ],
  fills: { B2: "#FFFF00" },
  borders: {
    "A1:D5": { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" },
    // Both sides of the line under the header, as Excel stores a line it drew (see the shared-edges case).
    "A1:D1": { bottom: "Double Thick #1F4E79" },
    "A2:D2": { top: "Double Thick #1F4E79" },
    "D1:D5": { right: "Continuous Medium #FF0000" },
  },
});

const line = (severity: keyof typeof HIGHLIGHT_LINE) => HIGHLIGHT_LINE[severity];
const all4 = (l: unknown) => ({ top: l, bottom: l, left: l, right: l });

describe("the highlight's second cue: a border line by severity", () => {
  it("draws thick, dashed and dotted lines around error, warning and note cells, and clear puts every user line back (2 syncs each)", async () => {
    const fake = fakeExcel({ sheets: [form()] });
    const sheet = fake.workbook.sheet("Báo cáo");
    const before = fake.workbook.snapshot();
    fake.stats.reset();
    await highlightCells([
      { sheet: "Báo cáo", cell: "B2", severity: "error" },
      { sheet: "Báo cáo", cell: "D3", severity: "warning" },
      { sheet: "Báo cáo", cell: "F8", severity: "info" }, // outside the form: no lines of its own
    ]);
    expect(fake.stats.syncs).toBe(2);
    expect(sheet.cell("B2").lines).toEqual(all4(line("error")));
    expect(sheet.cell("D3").lines).toEqual(all4(line("warning")));
    expect(sheet.cell("F8").lines).toEqual(all4(line("info")));
    // Three lines that differ without colour: solid thick, dashed, dotted.
    expect(new Set([line("error"), line("warning"), line("info")].map((l) => `${l.style}/${l.weight}`)).size).toBe(3);

    fake.stats.reset();
    expect(await clearHighlights()).toBe(3);
    expect(fake.stats.syncs).toBe(2);
    expect(sheet.cell("D3").lines.right).toEqual({ style: "Continuous", weight: "Medium", color: "#FF0000" });
    expect(sheet.cell("F8").lines).toEqual(all4(null));
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it.each([false, true])("restores shared edges of neighbouring cells marked over several checks (shared edges: %s)", async (sharedBorderEdges) => {
    const fake = fakeExcel({ sheets: [form()], sharedBorderEdges });
    const sheet = fake.workbook.sheet("Báo cáo");
    const before = fake.workbook.snapshot();
    await highlightCells([
      { sheet: "Báo cáo", cell: "B2", severity: "error" },
      { sheet: "Báo cáo", cell: "B3", severity: "info" },
      { sheet: "Báo cáo", cell: "C2", severity: "warning" },
    ]);
    if (sharedBorderEdges) {
      // Drawn from the least severe up: the line B2 shares with B3 and C2 is the error's.
      expect(sheet.cell("B3").lines.top).toEqual(line("error"));
      expect(sheet.cell("C2").lines.left).toEqual(line("error"));
    }
    // A later check marks B4 under B3 (whose cue is on their shared line), then B2 again.
    await highlightCells([{ sheet: "Báo cáo", cell: "B4", severity: "warning" }]);
    await highlightCells([{ sheet: "Báo cáo", cell: "B2", severity: "info" }]);
    expect(sheet.cell("B2").lines.left).toEqual(line("info"));
    expect(await clearHighlights()).toBe(4);
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("without ExcelApi 1.9 (the manifest's 1.7), still draws the cue and restores lines and fills", async () => {
    const fake = fakeExcel({ sheets: [form()], apiVersion: "1.7" });
    const before = fake.workbook.snapshot();
    await highlightCells([{ sheet: "Báo cáo", cell: "C4", severity: "warning" }]);
    expect(fake.workbook.sheet("Báo cáo").cell("C4").lines).toEqual(all4(line("warning")));
    await clearHighlights();
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("a memory from before the cue: clear leaves lines alone; marking the cell again remembers its lines first", async () => {
    const fake = fakeExcel({ sheets: [{ ...form(), fills: { B3: "#FFC7CE" } }], settings: { [HIGHLIGHTS_KEY]: [{ sheet: "Báo cáo", cell: "B3", fill: "#FFFF00" }] } });
    const sheet = fake.workbook.sheet("Báo cáo");
    expect(await clearHighlights()).toBe(1);
    expect(sheet.cell("B3").fill).toBe("#FFFF00");
    expect(sheet.cell("B3").lines.top).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });

    fake.workbook.settings.set(HIGHLIGHTS_KEY, [{ sheet: "Báo cáo", cell: "B3", fill: "#FFFF00" }]);
    await highlightCells([{ sheet: "Báo cáo", cell: "B3", severity: "error" }]);
    expect(sheet.cell("B3").lines.top).toEqual(line("error"));
    await clearHighlights();
    expect(sheet.cell("B3").lines).toEqual(all4({ style: "Continuous", weight: "Thin", color: "#000000" }));
    expect(sheet.cell("B3").fill).toBe("#FFFF00");
  });

  it("a cell whose lines are remembered late is restored first (shared edges), so its neighbour's memory wins", async () => {
    // B3 was painted by a version without the cue; B4 under it gets the cue first, then B3 does.
    const fake = fakeExcel({ sheets: [form()], sharedBorderEdges: true, settings: { [HIGHLIGHTS_KEY]: [{ sheet: "Báo cáo", cell: "B3", fill: null }] } });
    const before = fake.workbook.snapshot();
    await highlightCells([{ sheet: "Báo cáo", cell: "B4", severity: "error" }]);
    await highlightCells([{ sheet: "Báo cáo", cell: "B3", severity: "info" }]);
    await clearHighlights();
    expect(fake.workbook.sheet("Báo cáo").cell("B4").lines.top).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(fake.workbook.snapshot()).toMatchObject({ sheets: (before as { sheets: unknown[] }).sheets });
  });

  it("ignores remembered lines that are not Excel's, so a damaged memory cannot make the clear fail", async () => {
    const fake = fakeExcel({
      sheets: [form()],
      settings: { [HIGHLIGHTS_KEY]: [{ sheet: "Báo cáo", cell: "C3", fill: null, borders: [["Wavy", "Thin", "#000000"], null, null, null] }] },
    });
    expect(await clearHighlights()).toBe(1);
    expect(fake.workbook.sheet("Báo cáo").cell("C3").lines.top).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(fake.workbook.sheet("Báo cáo").cell("C3").fill).toBeNull();
  });

  it("a failed write leaves the cells and the memory as they were", async () => {
    const fake = fakeExcel({ sheets: [form()] });
    const before = fake.workbook.snapshot();
    fake.failOnSync(2);
    await rejection(highlightCells([{ sheet: "Báo cáo", cell: "B2", severity: "error" }]));
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it(`cues at most ${MAX_CUED_CELLS} cells, the most severe first, counting earlier highlights; requests stay under the cap`, async () => {
    const fake = fakeExcel({ sheets: [form()] });
    const sheet = fake.workbook.sheet("Báo cáo");
    const before = fake.workbook.snapshot();
    const notes = Array.from({ length: MAX_CUED_CELLS }, (_, i) => ({ sheet: "Báo cáo", cell: `H${i + 1}`, severity: "info" as const }));
    fake.stats.reset();
    await highlightCells([...notes, { sheet: "Báo cáo", cell: "B2", severity: "error" }]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxRequestBytes).toBeLessThan(REQUEST_LIMIT);
    expect(sheet.cell("B2").lines.top).toEqual(line("error"));
    const cued = notes.filter((n) => sheet.cell(n.cell).lines.top !== null).length;
    expect(cued).toBe(MAX_CUED_CELLS - 1);
    expect(notes.every((n) => sheet.cell(n.cell).fill === "#DDEBF7")).toBe(true);

    // The cap is full: a later check's cell gets the fill alone.
    await highlightCells([{ sheet: "Báo cáo", cell: "C3", severity: "error" }]);
    expect(sheet.cell("C3").fill).toBe("#FFC7CE");
    expect(sheet.cell("C3").lines.top).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });

    fake.stats.reset();
    await clearHighlights();
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxRequestBytes).toBeLessThan(REQUEST_LIMIT);
    expect(fake.workbook.snapshot()).toEqual(before);
  });
});
