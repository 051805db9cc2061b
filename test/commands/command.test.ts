import { describe, expect, it, vi } from "vitest";
import { checkActiveSheet, failureMessage, validateReportHandler, type CommandDeps, type HighlightTarget } from "../../src/commands/command";
import type { Summary } from "../../src/commands/summary";
import { checkGrids } from "../../src/engine";
import { gridFromRows } from "../../src/engine/grid";
import { BCXDD } from "../../src/templates/bcxdd";
import { ExcelDoorError } from "../../src/excel/errors";
import { reportSheet } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import { unitWith } from "../support/build";

/** A unit's report with a stated completion rate that the figures contradict (an error with a cell). */
const faulty = () => specToGrid(reportSheet(unitWith(), { statedPct: { KT_TC: "75,5%" } }));
const clean = () => specToGrid(reportSheet(unitWith()));

function deps(over: Partial<CommandDeps> = {}): CommandDeps & { shown: Summary[]; highlighted: HighlightTarget[][] } {
  const shown: Summary[] = [];
  const highlighted: HighlightTarget[][] = [];
  return {
    shown,
    highlighted,
    readActiveSheet: async () => faulty(),
    highlightCells: async (targets) => {
      highlighted.push(targets);
      return new Set(targets.map((t) => t.cell)).size;
    },
    openDialog: (summary, closed) => {
      shown.push(summary);
      closed();
    },
    lang: () => "vi",
    ...over,
  };
}

describe("checkActiveSheet", () => {
  it("checks the sheet with the BC-XDĐ template and highlights every finding that has a cell", async () => {
    const d = deps();
    const summary = await checkActiveSheet(d, "vi");
    const grid = faulty();
    const expected = checkGrids([grid], grid.name, BCXDD).findings;
    expect(expected.some((f) => f.severity === "error" && f.cell)).toBe(true);
    expect(summary.counts.error).toBe(expected.filter((f) => f.severity === "error").length);
    expect(summary.sheet).toBe(grid.name);
    expect(d.highlighted).toHaveLength(1);
    expect(d.highlighted[0]).toEqual(expected.filter((f) => f.cell).map((f) => ({ sheet: grid.name, cell: f.cell, severity: f.severity })));
    expect(summary.highlighted).toBe(new Set(d.highlighted[0].map((t) => t.cell)).size);
    expect(summary.lines[0].severity).toBe("error");
    expect(summary.error).toBeNull();
  });

  it("reports a clean sheet as clean and colours nothing", async () => {
    const d = deps({ readActiveSheet: async () => clean() });
    const summary = await checkActiveSheet(d, "vi");
    expect(summary.counts.error).toBe(0);
    expect(d.highlighted.every((t) => t.length === 0)).toBe(true);
  });

  it("says the sheet is not a report when the form is not found", async () => {
    const d = deps({ readActiveSheet: async () => gridFromRows("Sheet1", [["Danh sách"], ["Nguyễn Văn A", 3]]) });
    const summary = await checkActiveSheet(d, "en");
    expect(summary.counts.error).toBe(1);
    expect(summary.lines[0]).toMatchObject({ severity: "error", cell: null });
    expect(summary.lines[0].text).toMatch(/No sheet looks like the report form/);
  });

  it("still shows the findings when colouring fails", async () => {
    const d = deps({ highlightCells: async () => Promise.reject(new ExcelDoorError("SheetProtected", { vi: "bảo vệ", en: "protected" })) });
    const summary = await checkActiveSheet(d, "vi");
    expect(summary.highlighted).toBeNull();
    expect(summary.counts.error).toBeGreaterThan(0);
    expect(summary.error).toBeNull();
  });

  it("turns the Excel door's error into its own message, in the user's language", async () => {
    const err = new ExcelDoorError("CellEditMode", { vi: "Ô đang được sửa.", en: "A cell is being edited." });
    for (const lang of ["vi", "en"] as const) {
      const summary = await checkActiveSheet(deps({ readActiveSheet: async () => Promise.reject(err) }), lang);
      expect(summary.error).toBe(err.message[lang]);
      expect(summary.counts).toEqual({ error: 0, warning: 0, info: 0 });
    }
  });
});

describe("failureMessage", () => {
  it("keeps a bilingual message, wraps anything else", () => {
    expect(failureMessage({ message: { vi: "a", en: "b" } })).toEqual({ vi: "a", en: "b" });
    expect(failureMessage(new Error("boom")).en).toMatch(/\(boom\)/);
    expect(failureMessage("plain").vi).toMatch(/\(plain\)/);
    expect(failureMessage(null).vi).toMatch(/\(null\)/);
  });
});

describe("validateReportHandler: Office is always told the command finished", () => {
  const event = () => ({ completed: vi.fn() });

  it("completes when the dialog is closed, not before", async () => {
    let close: (() => void) | undefined;
    const d = deps({ openDialog: (_, closed) => void (close = closed) });
    const e = event();
    await validateReportHandler(d)(e);
    expect(e.completed).not.toHaveBeenCalled();
    close!();
    close!();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("completes, and shows the error, when the sheet cannot be read", async () => {
    const d = deps({ readActiveSheet: async () => Promise.reject(new Error("gone")) });
    const e = event();
    await validateReportHandler(d)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(d.shown[0].error).toMatch(/gone/);
  });

  it("completes when the dialog cannot even be asked for", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const d = deps({
      openDialog: () => {
        throw new TypeError("Office.context.ui is undefined");
      },
    });
    const e = event();
    await validateReportHandler(d)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it("falls back to Vietnamese when the display language cannot be read", async () => {
    const d = deps({
      lang: () => {
        throw new Error("no context");
      },
    });
    const e = event();
    await validateReportHandler(d)(e);
    expect(d.shown[0].lang).toBe("vi");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});
