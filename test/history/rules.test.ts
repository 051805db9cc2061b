/**
 * The checks across periods on snapshots built in the test: each fires on its case with both cells, and stays
 * silent when the figures follow (no false alarm), when a figure is missing, and for a unit not found earlier.
 */
import { describe, expect, it } from "vitest";
import { historyFindings, isSharp } from "../../src/engine/history/rules";
import type { Snapshot, SnapUnit } from "../../src/engine/history/types";
import { parsePeriod } from "../../src/engine/period";
import { builtInForm } from "../../src/templates/form/registry";

const BCXDD = builtInForm("BC-XDD")!;
const BTCTW1 = builtInForm("BTCTW-1")!;

/** A unit with figures `{ROW: {COL: value}}`, each in a made-up cell of `file`. */
function unit(code: string | null, name: string, file: string, figures: Record<string, Record<string, number>>): SnapUnit {
  const values: SnapUnit["values"] = {};
  let r = 10;
  for (const [row, cols] of Object.entries(figures)) {
    r++;
    values[row] = Object.fromEntries(Object.entries(cols).map(([col, value], i) => [col, { value, at: { file, sheet: "S", cell: `${"BCDEFG"[i]}${r}` } }]));
  }
  return { code, name, file, values };
}

const snap = (period: string, form: string, units: SnapUnit[]): Snapshot => ({ period: parsePeriod(period)!, source: period, from: "units", forms: { [form]: units } });

const q2 = snap("Quý II/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q2.xlsx", { DV_DAU: { actual: 100 }, DV_CUOI: { actual: 103 }, DV_KN: { actual: 2, ytd: 5 }, DN_LD: { actual: 500 } })]);

describe("CARRY_OVER and YTD_CONTINUITY (BC-XDĐ)", () => {
  it("no finding when the quarter follows the last one", () => {
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_DAU: { actual: 103 }, DV_CUOI: { actual: 104 }, DV_KN: { actual: 1, ytd: 6 }, DN_LD: { actual: 505 } })]);
    expect(historyFindings(q3, [q2], [BCXDD])).toEqual([]);
  });

  it("an opening count that is not last quarter's closing count names both cells", () => {
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_DAU: { actual: 105 } })]);
    const [f] = historyFindings(q3, [q2], [BCXDD]);
    expect(f).toMatchObject({ rule: "CARRY_OVER", severity: "error", file: "q3.xlsx", cell: "B11", indicator: "DV_DAU", previous: { file: "q2.xlsx", sheet: "S", cell: "B12" } });
    expect(f.form).toBeUndefined();
    expect(f.message.vi).toContain("103");
    expect(f.message.en).toContain("closing stock");
  });

  it("a year-to-date that is not last quarter's plus this quarter's", () => {
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_KN: { actual: 1, ytd: 7 } })]);
    const [f] = historyFindings(q3, [q2], [BCXDD]);
    expect(f).toMatchObject({ rule: "YTD_CONTINUITY", indicator: "DV_KN", cell: "C11", previous: { file: "q2.xlsx", cell: "C13" } });
    expect(f.message.vi).toContain("là 6");
  });

  it("year-to-date does not continue across a year: Quý IV/2025 says nothing of Quý I/2026's", () => {
    const q4 = snap("Quý IV/2025", "BC-XDD", [unit("DB01", "Đảng bộ A", "q4.xlsx", { DV_CUOI: { actual: 100 }, DV_KN: { actual: 2, ytd: 9 } })]);
    const q1 = snap("Quý I/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q1.xlsx", { DV_DAU: { actual: 100 }, DV_KN: { actual: 1, ytd: 1 } })]);
    expect(historyFindings(q1, [q4], [BCXDD])).toEqual([]);
  });

  it("a unit matched by name when the code is missing; a unit not found earlier is not checked", () => {
    const q3 = snap("Quý III/2026", "BC-XDD", [
      unit(null, "ĐB A", "a.xlsx", { DV_DAU: { actual: 99 } }),
      unit("DB09", "Đảng bộ mới", "b.xlsx", { DV_DAU: { actual: 1 } }),
    ]);
    const found = historyFindings(q3, [q2], [BCXDD]);
    expect(found.map((f) => [f.rule, f.file])).toEqual([["CARRY_OVER", "a.xlsx"]]);
  });

  it("a missing figure on either side skips the check", () => {
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_KN: { actual: 1 } })]);
    expect(historyFindings(q3, [q2], [BCXDD])).toEqual([]);
  });
});

