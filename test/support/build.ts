import { checkGrids, type FileCheck } from "../../src/engine/check";
import type { SheetSpec, SpecCell } from "../../src/engine/sheetspec";
import { text } from "../../src/engine/sheetspec";
import { BCXDD } from "../../src/templates/bcxdd";
import { reportSheet, type Layout } from "./reportSheet";
import { specToGrid } from "./specToGrid";
import { SAMPLE_UNITS, type SampleUnit } from "./units";

/** A sample unit with some figures changed: `{ DV_KN: [plan, actual, ytd] }`. */
export function unitWith(changes: SampleUnit["figures"] = {}, base = SAMPLE_UNITS[0], extra: Partial<SampleUnit> = {}): SampleUnit {
  const copy: SampleUnit = structuredClone(base);
  Object.assign(copy.figures, changes);
  return { ...copy, ...extra };
}

export function checkSpec(spec: SheetSpec, file = "bao-cao.xlsx"): FileCheck {
  return checkGrids([specToGrid(spec)], file, BCXDD);
}

export function check(unit: SampleUnit = SAMPLE_UNITS[0], layout: Layout = {}, file?: string): FileCheck {
  return checkSpec(reportSheet(unit, layout), file);
}

export const rules = (c: FileCheck) => c.findings.map((f) => f.rule);

/** The row of the spec whose code (or name) cell says `code`. */
export function rowIndexOf(spec: SheetSpec, code: string): number {
  return spec.rows.findIndex((row) => row?.some((c) => c?.t === "text" && c.v === code));
}

/** Finds the cell whose text is exactly `value` and replaces it. */
export function replaceText(spec: SheetSpec, value: string, by: SpecCell | null): SheetSpec {
  for (const row of spec.rows) {
    const i = row?.findIndex((c) => c?.t === "text" && c.v === value) ?? -1;
    if (i >= 0) {
      row[i] = by;
      return spec;
    }
  }
  throw new Error(`no cell says ${value}`);
}

export function setCell(spec: SheetSpec, r: number, c: number, cell: SpecCell | null): SheetSpec {
  (spec.rows[r] ??= [])[c] = cell;
  return spec;
}

export { text };

/** Checks of `count` units made from the sample ones, each with its own code, name and file. */
export function unitChecks(count: number, rename: (i: number, base: SampleUnit) => string = (i, b) => `${b.name} số ${i + 1}`): FileCheck[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_UNITS[i % SAMPLE_UNITS.length];
    const code = `U${String(i + 1).padStart(3, "0")}`;
    return check({ ...base, code, name: rename(i, base) }, {}, `${code}.xlsx`);
  });
}
