/** The learner's questions and notes, Vietnamese first (what the user reads), English beside. */
import type { LearnQuestion } from "./types";

type Text = { vi: string; en: string };
const q = (kind: LearnQuestion["kind"], where: Omit<LearnQuestion, "kind" | "vi" | "en">, t: Text): LearnQuestion => ({ kind, ...where, ...t });
const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export const QUESTIONS = {
  relation: (sheetRow: number, row: string, label: string, children: number) =>
    q("relation", { sheetRow, row }, {
      vi: `Dòng ${sheetRow} (“${cut(label)}”): ${children} dòng con cộng lại bằng dòng này (chia ra) hay chỉ là một phần của nó (trong đó)? Đang chọn: trong đó.`,
      en: `Row ${sheetRow} (“${cut(label)}”): do its ${children} child rows add up to it (a partition) or are they parts of it (a subset)? Chosen for now: subset.`,
    }),
  heading: (sheetRow: number, row: string, label: string) =>
    q("rowKind", { sheetRow, row }, {
      vi: `Dòng ${sheetRow} (“${cut(label)}”): là đề mục (không ghi số) hay dòng có số liệu? Đang chọn: có số liệu.`,
      en: `Row ${sheetRow} (“${cut(label)}”): a heading with no figures, or a row with figures? Chosen for now: figures.`,
    }),
  average: (sheetRow: number, row: string, label: string) =>
    q("average", { sheetRow, row }, {
      vi: `Dòng ${sheetRow} (“${cut(label)}”) là số bình quân: khi tổng hợp phải tính bình quân theo dòng nào (số người)? Chưa rõ nên đang để là số cộng.`,
      en: `Row ${sheetRow} (“${cut(label)}”) is an average: which row (a count of people) weights it when consolidating? Not known, so it is added up for now.`,
    }),
  ratioRow: (sheetRow: number, row: string, label: string) =>
    q("ratio", { sheetRow, row }, {
      vi: `Dòng ${sheetRow} (“${cut(label)}”) là tỷ lệ nhưng mẫu trống không có công thức: tỷ lệ của dòng nào trên dòng nào? Đang để là số nhập tay.`,
      en: `Row ${sheetRow} (“${cut(label)}”) is a ratio but the blank carries no formula: which row over which? Kept as a typed figure for now.`,
    }),
  ratioColumn: (column: string, label: string) =>
    q("ratio", { column }, {
      vi: `Cột ${column} (“${cut(label)}”) là tỷ lệ nhưng không có công thức (ở hàng đánh số cột hay trong ô): đang để là cột số nhập tay.`,
      en: `Column ${column} (“${cut(label)}”) is a ratio but no formula says of what (in the numbering row or its cells): kept as a typed value column.`,
    }),
  formulaUnread: (cells: string[]) =>
    q("formula", { cell: cells[0] }, {
      vi: `Không hiểu công thức ở ô ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ` và ${cells.length - 5} ô khác` : ""} (dùng trang khác, hàm lạ, hoặc vừa theo dòng vừa theo cột): không thành quy tắc kiểm tra.`,
      en: `Formulas in ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ` and ${cells.length - 5} more` : ""} could not be read (another sheet, an unknown function, or both rows and columns): they make no rule.`,
    }),
  columnFormulaDiffers: (column: string, printed: string, cells: string) =>
    q("formula", { column }, {
      vi: `Cột ${column}: công thức in ở hàng đánh số (${printed}) khác công thức trong ô (${cells}); đang dùng công thức trong ô.`,
      en: `Column ${column}: the formula printed in the numbering row (${printed}) differs from the cells' (${cells}); the cells' is used.`,
    }),
  rowFormulaInstead: (sheetRow: number, row: string, label: string) =>
    q("relation", { sheetRow, row }, {
      vi: `Dòng ${sheetRow} (“${cut(label)}”): công thức trong ô cộng các dòng khác với các dòng con in dưới nó; đã lấy công thức làm quy tắc ROW_FORMULA.`,
      en: `Row ${sheetRow} (“${cut(label)}”): its formula adds rows other than the child rows printed under it; the formula became a ROW_FORMULA rule.`,
    }),
  noNumberingRow: () =>
    q("header", {}, {
      vi: "Bảng không có hàng đánh số cột (1, 2, 3…): mã cột được đánh theo thứ tự từ trái sang phải.",
      en: "The table has no column-numbering row (1, 2, 3…): columns are numbered left to right.",
    }),
  sameLabel: (sheetRow: number, row: string, label: string) =>
    q("label", { sheetRow, row }, {
      vi: `Dòng ${sheetRow}: tên “${cut(label)}” trùng với một dòng khác cùng mục; đã thêm số thứ tự vào tên để phân biệt.`,
      en: `Row ${sheetRow}: the label “${cut(label)}” repeats another row's under the same parent; a number was added to tell them apart.`,
    }),
  formId: (id: string) =>
    q("id", {}, {
      vi: `Mã biểu đặt là “${id}”: đổi thành mã của đơn vị nếu cần (mã không đổi sau khi đã gửi mẫu cho các đơn vị).`,
      en: `The form id is “${id}”: change it to the committee's own if needed (an id never changes once the form is sent out).`,
    }),
  noTitle: () =>
    q("header", {}, {
      vi: "Không tìm thấy tên biểu (dòng chữ in hoa phía trên bảng): đã đặt tên tạm, hãy sửa.",
      en: "No title found (an upper-case line above the table): a placeholder was used; please correct it.",
    }),
  noPeriod: () =>
    q("header", {}, {
      vi: "Không thấy kỳ báo cáo (QUÝ …, 6 THÁNG …, NĂM …) dưới tên biểu: đang để cả bốn kỳ.",
      en: "No period (QUÝ …, 6 THÁNG …, NĂM …) under the title: all four period kinds are allowed for now.",
    }),
};

export const NOTES = {
  noValidations: {
    vi: "Tệp đọc được không cho biết ràng buộc nhập liệu (Data Validation) của các ô: dòng đếm người vẫn được kiểm tra là số nguyên không âm (VALUE_NOT_INTEGER, VALUE_NEGATIVE).",
    en: "The file reader does not expose the cells' data validations: count rows are still checked as whole numbers not below zero (VALUE_NOT_INTEGER, VALUE_NEGATIVE).",
  },
  noBold: {
    vi: "Tệp đọc được không cho biết chữ đậm: đề mục được nhận ra qua chữ in hoa, ô gộp ngang bảng hoặc dòng không có số.",
    en: "The file reader does not tell bold text: headings are told by upper case, a label merged across the table, or a row without figures.",
  },
};

export const FAILURES = {
  noTable: {
    vi: "Không tìm thấy bảng của biểu trên trang tính này (cần một hàng tiêu đề cột, hoặc hàng đánh số cột 1, 2, 3…).",
    en: "No form table on this sheet (a column header row, or a column-numbering row 1, 2, 3…, is needed).",
  },
  noLabel: {
    vi: "Không tìm thấy cột tên chỉ tiêu (cột chữ bên trái các cột số).",
    en: "No label column found (a column of words left of the figures).",
  },
  noFigures: {
    vi: "Bảng không có cột số liệu nào.",
    en: "The table has no figure column.",
  },
  noRows: {
    vi: "Bảng không có dòng chỉ tiêu nào.",
    en: "The table has no rows.",
  },
};
