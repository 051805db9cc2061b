/** Sheet names and fixed texts of the form sheets (Vietnamese, as users read them). */
import { SHEET } from "../../sheets/names";
import type { FormTemplate } from "../../../templates/form/types";

/** The generalised pivot-ready table, beside BC-XDĐ's `Dữ liệu` (which keeps its own columns). */
export const FORMS_DATA_SHEET = "Dữ liệu biểu";
export const FORMS_DATA_TABLE = "DuLieuBieu";

/** The pivot table's columns: one row per unit × form × row × column, with where the figure came from. */
export const FORM_DATA_COLUMNS = [
  "Cụm", "Mã đơn vị", "Đơn vị", "Loại hình", "Năm", "Kỳ", "Biểu", "Mã dòng", "Dòng", "Cột", "Tên cột",
  "Giá trị", "Dùng trong tổng", "Trạng thái", "Tệp", "Trang tính", "Ô",
] as const;

/** Excel's limit on a sheet name, and the characters it refuses. */
const MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Names our own workbooks already use: BC-XDĐ's sheets, the Excel door's PivotTable sheet, the data table. */
const RESERVED = [...Object.values(SHEET), "Pivot", FORMS_DATA_SHEET];

const key = (name: string) => name.normalize("NFC").toLocaleUpperCase("vi");

/**
 * A form's sheet: `Biểu 1-BTCTW` for `BTCTW-1` (as the form is called on paper), `Biểu 3DT-BTCTW` for the
 * companion table, `Biểu <id>` for a committee's own form; at most 31 characters.
 */
export function formSheetName(form: Pick<FormTemplate, "id">): string {
  const m = /^([\p{Lu}]+)-(\d+[\p{Lu}]*)$/u.exec(form.id);
  const name = (m ? `Biểu ${m[2]}-${m[1]}` : `Biểu ${form.id}`).replace(FORBIDDEN, "-").replace(/^'+|'+$/g, "");
  return name.slice(0, MAX).trim();
}

/** The sheet names of several forms, made unique among themselves and against the names above (`… (2)`). */
export function uniqueFormSheetNames(forms: readonly Pick<FormTemplate, "id">[]): string[] {
  const taken = new Set(RESERVED.map(key));
  return forms.map((f) => {
    const base = formSheetName(f);
    let name = base;
    for (let n = 2; taken.has(key(name)); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX - suffix.length).trim() + suffix;
    }
    taken.add(key(name));
    return name;
  });
}
