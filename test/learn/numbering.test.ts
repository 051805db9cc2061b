import { describe, expect, it } from "vitest";
import { isFormNumberingRow, numberingToken } from "../../src/engine/forms/read/header";
import { numberingFormula, type ColumnDraft } from "../../src/engine/forms/learn/columns";
import type { Grid } from "../../src/engine/grid";

/**
 * The column-numbering row as committees print it, bracketed or not, with its formulas: read alike by the
 * reader (which names columns by it) and the learner (which takes its formulas as SUM_COLS / ratio columns).
 */
const columns = ["1", "2", "3", "4", "5", "6"].map((code) => ({ code, kind: "value" }) as ColumnDraft);

describe("a column-numbering cell", () => {
  it.each([
    ["4", "4"],
    ["(4)", "4"],
    ["3 (=4+5)", "3"],
    ["4(=2*100/3)", "4"],
    ["3 = 4 + 5", "3"],
    ["(3)=(4)+(5)", "3"],
    ["(6) = (4)/(3) x 100", "6"],
    ["A", "A"],
  ])("%s is column %s", (text, token) => {
    expect(numberingToken(text)).toBe(token);
  });

  it.each(["Tổng số", "2023", "(3) tổng", "=SUM(C8:C9)"])("%s is none", (text) => {
    expect(numberingToken(text)).toBeNull();
  });

  it("a row of bracketed numbers with a bracketed formula is a numbering row", () => {
    const row = ["(1)", "(2)", "(3)=(4)+(5)", "(4)", "(5)"].map((v) => ({ v }));
    const grid: Grid = { name: "x", cells: [row], merges: [], rowCount: 1, colCount: 5 };
    expect(isFormNumberingRow(grid, 0)).toBe(true);
  });
});

describe("the formula a numbering cell prints", () => {
  it.each([
    ["3 (=4+5)", 'col("4") + col("5")'],
    ["(3)=(4)+(5)", 'col("4") + col("5")'],
    ["3=(4+5)", '(col("4") + col("5"))'],
    ["6 = 4:3", 'col("4") * 100 / col("3")'],
    ["(6)=(4)/(3)x100", 'col("4") / col("3") * 100'],
  ])("%s → %s", (text, expr) => {
    expect(numberingFormula(text, columns)?.expr).toBe(expr);
  });

  it("a bracket left open, or a letter naming no column, is no formula", () => {
    expect(numberingFormula("(3)=(4)+(5", columns)).toBeUndefined();
    expect(numberingFormula("3 = 4 + Z", columns)).toBeUndefined();
  });
});
