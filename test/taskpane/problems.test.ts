import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine";
import { ExcelDoorError } from "../../src/excel";
import { problemOf } from "../../src/taskpane/errors";
import { highlightTargets } from "../../src/taskpane/state/highlight";

describe("problems shown to the user", () => {
  it("an ExcelDoorError keeps its bilingual message; what the user fixes in Excel is a warning", () => {
    const message = { vi: "Trang tính đang được bảo vệ", en: "The sheet is protected" };
    expect(problemOf(new ExcelDoorError("SheetProtected", message))).toEqual({ message, intent: "warning" });
    expect(problemOf(new ExcelDoorError("PayloadTooLarge", message))).toEqual({ message, intent: "error" });
  });

  it("the worker's failures (a code and a bilingual message) read the same way", () => {
    const message = { vi: "Bộ đọc tệp gặp lỗi", en: "The file reader failed" };
    expect(problemOf({ code: "Worker", message })).toEqual({ message, intent: "error" });
  });

  it("anything else is unexpected, in both languages, with its detail", () => {
    const p = problemOf(new TypeError("x is undefined"));
    expect(p.intent).toBe("error");
    expect(p.message.vi).toContain("x is undefined");
    expect(p.message.en).toContain("x is undefined");
    expect(problemOf("boom").message.en).toContain("boom");
    expect(problemOf(null).message.vi).toContain("null");
  });
});

describe("cells to highlight", () => {
  const f = (cell: string | null, severity: Finding["severity"], sheet: string | null = null): Finding => ({ rule: "R", severity, message: { vi: "", en: "" }, sheet, cell, indicator: null });

  it("every finding with a cell, on its own sheet or the checked one, once per cell at its worst severity", () => {
    const targets = highlightTargets("Báo cáo", [f("F12", "warning"), f("F12", "error"), f(null, "error"), f("G3", "info", "Khác"), f("F12", "info")]);
    expect(targets).toEqual([
      { sheet: "Báo cáo", cell: "F12", severity: "error" },
      { sheet: "Khác", cell: "G3", severity: "info" },
    ]);
  });

  it("nothing to colour without cells", () => {
    expect(highlightTargets("S", [f(null, "error")])).toEqual([]);
  });
});
