import type { Finding } from "../../findings";
import type { FormTemplate } from "../../../templates/form";
import type { FormSheetReport } from "../types";
import { labelOfColumn } from "./explain";
import { columnName, formMsg, rowName, where } from "./messages";

/**
 * NOT_APPLICABLE (warning): a figure in a cell the form marks X (a row's `notApplicable` columns). A 0 is a
 * figure too; a blank, a blank marker or the X itself is not.
 */
export function notApplicableFindings(report: FormSheetReport, form: FormTemplate): Finding[] {
  const out: Finding[] = [];
  for (const row of form.rows) {
    for (const column of row.notApplicable ?? []) {
      const f = report.values[row.code]?.[column];
      if (!f || f.invalid || f.marked || f.value === null) continue;
      const at = where(rowName(row.code, row.label), columnName(column, labelOfColumn(form, column)));
      out.push({
        rule: "NOT_APPLICABLE",
        severity: "warning",
        message: formMsg.notApplicable(at, f.value),
        file: report.file,
        sheet: report.sheet,
        cell: f.cell,
        indicator: row.code,
        form: report.form,
        column,
      });
    }
  }
  return out;
}
