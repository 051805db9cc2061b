/** Texts of the Kỳ trước picker (issue 11), Vietnamese first; kept apart from vi.ts/en.ts, typed alike. */
const vi = {
  label: "Kỳ trước",
  hint: "Không bắt buộc. Sổ tổng hợp của kỳ trước (do Tổng hợp tạo) hoặc báo cáo của các đơn vị kỳ đó, và nếu có, cùng kỳ năm trước: Tổng hợp đối chiếu số đầu kỳ, lũy kế, cột “Cùng kỳ năm trước”, và thêm trang So sánh.",
  choose: "Chọn tệp kỳ trước…",
  remove: "Bỏ kỳ trước",
  loaded: (names: string, periods: string) => `${names}: ${periods}`,
  failed: "Không dùng được tệp kỳ trước",
  noPeriod: "Không tìm thấy kỳ báo cáo nào trong các tệp này: cần sổ tổng hợp do Tổng hợp tạo (có trang Dữ liệu hoặc Dữ liệu biểu) hoặc báo cáo của đơn vị ghi rõ kỳ.",
};

const en: typeof vi = {
  label: "Earlier periods",
  hint: "Optional. Last period's consolidated workbook (made by Tổng hợp) or its units' reports, and the same period last year if you have it: opening counts, year-to-date figures and the “same period last year” column are checked against them, and a So sánh (comparison) sheet is added.",
  choose: "Choose earlier period files…",
  remove: "Remove earlier periods",
  loaded: (names: string, periods: string) => `${names}: ${periods}`,
  failed: "The earlier period files cannot be used",
  noPeriod: "No reporting period found in these files: give a consolidated workbook made by Tổng hợp (with a Dữ liệu or Dữ liệu biểu sheet) or units' reports that state their period.",
};

export const PREVIOUS_TEXT = { vi, en };
