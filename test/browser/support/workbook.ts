import type { Page } from "playwright-core";
import type { Grid } from "../../../src/engine/grid";
import { clusterTotals } from "../../support/totals";
import type { SheetSpec, SpecCell } from "../../../src/engine/sheetspec";
import type { Consolidation } from "../../../src/engine/consolidate/consolidate";
import { allIndicators, BCXDD } from "../../../src/templates/bcxdd";

/** One cell of the fake workbook as the page's Excel holds it. */
export interface HeldCell {
  formula: string | null;
  value: number | string | boolean | null;
  numberFormat: string;
}

/** Every cell of a sheet of the fake Excel inside the page, read through its test view. */
export async function heldSheet(page: Page, name: string): Promise<HeldCell[][]> {
  return page.evaluate((sheetName) => {
    const fake = (globalThis as unknown as { __fakeExcel: { workbook: { sheet(n: string): { grid(): unknown[][]; cell(a1: string): HeldCell } } } }).__fakeExcel;
    const sheet = fake.workbook.sheet(sheetName);
    const letters = (c: number) => {
      let s = "";
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    return sheet.grid().map((row, r) =>
      row.map((_, c) => {
        const cell = sheet.cell(`${letters(c)}${r + 1}`);
        return { formula: cell.formula, value: cell.value, numberFormat: cell.numberFormat };
      }),
    );
  }, name);
}

/** The held cells as a SheetSpec with no cached results, so that a spreadsheet must recalculate every formula. */
export function heldToSpec(name: string, rows: HeldCell[][]): SheetSpec {
  const cellOf = (c: HeldCell): SpecCell | null => {
    if (c.formula) return { t: "formula", f: c.formula.slice(1), format: c.numberFormat };
    if (typeof c.value === "number") return { t: "number", v: c.value, format: c.numberFormat };
    if (typeof c.value === "string" && c.value !== "") return { t: "text", v: c.value };
    return null;
  };
  return { name, rows: rows.map((row) => row.map(cellOf)) };
}

/** Asserts that a `Tổng hợp` grid shows the consolidation's totals for every indicator. */
export function totalsMismatches(grid: Grid, c: Consolidation): string[] {
  const got = clusterTotals(grid);
  const wrong: string[] = [];
  for (const { code } of allIndicators(BCXDD)) {
    const want = c.totals[code]?.actual ?? null;
    const have = got[code]?.actual;
    const same = want === null ? have === null || have === "" : typeof have === "number" && Math.abs(have - want) < 1e-9;
    if (!same) wrong.push(`${code}: ${String(have)} ≠ ${String(want)}`);
  }
  return wrong;
}
