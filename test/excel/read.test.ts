import { describe, expect, it } from "vitest";
import { checkGrids, type FileCheck } from "../../src/engine/check";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { ExcelDoorError, readActiveSheet, readSheets } from "../../src/excel";
import { BCXDD } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx";
import { seedFromSpec } from "../fakes/excel";
import { gridsOf } from "../support/files";
import { reportSheet, type Layout } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";
import { fakeExcel, rejection } from "./helpers";

/** What a user compares: every finding, and every figure the report was read as. */
function essence(c: FileCheck) {
  const figures = c.report
    ? Object.fromEntries(Object.entries(c.report.rows).map(([code, row]) => [code, [row.plan.value, row.actual.value, row.ytd.value, row.actual.cell]]))
    : null;
  return {
    findings: c.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.indicator, f.message.vi]),
    period: c.report?.period?.label ?? null,
    unit: c.report?.unit ?? null,
    figures,
  };
}

const CASES: [string, SheetSpec][] = [
  ["a clean report", reportSheet(SAMPLE_UNITS[0])],
  ["a stated rate that is wrong (DB05)", reportSheet(SAMPLE_UNITS[4], { statedPct: { KT_TC: "75,5%" } })],
  ["counts that do not balance (DB07)", reportSheet(SAMPLE_UNITS[6])],
  ["numbers typed as vi-VN text, rates as text", reportSheet(SAMPLE_UNITS[1], { numbersAsText: true, pct: "text" })],
  ["a report moved down and right, without codes", reportSheet(SAMPLE_UNITS[2], { top: 3, left: 2, codeColumn: false, header: "variant" })],
  ["rates typed by hand", reportSheet(SAMPLE_UNITS[3], { pct: "value", statedPct: { KT_TC: "75,5%" } } as Layout)],
];

describe("reading a report sheet from Excel", () => {
  it.each(CASES)("finds the same as reading the file: %s", async (_, spec) => {
    const fromFile = checkGrids(gridsOf(renderWorkbook([spec]), "bc.xlsx"), "bc.xlsx", BCXDD);
    fakeExcel({ sheets: [{ name: "Khác", rows: [["không phải báo cáo"]] }, seedFromSpec(spec)] });
    const grids = await readSheets([spec.name]);
    const fromExcel = checkGrids(grids, "bc.xlsx", BCXDD);
    expect(fromExcel.report).not.toBeNull();
    expect(essence(fromExcel)).toEqual(essence(fromFile));
  });

  it("sees the planted mistakes (so the comparison above compares something)", async () => {
    fakeExcel({ sheets: [seedFromSpec(CASES[1][1]), { ...seedFromSpec(CASES[2][1]), name: "DB07" }] });
    const [db05, db07] = await readSheets([CASES[1][1].name, "DB07"]);
    expect(checkGrids([db05], "a.xlsx", BCXDD).findings.map((f) => f.rule)).toContain("PCT_STATED");
    expect(checkGrids([db07], "b.xlsx", BCXDD).findings.map((f) => f.rule)).toContain("DV_BALANCE");
  });

  it("reads any number of sheets in 2 syncs, in the order asked", async () => {
    const specs = SAMPLE_UNITS.slice(0, 6).map((u, i) => ({ ...reportSheet(u), name: `Đơn vị ${i + 1}` }));
    const fake = fakeExcel({ sheets: specs.map((s) => seedFromSpec(s)) });
    fake.stats.reset();
    const grids = await readSheets(["Đơn vị 3", "đơn vị 1", "Đơn vị 6"]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(grids.map((g) => g.name)).toEqual(["Đơn vị 3", "Đơn vị 1", "Đơn vị 6"]);
    // Each grid is its own sheet's: the unit's name sits in A2 of its report.
    expect(grids.map((g) => g.cells[1][0]?.v)).toEqual([2, 0, 5].map((i) => SAMPLE_UNITS[i].name.toUpperCase()));
  });

  it("reads the active sheet in 2 syncs, its cells at their own addresses", async () => {
    const fake = fakeExcel({
      sheets: [
        { name: "A", rows: [["x"]] },
        { name: "B", active: true, rows: [[], [], [null, null, "Kỳ báo cáo:", "Quý I/2023"], [null, null, 12, "=cmd"]], formats: [[], [], [], [null, null, "#,##0", "@"]], formulas: [[], [], [], [null, null, "=10+2"]] },
      ],
    });
    fake.stats.reset();
    const grid = await readActiveSheet();
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(grid.name).toBe("B");
    expect(grid.rowCount).toBe(4);
    expect(grid.colCount).toBe(4);
    expect(grid.cells[2][2]).toMatchObject({ v: "Kỳ báo cáo:" });
    expect(grid.cells[3][2]).toMatchObject({ v: 12, f: "10+2", z: "#,##0", w: "12" });
    expect(grid.cells[3][3]).toEqual({ v: "=cmd", z: "@", w: "=cmd" });
  });

  it("gives an empty grid for an empty sheet, and a clear error for a missing one", async () => {
    fakeExcel({ sheets: [{ name: "Trống", rows: [] }] });
    const [grid] = await readSheets(["Trống"]);
    expect(grid).toMatchObject({ name: "Trống", rowCount: 0, colCount: 0 });
    const error = (await rejection(readSheets(["Không có"]))) as ExcelDoorError;
    expect(error).toBeInstanceOf(ExcelDoorError);
    expect(error.code).toBe("SheetNotFound");
    expect(error.message.vi).toContain("Không có");
  });

  it("reads a sheet too large for one response in slices, each response under 5 MB", async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 40 }, (_, c) => `ô ${r}-${c} ${"x".repeat(20)}`));
    const fake = fakeExcel({ sheets: [{ name: "Lớn", rows }] });
    fake.stats.reset();
    const [grid] = await readSheets(["Lớn"]);
    expect(grid.rowCount).toBe(3000);
    expect(grid.cells[2999][39]).toMatchObject({ v: rows[2999][39] });
    expect(fake.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.stats.syncs).toBeGreaterThan(2);
  });

  it("reads again in smaller slices when Excel refuses a response as too large", async () => {
    const long = (r: number, c: number) => `${r}:${c} ${"chữ dài ".repeat(120)}`;
    const rows = Array.from({ length: 3000 }, (_, r) => [long(r, 0), long(r, 1)]);
    const fake = fakeExcel({ sheets: [{ name: "Dài", rows }] });
    fake.stats.reset();
    const [grid] = await readSheets(["Dài"]);
    expect(grid.cells[2999][1]).toMatchObject({ v: long(2999, 1), w: long(2999, 1) });
    expect(grid.cells.map((row) => row[0]?.v)).toEqual(rows.map((r) => r[0]));
    // The first response was refused; the slices after it were small enough.
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });
});

describe("outside Excel", () => {
  it("says so, in Vietnamese first, instead of failing obscurely", async () => {
    fakeExcel({ host: null });
    const error = (await rejection(readActiveSheet())) as ExcelDoorError;
    expect(error).toBeInstanceOf(ExcelDoorError);
    expect(error.code).toBe("NotInExcel");
    expect(error.message.vi).toMatch(/Excel/);
  });
});
