/** Sheet names and fixed texts of the workbooks we write (Vietnamese, as users read them). */
export const SHEET = {
  summary: "Tổng hợp",
  data: "Dữ liệu",
  findings: "Kiểm tra",
  units: "Đơn vị",
  form: "BC-XDĐ",
} as const;

/** Header texts of a unit's block in `Tổng hợp`; the totals' SUMIF formulas select columns by them. */
export const BLOCK = { plan: "Kế hoạch", actual: "Thực hiện", ytd: "Lũy kế" } as const;

export const SEVERITY_TEXT = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Info" },
} as const;
