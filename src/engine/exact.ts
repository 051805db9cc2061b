/**
 * Exact decimal arithmetic for completion percentages. A cell's number is taken at the value its
 * shortest decimal string shows (`String(0.1)` is "0.1"), never at its binary expansion, so 62/80
 * is exactly 77,5 and rounds half away from zero to 77,5 (not 77,4 nor 77,49999…).
 */

/** A rational n/d with d > 0. */
interface Ratio {
  n: bigint;
  d: bigint;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/** The shortest decimal string of a finite number as digits × 10^exp. */
function decimalParts(x: number): { negative: boolean; digits: string; exp: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`not a finite number: ${x}`);
  const frac = m[3] ?? "";
  return { negative: m[1] === "-", digits: m[2] + frac, exp: Number(m[4] ?? 0) - frac.length };
}

function ratioOf(x: number): Ratio {
  const { negative, digits, exp } = decimalParts(x);
  const n = BigInt(digits) * (negative ? -1n : 1n);
  return exp >= 0 ? { n: n * pow10(exp), d: 1n } : { n, d: pow10(-exp) };
}

/** Digits after the decimal point in the shortest representation (`77.5` → 1, `1e-7` → 7). */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x)) return 0;
  // A shortest representation never ends its fraction with a zero, so the exponent says it all.
  return Math.max(0, -decimalParts(x).exp);
}

/** x × 10^k done on the decimal string: `scaleByPowerOfTen(0.775, 2)` is exactly 77.5. */
export function scaleByPowerOfTen(x: number, k: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const { negative, digits, exp } = decimalParts(x);
  return Number(`${negative ? "-" : ""}${digits}e${exp + k}`);
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** The double nearest to n/d (ties to even), as IEEE division would give for exact operands. */
function toNumber({ n, d }: Ratio): number {
  if (n === 0n) return 0;
  const negative = n < 0n;
  const a = negative ? -n : n;
  // Scale so that the quotient has 54–56 bits: 53 kept, the rest (and the remainder) decide rounding.
  const shift = 55 - (bitLength(a) - bitLength(d));
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? d : d << BigInt(-shift);
  let q = num / den;
  const sticky = num % den !== 0n;
  const extra = bitLength(q) - 53;
  const low = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  q >>= BigInt(extra);
  if (low > half || (low === half && (sticky || (q & 1n) === 1n))) q += 1n;
  const e = extra - shift;
  // Outside the normal range the power of two would lose precision; such cells do not occur.
  const result = e > -1000 && e < 1000 ? Number(q) * 2 ** e : Number(a) / Number(d);
  return negative ? -result : result;
}

/** round(r × 10^decimals), half away from zero, as an integer. */
function roundScaled({ n, d }: Ratio, decimals: number): bigint {
  const scaled = (n < 0n ? -n : n) * pow10(decimals);
  let q = scaled / d;
  if (2n * (scaled % d) >= d) q += 1n;
  return n < 0n ? -q : q;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new RangeError(`decimals must be an integer from 0 to 100, got ${decimals}`);
  }
}

function fromScaled(m: bigint, decimals: number): number {
  return m === 0n ? 0 : Number(`${m}e-${decimals}`);
}

const hasPlan = (plan: number | null | undefined): plan is number =>
  typeof plan === "number" && Number.isFinite(plan) && plan > 0;

/** figure / plan × 100 exactly, or null when there is no usable plan. */
function exactPercent(figure: number, plan: number | null | undefined): Ratio | null {
  if (!hasPlan(plan) || !Number.isFinite(figure)) return null;
  const f = ratioOf(figure);
  const p = ratioOf(plan);
  return { n: f.n * p.d * 100n, d: f.d * p.n };
}

/** figure / plan × 100 as the nearest double; null when the plan is 0, negative or not finite. */
export function percentPoints(figure: number, plan: number): number | null {
  const r = exactPercent(figure, plan);
  return r === null ? null : toNumber(r);
}

/** figure / plan × 100 rounded half away from zero to `decimals` (62/80 → 77.5, 1/16 → 6.3). */
export function roundPercent(figure: number, plan: number, decimals = 1): number | null {
  checkDecimals(decimals);
  const r = exactPercent(figure, plan);
  return r === null ? null : fromScaled(roundScaled(r, decimals), decimals);
}

/** Rounds half away from zero on the decimal string: 1.005 → 1.01, 2.675 → 2.68 (2 decimals). */
export function roundHalfAway(value: number, decimals: number): number {
  checkDecimals(decimals);
  if (!Number.isFinite(value)) return value;
  return fromScaled(roundScaled(ratioOf(value), decimals), decimals);
}

/**
 * Judges a stated percentage against figure/plan (FORM.md, stated-percentage tolerance): "ok" when
 * it equals the exact value rounded to the decimals it shows, "rounding" when it is strictly within
 * one unit of its last shown decimal (25,9 for 25,96), else "wrong". Without a usable plan there is
 * nothing it can be right about: "wrong" (callers report PCT_NO_PLAN before asking).
 */
export function classifyStated(
  statedPoints: number,
  statedDecimals: number,
  figure: number,
  plan: number,
): "ok" | "rounding" | "wrong" {
  checkDecimals(statedDecimals);
  const exact = exactPercent(figure, plan);
  if (exact === null || !Number.isFinite(statedPoints)) return "wrong";
  const s = ratioOf(statedPoints);
  const unit = pow10(statedDecimals);
  // stated = m / 10^d  ⇔  s.n · 10^d = m · s.d
  if (s.n * unit === roundScaled(exact, statedDecimals) * s.d) return "ok";
  // |s − exact| < 10^-d  ⇔  |s.n·e.d − e.n·s.d| · 10^d < s.d·e.d
  let diff = s.n * exact.d - exact.n * s.d;
  if (diff < 0n) diff = -diff;
  return diff * unit < s.d * exact.d ? "rounding" : "wrong";
}

/**
 * Completion status from figure and plan, compared exactly: figure/plan > 1 is figure > plan for a
 * positive plan, and comparing two doubles is exact. Null when there is no plan (null, 0, negative).
 */
export function completionStatus(
  figure: number,
  plan: number | null | undefined,
): "exceeded" | "met" | "below" | null {
  if (!hasPlan(plan) || !Number.isFinite(figure)) return null;
  if (figure > plan) return "exceeded";
  return figure === plan ? "met" : "below";
}
