import type { FormRule, FormTemplate } from "../../../templates/form";
import { samePeriod, type Period } from "../../period";

/**
 * Whether a rule restricted to some period kinds (`periods: ["year"]`) applies to a report. A report whose
 * period is unknown gets no period-restricted rule: META_PERIOD already says the period is missing, and a
 * year-only relation checked on what may be a half-year report would be a false error.
 */
export function ruleApplies(rule: FormRule, period: Period | null): boolean {
  if (!rule.periods) return true;
  return period !== null && rule.periods.includes(period.kind);
}

/**
 * The period two forms of one workbook are compared in, or null when they cannot be: both known and different;
 * one known and not a period the other form is made for. Both unknown: the workbook is one unit's set of forms,
 * taken as one period (undefined), and only rules without a period restriction apply.
 */
export function pairPeriod(a: { period: Period | null; form: FormTemplate }, b: { period: Period | null; form: FormTemplate }): Period | undefined | null {
  if (a.period && b.period) return samePeriod(a.period, b.period) ? a.period : null;
  const known = a.period ?? b.period;
  if (!known) return undefined;
  const other = a.period ? b.form : a.form;
  return other.periodKinds.includes(known.kind) ? known : null;
}
