import { describe, expect, it } from "vitest";
import { ExcelDoorError, HIGHLIGHTS_KEY, clearHighlights, highlightCells, selectCell, writeFormulas } from "../../src/excel";
import { fakeExcel, rejection } from "./helpers";

const report = () => ({
  name: "Báo cáo",
  rows: [
    ["Chỉ tiêu", "KH", "TH", "Tỷ lệ"],
    ["Kết nạp", 10, 7, "70%"],
    ["Kiểm tra", 80, 62, 0.755],
    ["Giám sát", 4, 2, "Không có kế hoạch"],
    ["Khác", 0, 0, null],
  ] as (string | number | null)[][],
  fills: { B2: "#FFFF00", C3: "#FFFFFF" },
});

describe("highlightCells / clearHighlights", () => {
  it("paints by severity, remembers each cell's own fill and puts it back exactly (2 syncs each)", async () => {
    const fake = fakeExcel({ sheets: [report()] });
    const sheet = fake.workbook.sheet("Báo cáo");
    fake.stats.reset();
    const n = await highlightCells([
      { sheet: "Báo cáo", cell: "B2", severity: "warning" },
      { sheet: "Báo cáo", cell: "C3", severity: "info" },
      { sheet: "Báo cáo", cell: "D3", severity: "error" },
      { sheet: "Báo cáo", cell: "D3", severity: "info" }, // the worst finding of a cell wins
    ]);
    expect(n).toBe(3);
    expect(fake.stats.syncs).toBe(2);
    expect([sheet.cell("B2").fill, sheet.cell("C3").fill, sheet.cell("D3").fill]).toEqual(["#FFEB9C", "#DDEBF7", "#FFC7CE"]);

    // Painting B2 again (another check) must not make its highlight its "own" fill.
    await highlightCells([{ sheet: "Báo cáo", cell: "b2", severity: "error" }, { sheet: "Báo cáo", cell: "D4", severity: "warning" }]);
    expect(sheet.cell("B2").fill).toBe("#FFC7CE");
    expect((fake.workbook.settings.get(HIGHLIGHTS_KEY) as unknown[]).length).toBe(4);

    fake.stats.reset();
    expect(await clearHighlights()).toBe(4);
    expect(fake.stats.syncs).toBe(2);
    expect(sheet.cell("B2").fill).toBe("#FFFF00"); // the user's own yellow
    expect(sheet.cell("C3").fill).toBe("#FFFFFF"); // an explicit white stays white (ExcelApi 1.9 tells it from none)
    expect(sheet.cell("D3").fill).toBeNull(); // no fill before, none after
    expect(sheet.cell("D4").fill).toBeNull();
    expect(fake.workbook.settings.has(HIGHLIGHTS_KEY)).toBe(false);
    expect(await clearHighlights()).toBe(0);
  });

  it("without ExcelApi 1.9, tells no fill from a colour by white, and still restores colours", async () => {
    const fake = fakeExcel({ sheets: [report()], apiVersion: "1.8" });
    const sheet = fake.workbook.sheet("Báo cáo");
    await highlightCells([{ sheet: "Báo cáo", cell: "B2", severity: "error" }, { sheet: "Báo cáo", cell: "A1", severity: "warning" }]);
    await clearHighlights();
    expect(sheet.cell("B2").fill).toBe("#FFFF00");
    expect(sheet.cell("A1").fill).toBeNull();
  });

  it("restores what it can when a highlighted sheet was deleted since", async () => {
    const fake = fakeExcel({ sheets: [report(), { name: "Khác", rows: [["x"]] }] });
    await highlightCells([{ sheet: "Báo cáo", cell: "B2", severity: "error" }, { sheet: "Khác", cell: "A1", severity: "error" }]);
    fake.workbook.settings.set(HIGHLIGHTS_KEY, [
      ...(fake.workbook.settings.get(HIGHLIGHTS_KEY) as unknown[]),
      { sheet: "Đã xóa", cell: "A1", fill: null },
      { sheet: "Khác", cell: "not a cell", fill: null },
    ]);
    expect(await clearHighlights()).toBe(2);
    expect(fake.workbook.sheet("Báo cáo").cell("B2").fill).toBe("#FFFF00");
    expect(fake.workbook.sheet("Khác").cell("A1").fill).toBeNull();
  });

  it("names a missing sheet and paints nothing", async () => {
    const fake = fakeExcel({ sheets: [report()] });
    const before = fake.workbook.snapshot();
    const error = (await rejection(highlightCells([{ sheet: "Không có", cell: "A1", severity: "error" }]))) as ExcelDoorError;
    expect(error.code).toBe("SheetNotFound");
    expect(fake.workbook.snapshot()).toEqual(before);
  });
});

describe("selectCell", () => {
  it("shows the sheet and selects the cell in 1 sync", async () => {
    const fake = fakeExcel({ sheets: [{ name: "A", rows: [] }, report()] });
    fake.stats.reset();
    await selectCell("Báo cáo", "c3");
    expect(fake.stats.syncs).toBe(1);
    expect(fake.workbook.selection).toEqual({ sheet: "Báo cáo", address: "C3" });
    expect(((await rejection(selectCell("Báo cáo", "3C"))) as ExcelDoorError).code).toBe("InvalidArgument");
    expect(((await rejection(selectCell("Không có", "A1"))) as ExcelDoorError).code).toBe("SheetNotFound");
  });
});

describe("writeFormulas", () => {
  it("writes formulas and their format over numbers, typed rates and empty cells (2 syncs)", async () => {
    const fake = fakeExcel({ sheets: [{ ...report(), formats: [[], [null, null, null, "@"]] }] });
    fake.stats.reset();
    const n = await writeFormulas("Báo cáo", [
      { cell: "D2", formula: 'IF(B2>0,C2/B2,"")', format: "0.0%" },
      { cell: "D3", formula: "=C3/B3", format: "0.0%" },
      { cell: "D5", formula: 'IF(B5>0,C5/B5,"")', format: "0.0%" },
    ]);
    expect(n).toBe(3);
    expect(fake.stats.syncs).toBe(2);
    const sheet = fake.workbook.sheet("Báo cáo");
    // D2 was formatted as text: the format goes first, so the formula is a formula.
    expect(sheet.cell("D2")).toMatchObject({ formula: '=IF(B2>0,C2/B2,"")', numberFormat: "0.0%" });
    expect(sheet.cell("D3")).toMatchObject({ formula: "=C3/B3", numberFormat: "0.0%" });
    expect(sheet.cell("D5").formula).toBe('=IF(B5>0,C5/B5,"")');
  });

  it("refuses to overwrite text a user typed, and writes nothing", async () => {
    const fake = fakeExcel({ sheets: [report()] });
    const before = fake.workbook.snapshot();
    const error = (await rejection(
      writeFormulas("Báo cáo", [
        { cell: "D3", formula: "C3/B3", format: "0.0%" },
        { cell: "D4", formula: "C4/B4", format: "0.0%" },
      ]),
    )) as ExcelDoorError;
    expect(error).toBeInstanceOf(ExcelDoorError);
    expect(error.code).toBe("WouldOverwriteText");
    expect(error.message.vi).toContain("D4");
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("says the sheet is protected when Excel refuses the write", async () => {
    fakeExcel({ sheets: [{ ...report(), protected: true }] });
    const error = (await rejection(writeFormulas("Báo cáo", [{ cell: "D5", formula: "C5/B5", format: "0.0%" }]))) as ExcelDoorError;
    expect(error.code).toBe("SheetProtected");
    expect(error.message.vi).toMatch(/bảo vệ/);
  });
});
