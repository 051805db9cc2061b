import { describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine/check";
import { completionColumn } from "../../src/engine/completionColumn";
import { cellAt, parseA1, type Grid } from "../../src/engine/grid";
import { formula, type SheetSpec } from "../../src/engine/sheetspec";
import { BCXDD } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import { gridsOf, hasSoffice, resaveWithLibreOffice } from "../support/files";
import { reportSheet, type Layout } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import { SAMPLE_UNITS } from "../support/units";

function columnFor(layout: Layout) {
  const spec = reportSheet(SAMPLE_UNITS[0], layout);
  const grid = specToGrid(spec);
  const report = checkGrids([grid], "bc.xlsx", BCXDD).report!;
  return { spec, grid, report, column: completionColumn(report, grid) };
}

/** The spec with the completion formulas written into their cells, as the task pane writes them. */
function withFormulas(spec: SheetSpec, cells: { cell: string; formula: string; format: string }[]): SheetSpec {
  const rows = spec.rows.map((r) => [...r]);
  for (const c of cells) {
    const pos = parseA1(c.cell)!;
    while (rows.length <= pos.r) rows.push([]);
    // In a file, functions newer than Excel 2007 carry the `_xlfn.` prefix; Excel's API adds it itself.
    rows[pos.r][pos.c] = formula(c.formula.replaceAll("NUMBERVALUE(", "_xlfn.NUMBERVALUE("), undefined, c.format);
  }
  return { ...spec, rows };
}

const valueAt = (grid: Grid, ref: string) => {
  const pos = parseA1(ref)!;
  return cellAt(grid, pos.r, pos.c)?.v ?? null;
};

describe("completion column as formulas", () => {
  it("writes one formula per row with a plan cell, in the rate column only, as a percentage", () => {
    const { report, column } = columnFor({});
    const pctLetter = column.column!;
    expect(pctLetter).toMatch(/^[A-Z]$/);
    expect(column.cells.length).toBeGreaterThan(20);
    for (const c of column.cells) {
      expect(c.cell.startsWith(pctLetter)).toBe(true);
      expect(c.format).toBe("0.0%");
    }
    const row = report.rows.DV_KN;
    const f = column.cells.find((c) => c.cell === row.statedPct?.cell || c.cell.endsWith(String(row.r + 1)))!;
    expect(f.formula).toContain(row.plan.cell!);
    expect(f.formula).toContain(row.ytd.cell ?? row.actual.cell!);
  });

  it("says there is no column to write when the form has none", () => {
    const { column } = columnFor({ pct: "none" });
    expect(column.column).toBeNull();
    expect(column.cells).toEqual([]);
    expect(column.rows.length).toBeGreaterThan(20);
    expect(column.rows.every((r) => r.cell === null)).toBe(true);
  });

  it("reads figures typed as vi-VN text through NUMBERVALUE", () => {
    const { column } = columnFor({ numbersAsText: true });
    expect(column.cells.some((c) => c.formula.includes('NUMBERVALUE('))).toBe(true);
  });

  it.skipIf(!hasSoffice)("recalculated by LibreOffice, every formula gives the engine's rate", () => {
    for (const layout of [{}, { numbersAsText: true }, { codeColumn: false, header: "two-row" as const }]) {
      const { spec, column } = columnFor(layout);
      const book = resaveWithLibreOffice(renderWorkbook([withFormulas(spec, column.cells)]));
      const grid = gridsOf(book)[0];
      let compared = 0;
      for (const row of column.rows) {
        if (!row.cell || !column.cells.some((c) => c.cell === row.cell)) continue;
        const got = valueAt(grid, row.cell);
        if (row.completion.pct === null) expect(got === null || got === "").toBe(true);
        else {
          expect(got).toBeCloseTo(row.completion.pct / 100, 12);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(5);
    }
  });
});
