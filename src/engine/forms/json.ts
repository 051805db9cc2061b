/**
 * The JSON additions of forms/README.md "The contract in JSON": per file, the forms found with their values
 * and cells; per consolidation, each form's totals. Plain numbers, `null` for a missing figure; ratio
 * columns carry the recomputed ratio in points, unrounded (`104.44…`). Nothing existing is renamed: the lead
 * adds these under `forms` in ../json.ts.
 */
import type { FileCheck } from "../check";
import type { Consolidation } from "../consolidate/consolidate";
import type { Report } from "../report";
import type { FormConsolidation } from "./consolidate/types";

export interface FormValuesJson {
  form: string;
  sheet: string;
  values: Record<string, Record<string, number | null>>;
  cells: Record<string, Record<string, string>>;
}

export interface FormTotalsJson {
  units: number;
  totals: Record<string, Record<string, number | null>>;
}

/** BC-XDĐ's columns keyed by role, as the README says. */
const BCXDD_ROLES = ["plan", "actual", "ytd", "pct"] as const;

/** BC-XDĐ as a form entry: `pct` is the percentage the sheet states, in points. */
function bcxddValues(report: Report): FormValuesJson {
  const values: FormValuesJson["values"] = {};
  const cells: FormValuesJson["cells"] = {};
  for (const [code, row] of Object.entries(report.rows)) {
    const v: Record<string, number | null> = {};
    const c: Record<string, string> = {};
    for (const role of BCXDD_ROLES) {
      if (role === "pct") {
        v.pct = row.statedPct?.points ?? null;
        if (row.statedPct) c.pct = row.statedPct.cell;
        continue;
      }
      v[role] = row[role].value;
      if (row[role].cell) c[role] = row[role].cell!;
    }
    values[code] = v;
    cells[code] = c;
  }
  return { form: "BC-XDD", sheet: report.sheet, values, cells };
}

/** `validate --json`: each form found in the workbook, BC-XDĐ first when the file holds it. */
export function formsValidationJson(check: FileCheck): FormValuesJson[] {
  const out: FormValuesJson[] = check.report ? [bcxddValues(check.report)] : [];
  for (const report of check.forms ?? []) {
    const values: FormValuesJson["values"] = {};
    const cells: FormValuesJson["cells"] = {};
    for (const [row, byColumn] of Object.entries(report.values)) {
      values[row] = {};
      cells[row] = {};
      for (const [column, figure] of Object.entries(byColumn)) {
        values[row][column] = figure.value;
        cells[row][column] = figure.cell;
      }
    }
    out.push({ form: report.form, sheet: report.sheet, values, cells });
  }
  return out;
}

/**
 * `consolidate --json`: per form consolidated, the units added and the totals (an `X` cell is null). Given
 * BC-XDĐ's consolidation too, BC-XDĐ comes first, keyed by role like `validate`'s (`pct` recomputed, in points);
 * its own `totals` field stays where it is.
 */
export function formsConsolidationJson(result: readonly FormConsolidation[], bcxdd: Consolidation | null = null): Record<string, FormTotalsJson> {
  const out: Record<string, FormTotalsJson> = {};
  if (bcxdd && bcxdd.used.length) {
    out["BC-XDD"] = {
      units: bcxdd.used.length,
      totals: Object.fromEntries(Object.entries(bcxdd.totals).map(([code, t]) => [code, { plan: t.plan, actual: t.actual, ytd: t.ytd, pct: t.pct }])),
    };
  }
  for (const c of result) {
    const totals: FormTotalsJson["totals"] = {};
    for (const row of c.template.rows) {
      const byColumn = c.totals[row.code];
      if (!byColumn) continue;
      totals[row.code] = Object.fromEntries(Object.entries(byColumn).map(([col, t]) => [col, t.value]));
    }
    out[c.form] = { units: c.used.length, totals };
  }
  return out;
}
