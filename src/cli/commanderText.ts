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
