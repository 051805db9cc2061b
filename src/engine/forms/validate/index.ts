// Checking any form read from a sheet (issue 9 §4). Pure TypeScript, like the rest of the engine.
import type { Finding } from "../../findings";
import type { FormTemplate } from "../../../templates/form";
import type { FormSheetReport } from "../types";
import { crossFormFindings } from "./crossForm";
import { validateFormReport } from "./formReport";

export { validateFormReport } from "./formReport";
export { crossFormFindings } from "./crossForm";
export { PCT_NO_BASE, PCT_ROUNDING } from "./explain";

/**
 * The findings of one workbook's forms: each report's own (./formReport.ts), then the disagreements between
 * them (./crossForm.ts). A report whose form is not among `forms` has nothing to be checked against.
 */
export function validateFormReports(reports: FormSheetReport[], forms: readonly FormTemplate[]): Finding[] {
  const own = reports.flatMap((r) => {
    const form = forms.find((f) => f.id === r.form);
    return form ? validateFormReport(r, form) : [];
  });
  return [...own, ...crossFormFindings(reports, forms)];
}