describe("BTCTW-1 across half-years", () => {
  const year2025 = snap("Năm 2025", "BTCTW-1", [unit(null, "Đảng bộ B", "2025.xls", { D: { 2: 120 } })]);
  const h1of2025 = snap("6 tháng đầu năm 2025", "BTCTW-1", [unit(null, "Đảng bộ B", "h1-2025.xls", { "B.1": { 2: 4 }, D: { 2: 118 } })]);

  it("row A against row D of the year before, column 3 against last year's column 2", () => {
    const now = snap("6 tháng đầu năm 2026", "BTCTW-1", [unit(null, "Đảng bộ B", "h1-2026.xls", { A: { 2: 121 }, "B.1": { 2: 3, 3: 5 } })]);
    const found = historyFindings(now, [year2025, h1of2025], [BTCTW1]);
    expect(found.map((f) => [f.rule, f.indicator, f.column, f.previous?.file])).toEqual([
      ["CARRY_OVER", "A", "2", "2025.xls"],
      ["LAST_YEAR_MISMATCH", "B.1", "3", "h1-2025.xls"],
    ]);
    expect(found[1].severity).toBe("warning");
    expect(found[1].form).toBe("BTCTW-1");
  });

  it("no finding when they agree", () => {
    const now = snap("6 tháng đầu năm 2026", "BTCTW-1", [unit(null, "Đảng bộ B", "h1-2026.xls", { A: { 2: 120 }, "B.1": { 2: 3, 3: 4 }, D: { 2: 121, 3: 118 } })]);
    expect(historyFindings(now, [year2025, h1of2025], [BTCTW1])).toEqual([]);
  });

  it("a form without history fields yields nothing across periods", () => {
    const bare = { ...BTCTW1, history: undefined };
    const now = snap("6 tháng đầu năm 2026", "BTCTW-1", [unit(null, "Đảng bộ B", "h1-2026.xls", { A: { 2: 999 } })]);
    expect(historyFindings(now, [year2025], [bare])).toEqual([]);
  });
});

describe("SHARP_CHANGE", () => {
  it.each([
    [512, 5120, "count", true],
    [5120, 512, "count", true],
    [6, 13, "count", false],
    [100, 190, "count", false],
    [0, 12, "count", true],
    [0, 9, "count", false],
    [11.2, 25, "amount", true],
    [11.2, 12.5, "amount", false],
  ] as const)("%d → %d (%s): %s", (before, now, kind, want) => {
    expect(isSharp(now, before, { kind })).toBe(want);
  });

  it("only stocks: a flow that trebles is ordinary", () => {
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_KN: { actual: 30 }, DN_LD: { actual: 5000 } })]);
    const found = historyFindings(q3, [q2], [BCXDD]);
    expect(found.map((f) => [f.rule, f.indicator])).toEqual([["SHARP_CHANGE", "DN_LD"]]);
  });
});

describe("YTD_CONTINUITY: a figure since January that went down", () => {
  const h1 = snap("6 tháng đầu năm 2025", "BTCTW-1", [unit(null, "Đảng bộ B", "h1.xls", { B: { 2: 9 }, "B.1": { 2: 5 } })]);

  it("Năm below 6 tháng đầu năm of the same year, in the form's own 'Kỳ này' (both start in January)", () => {
    const year = snap("Năm 2025", "BTCTW-1", [unit(null, "Đảng bộ B", "nam.xls", { B: { 2: 12 }, "B.1": { 2: 4 } })]);
    const found = historyFindings(year, [h1], [BTCTW1]);
    expect(found.map((f) => [f.rule, f.indicator, f.column, f.previous?.file])).toEqual([["YTD_CONTINUITY", "B.1", "2", "h1.xls"]]);
    expect(found[0].message.vi).toContain("không thể giảm");
  });

  it("Quý III's year-to-date below Quý I's (not the directly preceding quarter), once per cell", () => {
    const q1 = snap("Quý I/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q1.xlsx", { DV_KN: { actual: 4, ytd: 4 } })]);
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_KN: { actual: 1, ytd: 3 } })]);
    expect(historyFindings(q3, [q1], [BCXDD]).map((f) => [f.rule, f.cell, f.previous?.file])).toEqual([["YTD_CONTINUITY", "C11", "q1.xlsx"]]);
    // With Quý II too, the equality with Quý II's names the cell, and Quý I adds nothing on it.
    expect(historyFindings(q3, [q2, q1], [BCXDD]).map((f) => [f.rule, f.previous?.file])).toEqual([["YTD_CONTINUITY", "q2.xlsx"]]);
  });

  it("a quarter's own figure is no figure since January: Quý III without a ytd cell is not compared", () => {
    const q1 = snap("Quý I/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q1.xlsx", { DV_KN: { actual: 4 } })]);
    const q3 = snap("Quý III/2026", "BC-XDD", [unit("DB01", "Đảng bộ A", "q3.xlsx", { DV_KN: { actual: 1 } })]);
    expect(historyFindings(q3, [q1], [BCXDD])).toEqual([]);
  });
});
