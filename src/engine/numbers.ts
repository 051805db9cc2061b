/**
 * Reading figures the way vi-VN sheets write them: `.` groups thousands, `,` marks decimals
 * (`2.465`, `8,1`, `75,5%`). Cells may hold real numbers or text; markers such as `-` or `x` mean
 * "no figure", which is not zero.
 */

import type { Cell } from "./grid";
import { decimalPlaces, roundHalfAway, scaleByPowerOfTen } from "./exact";

export interface ViNumber {
  value: number;
  /** Decimal digits as written (`77,5` → 1, `2.465` → 0). */
  decimals: number;
  /** `1.234`: one dot and three digits, 1234 in vi-VN but 1.234 in en-US. Read as 1234. */
  ambiguous: boolean;
  /** Unmistakably vi-VN: a decimal comma, two or more grouping dots, or `1.234,5`. */
  viEvidence: boolean;
}

export type FigureRead =
  | { state: "blank" }
  | { state: "number"; value: number; decimals: number; fromText: boolean; ambiguous: boolean; viEvidence: boolean }
  | { state: "invalid"; text: string };

export type StatedPercentRead =
  | { state: "blank" }
  | { state: "number"; points: number; decimals: number }
  | { state: "invalid"; text: string };

const BLANK = { state: "blank" } as const;

/** Dashes, `x`, `/`, `..`, `…` and whitespace: what sheets put where there is no figure. */
const BLANK_MARKER = /^(?:[-–—−]+|[xX]|\/|\.{2,}|…+)?$/;

export function isBlankMarker(s: string): boolean {
  return BLANK_MARKER.test(s.trim());
}

// Thousands groups: a leading group of 1–3 digits not starting with 0, then groups of three.
const DOT_GROUPED = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const SPACE_GROUPED = /^(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+)(?:,(\d+))?$/;
const DECIMAL_COMMA = /^(\d+),(\d+)$/;
const DECIMAL_POINT = /^(\d+)\.(\d+)$/;

/**
 * Parses a number written as text, vi-VN first. A single dot followed by exactly three digits
 * (`1.234`) is read as thousands and flagged ambiguous; any other single dot (`12.5`, `0.775`,
 * `1234.567`) cannot be a thousands separator, so it is a decimal point. Null for anything else,
 * including parentheses, units and en-US grouping (`1,234.5`).
 */
export function parseViNumber(text: string): ViNumber | null {
  const m = /^([+\-−]?)(.*)$/s.exec(text.trim())!;
  const negative = m[1] === "-" || m[1] === "−";
  const body = m[2];
  let int: string;
  let frac = "";
  let ambiguous = false;
  let viEvidence = false;
  let g: RegExpExecArray | null;
  if (/^\d+$/.test(body)) {
    int = body;
  } else if ((g = DECIMAL_COMMA.exec(body))) {
    [int, frac] = [g[1], g[2]];
    viEvidence = true;
  } else if ((g = DOT_GROUPED.exec(body))) {
    const dots = g[1].split(".").length - 1;
    int = g[1].replace(/\./g, "");
    frac = g[2] ?? "";
    ambiguous = dots === 1 && g[2] === undefined;
    viEvidence = !ambiguous;
  } else if ((g = SPACE_GROUPED.exec(body))) {
    int = g[1].replace(/\D/g, "");
    frac = g[2] ?? "";
    viEvidence = frac !== "";
  } else if ((g = DECIMAL_POINT.exec(body))) {
    [int, frac] = [g[1], g[2]];
  } else {
    return null;
  }
  const value = Number(`${negative ? "-" : ""}${int}.${frac || "0"}`);
  // 309 digits overflow to Infinity: no figure on a report is that large, and Infinity would poison totals.
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, decimals: frac.length, ambiguous, viEvidence };
}

function invalid(text: string): { state: "invalid"; text: string } {
  return { state: "invalid", text };
}

/** Text for a cell value that is neither blank nor a number. */
function otherValueText(v: boolean | { error: string }): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v.error;
}

/**
 * A figure cell: blank (empty, marker, or a formula whose cached result is empty), a number
 * (typed, a formula's cached number, or vi-VN text), or invalid (`abc`, `#REF!`, TRUE, `75%`).
 */
