import type { Localized } from "../engine/findings";

/** Everything the Excel door says to a user: Vietnamese first, English beside it, each saying what to do. */
export const MESSAGES = {
  notInExcel: (): Localized => ({
    vi: "Không kết nối được với Excel. Hãy mở phần bổ trợ Tổng hợp từ trong Excel (Trang chủ › Tổng hợp).",
    en: "Excel is not available. Open the Tổng hợp add-in from inside Excel (Home › Tổng hợp).",
  }),
  apiNotSupported: (version?: string): Localized => ({
    vi: `Phiên bản Excel này chưa hỗ trợ chức năng cần dùng${version ? ` (ExcelApi ${version})` : ""}. Hãy cập nhật Office hoặc dùng Excel trên web.`,
    en: `This version of Excel lacks a feature this needs${version ? ` (ExcelApi ${version})` : ""}. Update Office or use Excel on the web.`,
  }),
  sheetProtected: (): Localized => ({
    vi: "Trang tính hoặc sổ làm việc đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    en: "The sheet or workbook is protected, so nothing could be written. Unprotect it (Review › Unprotect Sheet) and try again.",
  }),
  cellEditMode: (): Localized => ({
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  }),
  payloadTooLarge: (): Localized => ({
    vi: "Dữ liệu quá lớn để Excel nhận trong một lần. Hãy tổng hợp ít đơn vị hơn mỗi lần, hoặc tải tệp kết quả (.xlsx) về rồi mở.",
    en: "The data is too large for Excel to take in one request. Consolidate fewer units at a time, or download the result (.xlsx) and open it.",
  }),
  sheetNotFound: (name: string): Localized => ({
    vi: `Không tìm thấy trang tính “${name}”. Có thể nó đã bị đổi tên hoặc xóa; hãy chọn lại.`,
    en: `Sheet “${name}” was not found. It may have been renamed or deleted; choose again.`,
  }),
  nameTaken: (): Localized => ({
    vi: "Tên trang tính hoặc bảng đã có trong sổ làm việc. Hãy đổi tên trang tính trùng rồi thử lại.",
    en: "A sheet or table of that name already exists in the workbook. Rename the clashing sheet and try again.",
  }),
  invalidArgument: (): Localized => ({
    vi: "Excel từ chối dữ liệu được ghi (tham số không hợp lệ). Không có gì bị thay đổi; hãy báo lỗi này cho người quản trị.",
    en: "Excel rejected the data written (invalid argument). Nothing was changed; report this to your administrator.",
  }),
  wouldOverwriteText: (cells: string[]): Localized => ({
    vi: `Các ô ${cells.join(", ")} đang chứa chữ do người dùng nhập; không ghi đè. Hãy xóa hoặc chuyển nội dung đó đi rồi thử lại.`,
    en: `Cells ${cells.join(", ")} hold text a user typed; they were not overwritten. Clear or move that text and try again.`,
  }),
  tooManyCells: (name: string, cells: number, limit: number): Localized => ({
    vi: `Trang tính “${name}” có ${cells.toLocaleString("vi-VN")} ô, vượt giới hạn ${limit.toLocaleString("vi-VN")} ô mỗi lần đọc. Hãy xóa các hàng, cột thừa hoặc chọn trang tính khác.`,
    en: `Sheet “${name}” has ${cells.toLocaleString("en-US")} cells, over the ${limit.toLocaleString("en-US")}-cell limit of one read. Delete unused rows and columns or choose another sheet.`,
  }),
  busy: (): Localized => ({
    vi: "Excel đang bận hoặc sổ làm việc đang được người khác sửa. Hãy đợi một lát rồi thử lại.",
    en: "Excel is busy or someone else is editing the workbook. Wait a moment and try again.",
  }),
  rolledBack: (inner: Localized): Localized => ({
    vi: `${inner.vi} Các trang tính vừa tạo đã được gỡ bỏ; sổ làm việc giữ nguyên như trước.`,
    en: `${inner.en} The sheets just created were removed; the workbook is as it was.`,
  }),
  rollbackFailed: (inner: Localized, sheets: string[]): Localized => ({
    vi: `${inner.vi} Không gỡ được các trang tính tạm (${sheets.join(", ")}); hãy xóa chúng bằng tay.`,
    en: `${inner.en} The temporary sheets (${sheets.join(", ")}) could not be removed; delete them by hand.`,
  }),
  badCell: (cell: string): Localized => ({
    vi: `“${cell}” không phải địa chỉ ô hợp lệ (ví dụ F12).`,
    en: `“${cell}” is not a valid cell address (for example F12).`,
  }),
  unknown: (detail: string): Localized => ({
    vi: `Excel báo lỗi: ${detail}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ làm việc, mở lại và báo cho người quản trị.`,
    en: `Excel reported an error: ${detail}. Try again; if it persists, save the workbook, reopen it and tell your administrator.`,
  }),
};
