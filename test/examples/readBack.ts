import XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import type { FormSet } from "../../scripts/forms/figures";
import type { FormSheet } from "../../scripts/forms/layout";

/**
 * Reads a saved workbook back with SheetJS alone (not the engine's form reader): the figure at each address the
 * generator printed. A blank or `-` cell has no figure; vi-VN text (`1.251`, `100,56`) is read as the number it
 * shows; anything else in a figure cell is a drift of the file from its generator, and throws.
 */
export function readWorkbook(path: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(path));
}

export function figureOf(cell: XLSX.CellObject | undefined): number | undefined {
  if (!cell || cell.v === undefined || cell.v === null || cell.v === "") return undefined;
  if (typeof cell.v === "number") return cell.v;
  const s = String(cell.v).trim();
  if (s === "-") return undefined;
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  throw new Error(`not a figure: ${JSON.stringify(cell.v)}`);
}

/** The figures of the given forms, each read from its sheet at the generator's addresses. */
export function readForms(wb: XLSX.WorkBook, forms: Record<string, { sheet: string; layout: FormSheet }>): FormSet {
  const out: FormSet = {};
  for (const [id, { sheet, layout }] of Object.entries(forms)) {
    const ws = wb.Sheets[sheet];
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const f: FormSet[string] = (out[id] = {});
    for (const [row, cols] of Object.entries(layout.cells)) {
      for (const [col, at] of Object.entries(cols)) {
        const v = figureOf(ws[at]);
        if (v !== undefined) (f[row] ??= {})[col] = v;
      }
    }
  }
  return out;
}

/** The figures as the generator says its cells hold them, without the cells that hold none. */
export function shownFigures(forms: Record<string, FormSheet>): FormSet {
  const out: FormSet = {};
  for (const [id, s] of Object.entries(forms)) {
    out[id] = {};
    for (const [row, cols] of Object.entries(s.shown)) {
      for (const [col, v] of Object.entries(cols)) if (v !== undefined) (out[id][row] ??= {})[col] = v;
    }
  }
  return out;
}

/** Ratios computed by a formula are stored unrounded: compare every figure to 9 decimals. */
export function rounded(set: FormSet): FormSet {
  return JSON.parse(JSON.stringify(set, (_k, v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)));
}
