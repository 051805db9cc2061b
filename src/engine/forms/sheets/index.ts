/**
 * The sheets of the forms other than BC-XDĐ, appended after BC-XDĐ's four (which stay exactly as they are):
 * one sheet per form in its own layout with live totals, then `Dữ liệu biểu`. Nothing when no such form
 * was consolidated, so a BC-XDĐ-only workbook is byte for byte what it was.
 */
import type { Lang } from "../../findings";
import type { SheetSpec } from "../../sheetspec";
import type { FormTemplate } from "../../../templates/form/types";
import type { FormConsolidation } from "../consolidate/types";
import { formConsolidatedSheet } from "./consolidated";
import { formsDataSheet } from "./data";
import { uniqueFormSheetNames } from "./names";
import type { SigningSettings } from "../../print/letterhead";

export function formsConsolidationSheets(result: readonly FormConsolidation[], forms: readonly FormTemplate[], lang: Lang = "vi", signing: SigningSettings = {}): SheetSpec[] {
  if (result.length === 0) return [];
  const templates = result.map((c) => forms.find((f) => f.id === c.form) ?? c.template);
  const names = uniqueFormSheetNames(templates);
  return [...result.map((c, i) => formConsolidatedSheet(c, templates[i], lang, names[i], signing)), formsDataSheet(result, lang)];
}

export { formBlankSheet } from "./blank";
export { formConsolidatedSheet } from "./consolidated";
export { formsDataSheet } from "./data";
export { formSheetName, FORMS_DATA_SHEET, FORM_DATA_COLUMNS } from "./names";
