import type { Lang } from "../engine/findings";

/** The command line's own words, Vietnamese first. */
export const CLI_TEXT = {
  vi: {
    noFiles: "Chưa chỉ ra tệp nào. Ví dụ: tonghop validate bao-cao.xlsx",
    notFound: (p: string) => `Không tìm thấy: ${p}`,
    cannotRead: (p: string, why: string) => `Không đọc được ${p}: ${why}`,
    valid: "hợp lệ",
    summary: (files: number, errors: number, warnings: number) => `Tổng: ${files} tệp, ${errors} lỗi, ${warnings} cảnh báo.`,
    error: "Lỗi",
    warning: "Cảnh báo",
    info: "Thông tin",
    at: (sheet: string | null, cell: string | null) => [sheet ? `trang "${sheet}"` : "", cell ? `ô ${cell}` : ""].filter(Boolean).join(", "),
    period: "Kỳ",
    coverage: (received: number, expected: number) => `Đã tổng hợp ${received}/${expected} đơn vị.`,
    missing: "Chưa nộp",
    unexpected: "Ngoài danh sách",
    duplicates: "Nộp trùng",
    written: (p: string) => `Đã ghi ${p}`,
    refuseInput: (p: string, option: string) => `Không ghi đè lên tệp đầu vào: ${p}. Hãy chọn tên khác với ${option}.`,
    refuseForeign: (p: string, option: string) =>
      `Không ghi đè lên ${p}: tệp này đã có và không do Tổng hợp tạo ra (hoặc đã được sửa trong Excel). Hãy chọn tên khác với ${option}, hoặc thêm --force nếu chắc chắn muốn ghi đè.`,
    outputIsFolder: (p: string) => `Không ghi được ${p}: đây là một thư mục. Hãy chỉ ra tên tệp, ví dụ ${p.replace(/[\\/]+$/, "")}/tong-hop.xlsx`,
    outputNotFile: (p: string) => `Không ghi được ${p}: đây không phải tệp thông thường.`,
    cannotWrite: (p: string, why: string) => `Không ghi được ${p}: ${why}`,
    reportWritten: (p: string, rows: number) => `Đã ghi ${rows} phát hiện vào ${p} (trang "Kiểm tra")`,
    badLang: "--lang chỉ nhận vi hoặc en",
    rosterProblem: (why: string) => `Danh sách đơn vị: ${why}`,
    keyTotals: "Một số chỉ tiêu chính",
    reading: "Đang đọc",
    formFileProblem: (p: string, why: string) => `Tệp mẫu biểu ${p} (--form): ${why}`,
    formFileTooBig: (max: number) => `tệp quá lớn để là một mẫu biểu (trên ${max / 2 ** 20} MB).`,
    formSameId: (id: string, a: string, b: string) => `Hai tệp mẫu biểu cùng mã biểu "${id}": ${a} và ${b}. Mỗi mã biểu chỉ một tệp.`,
    formSetProblem: (problems: string) => `Các mẫu biểu không khớp nhau (--form):\n${problems}`,
    formUnknown: (id: string, known: string[]) => `Không có biểu "${id}". Các mã biểu: ${known.join(", ")} (xem tonghop forms), hoặc chỉ ra một tệp mẫu biểu .json.`,
    formOneId: (ids: string[]) => `--form: mỗi lần chỉ chọn được một biểu (${ids.join(", ")}). Bỏ --form để kiểm tra mọi biểu.`,
    formCounts: (errors: number, warnings: number) =>
      errors || warnings ? [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""].filter(Boolean).join(", ") : "hợp lệ",
    sheet: (name: string) => `trang "${name}"`,
    column: (code: string) => `cột ${code}`,
    formCoverage: (received: number, expected: number) => `tổng hợp ${received}/${expected} đơn vị`,
    formsKnown: (n: number) => `Các biểu Tổng hợp nhận biết (${n}):`,
    formsShape: (rows: number, columns: number) => `${rows} dòng, ${columns} cột`,
    builtIn: "có sẵn",
    fromFile: (p: string) => `tệp ${p}`,
    formsHint: "Dùng --form MÃ để chỉ kiểm tra, tổng hợp hay tạo mẫu một biểu; --form TỆP.json để thêm mẫu biểu của cấp ủy.",
  },
  en: {
    noFiles: "No files given. Example: tonghop validate report.xlsx",
    notFound: (p: string) => `Not found: ${p}`,
    cannotRead: (p: string, why: string) => `Cannot read ${p}: ${why}`,
    valid: "valid",
    summary: (files: number, errors: number, warnings: number) => `Total: ${files} files, ${errors} errors, ${warnings} warnings.`,
    error: "Error",
    warning: "Warning",
    info: "Info",
    at: (sheet: string | null, cell: string | null) => [sheet ? `sheet "${sheet}"` : "", cell ? `cell ${cell}` : ""].filter(Boolean).join(", "),
    period: "Period",
    coverage: (received: number, expected: number) => `Consolidated ${received}/${expected} units.`,
    missing: "Missing",
    unexpected: "Not on the roster",
    duplicates: "Sent twice",
    written: (p: string) => `Wrote ${p}`,
    refuseInput: (p: string, option: string) => `Will not overwrite an input file: ${p}. Choose another name with ${option}.`,
    refuseForeign: (p: string, option: string) =>
      `Will not overwrite ${p}: the file exists and was not made by Tổng hợp (or was edited in Excel since). Choose another name with ${option}, or add --force to overwrite it.`,
    outputIsFolder: (p: string) => `Cannot write ${p}: it is a folder. Name a file, e.g. ${p.replace(/[\\/]+$/, "")}/tong-hop.xlsx`,
    outputNotFile: (p: string) => `Cannot write ${p}: it is not a regular file.`,
    cannotWrite: (p: string, why: string) => `Cannot write ${p}: ${why}`,
    reportWritten: (p: string, rows: number) => `Wrote ${rows} findings to ${p} (sheet "Kiểm tra")`,
    badLang: "--lang takes vi or en",
    rosterProblem: (why: string) => `Roster: ${why}`,
    keyTotals: "Key indicators",
    reading: "Reading",
    formFileProblem: (p: string, why: string) => `Template file ${p} (--form): ${why}`,
    formFileTooBig: (max: number) => `too large to be a form template (over ${max / 2 ** 20} MB).`,
    formSameId: (id: string, a: string, b: string) => `Two template files declare the form id "${id}": ${a} and ${b}. One file per form id.`,
    formSetProblem: (problems: string) => `The form templates do not agree (--form):\n${problems}`,
    formUnknown: (id: string, known: string[]) => `No form "${id}". Form ids: ${known.join(", ")} (see tonghop forms), or give a template file .json.`,
    formOneId: (ids: string[]) => `--form: one form at a time (${ids.join(", ")}). Leave --form out to check every form.`,
    formCounts: (errors: number, warnings: number) =>
      errors || warnings
        ? [errors ? `${errors} ${errors === 1 ? "error" : "errors"}` : "", warnings ? `${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""].filter(Boolean).join(", ")
        : "valid",
    sheet: (name: string) => `sheet "${name}"`,
    column: (code: string) => `column ${code}`,
    formCoverage: (received: number, expected: number) => `consolidated ${received}/${expected} units`,
    formsKnown: (n: number) => `Forms Tổng hợp knows (${n}):`,
    formsShape: (rows: number, columns: number) => `${rows} rows, ${columns} columns`,
    builtIn: "built in",
    fromFile: (p: string) => `file ${p}`,
    formsHint: "Use --form ID to check, consolidate or write the blank of one form only; --form FILE.json to add a committee's own form.",
  },
} satisfies Record<Lang, unknown>;

export type CliText = (typeof CLI_TEXT)["vi"];

/**
 * Why a path named on the command line (or found in a named folder) was not read: the reason of its
 * FILE_UNREADABLE finding, in the engine's words ("Không đọc được tệp: …").
 */
export const PATH_REASONS = {
  missing: {
    vi: "không tìm thấy tệp hoặc thư mục này. Hãy kiểm tra lại đường dẫn.",
    en: "there is no such file or folder; check the path.",
  },
  danglingLink: {
    vi: "đây là một liên kết (shortcut/symlink) trỏ tới tệp không còn tồn tại.",
    en: "it is a link (symlink) to a file that no longer exists.",
  },
  folder: {
    vi: "đây là một thư mục, không phải tệp.",
    en: "it is a folder, not a file.",
  },
  subfolder: {
    vi: "đây là một thư mục, không phải tệp. Chỉ các tệp nằm ngay trong thư mục được chỉ ra mới được đọc; muốn đọc các tệp trong thư mục này thì hãy chỉ ra chính nó.",
    en: "it is a folder, not a file. Only the files directly inside a named folder are read; name this folder to read the files in it.",
  },
  notRegular: {
    vi: "đây không phải tệp thông thường (ống dẫn, thiết bị…), nên không được mở.",
    en: "it is not a regular file (a pipe, a device…), so it is not opened.",
  },
  noPermission: {
    vi: "không có quyền đọc tệp này. Hãy kiểm tra quyền truy cập, hoặc chép tệp ra thư mục khác rồi chạy lại.",
    en: "permission to read it is denied; check its permissions, or copy it elsewhere and run again.",
  },
  ioError: (code: string) => ({
    vi: `lỗi khi đọc tệp từ ổ đĩa (${code}). Hãy chép tệp ra thư mục khác rồi chạy lại.`,
    en: `the disk reported an error while reading it (${code}); copy it elsewhere and run again.`,
  }),
};
