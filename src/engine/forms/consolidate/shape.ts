/**
 * What consolidation and the sheets need to know of a template's shape: which columns carry figures and how
 * each (row, column) total is formed. Kept apart so that the totals and the formulas that recompute them on
 * a sheet follow one rule.
 */
import type { Aggregate, FormColumn, FormRow, FormTemplate } from "../../../templates/form/types";

/** A column whose units' figures are added up: a printed value column (`Kỳ này`, BTCTW-5's `2 (=3+4)`). */
export const isSummedColumn = (c: FormColumn): boolean => c.kind === "value" && c.printed !== false;

/** A column recomputed from the others with its formula: ratio columns, and computed columns no sheet prints. */
export const isRecomputedColumn = (c: FormColumn): boolean =>
  c.formula !== undefined && (c.kind === "ratio" || (c.kind === "value" && c.printed === false));

/** The columns that get a total, in the template's order. */
export const totalColumns = (form: FormTemplate): FormColumn[] => form.columns.filter((c) => isSummedColumn(c) || isRecomputedColumn(c));

/** How a row's figures add up: the template's word, else a sum (ratio rows are recomputed). */
export function aggregateOf(row: FormRow): Aggregate {
  if (row.aggregate) return row.aggregate;
  return row.kind === "ratio" ? { kind: "recompute" } : { kind: "sum" };
}

/** The formula a recomputed cell follows: the row's own version of a column formula first, then the column's. */
export function cellFormula(row: FormRow, column: FormColumn): string | undefined {
  if (isRecomputedColumn(column)) return row.columnFormulas?.[column.code] ?? column.formula;
  if (aggregateOf(row).kind === "recompute") return row.formula;
  return undefined;
}

export const isNotApplicable = (row: FormRow, column: FormColumn): boolean => row.notApplicable?.includes(column.code) ?? false;

/** Row code → how deep it is printed (0 at top level), from the `under` chain. */
export function rowDepths(form: FormTemplate): Map<string, number> {
  const under = new Map(form.rows.map((r) => [r.code, r.under]));
  const depths = new Map<string, number>();
  for (const r of form.rows) {
    let d = 0;
    const seen = new Set<string>([r.code]);
    for (let u = r.under; u !== undefined && !seen.has(u); u = under.get(u)) {
      seen.add(u);
      d++;
    }
    depths.set(r.code, d);
  }
  return depths;
}
