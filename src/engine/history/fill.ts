/**
 * Filling "Cùng kỳ năm trước" from history (issue 11 §5). Given the same period a year earlier:
 * - on the consolidated sheets, a unit that left its column 3 blank gets what it reported as "Kỳ này" a year
 *   earlier, so the committee's column 3 and the ratio column (recomputed from the sums) follow. A figure the
 *   unit did write is never replaced: where it differs, LAST_YEAR_MISMATCH says so. A filled figure keeps
 *   where it came from (`from`: the earlier file, sheet and cell), which `Dữ liệu biểu` lists as its source;
 * - the blank form (`tonghop template --form … --previous`) gets the earlier period's figures in column 3:
 *   the committee's totals when a consolidation or several units are given, a unit's own when one unit is.
 */
import type { FormRow, FormTemplate } from "../../templates/form/types";
import type { FormConsolidation } from "../forms/consolidate/types";
import { formTotals } from "../forms/consolidate/totals";
import type { FormFigure, FormSheetReport } from "../forms/types";
import { aggregateOf } from "../forms/consolidate/shape";
import { periodKey, type Period } from "../period";
import { UnitMatcher } from "./match";
import { sameLastYear } from "./periods";
import type { Snapshot, SnapUnit } from "./types";

const filledRow = (row: FormRow) => row.kind === "count" || row.kind === "amount";

/** A unit's report with its blank column-3 cells filled from `ago`; null when nothing was filled. */
function filledReport(report: FormSheetReport, form: FormTemplate, ago: SnapUnit): FormSheetReport | null {
  const h = form.history!;
  const values = { ...report.values };
  let filled = 0;
  for (const row of form.rows.filter(filledRow)) {
    const own = report.values[row.code]?.[h.lastYear!];
    const earlier = ago.values[row.code]?.[h.current];
    // Only a cell the unit's sheet has and left without a figure: an `X`, a text or a typed figure stays.
    if (!own || own.value !== null || own.invalid || own.marked || !earlier) continue;
    const from = earlier.origin ?? earlier.at;
    const figure: FormFigure = { ...own, value: earlier.value, from };
    values[row.code] = { ...values[row.code], [h.lastYear!]: figure };
    filled++;
  }
  return filled ? { ...report, values } : null;
}

/**
 * Fills, in place, the consolidations of forms that have a "same period last year" column, from the snapshot of
 * the same period a year before each consolidation's; their totals are recomputed. Returns the number of cells filled.
 */
export function fillLastYear(forms: readonly FormConsolidation[], earlier: readonly Snapshot[]): number {
  let count = 0;
  for (const c of forms) {
    const h = c.template.history;
    const ago = c.period ? earlier.find((s) => sameLastYear(s.period, c.period!)) : undefined;
    const units = ago?.forms[c.form];
    if (!h?.lastYear || !units?.length) continue;
    const matcher = new UnitMatcher(units);
    let changed = false;
    for (const entry of c.used) {
      const unit = matcher.find(entry);
      const report = entry.report && unit ? filledReport(entry.report, c.template, unit) : null;
      if (!report) continue;
      count += Object.values(report.values).reduce((n, cols) => n + Object.values(cols).filter((f) => f.from).length, 0);
      entry.report = report;
      changed = true;
    }
    if (changed) c.totals = formTotals(c.template, c.used);
  }
  return count;
}

/**
 * Column 3 of a blank form from an earlier period: the form's figures in that period (summed over its units, or
 * the weighted mean the template names), and the period that blank is for (a year later).
 */
export function blankLastYear(form: FormTemplate, earlier: readonly Snapshot[]): { period: Period; values: Record<string, number> } | null {
  if (!form.history?.lastYear) return null;
  const withForm = earlier.filter((s) => s.forms[form.id]?.length).sort((a, b) => periodKey(b.period).localeCompare(periodKey(a.period)));
  const snap = withForm[0];
  if (!snap) return null;
  const units = snap.forms[form.id];
  const current = form.history.current;
  const values: Record<string, number> = {};
  for (const row of form.rows.filter(filledRow)) {
    const agg = aggregateOf(row);
    if (agg.kind !== "sum") continue;
    const figures = units.flatMap((u) => (u.values[row.code]?.[current] ? [u.values[row.code][current].value] : []));
    if (figures.length) values[row.code] = figures.reduce((a, b) => a + b, 0);
  }
  const p = snap.period;
  return { period: { ...p, year: p.year + 1, label: p.label.replace(String(p.year), String(p.year + 1)) }, values };
}
