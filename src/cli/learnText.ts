/** Texts of `tonghop template learn` (Vietnamese first, English with --lang en). */
export const LEARN_TEXT = {
  vi: {
    description: "Học mẫu biểu của đơn vị từ một trang tính mẫu trống (hoặc đã điền) / learn a committee's own form from its blank sheet",
    learned: (title: string, id: string, sheet: string, columns: number, rows: number, rules: number) =>
      `Đã học mẫu “${title}” (mã ${id}) từ trang “${sheet}”: ${columns} cột, ${rows} dòng, ${rules} quy tắc kiểm tra.`,
    columns: "Cột",
    rows: "Dòng",
    rules: "Quy tắc",
    questions: (n: number) => `Cần xác nhận (${n})`,
    noQuestions: "Không có gì cần hỏi thêm.",
    notes: "Ghi chú",
    written: (p: string) => `Đã ghi ${p}. Dùng: tonghop consolidate --form ${p} <tệp…>`,
    noSheet: (name: string, names: string[]) => `Không có trang “${name}”. Các trang: ${names.join(", ")}`,
    noForm: (why: string) => `Không học được mẫu biểu: ${why}`,
    noFormAnySheet: "Không trang nào có bảng của một biểu (hàng tiêu đề cột, hàng đánh số cột).",
    broken: (problems: string) => `Mẫu học được không hợp lệ (lỗi của Tổng hợp, xin báo lại):\n${problems}`,
    refuseForeign: (p: string) => `${p} đã có và không phải mẫu do Tổng hợp học được; thêm --force để ghi đè.`,
  },
  en: {
    description: "Learn a committee's own form from its blank sheet",
    learned: (title: string, id: string, sheet: string, columns: number, rows: number, rules: number) =>
      `Learned “${title}” (id ${id}) from sheet “${sheet}”: ${columns} columns, ${rows} rows, ${rules} rules.`,
    columns: "Columns",
    rows: "Rows",
    rules: "Rules",
    questions: (n: number) => `To confirm (${n})`,
    noQuestions: "Nothing left to ask.",
    notes: "Notes",
    written: (p: string) => `Wrote ${p}. Use: tonghop consolidate --form ${p} <files…>`,
    noSheet: (name: string, names: string[]) => `No sheet “${name}”. Sheets: ${names.join(", ")}`,
    noForm: (why: string) => `No form could be learned: ${why}`,
    noFormAnySheet: "No sheet holds a form's table (a column header row, a column-numbering row).",
    broken: (problems: string) => `The learned template is not valid (a bug of Tổng hợp, please report it):\n${problems}`,
    refuseForeign: (p: string) => `${p} exists and is not a template Tổng hợp learned; add --force to replace it.`,
  },
};
