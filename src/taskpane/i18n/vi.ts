import type { Severity } from "../../engine";
import type { FileStatus } from "../state/status";

/**
 * Every text the task pane shows, in Vietnamese. `en.ts` is typed `Strings`, so a key missing from
 * either language (or an extra one) fails the type check. Texts that report a problem say what to do.
 */
export const vi = {
  appTitle: "Tổng hợp",
  connecting: "Đang kết nối với Excel…",
  language: "Ngôn ngữ",
  busy: "Đang xử lý…",
  dismiss: "Đóng",
  unknown: "(chưa rõ)",
  wholeSheet: "cả trang",

  tabs: {
    check: "Kiểm tra",
    plan: "Tỷ lệ kế hoạch",
    consolidate: "Tổng hợp",
    form: "Mẫu biểu",
    own: "Mẫu của đơn vị",
  },

  browserBannerTitle: "Đang mở ngoài Excel",
  browserBannerBody:
    "Trang này không chạy trong Excel nên chỉ có chức năng Tổng hợp tệp. Các tệp được đọc ngay trên máy này và không gửi đi đâu cả. Kiểm tra, Tỷ lệ kế hoạch và Mẫu biểu có khi mở Tổng hợp trong Excel.",

  errorTitle: "Không thực hiện được",
  warningTitle: "Cần lưu ý",
  doneTitle: "Xong",
  unexpectedError: (detail: string) =>
    `Đã xảy ra lỗi không lường trước (${detail}). Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ.`,
  workerFailed:
    "Không khởi động được bộ đọc tệp của trang. Hãy tải lại trang; nếu vẫn lỗi, hãy dùng bản mới của Edge hoặc Chrome.",
  workerCrashed: (detail: string) =>
    `Bộ đọc tệp gặp lỗi (${detail}). Hãy thử lại với ít tệp hơn, hoặc tải lại trang.`,
  crashTitle: "Ngăn tác vụ gặp lỗi",
  crashBody: "Hãy đóng rồi mở lại ngăn tác vụ (hoặc tải lại trang). Dữ liệu trong sổ làm việc không bị ảnh hưởng.",
  crashDetail: "Chi tiết:",
  retry: "Thử lại",

  // Trợ năng: những gì trình đọc màn hình đọc lên
  sameOutcome: "Xong; kết quả như lần trước.",
  checkedCounts: (summary: string) => `Đã kiểm tra xong: ${summary}.`,
  readingProgress: "Tiến độ đọc tệp",
  filesRead: (n: number, statuses: string) => `Đã đọc xong ${n} tệp: ${statuses}.`,

  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } satisfies Record<Severity, string>,
  severityCount: {
    error: (n: number) => `${n} lỗi`,
    warning: (n: number) => `${n} cảnh báo`,
    info: (n: number) => `${n} lưu ý`,
  } satisfies Record<Severity, (n: number) => string>,

  // Kiểm tra
  checkIntro: "Kiểm tra báo cáo trên trang tính đang mở: tìm biểu (BC-XDĐ hoặc một biểu thống kê BTCTW), đọc số liệu và đối chiếu mọi quy tắc của biểu.",
  formLabel: "Biểu",
  findingAt: (row: string, column: string | null) => (column ? `dòng ${row}, cột ${column}` : `dòng ${row}`),
  planOtherForm: (form: string) => `Trang tính này là ${form}. Tỷ lệ kế hoạch chỉ tính cho biểu BC-XDĐ; hãy dùng màn hình Kiểm tra cho biểu này.`,
  validate: "Kiểm tra trang tính đang mở",
  checkFirst: "Bắt đầu: mở trang tính báo cáo của đơn vị, rồi bấm “Kiểm tra trang tính đang mở”.",
  highlightWhy: "Chưa có ô nào để tô màu: hãy kiểm tra trang tính trước.",
  sheetLabel: "Trang tính",
  unitLabel: "Đơn vị",
  periodLabel: "Kỳ báo cáo",
  noFindings: "Không phát hiện vấn đề nào: báo cáo hợp lệ.",
  notReportTitle: "Trang tính này không phải báo cáo BC-XDĐ",
  notReportBody:
    "Hãy mở trang tính có biểu báo cáo (hàng tiêu đề có cột “Chỉ tiêu” và “Thực hiện” hoặc “Kế hoạch”) rồi bấm lại. Cần biểu trống? Xem thẻ Mẫu biểu.",
  highlight: "Tô màu ô lỗi",
  clearHighlight: "Xóa tô màu",
  highlighted: (n: number) =>
    `Đã tô màu ${n} ô; viền ô cho biết mức độ, cả khi in đen trắng: lỗi viền đậm, cảnh báo viền gạch, lưu ý viền chấm. Bấm “Xóa tô màu” để trả lại màu nền và đường viền cũ.`,
  nothingToHighlight: "Không có ô nào cần tô màu.",
  cleared: (n: number) => `Đã xóa tô màu ${n} ô.`,
  goToCell: (cell: string) => `Chọn ô ${cell}`,

  // Tỷ lệ kế hoạch
  planIntro:
    "Tỷ lệ hoàn thành kế hoạch của từng chỉ tiêu trên trang tính đang mở: lũy kế (hoặc thực hiện) chia kế hoạch năm, làm tròn một chữ số thập phân.",
  readPlan: "Tính tỷ lệ trên trang tính đang mở",
  planFirst: "Bắt đầu: mở trang tính báo cáo có cột Kế hoạch, rồi bấm “Tính tỷ lệ trên trang tính đang mở”.",
  writeNoColumn: "Không ghi được: biểu không có cột “Tỷ lệ % so với kế hoạch”.",
  writeNoCells: "Không ghi được: không chỉ tiêu nào có đủ kế hoạch và số liệu để tính tỷ lệ.",
  colIndicator: "Chỉ tiêu",
  colPlan: "Kế hoạch",
  colFigure: "Lũy kế/Thực hiện",
  colRate: "Tỷ lệ",
  colStatus: "Trạng thái",
  writeFormulas: "Ghi cột tỷ lệ bằng công thức",
  formulasWritten: (n: number, column: string, sheet: string) =>
    `Đã ghi ${n} công thức vào cột ${column} của trang “${sheet}”: sửa số liệu, tỷ lệ tự tính lại.`,
  noPctColumn:
    "Biểu này không có cột “Tỷ lệ % so với kế hoạch”, nên không ghi gì vào trang tính. Tỷ lệ vẫn được tính ở bảng dưới; muốn ghi vào trang tính, hãy thêm cột đó vào biểu (xem thẻ Mẫu biểu).",
  noRates: "Không chỉ tiêu nào có kế hoạch năm, nên không có tỷ lệ nào để tính.",

  // Tổng hợp
  consolidateIntro: "Thêm báo cáo của các đơn vị (.xlsx, .xls, .ods, .csv), xem trạng thái từng tệp rồi tạo bảng tổng hợp của cụm.",
  addFiles: "Thêm tệp báo cáo",
  dropHint: "hoặc kéo thả tệp vào đây",
  dropActive: "Thả tệp để thêm",
  workbookSheets: "Trang tính trong sổ làm việc này",
  workbookSheetsHint: "Đánh dấu các trang tính là báo cáo của đơn vị để tổng hợp cùng các tệp.",
  refreshSheets: "Làm mới danh sách",
  noSheets: "Sổ làm việc không có trang tính nào khác để chọn.",
  hiddenSheet: "(ẩn)",
  roster: "Danh sách đơn vị (không bắt buộc)",
  rosterHint: "Tệp có các cột Mã đơn vị, Tên đơn vị, Loại hình (và Cụm), để biết đơn vị nào chưa nộp.",
  chooseRoster: "Chọn tệp danh sách",
  removeRoster: "Bỏ danh sách",
  rosterLoaded: (name: string, n: number) => `${name}: ${n} đơn vị`,
  rosterFailed: "Không đọc được danh sách đơn vị",
  reading: (done: number, total: number) => `Đang đọc tệp ${done}/${total}…`,
  filesTitle: (n: number) => `Báo cáo đã thêm (${n})`,
  noFiles: "Chưa có báo cáo nào.",
  removeFile: (name: string) => `Bỏ ${name}`,
  remove: "Bỏ",
  pending: "đang đọc",
  fileStatus: {
    "hợp lệ": "hợp lệ",
    "cảnh báo": "cảnh báo",
    lỗi: "lỗi",
    trùng: "trùng",
    "khác kỳ": "khác kỳ",
    "không đọc được": "không đọc được",
  } satisfies Record<FileStatus, string>,
  fromWorkbook: "trang tính",
  supersededBy: (file: string, why: string) => `Trùng đơn vị với “${file}”; dùng tệp đó (${why}).`,
  periodOf: (label: string) => `Kỳ tổng hợp: ${label}`,
  coverage: (expected: number, received: number, missing: number) =>
    `Đơn vị: cần ${expected}, đã nhận ${received}, chưa nộp ${missing}.`,
  missingUnits: (names: string) => `Chưa nộp: ${names}.`,
  unexpectedUnits: (names: string) => `Ngoài danh sách: ${names}.`,
  consolidate: "Tạo bảng tổng hợp",
  consolidatedTitle: "Đã tạo bảng tổng hợp",
  wroteSheets: (names: string) => `Đã ghi các trang: ${names}.`,
  pivotCreated: "Đã tạo PivotTable từ bảng DuLieuTongHop.",
  pivotUnsupported:
    "Phiên bản Excel này không cho add-in tạo PivotTable: chọn bảng DuLieuTongHop trên trang Dữ liệu rồi bấm Chèn › PivotTable.",
  pivotFailed:
    "Không tạo được PivotTable; bảng DuLieuTongHop trên trang Dữ liệu vẫn dùng được: chọn bảng rồi bấm Chèn › PivotTable.",
  downloaded: (name: string) => `Đã tải xuống ${name} (xem thư mục Tải xuống của trình duyệt).`,
  consolidatedUnits: (units: number, errors: number, warnings: number) =>
    `${units} đơn vị vào số tổng; ${errors} lỗi, ${warnings} cảnh báo (chi tiết ở trang Kiểm tra).`,
  noReports: "Chưa có báo cáo nào để tổng hợp: hãy thêm tệp báo cáo (hoặc đánh dấu trang tính).",
  noUsableReports:
    "Không có báo cáo nào dùng được: mọi tệp đều không đọc được, trùng hoặc khác kỳ. Xem trạng thái từng tệp rồi thêm tệp đúng.",
  stillReading: "Đang đọc tệp, hãy chờ đọc xong rồi tạo bảng tổng hợp.",
  consolidateFirst: "Bắt đầu: bấm “Thêm tệp báo cáo” (hoặc đánh dấu trang tính của đơn vị), chờ đọc xong, rồi bấm “Tạo bảng tổng hợp”.",
  consolidateFirstBrowser: "Bắt đầu: bấm “Thêm tệp báo cáo” và chọn tệp của các đơn vị, chờ đọc xong, rồi bấm “Tạo bảng tổng hợp”.",
  consolidateWhy: "Chưa có báo cáo nào: hãy thêm tệp báo cáo (hoặc đánh dấu trang tính) trước.",
  consolidateWhyBrowser: "Chưa có báo cáo nào: hãy thêm tệp báo cáo trước.",

  // Báo cáo kiểm tra: một sổ làm việc nhỏ gửi lại đơn vị
  findingsReport: "Tải báo cáo kiểm tra",
  findingsReportHint: "Danh sách phát hiện (tệp, đơn vị, mức độ, nội dung, trang tính, ô) thành một tệp .xlsx để gửi lại đơn vị.",
  sendBack: "Gửi lại đơn vị",
  sendBackTitle: (name: string) => `Tạo báo cáo kiểm tra của “${name}” (một tệp .xlsx) để gửi lại đơn vị`,
  reportTitle: "Báo cáo kiểm tra",
  reportOpened: (n: number) => `Đã mở báo cáo kiểm tra (${n} phát hiện) trong một sổ làm việc mới. Hãy lưu lại rồi gửi cho đơn vị.`,
  reportDownloaded: (name: string, n: number) =>
    `Đã tải xuống ${name} (${n} phát hiện; xem thư mục Tải xuống của trình duyệt). Hãy gửi tệp này cho đơn vị.`,
  reportGone: "Tệp này không còn trong danh sách (đã bị bỏ). Hãy thêm lại tệp rồi thử lại.",

  // Mẫu biểu
  formIntro: "Chèn một biểu trống (BC-XDĐ hoặc một biểu thống kê BTCTW) vào sổ làm việc này, để điền báo cáo hoặc gửi cho các đơn vị.",
  formPick: "Biểu mẫu cần chèn",
  insertForm: "Chèn mẫu báo cáo trống",
  formFirst: "Bấm “Chèn mẫu báo cáo trống”: biểu được chèn vào một trang tính mới, các trang đang có giữ nguyên.",
  formInserted: (name: string) => `Đã chèn trang “${name}”.`,

  // Biểu trong tệp, đoạn tóm tắt
  formsHeld: (forms: string) => `Có: ${forms}`,
  summaryTitle: "Đoạn tóm tắt",
  copySummary: "Sao chép",
  copySummaryTitle: "Sao chép đoạn tóm tắt để dán vào báo cáo sơ kết",
  summaryCopied: "Đã sao chép đoạn tóm tắt. Hãy dán (Ctrl+V) vào báo cáo.",
  summaryCopyFallback: "Không sao chép tự động được. Đoạn văn bên dưới đã được chọn: hãy bấm Ctrl+C để sao chép.",

  // Thông tin ký biểu: tiêu đề và phần ký của các trang tổng hợp
  signingTitle: "Thông tin ký biểu",
  signingHint: "Dùng cho tiêu đề và phần ký của các trang tổng hợp. Để trống thì in dấu chấm để điền tay.",
  signingSaved: "Lưu cùng sổ làm việc này.",
  signingSession: "Chỉ giữ trong phiên làm việc này (không lưu trên máy).",
  signingParent: "Cấp ủy cấp trên",
  signingCommittee: "Tên cấp ủy tổng hợp",
  signingPlace: "Địa danh",
  signingOnBehalf: "Thay mặt",
  signingTitleField: "Chức vụ người ký",
  signingName: "Họ tên người ký",
  signingParentExample: "Ví dụ: Đảng bộ Khối doanh nghiệp tỉnh",
  signingCommitteeExample: "Ví dụ: Đảng ủy Cụm II",
  signingPlaceExample: "Ví dụ: Hà Nội",
  signingTitleExample: "Ví dụ: Phó Bí thư",
};

export type Strings = typeof vi;
