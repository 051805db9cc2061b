/**
 * Commander's own words, in Vietnamese first: the headings of `--help` and its error messages.
 * Users read these before anything else the command says.
 */
const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng / Usage:",
  "Options:": "Tùy chọn / Options:",
  "Commands:": "Lệnh / Commands:",
  "Arguments:": "Tham số / Arguments:",
};

export const styleTitle = (title: string) => TITLES[title] ?? title;

const ERRORS: [RegExp, string][] = [
  [/^error: missing required argument '(.+)'/, "Lỗi: thiếu tham số bắt buộc '$1' / missing required argument '$1'"],
  [/^error: unknown command '(.+)'/, "Lỗi: không có lệnh '$1' / unknown command '$1'"],
  [/^error: unknown option '(.+)'/, "Lỗi: không có tùy chọn '$1' / unknown option '$1'"],
  [/^error: option '(.+)' argument missing/, "Lỗi: tùy chọn '$1' cần một giá trị / option '$1' needs a value"],
  [/^error: too many arguments/, "Lỗi: thừa tham số / too many arguments"],
];

export function translateError(message: string): string {
  for (const [re, text] of ERRORS) if (re.test(message)) return message.replace(re, text);
  return message;
}

export const HELP_TEXT = {
  help: "xem hướng dẫn / show help",
  helpCommand: "xem hướng dẫn của một lệnh / help for a command",
  version: "phiên bản / version",
};

/** Shown after every command's help: exit codes, how outputs are written, what happens to bad paths. */
export const HELP_AFTER = `
Biểu / Forms: mỗi tệp được đối chiếu với BC-XDĐ và mọi biểu thống kê có sẵn (xem tonghop forms); một sổ
có thể chứa nhiều biểu, mỗi biểu một trang. --form MÃ chỉ xét một biểu; --form TỆP.json thêm mẫu biểu
của cấp ủy (tệp mẫu hỏng: mã thoát 2, chỉ rõ trường sai).
Each file is matched against BC-XDĐ and every built-in statistical form (see tonghop forms); a workbook
may hold several, one per sheet. --form ID restricts a run to one form; --form FILE.json adds a
committee's own template (a broken one: exit 2, naming the field).

Mã thoát / Exit codes:
  0  không có lỗi / no error-level finding
  1  có ít nhất một lỗi, kể cả tệp không đọc được / at least one error, unreadable files included
  2  lệnh sai, không tìm thấy tệp nào, hoặc không ghi được (không được ghi) tệp kết quả
     / usage error, nothing found, or an output that cannot (or may not) be written

Tệp kết quả (--out, --report) được ghi vào một tệp tạm rồi đổi tên. Không bao giờ ghi đè tệp đầu vào.
Tệp đã có chỉ được ghi đè khi do Tổng hợp tạo ra (docProps/app.xml ghi Application "Tổng hợp"; tệp đã
mở và lưu lại bằng Excel thì không còn như vậy) hoặc khi có --force.
Outputs are written to a temporary file, then renamed; never over an input. An existing file is
replaced only when Tổng hợp made it (its docProps/app.xml names the application "Tổng hợp", which
Excel rewrites on saving) or with --force.

Đường dẫn không đọc được (không có, thư mục con, liên kết hỏng, không phải tệp thường, quá 25 MB…) thành
một phát hiện FILE_UNREADABLE; các tệp khác vẫn được xử lý.
A path that cannot be read (missing, a sub-folder, a broken link, not a regular file, over 25 MB…)
becomes a FILE_UNREADABLE finding; the other files are still processed.`;
