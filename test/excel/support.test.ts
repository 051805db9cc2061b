import { describe, expect, it } from "vitest";
import { apiSupported, ExcelDoorError } from "../../src/excel";
import { fakeExcel } from "./helpers";

describe("apiSupported", () => {
  it("answers from Office's requirement sets, and false outside Office instead of throwing", () => {
    fakeExcel({ apiVersion: "1.8" });
    expect(apiSupported("1.7")).toBe(true);
    expect(apiSupported("1.8")).toBe(true);
    expect(apiSupported("1.9")).toBe(false);
    fakeExcel({ host: null });
    expect(apiSupported("1.1")).toBe(false);
  });

  it("is false with no Office at all", () => {
    const g = globalThis as { Office?: unknown };
    const saved = g.Office;
    delete g.Office;
    try {
      expect(apiSupported("1.1")).toBe(false);
    } finally {
      if (saved !== undefined) g.Office = saved;
    }
  });
});

describe("ExcelDoorError", () => {
  it("is an Error with a code and a message in both languages", () => {
    const e = new ExcelDoorError("Busy", { vi: "Excel đang bận.", en: "Excel is busy." });
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("Busy");
    expect(e.message).toEqual({ vi: "Excel đang bận.", en: "Excel is busy." });
    expect(String(e)).toContain("Excel đang bận.");
  });
});
