/**
 * How two periods relate (issue 11), from the months they cover: a quarter, a half, the first nine months and
 * the year all end at a known month, and a period's own figure starts at a known month (FORM.md: quarters and
 * halves report their own months; nine months and the year start in January).
 *
 * The directly preceding period is the one that ends the month before this one's figure starts: Quý I/2026 and
 * Năm 2025 (or Quý IV/2025, or 6 tháng cuối năm 2025) precede Quý I/2026 and 6 tháng đầu năm 2026 alike, which is
 * why the opening stock of either is the closing stock of 31/12/2025.
 */
import type { Period } from "../period";

export function endMonth(p: Period): number {
  switch (p.kind) {
    case "quarter": return 3 * p.index;
    case "half": return 6 * p.index;
    case "nine_months": return 9;
    case "year": return 12;
  }
}

/** The first month of the period's own figure. */
export function startMonth(p: Period): number {
  switch (p.kind) {
    case "quarter": return 3 * p.index - 2;
    case "half": return 6 * p.index - 5;
    default: return 1;
  }
}

/** Months since year 0, so that December 2025 and January 2026 are one apart. */
const monthNumber = (year: number, month: number) => year * 12 + month;

/** `earlier` ends the month before `p` starts. */
export function directlyPrecedes(earlier: Period, p: Period): boolean {
  return monthNumber(earlier.year, endMonth(earlier)) === monthNumber(p.year, startMonth(p)) - 1;
}

/** `earlier` is the same period one year before `p`. */
export function sameLastYear(earlier: Period, p: Period): boolean {
  return earlier.year === p.year - 1 && earlier.kind === p.kind && earlier.index === p.index;
}

/**
 * Year-to-date continues from `earlier` into `p`: it precedes `p` in the same year. The first period of a
 * year has none (its year-to-date is its own figure, which YTD_NE_ACTUAL_Q1 already checks).
 */
export function continuesYearToDate(earlier: Period, p: Period): boolean {
  return earlier.year === p.year && directlyPrecedes(earlier, p);
}

export type PeriodRelation = "preceding" | "lastYear" | "other";

export function relationOf(earlier: Period, p: Period): PeriodRelation {
  if (directlyPrecedes(earlier, p)) return "preceding";
  if (sameLastYear(earlier, p)) return "lastYear";
  return "other";
}
