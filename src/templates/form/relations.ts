import type { FormColumn, FormRow, FormRule, FormTemplate, Relation } from "./types";

/**
 * The rules a template yields from its structure (forms/README.md "Rules every template yields"), written in
 * the same notation as the template's own `rules`, so that a checker can run `[...derivedRules(f), ...f.rules]`
 * alike: SUM_ROWS and SUBSET_ROW from the rows' parents, SUM_COLS from value-column formulas, SUBSET_COL from
 * column parents, PCT_STATED from ratio formulas (PCT_ROUNDING is the same check within rounding), and
 * VALUE_RANGE from ranges. NOT_APPLICABLE is no expression: it is the rows' `notApplicable` cells.
 */
export function derivedRules(form: FormTemplate): FormRule[] {
  const figureRows = form.rows.filter((r) => r.kind !== "heading").map((r) => r.code);
  const valueColumns = form.columns.filter((c) => c.kind === "value" && c.printed !== false).map((c) => c.code);
  const out: FormRule[] = [];
  if (valueColumns.length) {
    for (const g of childGroups(form)) {
      const parent = row(g.parent);
      const children = g.children.map((c) => row(c.code));
      if (g.relation === "partition") out.push({ id: "SUM_ROWS", severity: "error", expr: `${parent} == ${children.join(" + ")}`, columns: valueColumns, anchor: g.parent });
      else if (g.relation === "disjointSubset") out.push({ id: "SUBSET_ROW", severity: "error", expr: `${children.join(" + ")} <= ${parent}`, columns: valueColumns, anchor: g.parent });
      else for (const c of g.children) out.push({ id: "SUBSET_ROW", severity: "error", expr: `${row(c.code)} <= ${parent}`, columns: valueColumns, anchor: c.code });
    }
  }
  if (figureRows.length) {
    for (const c of form.columns) {
      if (c.printed === false) continue;
      if (c.kind === "value" && c.formula) out.push({ id: "SUM_COLS", severity: "error", expr: `${col(c.code)} == ${c.formula}`, rows: figureRows });
      if (c.parent) out.push({ id: "SUBSET_COL", severity: "error", expr: `${col(c.code)} <= ${col(c.parent.column)}`, rows: figureRows });
      if (c.kind === "ratio" && c.formula) out.push(...ratioRules(form, c, figureRows));
      if (c.range) {
        const expr = bounds(col(c.code), c.range);
        if (expr) out.push({ id: "VALUE_RANGE", severity: "warning", expr, rows: figureRows });
      }
    }
  }
  for (const r of form.rows) {
    if (!r.range) continue;
    const expr = bounds(row(r.code), r.range);
    const columns = r.range.columns ?? form.columns.filter((c) => c.kind === "value" || c.kind === "ratio").map((c) => c.code);
    if (expr && columns.length) out.push({ id: "VALUE_RANGE", severity: "warning", expr, columns, anchor: r.code });
  }
  return out;
}

export interface ChildGroup {
  parent: string;
  relation: Relation;
  /** The row or heading the children are printed under (tells apart two partitions of one row). */
  under: string | undefined;
  children: FormRow[];
}

/** The rows grouped by (parent, relation, under), in the order of the form. */
export function childGroups(form: FormTemplate): ChildGroup[] {
  const groups = new Map<string, ChildGroup>();
  for (const r of form.rows) {
    if (!r.parent) continue;
    const key = JSON.stringify([r.parent.row, r.parent.relation, r.under ?? null]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { parent: r.parent.row, relation: r.parent.relation, under: r.under, children: [] }));
    g.children.push(r);
  }
  return [...groups.values()];
}

/** One PCT_STATED rule per distinct formula: the column's, and each row's own replacement. */
function ratioRules(form: FormTemplate, c: FormColumn, figureRows: string[]): FormRule[] {
  const byFormula = new Map<string, string[]>();
  for (const code of figureRows) {
    const own = form.rows.find((r) => r.code === code)?.columnFormulas?.[c.code];
    const f = own ?? (c.formula as string);
    byFormula.set(f, [...(byFormula.get(f) ?? []), code]);
  }
  return [...byFormula].map(([f, rows]) => ({ id: "PCT_STATED", severity: "error" as const, expr: `${col(c.code)} == ${f}`, rows }));
}

function bounds(term: string, r: { min?: number; max?: number }): string | undefined {
  const parts = [r.min !== undefined ? `${term} >= ${r.min}` : "", r.max !== undefined ? `${term} <= ${r.max}` : ""].filter(Boolean);
  return parts.length ? parts.join(" && ") : undefined;
}

const row = (code: string) => `row(${JSON.stringify(code)})`;
const col = (code: string) => `col(${JSON.stringify(code)})`;
