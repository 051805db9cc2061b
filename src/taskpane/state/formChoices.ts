/**
 * The forms the Mẫu biểu screen offers: BC-XDĐ, then every built-in form, each with its title, and the blank
 * sheet each one inserts (BC-XDĐ's own blank, formBlankSheet for the others).
 */
import { formSheet, type Lang, type SheetSpec } from "../../engine";
import { formBlankSheet } from "../../engine/forms/sheets/blank";
import { builtInForms } from "../../templates/form/registry";
import { BCXDD } from "../../templates/bcxdd";
import { BCXDD_ID, formName } from "./formsLabel";

export interface FormChoice {
  id: string;
  /** What the option shows: `Biểu số 1-BTCTW – Thống kê tăng, giảm đảng viên`. */
  label: string;
}

/** Upper-case titles read better in a list as a sentence. */
const sentence = (title: string) => (title === title.toLocaleUpperCase("vi") ? title.charAt(0) + title.slice(1).toLocaleLowerCase("vi") : title);

export function formChoices(lang: Lang): FormChoice[] {
  const others = builtInForms().filter((f) => f.id !== BCXDD_ID);
  return [
    { id: BCXDD_ID, label: `BC-XDĐ – ${lang === "vi" ? "Báo cáo công tác xây dựng Đảng" : "Party-building report"}` },
    ...others.map((f) => ({ id: f.id, label: `${formName(f.id, lang)} – ${sentence(f.title)}` })),
  ];
}

/** The blank sheet of a form, by id; BC-XDĐ's when the id is unknown. */
export function blankOf(id: string, lang: Lang): SheetSpec {
  const form = id === BCXDD_ID ? undefined : builtInForms().find((f) => f.id === id);
  return form ? formBlankSheet(form, lang) : formSheet(BCXDD);
}
