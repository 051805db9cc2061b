import type { Lang } from "./findings";

/**
 * Formats a number for a message: vi-VN groups thousands with `.` and uses `,` for decimals
 * (`2.465`, `77,5`); English the other way round. Done by hand because ICU data for `vi-VN`
 * is not guaranteed in every runtime (small-icu Node builds, some webviews).
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2, keepZeros = false): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const fixed = Math.abs(n).toFixed(maxDecimals);
  let [int, frac = ""] = fixed.split(".");
  if (!keepZeros) frac = frac.replace(/0+$/, "");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? "-" : "") + int + (frac ? decimal + frac : "");
}

/** A rate shown with exactly `decimals` decimals, as a sheet shows it: `64,0%`, `77,5%`. */
export function formatPercent(points: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(points, lang, decimals, true)}%`;
}
