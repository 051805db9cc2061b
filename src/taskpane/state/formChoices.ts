/**
 * The forms the Mẫu biểu screen offers: BC-XDĐ, then every built-in form, each with its title, and the blank
 * sheet each one inserts (BC-XDĐ's own blank, formBlankSheet for the others).
 */
import { formSheet, type Lang, type SheetSpec } from "../../engine";
import { formBlankSheet } from "../../engine/forms/sheets/blank";
import { builtInForms } from "../../templates/form/registry";
import type { FormTemplate } from "../../templates/form/types";
import { BCXDD } from "../../templates/bcxdd";
import { BCXDD_ID, formName } from "./formsLabel";

export interface FormChoice {
  id: string;
  /** What the option shows: `Biểu số 1-BTCTW – Thống kê tăng, giảm đảng viên`. */
  label: string;
}

/** Upper-case titles read better in a list as a sentence. */
const sentence = (title: string) => (title === title.toLocaleUpperCase("vi") ? title.charAt(0) + title.slice(1).toLocaleLowerCase("vi") : title);

export function formChoices(lang: Lang, own: readonly FormTemplate[] = []): FormChoice[] {
  const others = builtInForms().filter((f) => f.id !== BCXDD_ID);
  return [
    { id: BCXDD_ID, label: `BC-XDĐ – ${lang === "vi" ? "Báo cáo công tác xây dựng Đảng" : "Party-building report"}` },
    ...others.map((f) => ({ id: f.id, label: `${formName(f.id, lang)} – ${sentence(f.title)}` })),
    // The committee's own forms kept in the workbook (issue 10), by their marker or id.
    ...own.map((f) => ({ id: f.id, label: `${f.marker ?? f.id} – ${sentence(f.title)}` })),
  ];
}

/** The blank sheet of a form, by id (the workbook's own forms included); BC-XDĐ's when the id is unknown. */
export function blankOf(id: string, lang: Lang, own: readonly FormTemplate[] = []): SheetSpec {
  const form = id === BCXDD_ID ? undefined : (own.find((f) => f.id === id) ?? builtInForms().find((f) => f.id === id));
  return form ? formBlankSheet(form, lang) : formSheet(BCXDD);
}
