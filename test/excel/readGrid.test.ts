import { describe, expect, it } from "vitest";
import { cellFrom, gridFromLoaded } from "../../src/excel/readGrid";
import { replaceable } from "../../src/excel/formulas";

describe("Excel's arrays as Grid cells", () => {
  it("keeps numbers, text and booleans, drops empty cells", () => {
    expect(cellFrom(12.5, 12.5, "#,##0.0", "12.5", "Double")).toEqual({ v: 12.5, z: "#,##0.0", w: "12.5" });
    expect(cellFrom("Quý I/2023", "Quý I/2023", "General", undefined, undefined)).toEqual({ v: "Quý I/2023", z: "General" });
    expect(cellFrom(true, true, "General", undefined, "Boolean")).toMatchObject({ v: true });
    expect(cellFrom("", "", "General", "", "Empty")).toBeUndefined();
  });

  it("takes formulas without their `=`, and a formula with an empty result as null", () => {
    expect(cellFrom(0.775, "=G14/E14", "0.0%", "77.5%", "Double")).toEqual({ v: 0.775, f: "G14/E14", z: "0.0%", w: "77.5%" });
    expect(cellFrom("", '=IF(E14>0,G14/E14,"")', "0.0%", "", "String")).toEqual({ v: null, f: 'IF(E14>0,G14/E14,"")', z: "0.0%", w: "" });
  });

  it("tells text that starts with `=` (a text cell) from a formula", () => {
    expect(cellFrom("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0", "@", undefined, "String")).toEqual({ v: "=cmd|' /C calc'!A0", z: "@" });
  });

  it("reads errors as errors, by value type or, without it, by their literal", () => {
    expect(cellFrom("#DIV/0!", "=G14/E14", "0.0%", "#DIV/0!", "Error")).toMatchObject({ v: { error: "#DIV/0!" }, f: "G14/E14" });
    expect(cellFrom("#REF!", "#REF!", "General", undefined, undefined)).toMatchObject({ v: { error: "#REF!" } });
    expect(cellFrom("#REF!", "#REF!", "@", undefined, undefined)).toMatchObject({ v: "#REF!" });
    expect(cellFrom("#REF!", "#REF!", "General", undefined, "String")).toMatchObject({ v: "#REF!" });
  });

  it("places the used range where it is on the sheet, so addresses stay the sheet's own", () => {
    const g = gridFromLoaded("S", { rowIndex: 2, columnIndex: 1, values: [["a", ""], ["", 5]], formulas: [["a", ""], ["", 5]] });
    expect(g.rowCount).toBe(4);
    expect(g.colCount).toBe(3);
    expect(g.cells[2][1]).toEqual({ v: "a" });
    expect(g.cells[3][2]).toEqual({ v: 5 });
    expect(g.cells[0]).toEqual([]);
    expect(gridFromLoaded("E", null)).toEqual({ name: "E", cells: [], merges: [], rowCount: 0, colCount: 0 });
  });
});

describe("what writeFormulas may overwrite", () => {
  it("replaces numbers, percentages, formulas and empty cells, never other text", () => {
    expect(replaceable(0.5, 0.5)).toBe(true);
    expect(replaceable("75,5%", "75,5%")).toBe(true);
    expect(replaceable("75.5 %", "75.5 %")).toBe(true);
    expect(replaceable("", "")).toBe(true);
    expect(replaceable(0, "=G14/E14")).toBe(true);
    expect(replaceable("Không có kế hoạch", "Không có kế hoạch")).toBe(false);
    expect(replaceable("=x", "=x")).toBe(false); // text that looks like a formula, in a text cell
    expect(replaceable(true, true)).toBe(false);
  });
});
