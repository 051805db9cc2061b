import type { Localized } from "./findings";

/**
 * The text of every finding, Vietnamese first. Each message says what is wrong, the value found and
 * what was expected; where it is (sheet, cell) travels beside it in the finding.
 * Values arrive already formatted for each language.
 */
type Both = { vi: string; en: string };
const q = (s: string) => `“${s}”`;

export const msg = {
  formNotFound: (sheets: string[]): Localized => ({
    vi: `Không tìm thấy biểu báo cáo trong tệp (đã xem ${sheets.length} trang tính: ${sheets.join(", ") || "không có"}). Cần một hàng tiêu đề có các cột "Chỉ tiêu" và "Thực hiện" hoặc "Kế hoạch".`,
    en: `No sheet looks like the report form (looked at ${sheets.length}: ${sheets.join(", ") || "none"}). A header row with "Chỉ tiêu" and "Thực hiện" or "Kế hoạch" columns is needed.`,
  }),
  metaUnit: (): Localized => ({
    vi: `Thiếu tên đơn vị báo cáo. Hãy ghi "Đơn vị báo cáo: <tên đơn vị>" phía trên bảng.`,
    en: `The reporting unit's name is missing. Write "Đơn vị báo cáo: <name>" above the table.`,
  }),
  metaPeriodMissing: (): Localized => ({
    vi: `Thiếu kỳ báo cáo. Hãy ghi "Kỳ báo cáo: Quý I/2023" (hoặc 6 tháng, 9 tháng, Năm) phía trên bảng.`,
    en: `The reporting period is missing. Write "Kỳ báo cáo: Quý I/2023" (or 6 tháng, 9 tháng, Năm) above the table.`,
  }),
  metaPeriodUnclear: (text: string): Localized => ({
    vi: `Không hiểu kỳ báo cáo ${q(text)}. Cách ghi đúng: "Quý I/2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "Năm 2023".`,
    en: `The period ${q(text)} is not understood. Write e.g. "Quý I/2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "Năm 2023".`,
  }),
  rowMissing: (name: string, code: string): Localized => ({
    vi: `Thiếu dòng chỉ tiêu "${name}" (${code}) trong biểu.`,
    en: `The form has no row for "${name}" (${code}).`,
  }),
  rowUnknown: (name: string): Localized => ({
    vi: `Dòng ${q(name)} có số liệu nhưng không khớp chỉ tiêu nào của biểu; số liệu này không được tổng hợp. Hãy ghi tên chỉ tiêu như trong biểu BC-XDĐ, hoặc ghi mã chỉ tiêu ở cột Mã.`,
    en: `The row ${q(name)} has figures but matches no indicator of the form; its figures are not consolidated. Name the row as the BC-XDĐ form does, or put the indicator's code in the Mã column.`,
  }),
  rowDuplicate: (name: string, code: string, firstCell: string): Localized => ({
    vi: `Chỉ tiêu "${name}" (${code}) xuất hiện hai lần; dòng đầu ở ô ${firstCell}. Hãy giữ một dòng.`,
    en: `The indicator "${name}" (${code}) appears twice; the first row is at ${firstCell}. Keep one row.`,
  }),
  valueNotNumber: (name: string, column: Both, found: string): Localized => ({
    vi: `${column.vi} của "${name}" không phải là số: ${q(found)}. Cần một số (để trống hoặc "-" nếu không có số liệu).`,
    en: `${column.en} of "${name}" is not a number: ${q(found)}. A number is expected (blank or "-" when there is no figure).`,
  }),
  valueNegative: (name: string, column: Both, found: Both): Localized => ({
    vi: `${column.vi} của "${name}" là số âm (${found.vi}); cần số không âm.`,
    en: `${column.en} of "${name}" is negative (${found.en}); a non-negative number is expected.`,
  }),
  valueNotInteger: (name: string, column: Both, found: Both): Localized => ({
    vi: `${column.vi} của "${name}" là số lẻ (${found.vi}); chỉ tiêu này đếm số lượng nên cần số nguyên.`,
    en: `${column.en} of "${name}" has a fraction (${found.en}); this indicator is a count, a whole number is expected.`,
  }),
  valueAmbiguous: (name: string, column: Both, found: string, read: Both): Localized => ({
    vi: `${column.vi} của "${name}" ghi ${q(found)}, có thể hiểu hai cách; đã đọc theo kiểu Việt Nam là ${read.vi}. Nếu ý là số thập phân, hãy ghi dấu phẩy (ví dụ 1,234).`,
    en: `${column.en} of "${name}" reads ${q(found)}, which can be read two ways; it was read the Vietnamese way as ${read.en}. For a decimal, write a comma (e.g. 1,234).`,
  }),
  /** `left` and `right` are each a name (`Tổng số đảng viên cuối kỳ`) or the sum as numbers (`86 + 2 − 1`). */
  crossRule: (rule: string, left: Both, leftValue: Both, right: Both | null, rightValue: Both, sym: string): Localized => ({
    vi: `${CROSS_TEXT[rule]?.vi ?? rule}: ${left.vi} = ${leftValue.vi}, ${right === null ? `cần ${sym} ${rightValue.vi}` : `nhưng ${right.vi} = ${rightValue.vi}`}.`,
    en: `${CROSS_TEXT[rule]?.en ?? rule}: ${left.en} = ${leftValue.en}, ${right === null ? `expected ${sym} ${rightValue.en}` : `but ${right.en} = ${rightValue.en}`}.`,
  }),
  ytdLtActual: (name: string, ytd: Both, actual: Both): Localized => ({
    vi: `Lũy kế của "${name}" (${ytd.vi}) nhỏ hơn số thực hiện trong kỳ (${actual.vi}); lũy kế từ đầu năm phải lớn hơn hoặc bằng số trong kỳ.`,
    en: `The year-to-date figure of "${name}" (${ytd.en}) is below the period's figure (${actual.en}); it must be at least the period's figure.`,
  }),
  ytdNeActualQ1: (name: string, ytd: Both, actual: Both, period: string): Localized => ({
    vi: `${period} là kỳ đầu năm nên lũy kế của "${name}" (${ytd.vi}) phải bằng số thực hiện trong kỳ (${actual.vi}).`,
    en: `${period} is the first period of the year, so the year-to-date figure of "${name}" (${ytd.en}) should equal the period's figure (${actual.en}).`,
  }),
  pctStated: (name: string, stated: Both, computed: Both, figure: Both, plan: Both): Localized => ({
    vi: `Tỷ lệ % kế hoạch của "${name}" ghi ${stated.vi}, nhưng ${figure.vi}/${plan.vi} = ${computed.vi}.`,
    en: `The completion rate of "${name}" says ${stated.en}, but ${figure.en}/${plan.en} = ${computed.en}.`,
  }),
  pctRounding: (name: string, stated: Both, computed: Both, figure: Both, plan: Both, rounded: Both): Localized => ({
    vi: `Tỷ lệ % kế hoạch của "${name}" ghi ${stated.vi}, chỉ lệch do làm tròn: ${figure.vi}/${plan.vi} = ${computed.vi}, làm tròn đúng là ${rounded.vi}.`,
    en: `The completion rate of "${name}" says ${stated.en}, off only by rounding: ${figure.en}/${plan.en} = ${computed.en}, correctly rounded ${rounded.en}.`,
  }),
  pctNoPlan: (name: string, stated: Both): Localized => ({
    vi: `"${name}" ghi tỷ lệ ${stated.vi} nhưng không có kế hoạch (trống hoặc 0), nên không thể tính tỷ lệ.`,
    en: `"${name}" states a rate of ${stated.en} but has no plan (blank or 0), so no rate can be computed.`,
  }),
  fileUnreadable: (reason: Localized): Localized => ({
    vi: `Không đọc được tệp: ${reason.vi}`,
    en: `The file cannot be read: ${reason.en}`,
  }),
  unitDuplicate: (unit: string, period: string, files: string[], used: string, why: Both): Localized => ({
    vi: `Đơn vị "${unit}" gửi ${files.length} báo cáo ${period}: ${files.join(", ")}. Số tổng hợp lấy từ ${used} (${why.vi}); các tệp khác vẫn được liệt kê.`,
    en: `Unit "${unit}" sent ${files.length} reports for ${period}: ${files.join(", ")}. The totals use ${used} (${why.en}); the others stay listed.`,
  }),
  unitMissing: (unit: string, code: string): Localized => ({
    vi: `Đơn vị "${unit}"${code ? ` (mã ${code})` : ""} có trong danh sách nhưng chưa gửi báo cáo.`,
    en: `Unit "${unit}"${code ? ` (code ${code})` : ""} is on the roster but sent no report.`,
  }),
  unitUnexpected: (unit: string): Localized => ({
    vi: `Đơn vị "${unit}" không có trong danh sách đơn vị; số liệu được liệt kê nhưng không cộng vào tổng. Hãy kiểm tra tên hoặc mã đơn vị ghi trong báo cáo, hoặc bổ sung đơn vị vào danh sách.`,
    en: `Unit "${unit}" is not on the roster; its figures are listed but not added to the totals. Check the unit's name or code in the report, or add the unit to the roster.`,
  }),
  periodMismatch: (found: string, expected: string): Localized => ({
    vi: `Báo cáo kỳ ${found}, khác kỳ đang tổng hợp (${expected}); không cộng vào tổng.`,
    en: `The report is for ${found}, not the period being consolidated (${expected}); it is left out of the totals.`,
  }),
};

const CROSS_TEXT: Record<string, Both> = {
  DV_SPLIT: {
    vi: "Tổng số đảng viên cuối kỳ phải bằng đảng viên chính thức cộng dự bị",
    en: "Members at the end of the period must equal full plus probationary members",
  },
  DV_BALANCE: {
    vi: "Số đảng viên cuối kỳ phải bằng đầu kỳ + kết nạp + chuyển đến − chuyển đi − từ trần − xóa tên − khai trừ",
    en: "Members at the end must equal the start + admitted + transferred in − transferred out − deceased − removed − expelled",
  },
  KT_DV_GT_MEMBERS: {
    vi: "Số đảng viên được kiểm tra, giám sát lớn hơn tổng số đảng viên",
    en: "Members inspected or supervised exceed the number of members",
  },
  MEMBERS_GT_STAFF: {
    vi: "Số đảng viên lớn hơn tổng số người lao động",
    en: "Members exceed the total staff",
  },
  INCOME_RANGE: {
    vi: "Thu nhập bình quân ngoài khoảng 1–200 triệu đồng/người/tháng (có thể đã nhập theo đồng hoặc nghìn đồng)",
    en: "Average income outside 1–200 million VND a month (perhaps entered in VND or thousands)",
  },
};
