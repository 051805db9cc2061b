import type { Localized } from "../../findings";

/**
 * The coverage messages of a form other than BC-XDĐ: FORM.md's, naming the form, because one unit may send
 * one form and not another (`Biểu số 1-BTCTW`).
 */
export const formCoverageMsg = {
  duplicate: (form: string, unit: string, period: string, files: string[], used: string, why: Localized): Localized => ({
    vi: `Đơn vị "${unit}" gửi ${files.length} ${form}${period ? ` ${period}` : ""}: ${files.join(", ")}. Số tổng hợp lấy từ ${used} (${why.vi}); các tệp khác vẫn được liệt kê.`,
    en: `Unit "${unit}" sent ${files.length} copies of ${form}${period ? ` for ${period}` : ""}: ${files.join(", ")}. The totals use ${used} (${why.en}); the others stay listed.`,
  }),
  missing: (form: string, unit: string, code: string | null): Localized => ({
    vi: `Đơn vị "${unit}"${code ? ` (mã ${code})` : ""} có trong danh sách nhưng chưa gửi ${form}.`,
    en: `Unit "${unit}"${code ? ` (code ${code})` : ""} is on the roster but sent no ${form}.`,
  }),
  unexpected: (form: string, unit: string): Localized => ({
    vi: `Đơn vị "${unit}" gửi ${form} nhưng không có trong danh sách đơn vị; số liệu được liệt kê nhưng không cộng vào tổng. Hãy kiểm tra tên hoặc mã đơn vị, hoặc bổ sung đơn vị vào danh sách.`,
    en: `Unit "${unit}" sent ${form} but is not on the roster; its figures are listed but not added to the totals. Check the unit's name or code, or add the unit to the roster.`,
  }),
  periodMismatch: (form: string, found: string, expected: string): Localized => ({
    vi: `${form} kỳ ${found}, khác kỳ đang tổng hợp (${expected}); không cộng vào tổng.`,
    en: `${form} is for ${found}, not the period being consolidated (${expected}); it is left out of the totals.`,
  }),
};
