import { invalidArgument } from "./errors";
import { MAX_CELL_TEXT, MAX_FORMULA_LENGTH } from "./limits";
import type { StoredValue } from "./cells";

/**
 * What Excel stores when a value arrives through `range.values` or `range.formulas`, the way it treats
 * typed input (en-US parsing). This is the behaviour adapters trip over:
 * - a string starting with `=` becomes a formula; one starting with `+`, `-` or `@` too (stored with a
 *   leading `=`), unless it reads as a number (`-5`);
 * - strings that read as numbers, percentages, booleans, error literals or dates become those
 *   (`"001"` → 1, `"50%"` → 0.5, `"1/2"` → a date);
 * - a leading apostrophe makes the rest text;
 * - none of this happens when the cell's number format is text (`@`): the string is kept exactly.
 * `null` leaves the cell unchanged; `""` empties it.
 */
export type CellInput =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "value"; value: StoredValue; quotePrefix?: boolean; impliedFormat?: string }
  | { kind: "formula"; formula: string };

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"];

export const isTextFormat = (numberFormat: string | undefined) => numberFormat === "@";

export function interpretInput(raw: unknown, cellFormat: string | undefined, location: string): CellInput {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(undefined, location);
    return { kind: "value", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw !== "string") throw invalidArgument(undefined, location);
  if (raw.length > MAX_CELL_TEXT) throw invalidArgument(`A cell can hold at most ${MAX_CELL_TEXT} characters.`, location);
  if (raw === "") return { kind: "clear" };
  if (isTextFormat(cellFormat)) return { kind: "value", value: raw };
  if (raw.startsWith("'")) return raw.length === 1 ? { kind: "clear" } : { kind: "value", value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith("=")) return { kind: "formula", formula: checkedFormula(raw, location) };

  const typed = parseTyped(raw);
  if (typed) return typed;
  if (raw.length > 1 && (raw[0] === "+" || raw[0] === "-" || raw[0] === "@")) return { kind: "formula", formula: checkedFormula(`=${raw}`, location) };
  return { kind: "value", value: raw };
}

/**
 * Excel refuses a formula it cannot parse. The fake has no formula parser; it refuses the obvious
 * cases (nothing after `=`, unbalanced brackets or quotes, a dangling operator) and accepts the rest.
 */
function checkedFormula(formula: string, location: string): string {
  if (formula.length > MAX_FORMULA_LENGTH) throw invalidArgument(`A formula can hold at most ${MAX_FORMULA_LENGTH} characters.`, location);
  const body = formula.slice(1);
  let depth = 0;
  let quote: string | null = null;
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) break;
  }
  const trimmed = body.trim();
  const dangling = /[+\-*/^&=<>,(]$/.test(trimmed);
  if (!trimmed || depth !== 0 || quote !== null || dangling) throw invalidArgument("There's a problem with this formula.", location);
  return formula;
}

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?$/;

function parseTyped(raw: string): CellInput | null {
  const text = raw.trim();
  if (!text) return null;
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if (ERROR_LITERALS.includes(upper)) return { kind: "value", value: { error: upper } };

  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1).trim() : text;
  const negativeInParens = /^\((.*)\)$/.exec(body);
  const m = NUMBER.exec(negativeInParens ? negativeInParens[1] : body);
  if (m && /\d/.test(m[2] + (m[3] ?? ""))) {
    let n = Number(`${m[2].replace(/,/g, "") || "0"}${m[3] ?? ""}${m[4] !== undefined ? `e${m[4]}` : ""}`);
    if (m[1] === "-" || negativeInParens) n = -n;
    const decimals = m[3] ? m[3].length - 1 : 0;
    if (percent) return { kind: "value", value: n / 100, impliedFormat: decimals > 0 ? "0.00%" : "0%" };
    const grouped = m[2].includes(",");
    return { kind: "value", value: n, impliedFormat: grouped ? (decimals > 0 ? "#,##0.00" : "#,##0") : undefined };
  }
  const date = parseDate(text);
  if (date !== null) return { kind: "value", value: date, impliedFormat: "m/d/yyyy" };
  return null;
}

/** Days since 1899-12-30, Excel's date serial (ignoring the 1900 leap-year bug, irrelevant after March 1900). */
export function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** en-US typed dates: `4/5/2023`, `4/5/23`, `4/5` (this year), `2023-04-05`, `2023/4/5`. */
function parseDate(text: string): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    let year = m[3] === undefined ? new Date().getFullYear() : Number(m[3]);
    if (m[3] !== undefined && m[3].length === 2) year += year < 30 ? 2000 : 1900;
    return dateSerial(year, Number(m[1]), Number(m[2]));
  }
  return null;
}
