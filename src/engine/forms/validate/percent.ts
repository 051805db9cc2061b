import { classifyStated, decimalPlaces, roundHalfAway } from "../../exact";

export type RatioVerdict =
  | { kind: "ok" }
  /** Off by rounding (or truncating) only: PCT_ROUNDING. `rounded`: the formula's value shown as the cell shows it. */
  | { kind: "rounding"; decimals: number; rounded: number }
  /** Off by more than rounding can explain: PCT_STATED. */
  | { kind: "wrong"; decimals: number; rounded: number }
  /** The formula gives no figure (a divisor blank or 0) but the cell states one. */
  | { kind: "noBase" };

/** More decimals than anyone types or a format shows: the cached result of a formula, at full precision. */
const MAX_SHOWN_DECIMALS = 6;

/**
 * Judges a stated ratio against what its formula gives, with FORM.md's tolerance for stated percentages: a
 * value shown with d decimals is right when it equals the formula's value rounded (half away from zero) to d
 * decimals; a rounding slip (PCT_ROUNDING) when it is strictly within one unit of its last shown decimal;
 * else wrong. For 104,444…: 104,44, 104,4 and 104 are right; 104,45 and 105 are slips; 104,43 is wrong.
 * `decimals` are the ones the cell shows when the reader knows them; otherwise those of the number itself.
 *
 * No figure expected (`expected` undefined, a division by a blank or 0): a stated 0 is what spreadsheet
 * exports write there and states nothing (btctw-1.md §6); any other figure is `noBase`.
 */
export function judgeStatedRatio(stated: number, expected: number | undefined, decimals?: number): RatioVerdict {
  if (expected === undefined || !Number.isFinite(expected)) return stated === 0 ? { kind: "ok" } : { kind: "noBase" };
  // A live formula's cached result may differ from ours in the last bits (2/3*100 against 2*100/3).
  if (Math.abs(stated - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) return { kind: "ok" };
  let d = decimals ?? decimalPlaces(stated);
  let shown = stated;
  if (d > MAX_SHOWN_DECIMALS) {
    d = MAX_SHOWN_DECIMALS;
    shown = roundHalfAway(stated, d);
  }
  // classifyStated judges figure / plan × 100 exactly on decimal strings; expected / 100 × 100 is expected.
  const verdict = classifyStated(shown, d, expected, 100);
  if (verdict === "ok") return { kind: "ok" };
  return { kind: verdict, decimals: d, rounded: roundHalfAway(expected, d) };
}
