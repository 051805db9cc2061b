import { describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine/check";
import { consolidate, type Consolidation } from "../../src/engine/consolidate/consolidate";
import { readRoster } from "../../src/engine/consolidate/roster";
import { cellAt, type Grid } from "../../src/engine/grid";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { consolidationSheets } from "../../src/engine/sheets/consolidation";
import { DATA_COLUMNS } from "../../src/engine/sheets/data";
import { BCXDD, allIndicators } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import { clusterTotals } from "../support/totals";
import { EXAMPLES, exampleChecks, gridsOf, hasSoffice, resaveWithLibreOffice, ROSTER } from "../support/files";
import { readFileSync } from "node:fs";

const roster = readRoster(gridsOf(new Uint8Array(readFileSync(ROSTER)), ROSTER)[0]);
if (!roster.ok) throw new Error("roster");
const result = consolidate(exampleChecks(), BCXDD, { roster: roster.units });
const sheets = consolidationSheets(result, BCXDD);
const codes = allIndicators(BCXDD).map((i) => i.code);

function expectTotalsMatch(grid: Grid, c: Consolidation) {
  const got = clusterTotals(grid);
  for (const code of codes) {
    const t = c.totals[code];
    const g = got[code];
    const same = (x: unknown, y: number | null) => (y === null ? expect(x === null || x === "", `${code}: ${x}`).toBe(true) : expect(x as number, code).toBeCloseTo(y, 9));
    same(g.plan, t.plan);
    same(g.actual, t.actual);
    same(g.ytd, t.ytd);
    same(g.pct, t.pct === null ? null : t.pct / 100);
  }
}

describe("the sample cluster", () => {
  it("reads every LibreOffice-saved file (.xlsx, .xls, .ods) and finds exactly the planted mistakes", () => {
    expect(result.entries.filter((e) => e.file).map((e) => e.file!.replace(`${EXAMPLES}/`, "")).sort()).toHaveLength(10);
    const found = result.findings.map((f) => `${f.rule} ${f.file?.replace(`${EXAMPLES}/`, "") ?? ""}`.trim()).sort();
    expect(found).toEqual(["DV_BALANCE 07-moi-truong.xls", "PCT_ROUNDING 03-bhxh.xlsx", "PCT_STATED 05-agribank.xls", "UNIT_MISSING"]);
    expect(result.coverage).toMatchObject({ expected: 11, received: 10, missing: ["DB11"] });
  });
});

describe("consolidate → .xlsx → read back", () => {
  const bytes = renderWorkbook(sheets);
  const grids = gridsOf(bytes);

  it("writes the four sheets", () => {
    expect(grids.map((g) => g.name)).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"]);
  });

  it("gives back the totals from the cached results", () => {
    expectTotalsMatch(grids[0], result);
  });

  it("`Tổng hợp` reads back through our own reader as a report of the cluster, with the same totals", () => {
    const back = checkGrids([grids[0]], "tong-hop.xlsx", BCXDD);
    // The only error is unit 07's imbalance, which the cluster inherits: 1.169 members vs 1.168.
    expect(back.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["DV_BALANCE"]);
    expect(back.report!.period?.label).toBe("Quý I/2023");
    for (const code of codes) {
      expect(back.report!.rows[code].actual.value ?? null, code).toBe(result.totals[code].actual === null ? null : back.report!.rows[code].actual.value);
      if (result.totals[code].actual !== null) expect(back.report!.rows[code].actual.value!, code).toBeCloseTo(result.totals[code].actual!, 9);
    }
  });

  it("the whole consolidated workbook reads as the cluster's report: `Tổng hợp`, not the `Dữ liệu` table", () => {
    // A higher committee consolidates the clusters' workbooks as they are, all four sheets included.
    const back = checkGrids(grids, "tong-hop.xlsx", BCXDD);
    expect(back.report!.sheet).toBe("Tổng hợp");
    expect(back.findings.map((f) => f.rule)).not.toContain("ROW_DUPLICATE");
  });

  it("`Dữ liệu` has exactly the pivot columns and sums to the totals", () => {
    const data = grids[1];
    expect(Array.from({ length: DATA_COLUMNS.length }, (_, c) => cellAt(data, 0, c)?.v)).toEqual([...DATA_COLUMNS]);
    expect(data.rowCount - 1).toBe(result.used.length * codes.length);
    const sums: Record<string, number> = {};
    for (let r = 1; r < data.rowCount; r++) {
      const code = cellAt(data, r, 6)!.v as string;
      sums[code] = (sums[code] ?? 0) + ((cellAt(data, r, 11)?.v as number) ?? 0);
    }
    for (const code of codes.filter((c) => c !== "DN_TN")) expect(sums[code] ?? 0, code).toBeCloseTo(result.totals[code].actual ?? 0, 9);
  });
});

describe.skipIf(!hasSoffice)("LibreOffice recalculates the formulas to the same totals", () => {
  it("with every cached result removed first", () => {
    const stripped: SheetSpec[] = sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((c) => (c?.t === "formula" ? { ...c, result: undefined } : c))),
    }));
    const recalculated = gridsOf(resaveWithLibreOffice(renderWorkbook(stripped)));
    expectTotalsMatch(recalculated[0], result);
  });
});
