/**
 * What the Kiểm tra screen says about the sheet it checked: which form it holds, the unit and the period —
 * BC-XDĐ's report or the first other form's, whichever the sheet held (one sheet holds one form).
 */
import type { FileCheck } from "../../engine";
import type { Period } from "../../engine/period";
import type { Unit } from "../../engine/report";
import type { MetaValue } from "../../engine/read/meta";
import { BCXDD_ID } from "./formsLabel";

export interface CheckedForm {
  /** The form id: `BC-XDD`, `BTCTW-1`… */
  form: string;
  unit: Unit;
  period: Period | null;
  periodText: MetaValue | null;
}

export function checkedForm(check: FileCheck): CheckedForm | null {
  if (check.report) return { form: BCXDD_ID, unit: check.report.unit, period: check.report.period, periodText: check.report.periodText };
  const other = check.forms?.[0];
  return other ? { form: other.form, unit: other.unit, period: other.period, periodText: other.periodText } : null;
}