export function readFigure(cell: Cell | undefined): FigureRead {
  const v = cell?.v ?? null;
  if (v === null) return BLANK;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid(String(v));
    const decimals = Math.min(decimalPlaces(v), 10);
    return { state: "number", value: v === 0 ? 0 : v, decimals, fromText: false, ambiguous: false, viEvidence: false };
  }
  if (typeof v === "string") {
    if (isBlankMarker(v)) return BLANK;
    const n = parseViNumber(v);
    return n === null ? invalid(v.trim()) : { state: "number", ...n, fromText: true };
  }
  return invalid(otherValueText(v));
}

interface FormatInfo {
  /** The format shows the value × 100 with a `%`. */
  percent: boolean;
  /** Decimals the format shows: at least `min` (its `0`s), at most `max`; null when it varies (General). */
  fixed: { min: number; max: number } | null;
}

/** The first section of a number format (positive numbers), split at a `;` outside quotes. */
function firstSection(z: string): string {
  let quoted = false;
  for (let i = 0; i < z.length; i++) {
    if (z[i] === '"') quoted = !quoted;
    else if (z[i] === "\\") i++;
    else if (z[i] === ";" && !quoted) return z.slice(0, i);
  }
  return z;
}

/**
 * What a number format says about a percentage. Quoted text, `\x` escapes, `[...]` colours and
 * conditions, `_x` and `*x` are literals: a quoted `"%"` is shown without scaling the value.
 * With no format but a shown text ending in `%` (some producers give only that), the text decides.
 */
function formatInfo(z: string | undefined, w: string | undefined): FormatInfo {
  if (z === undefined || z === "") {
    if (w === undefined || !/%\s*$/.test(w)) return { percent: false, fixed: null };
    const d = /[.,](\d+)\s*%\s*$/.exec(w)?.[1].length ?? 0;
    return { percent: true, fixed: { min: d, max: d } };
  }
  const bare = firstSection(z).replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  const percent = bare.includes("%");
  if (/general/i.test(bare) || /e[+-]/i.test(bare) || !/[0#?]/.test(bare)) return { percent, fixed: null };
  const dot = bare.indexOf(".");
  const after = dot < 0 ? "" : /^[0#?]*/.exec(bare.slice(dot + 1))![0];
  return { percent, fixed: { min: (after.match(/0/g) ?? []).length, max: after.length } };
}

/** The decimals a cell shows for `points` under its format (capped at 10 when the format varies). */
function shownDecimals(points: number, fixed: FormatInfo["fixed"]): number {
  if (fixed === null) return Math.min(decimalPlaces(points), 10);
  if (fixed.min === fixed.max) return fixed.min;
  const d = decimalPlaces(roundHalfAway(points, fixed.max));
  return Math.min(Math.max(d, fixed.min), fixed.max);
}

/**
 * A stated completion percentage, in points (77.5 for 77,5 %), as FORM.md "Stated percentages":
 * a number with a `%` format is a fraction (0.775); a number without one is already in points;
 * text (`77,5%`, `77,5 %`, `77.5%`, `77,5`) is in points with the decimals it writes. A formula whose
 * cached result is empty, or 0 on a row without a positive plan (how LibreOffice caches
 * `IF(…;"")` in .xls), states nothing. A number is taken as shown: rounded (half away from zero) to
 * the decimals its format shows, so a correct formula showing 26,0 % for 25,9597… is 26.0.
 */
export function readStatedPercent(cell: Cell | undefined, planIsPositive: boolean): StatedPercentRead {
  const v = cell?.v ?? null;
  if (cell === undefined || v === null) return BLANK;
  const formula = cell.f !== undefined && cell.f !== "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid(String(v));
    if (formula && v === 0 && !planIsPositive) return BLANK;
    const fmt = formatInfo(cell.z, cell.w);
    // Scaling the decimal string keeps 0.775 → 77.5 exact, where 0.775 * 100 gives 77.50000000000001.
    const raw = fmt.percent ? scaleByPowerOfTen(v, 2) : v;
    // A fraction near the largest double overflows once scaled: not a rate anyone stated.
    if (!Number.isFinite(raw)) return invalid(String(v));
    const decimals = shownDecimals(raw, fmt.fixed);
    const points = roundHalfAway(raw, decimals);
    return { state: "number", points: points === 0 ? 0 : points, decimals };
  }
  if (typeof v === "string") {
    if (isBlankMarker(v)) return BLANK;
    const body = v.trim().replace(/\s*%$/, "");
    const n = body === "" ? null : parseViNumber(body);
    if (n === null) return invalid(v.trim());
    if (formula && n.value === 0 && !planIsPositive) return BLANK;
    return { state: "number", points: n.value, decimals: n.decimals };
  }
  return invalid(otherValueText(v));
}
