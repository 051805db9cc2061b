/**
 * Properties of the exact percentage arithmetic (src/engine/exact.ts), checked against BigInt
 * arithmetic written here independently.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyStated, percentPoints, roundHalfAway, roundPercent } from "../../src/engine/exact";
import "./arbitraries";

const RUNS = { numRuns: 2000 };

/** Figures and plans as units type them: counts, and sometimes very large ones. */
const figure = fc.oneof(fc.nat({ max: 5000 }), fc.integer({ min: -1_000_000, max: 1e12 }), fc.maxSafeInteger());
const plan = fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
const decimals = fc.integer({ min: 0, max: 6 });

/** round(f × 100 / p, d) half away from zero, on integers, as the decimal string of the result. */
function expectedRounded(f: number, p: number, d: number): number {
  const num = BigInt(f) * 100n * 10n ** BigInt(d);
  const den = BigInt(p);
  const abs = num < 0n ? -num : num;
  let q = abs / den;
  if (2n * (abs % den) >= den) q += 1n;
  const signed = num < 0n ? -q : q;
  return signed === 0n ? 0 : Number(`${signed}e-${d}`);
}

describe("roundPercent", () => {
  it("rounds f/p × 100 half away from zero, exactly as BigInt arithmetic does", () => {
    fc.assert(
      fc.property(figure, plan, decimals, (f, p, d) => {
        expect(roundPercent(f, p, d)).toBe(expectedRounded(f, p, d));
      }),
      RUNS,
    );
  });

  it("rounds exact halves away from zero (62/80 → 77,5; 1/16 → 6,3; 1/8 at 0 decimals → 13)", () => {
    // p divides 200·f·10^d exactly but not 100·f·10^d: the result is exactly half a unit.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (k, d, neg) => {
        const unitsTimesTwo = 2 * k + 1; // an odd number of half units
        // f/p × 100 × 10^d = unitsTimesTwo / 2  ⇒  f = unitsTimesTwo, p = 200 × 10^d
        const p = 200 * 10 ** d;
        const f = neg ? -unitsTimesTwo : unitsTimesTwo;
        const away = Number(`${(neg ? -1 : 1) * (k + 1)}e-${d}`);
        expect(roundPercent(f, p, d)).toBe(away);
      }),
      RUNS,
    );
  });

  it("is monotone in the figure", () => {
    fc.assert(
      fc.property(figure, figure, plan, decimals, (a, b, p, d) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(roundPercent(lo, p, d)!).toBeLessThanOrEqual(roundPercent(hi, p, d)!);
      }),
      RUNS,
    );
  });

  it("is null without a usable plan (0, negative, NaN, infinite)", () => {
    fc.assert(
      fc.property(figure, fc.oneof(fc.integer({ max: 0 }), fc.constantFrom(NaN, Infinity, -Infinity)), (f, p) => {
        expect(roundPercent(f, p)).toBeNull();
        expect(percentPoints(f, p)).toBeNull();
      }),
      RUNS,
    );
  });

  it("works on decimal figures by their shortest decimal string (8,1 / 9 → 90,0)", () => {
    // f = m / 10^k, p = n / 10^j: f/p × 100 = m × 10^j × 100 / (n × 10^k).
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), decimals, (m, k, n, j, d) => {
        const f = Number(`${m}e-${k}`);
        const p = Number(`${n}e-${j}`);
        const num = BigInt(m) * 10n ** BigInt(j) * 100n * 10n ** BigInt(d);
        const den = BigInt(n) * 10n ** BigInt(k);
        let q = num / den;
        if (2n * (num % den) >= den) q += 1n;
        expect(roundPercent(f, p, d)).toBe(q === 0n ? 0 : Number(`${q}e-${d}`));
      }),
      RUNS,
    );
  });
});

describe("percentPoints", () => {
  it("is the correctly rounded f × 100 / p (IEEE division of exact operands)", () => {
    // For |f × 100| < 2^53 both operands are exact doubles, and IEEE division rounds correctly.
    fc.assert(
      fc.property(fc.integer({ min: -9e13, max: 9e13 }), plan, (f, p) => {
        const expected = (f * 100) / p;
        expect(percentPoints(f, p)).toBe(expected === 0 ? 0 : expected);
      }),
      RUNS,
    );
  });

  it("rounds to roundPercent's value when rounded the same way", () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (f, p, d) => {
        // Exact percentages with few digits survive the double: rounding them again changes nothing.
        fc.pre((BigInt(f) * 100n * 10n ** BigInt(d)) % BigInt(p) === 0n);
        expect(roundHalfAway(percentPoints(f, p)!, d)).toBe(roundPercent(f, p, d));
      }),
      RUNS,
    );
  });
});

describe("roundHalfAway", () => {
  it("leaves a number with no more decimals than asked unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (m, k, extra) => {
        const x = Number(`${m}e-${k}`);
        expect(roundHalfAway(x, k + extra)).toBe(x === 0 ? 0 : x);
      }),
      RUNS,
    );
  });

  it("rounds the decimal string half away from zero (1,005 → 1,01; -2,675 → -2,68)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 5 }), (m, d) => {
        // x has d + 1 decimals and ends in 5: exactly half a unit of the d-th decimal.
        const x = Number(`${m}5e-${d + 1}`);
        const away = m < 0 || Object.is(m, -0) ? BigInt(m) - 1n : BigInt(m) + 1n;
        const expected = Number(`${m < 0 ? away : BigInt(m) + 1n}e-${d}`);
        expect(roundHalfAway(x, d)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 10 }), (x, d) => {
        const once = roundHalfAway(x, d);
        expect(roundHalfAway(once, d)).toBe(once);
      }),
      RUNS,
    );
  });
});

describe("classifyStated", () => {
  it("calls the correctly rounded percentage ok", () => {
    fc.assert(
      fc.property(figure, plan, decimals, (f, p, d) => {
        // A double holds 15 significant digits for sure; a stated value with more is not what it says.
        fc.pre(Math.abs(expectedRounded(f, p, d)) * 10 ** d < 1e15);
        expect(classifyStated(roundPercent(f, p, d)!, d, f, p)).toBe("ok");
      }),
      RUNS,
    );
  });

  it("calls a stated value `rounding` exactly when it is within one shown unit but not the rounded value", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -3, max: 3 }), (f, p, d, offset) => {
        const rounded = expectedRounded(f, p, d);
        // Stated = rounded + offset units of the last decimal, as an integer m / 10^d.
        const m = BigInt(Math.round(rounded * 10 ** d)) + BigInt(offset);
        const stated = m === 0n ? 0 : Number(`${m}e-${d}`);
        // |stated − exact| < 10^-d  ⇔  |m × p − f × 100 × 10^d| < p
        let diff = m * BigInt(p) - BigInt(f) * 100n * 10n ** BigInt(d);
        if (diff < 0n) diff = -diff;
        const expected = offset === 0 ? "ok" : diff < BigInt(p) ? "rounding" : "wrong";
        expect(classifyStated(stated, d, f, p)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("never says ok without a usable plan, and never throws on any finite stated value", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), decimals, figure, fc.oneof(fc.integer({ max: 0 }), plan), (s, d, f, p) => {
        const r = classifyStated(s, d, f, p);
        expect(["ok", "rounding", "wrong"]).toContain(r);
        if (p <= 0) expect(r).toBe("wrong");
      }),
      RUNS,
    );
  });
});
