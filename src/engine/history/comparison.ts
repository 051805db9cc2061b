/**
 * The comparison across periods (issue 11 §4): per form, row and compared column, the committee's total of
 * this period and of each earlier period given; per unit, the rows that changed most. This period's totals
 * are the consolidation's own; an earlier period's are added up here from its units' figures the same way
 * (a sum, or the weighted mean the template names); ratio rows are left out (recomputed, not compared).
 */
import type { FormRow, FormTemplate } from "../../templates/form/types";
import type { Consolidation } from "../consolidate/consolidate";
import type { FormConsolidation } from "../forms/consolidate/types";
import { aggregateOf, isSummedColumn } from "../forms/consolidate/shape";
import { periodKey, type Period } from "../period";
import { UnitMatcher } from "./match";
import { directlyPrecedes, sameLastYear } from "./periods";
import { BCXDD_ID, type Snapshot, type SnapUnit } from "./types";

export interface ComparedForm {
  form: FormTemplate;
  /** The columns compared: this period's figure (and year-to-date, where the form has one). */
  columns: string[];
  /** Row code → column → [this period, each earlier period…]; null where a period has no figure. */
  rows: Record<string, Record<string, (number | null)[]>>;
}

export interface UnitChange {
  unit: string;
  code: string | null;
  form: string;
  row: string;
  column: string;
  before: number;
  now: number;
}

export interface Comparison {
  /** This period first, then the earlier ones, latest first. */
  periods: { period: Period; source: string | null }[];
  forms: ComparedForm[];
  /** Per unit, the rows of this period's figure that changed most since the nearest earlier period (at most 3 each). */
  unitChanges: UnitChange[];
  /** The earlier period the unit changes are measured from. */
  against: Period | null;
}

const comparedRow = (row: FormRow) => row.kind === "count" || row.kind === "amount" || row.kind === "average";

export function columnsCompared(form: FormTemplate): string[] {
  if (form.history) return [form.history.current, ...(form.history.ytd ? [form.history.ytd] : [])];
  const first = form.columns.find(isSummedColumn);
  return first ? [first.code] : [];
}

/** An earlier period's committee total of one cell: the template's aggregation over the units that have a figure. */
function totalOf(units: readonly SnapUnit[], row: FormRow, column: string): number | null {
  const agg = aggregateOf(row);
  if (agg.kind === "weightedMean") {
    let num = 0;
    let den = 0;
    for (const u of units) {
      const v = u.values[row.code]?.[column]?.value;
      const w = u.values[agg.weight]?.[column]?.value;
      if (v !== undefined && w !== undefined) {
        num += v * w;
        den += w;
      }
    }
    return den > 0 ? num / den : null;
  }
  if (agg.kind !== "sum") return null;
  const values = units.flatMap((u) => {
    const v = u.values[row.code]?.[column]?.value;
    return v === undefined ? [] : [v];
  });
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** This period's total as the consolidation computed it. */
function currentTotal(form: FormTemplate, bcxdd: Consolidation | null, forms: readonly FormConsolidation[], row: string, column: string): number | null {
  if (form.id === BCXDD_ID) {
    const t = bcxdd?.totals[row];
    return t ? ((t as unknown as Record<string, number | null>)[column] ?? null) : null;
  }
  return forms.find((f) => f.form === form.id)?.totals[row]?.[column]?.value ?? null;
}

/** The earlier periods, one snapshot per period (the first given wins), latest first. */
export function distinctEarlier(earlier: readonly Snapshot[], current: Period): Snapshot[] {
  const seen = new Set<string>([periodKey(current)]);
  const out: Snapshot[] = [];
  for (const s of earlier) {
    const key = periodKey(s.period);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort((a, b) => periodKey(b.period).localeCompare(periodKey(a.period)));
}

export function compare(current: Snapshot, earlier: readonly Snapshot[], templates: readonly FormTemplate[], bcxdd: Consolidation | null, forms: readonly FormConsolidation[]): Comparison {
  const periods = distinctEarlier(earlier, current.period);
  const compared: ComparedForm[] = [];
  for (const form of templates) {
    if (!current.forms[form.id]?.length) continue;
    const columns = columnsCompared(form);
    const rows: ComparedForm["rows"] = {};
    for (const row of form.rows.filter(comparedRow)) {
      rows[row.code] = Object.fromEntries(
        columns.map((col) => [col, [currentTotal(form, bcxdd, forms, row.code, col), ...periods.map((p) => totalOf(p.forms[form.id] ?? [], row, col))]]),
      );
    }
    compared.push({ form, columns, rows });
  }
  const against = periods.find((p) => directlyPrecedes(p.period, current.period)) ?? periods.find((p) => sameLastYear(p.period, current.period)) ?? periods[0] ?? null;
  return {
    periods: [{ period: current.period, source: null }, ...periods.map((p) => ({ period: p.period, source: p.source }))],
    forms: compared,
    unitChanges: against ? unitChanges(current, against, compared) : [],
    against: against?.period ?? null,
  };
}

/** Per unit and form, the three rows of this period's figure whose change from `against` is largest (by size). */
function unitChanges(current: Snapshot, against: Snapshot, compared: readonly ComparedForm[]): UnitChange[] {
  const out: UnitChange[] = [];
  for (const { form, columns } of compared) {
    const column = columns[0];
    const matcher = new UnitMatcher(against.forms[form.id] ?? []);
    for (const unit of current.forms[form.id] ?? []) {
      const before = matcher.find(unit);
      if (!before) continue;
      const changes: UnitChange[] = [];
      for (const row of form.rows.filter((r) => r.kind === "count" || r.kind === "amount")) {
        const a = before.values[row.code]?.[column]?.value;
        const b = unit.values[row.code]?.[column]?.value;
        if (a === undefined || b === undefined || a === b) continue;
        changes.push({ unit: unit.name, code: unit.code, form: form.id, row: row.code, column, before: a, now: b });
      }
      changes.sort((x, y) => Math.abs(y.now - y.before) - Math.abs(x.now - x.before));
      out.push(...changes.slice(0, 3));
    }
  }
  return out;
}

export interface ComparisonJson {
  periods: (Period & { source: string | null })[];
  /** The first form's rows (BC-XDĐ's when the batch has it): row code → column → values per period. */
  rows: Record<string, Record<string, (number | null)[]>>;
  /** Every form compared, by id, the same way. */
  forms: Record<string, { rows: Record<string, Record<string, (number | null)[]>> }>;
}

export function comparisonJson(c: Comparison): ComparisonJson {
  return {
    periods: c.periods.map((p) => ({ ...p.period, source: p.source })),
    rows: c.forms[0]?.rows ?? {},
    forms: Object.fromEntries(c.forms.map((f) => [f.form.id, { rows: f.rows }])),
  };
}
