/**
 * Reporting periods: quarters, halves, the first nine months and the whole year, as written in
 * titles and `Kỳ báo cáo` cells (`Quý I/2023`, `Q1-2023`, `6 tháng đầu năm 2023`, `cả năm 2023`).
 */

import { foldText } from "./text";

export interface Period {
  year: number;
  kind: "quarter" | "half" | "nine_months" | "year";
  /** Quarter 1–4, half 1–2; 1 for nine months and the year. */
  index: number;
  /** Canonical Vietnamese label (`Quý I/2023`). */
  label: string;
}

const ROMAN = ["I", "II", "III", "IV"];
const ROMAN_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// All patterns run on folded text (lower case, no diacritics, đ → d), so `Quý`, `QUÝ` and an NFD
// `quý` all read `quy`. The year is four digits standing alone.
const YEAR = "(\\d{4})(?!\\d)";
/** Between a period and its year: `/`, `-`, `–`, `.`, `,`, spaces, and an optional `năm`. */
const SEP = "\\s*[/\\-–—.,]?\\s*(?:nam\\s*[:/\\-]?\\s*)?";

const QUARTER = new RegExp(`\\b(?:qu[yi]\\s*(iv|i{1,3}|[1-4])|q\\.?\\s*([1-4]))(?![\\p{L}\\d])${SEP}${YEAR}`, "u");
const HALF = new RegExp(`\\b(?:0?6|sau)\\s*thang\\s*(dau|cuoi)?\\s*${SEP}${YEAR}`, "u");
const NINE = new RegExp(`\\b(?:0?9|chin)\\s*thang\\s*(?:dau\\s*)?${SEP}${YEAR}`, "u");
/** `năm 2023` / `cả năm 2023`, but not the end of a date (`ngày 05 tháng 4 năm 2023`) nor `Việt Nam`. */
const YEAR_ONLY = new RegExp(`(?<!thang\\s*\\d{1,2}\\s*)(?<!viet\\s*)\\bnam\\s*[:/\\-]?\\s*${YEAR}`, "u");

/**
 * A quarter or a count of months that the patterns above could not read (`Quý V`, `Q1/23`,
 * `3 tháng`): the text names a period we do not know, and falling back to its year would be wrong.
 * `quy` alone is not enough: it is also `quy định`.
 */
const QUARTER_WORD = /\bqu[yi]\s*(?:[ivxl]+|\d+)(?![\p{L}\d])|\bq\.?\s*\d/u;
const MONTHS_WORD = /(?<!ngay\s*)\b(?:\d{1,2}|sau|chin|ba|muoi hai)\s*thang\b/;

function make(year: number, kind: Period["kind"], index: number): Period | null {
  if (year < 2000 || year > 2100) return null;
  const p = { year, kind, index, label: "" };
  p.label = periodLabel(p, "vi");
  return p;
}

/**
 * The period a text names, or null. Accepts the forms in FORM.md with any case, tone placement or
 * Unicode form, surrounded by other words (`BÁO CÁO … QUÝ I NĂM 2023`, `Kỳ báo cáo: Quý I/2023`).
 * A bare year (`2023`) is not a period.
 */
export function parsePeriod(text: string): Period | null {
  const t = foldText(text).replace(/\s+/g, " ");
  let m = QUARTER.exec(t);
  if (m) {
    const q = m[1] ?? m[2];
    return make(Number(m[3]), "quarter", ROMAN_VALUE[q] ?? Number(q));
  }
  if (QUARTER_WORD.test(t)) return null;
  if ((m = HALF.exec(t))) return make(Number(m[2]), "half", m[1] === "cuoi" ? 2 : 1);
  if ((m = NINE.exec(t))) return make(Number(m[1]), "nine_months", 1);
  if (MONTHS_WORD.test(t)) return null;
  if ((m = YEAR_ONLY.exec(t))) return make(Number(m[1]), "year", 1);
  return null;
}

export function periodLabel(p: Period, lang: "vi" | "en"): string {
  const y = p.year;
  switch (p.kind) {
    case "quarter":
      return lang === "vi" ? `Quý ${ROMAN[p.index - 1]}/${y}` : `Q${p.index} ${y}`;
    case "half":
      if (lang === "en") return `${p.index === 2 ? "Second" : "First"} half ${y}`;
      return `6 tháng ${p.index === 2 ? "cuối" : "đầu"} năm ${y}`;
    case "nine_months":
      return lang === "vi" ? `9 tháng năm ${y}` : `Nine months ${y}`;
    case "year":
      return lang === "vi" ? `Năm ${y}` : `Year ${y}`;
  }
}

/** The first period of a year, where year-to-date equals the period's own figure. */
export function isFirstPeriodOfYear(p: Period): boolean {
  return (p.kind === "quarter" || p.kind === "half") && p.index === 1;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.kind === b.kind && a.index === b.index;
}

/** A stable key for grouping and sorting: `2023-Q1`, `2023-H2`, `2023-9M`, `2023-Y`. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return `${p.year}-Q${p.index}`;
    case "half":
      return `${p.year}-H${p.index}`;
    case "nine_months":
      return `${p.year}-9M`;
    case "year":
      return `${p.year}-Y`;
  }
}
