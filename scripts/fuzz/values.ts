/**
 * Hostile cell contents: the values and types a damaged, hand-edited or machine-made workbook can
 * hold where the form expects a count. Shared by the xlsx, ods and csv mutators.
 */
import { allIndicators, BCXDD } from "../../src/templates/bcxdd";
import type { Rng } from "./rng";

const INDICATOR_NAMES = allIndicators(BCXDD).map((i) => i.name);
const INDICATOR_CODES = allIndicators(BCXDD).map((i) => i.code);
const HEADER_WORDS = Object.values(BCXDD.columns).flat();

/** Number texts that break naive parsers: overflow, underflow, NaN, signs, other notations. */
export function hostileNumberText(r: Rng): string {
  return r.pick([
    () => "1e308",
    () => "-1e308",
    () => "1e309",
    () => "1.7976931348623157e308",
    () => "5e-324",
    () => "1e-400",
    () => "NaN",
    () => "Infinity",
    () => "-Infinity",
    () => "-0",
    () => "0x1F",
    () => "9".repeat(r.int(16, 400)),
    () => `-${r.int(1, 1e9)}`,
    () => String(r.int(0, 1e6)),
    () => String(r.next() * 10 ** r.int(-5, 15)),
    () => String(Number.MAX_SAFE_INTEGER + r.int(1, 1000)),
    () => "",
    () => " ",
    () => "1,5",
    () => "1.234.567,89",
    () => "12e",
    () => "--5",
  ])();
}

/** Strings that break naive text handling: long, formula-like, control characters, other scripts. */
export function hostileString(r: Rng): string {
  return r.pick([
    () => "x".repeat(r.int(1000, 40_000)),
    () => "Đảng viên ".repeat(r.int(100, 4000)),
    () => r.pick(["=1+1", "=SUM(A1:A9)", '=HYPERLINK("http://x","y")', "+SUM(A1)", "-2+3", "@cmd", "=cmd|' /C calc'!A0", "=1/0"]),
    () => String.fromCharCode(...Array.from({ length: r.int(1, 20) }, () => r.int(0, 31))),
    () => "\u0000abc\u0007\u001B[31m",
    () => r.pick(["#REF!", "#DIV/0!", "#N/A", "#NAME?", "#VALUE!", "#NULL!", "#NUM!"]),
    () => r.pick(["-", "x", "…", "..", "/", "—"]),
    () => r.pick(["1.234", "2.465", "8,1", "77,5%", "77,5 %", "1 234 567,5", "(5)", "5 người", "1,234.5", "12/05/2023", "05-04-2023"]),
    () => r.pick(INDICATOR_NAMES),
    () => r.pick(INDICATOR_CODES),
    () => r.pick(HEADER_WORDS),
    () => r.pick(["Quý I/2023", "Quý V/2023", "Q5-2023", "6 tháng đầu năm 2023", "Năm 1999", "ngày 05 tháng 4 năm 2023", "Kỳ báo cáo:", "Đơn vị báo cáo:", "NGƯỜI LẬP BIỂU"]),
    () => "KÕt n¹p ®¶ng viªn míi",
    () => "Keát naïp ñaûng vieân môùi",
    () => "Kết nạp đảng viên mới".normalize("NFD"),
    () => "\u202Eevil\u202C\u200B\uFEFF",
    () => "😀".repeat(r.int(1, 200)),
    () => "\uD800",
    () => "<b>&amp;</b>]]>",
    () => "",
  ])();
}

/** Escapes text for XML element content. Control characters stay raw on purpose half the time. */
export function xmlText(s: string, r: Rng): string {
  const escaped = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (r.chance(0.5)) return escaped;
  // OOXML's own escape for control characters, `_x0001_`.
  return escaped.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

export const ERROR_VALUES = ["#REF!", "#DIV/0!", "#N/A", "#NAME?", "#VALUE!", "#NULL!", "#NUM!", "#GETTING_DATA", "#FOO!"];

/** Columns and rows of an A1 reference, anywhere from A1 to Excel's last cell and beyond. */
export function hostileRef(r: Rng, near: { rows: number; cols: number }): string {
  const col = (c: number) => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  return r.pick([
    () => `${col(r.int(0, near.cols + 2))}${r.int(1, near.rows + 5)}`,
    () => "XFD1048576",
    () => `${col(r.int(0, 16383))}${r.int(1, 1048576)}`,
    () => "A1048577",
    () => "XFE1",
    () => "A0",
    () => "ZZZZ9",
    () => "",
    () => "$B$7",
    () => "R1C1",
  ])();
}

/** A merged area: overlapping the table, covering it, reversed, one cell, huge or malformed. */
export function hostileMergeRef(r: Rng, near: { rows: number; cols: number }): string {
  const cell = () => hostileRef(r, near);
  return r.pick([
    () => `${cell()}:${cell()}`,
    () => `A1:${String.fromCharCode(65 + Math.min(25, near.cols))}${near.rows}`,
    () => "A1:XFD1048576",
    () => "B5:A1",
    () => "C10:C10",
    () => `A${r.int(1, near.rows)}:XFD${r.int(1, near.rows)}`,
    () => "A1:B",
    () => "A1:",
    () => ":",
  ])();
}
