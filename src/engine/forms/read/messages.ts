import type { Localized } from "../../findings";
import type { PeriodKind } from "../../../templates/form/types";

const PERIOD_KIND_TEXT: Record<PeriodKind, Both> = {
  quarter: { vi: "quý", en: "quarters" },
  half: { vi: "6 tháng", en: "half-years" },
  nine_months: { vi: "9 tháng", en: "nine months" },
  year: { vi: "năm", en: "years" },
};

/**
 * The text of the reader's findings about a form other than BC-XDĐ, Vietnamese first: what was found and
 * what is expected. The form (`Biểu số 1-BTCTW`), the row and the column are named so that a message read
 * alone (a CLI line, a cell comment) still says where to look; sheet and cell travel beside it.
 */
type Both = { vi: string; en: string };
const q = (s: string) => `“${s}”`;

/** `cột 2 (Kỳ này)` / `column 2 (Kỳ này)`. */
export const columnText = (code: string, label: string): Both => ({
  vi: `cột ${code}${label ? ` (${label})` : ""}`,
  en: `column ${code}${label ? ` (${label})` : ""}`,
});

const row = (code: string, label: string) => `${q(label)} (${code})`;

export const formMsg = {
  formNotFound: (form: string, sheets: string[]): Localized => ({
    vi: `Không tìm thấy ${form} trong tệp (đã xem ${sheets.length} trang tính: ${sheets.join(", ") || "không có"}). Cần một trang có bảng của biểu (hàng tiêu đề cột, hàng đánh số cột và các dòng tiêu chí của biểu).`,
    en: `No sheet holds ${form} (looked at ${sheets.length}: ${sheets.join(", ") || "none"}). A sheet with the form's table is needed (its column headers, column numbers and the form's rows).`,
  }),
  formDuplicate: (form: string, sheet: string, used: string): Localized => ({
    vi: `Trang tính ${q(sheet)} cũng là ${form}; chỉ đọc trang ${q(used)} (khớp nhiều dòng hơn hoặc có nhiều số liệu hơn). Số liệu trang ${q(sheet)} không được kiểm tra và tổng hợp: mỗi tệp của một đơn vị chỉ nên có một ${form}.`,
    en: `Sheet ${q(sheet)} also holds ${form}; only ${q(used)} is read (it matches more rows or has more figures). The figures of ${q(sheet)} are neither checked nor consolidated: a unit's file should hold one ${form}.`,
  }),
  metaUnit: (form: string): Localized => ({
    vi: `${form}: không tìm thấy tên đơn vị báo cáo. Cần tên đơn vị ở góc trên bên trái, dưới cấp ủy cấp trên (ví dụ "ĐẢNG ỦY CÔNG TY …", "CHI BỘ …"), hoặc dòng "Đơn vị báo cáo: <tên đơn vị>".`,
    en: `${form}: the reporting unit's name is missing. Put it top left, under the superior committee (e.g. "ĐẢNG ỦY CÔNG TY …", "CHI BỘ …"), or write "Đơn vị báo cáo: <name>".`,
  }),
  metaPeriodMissing: (form: string): Localized => ({
    vi: `${form}: thiếu kỳ báo cáo. Cần kỳ ở dòng dưới tên biểu, ví dụ "6 THÁNG ĐẦU NĂM 2023", "NĂM 2023" hoặc "Có đến 31/12/2023".`,
    en: `${form}: the period is missing. Write it under the form's title, e.g. "6 THÁNG ĐẦU NĂM 2023", "NĂM 2023" or "Có đến 31/12/2023".`,
  }),
  metaPeriodUnclear: (form: string, text: string): Localized => ({
    vi: `${form}: không hiểu kỳ báo cáo ${q(text)}. Cách ghi đúng: "6 THÁNG ĐẦU NĂM 2023", "NĂM 2023", "Có đến 31/12/2023".`,
    en: `${form}: the period ${q(text)} is not understood. Write e.g. "6 THÁNG ĐẦU NĂM 2023", "NĂM 2023", "Có đến 31/12/2023".`,
  }),
  /** A period understood, but not one the form is made for (a quarter on a six-monthly form). */
  metaPeriodNotOfForm: (form: string, text: string, kinds: readonly PeriodKind[]): Localized => ({
    vi: `${form}: kỳ báo cáo ${q(text)} không phải kỳ của biểu; biểu này lập theo ${kinds.map((k) => PERIOD_KIND_TEXT[k].vi).join(" hoặc ")}. Hãy kiểm tra kỳ ghi dưới tên biểu, hoặc có phải đã dùng nhầm biểu.`,
    en: `${form}: the period ${q(text)} is not one of the form's; the form is made for ${kinds.map((k) => PERIOD_KIND_TEXT[k].en).join(" or ")}. Check the period under the form's title, or whether the wrong form was used.`,
  }),
  rowMissing: (form: string, code: string, label: string): Localized => ({
    vi: `${form}: thiếu dòng ${row(code, label)}. Hãy thêm dòng này với số thứ tự và tên như trong biểu (để trống nếu không có số liệu).`,
    en: `${form}: the row ${row(code, label)} is missing. Add it with the form's numbering and label (leave it blank when there is no figure).`,
  }),
  rowUnknown: (form: string, label: string): Localized => ({
    vi: `${form}: dòng ${q(label)} có số liệu nhưng không khớp dòng nào của biểu; số liệu này không được kiểm tra và tổng hợp. Hãy ghi số thứ tự và tên dòng như trong biểu.`,
    en: `${form}: the row ${q(label)} has figures but matches no row of the form; its figures are neither checked nor consolidated. Give it the form's numbering and label.`,
  }),
  rowDuplicate: (form: string, code: string, label: string, firstCell: string): Localized => ({
    vi: `${form}: dòng ${row(code, label)} xuất hiện hai lần, cả hai đều có số liệu; dòng đầu ở ô ${firstCell} được dùng. Hãy giữ một dòng.`,
    en: `${form}: the row ${row(code, label)} appears twice, both with figures; the first, at ${firstCell}, is used. Keep one row.`,
  }),
  valueNotNumber: (form: string, code: string, label: string, column: Both, found: string): Localized => ({
    vi: `${form}: ${column.vi} của dòng ${row(code, label)} không phải là số: ${q(found)}. Cần một số (để trống hoặc "-" nếu không có số liệu).`,
    en: `${form}: ${column.en} of the row ${row(code, label)} is not a number: ${q(found)}. A number is expected (blank or "-" when there is no figure).`,
  }),
  valueNegative: (form: string, code: string, label: string, column: Both, found: Both): Localized => ({
    vi: `${form}: ${column.vi} của dòng ${row(code, label)} là số âm (${found.vi}); cần số không âm.`,
    en: `${form}: ${column.en} of the row ${row(code, label)} is negative (${found.en}); a non-negative number is expected.`,
  }),
  valueNotInteger: (form: string, code: string, label: string, column: Both, found: Both): Localized => ({
    vi: `${form}: ${column.vi} của dòng ${row(code, label)} là số lẻ (${found.vi}); dòng này đếm số lượng nên cần số nguyên.`,
    en: `${form}: ${column.en} of the row ${row(code, label)} has a fraction (${found.en}); the row is a count, a whole number is expected.`,
  }),
  valueAmbiguous: (form: string, code: string, label: string, column: Both, found: string, read: Both): Localized => ({
    vi: `${form}: ${column.vi} của dòng ${row(code, label)} ghi ${q(found)}, có thể hiểu hai cách; đã đọc theo kiểu Việt Nam là ${read.vi}. Nếu ý là số thập phân, hãy ghi dấu phẩy (ví dụ 1,234).`,
    en: `${form}: ${column.en} of the row ${row(code, label)} reads ${q(found)}, which can be read two ways; it was read the Vietnamese way as ${read.en}. For a decimal, write a comma (e.g. 1,234).`,
  }),
};
