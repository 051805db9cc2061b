/**
 * Properties of the vi-VN number readers (src/engine/numbers.ts): what a person types or a
 * producer writes reads back as the number it means, and nothing makes them throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, CellValue } from "../../src/engine/grid";
import { isBlankMarker, parseViNumber, readFigure, readStatedPercent } from "../../src/engine/numbers";
import { groupThousands, padding, SPACE_SEPARATORS, viFormat, writtenDecimal } from "./arbitraries";

const RUNS = { numRuns: 1000 };

describe("parseViNumber", () => {
  it("reads back a decimal written with dot groups and a decimal comma", () => {
    fc.assert(
      fc.property(writtenDecimal, fc.constantFrom("-", "−"), padding, padding, (d, minus, lead, tail) => {
        const text = lead + viFormat(d, ".", minus) + tail;
        const n = parseViNumber(text);
        expect(n, text).not.toBeNull();
        expect(n!.value).toBe(d.value);
        expect(n!.decimals).toBe(d.frac.length);
        // Only a single dot group with no decimals (`1.234`) could be en-US 1.234.
        const dots = (text.match(/\./g) ?? []).length;
        expect(n!.ambiguous).toBe(dots === 1 && d.frac === "");
      }),
      RUNS,
    );
  });

  it("reads back a decimal grouped with a space, NBSP, narrow NBSP or thin space", () => {
    fc.assert(
      fc.property(writtenDecimal, fc.constantFrom(...SPACE_SEPARATORS), (d, sep) => {
        const text = viFormat(d, sep);
        const n = parseViNumber(text);
        expect(n, JSON.stringify(text)).not.toBeNull();
        expect(n!.value).toBe(d.value);
        expect(n!.decimals).toBe(d.frac.length);
        expect(n!.ambiguous).toBe(false);
      }),
      RUNS,
    );
  });

  it("agrees with Intl's vi-VN and fr-FR formatting (an independent writer)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("vi-VN", "fr-FR"),
        (x, digits, locale) => {
          const opts = { maximumFractionDigits: digits, minimumFractionDigits: 0 };
          const text = new Intl.NumberFormat(locale, opts).format(x);
          const plain = new Intl.NumberFormat("en-US", { ...opts, useGrouping: false }).format(x);
          const n = parseViNumber(text);
          expect(n, JSON.stringify(text)).not.toBeNull();
          const expected = Number(plain);
          expect(n!.value).toBe(expected === 0 ? 0 : expected);
        },
      ),
      RUNS,
    );
  });

  it("reads an integer with a decimal point that cannot be a thousands separator as a decimal", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 6 }), (int, frac) => {
        fc.pre(frac.length !== 3 || int === 0 || String(int).length > 3);
        const n = parseViNumber(`${int}.${frac}`);
        expect(n).not.toBeNull();
        expect(n!.value).toBe(Number(`${int}.${frac}`));
        expect(n!.ambiguous).toBe(false);
      }),
      RUNS,
    );
  });

  it("refuses en-US grouping (`1,234.5`), which would be read wrong either way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (int, frac) => {
        expect(parseViNumber(`${groupThousands(String(int), ",")}.${frac}`)).toBeNull();
      }),
      RUNS,
    );
  });

  it("never throws, and gives null or a finite number on any text", () => {
    const numberish = fc.string({ unit: fc.constantFrom(..."0123456789.,-−+ \u00A0\u202F%eE"), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 40 }), numberish), (text) => {
        const n = parseViNumber(text);
        if (n !== null) {
          expect(Number.isFinite(n.value), JSON.stringify(text)).toBe(true);
          expect(Object.is(n.value, -0)).toBe(false);
          expect(Number.isInteger(n.decimals) && n.decimals >= 0).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  // KNOWN BUG (reported to the lead): 309 or more digits overflow to Infinity, which readFigure then
  // takes as a figure ("has a fraction (Infinity)", and an Infinity total the .xlsx writer drops).
  // Counterexample: parseViNumber("9".repeat(309)).value === Infinity. Flip to `it` once fixed.
  it("gives a finite number (or null) for very long digit strings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 1000 }), fc.constantFrom("", ",5", ".5"), (len, tail) => {
        const n = parseViNumber("9".repeat(len) + tail);
        expect(n === null || Number.isFinite(n.value)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe("isBlankMarker", () => {
  it("takes dashes, x, slash, dots and ellipses, padded, as no figure", () => {
    const marker = fc.oneof(
      fc.constant(""),
      fc.string({ unit: fc.constantFrom("-", "–", "—", "−"), minLength: 1, maxLength: 5 }),
      fc.constantFrom("x", "X", "/"),
      fc.string({ unit: fc.constant("."), minLength: 2, maxLength: 6 }),
      fc.string({ unit: fc.constant("…"), minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(marker, padding, padding, (m, a, b) => {
        expect(isBlankMarker(a + m + b)).toBe(true);
      }),
      RUNS,
    );
  });

  it("never takes text with a digit or a letter other than x for no figure", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(..."0123456789aAbyđ"), fc.string(), (a, ch, b) => {
        expect(isBlankMarker(a + ch + b)).toBe(false);
      }),
      RUNS,
    );
  });

  it("never calls a parsable number blank", () => {
    fc.assert(
      fc.property(writtenDecimal, (d) => {
        expect(isBlankMarker(viFormat(d, "."))).toBe(false);
      }),
      RUNS,
    );
  });
});

/** Any value a producer can put in a cell. */
const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!").map((error) => ({ error })),
);

const anyCell: fc.Arbitrary<Cell | undefined> = fc.option(
  fc.record(
    { v: anyCellValue, f: fc.string({ maxLength: 12 }), z: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("0.0%", "0%", '"%"0', "General", "0.00;[Red]-0.00%", "#,##0.0#%")), w: fc.string({ maxLength: 12 }) },
    { requiredKeys: ["v"] },
  ),
  { nil: undefined },
);

describe("readFigure", () => {
  it("never throws; a number it returns is finite and not -0", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const r = readFigure(cell);
        if (r.state === "number") {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Object.is(r.value, -0)).toBe(false);
          expect(r.decimals).toBeGreaterThanOrEqual(0);
          expect(r.decimals).toBeLessThanOrEqual(r.fromText ? Infinity : 10);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps a typed finite number as it is", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const r = readFigure({ v });
        expect(r).toMatchObject({ state: "number", value: v === 0 ? 0 : v, fromText: false });
      }),
      RUNS,
    );
  });

  it("calls a typed NaN or infinity invalid, never a figure", () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(readFigure({ v }).state).toBe("invalid");
  });

  it("reads vi-VN text the way parseViNumber does", () => {
    fc.assert(
      fc.property(writtenDecimal, fc.constantFrom(".", ...SPACE_SEPARATORS), (d, sep) => {
        const r = readFigure({ v: viFormat(d, sep) });
        expect(r).toMatchObject({ state: "number", value: d.value, decimals: d.frac.length, fromText: true });
      }),
      RUNS,
    );
  });
});

/** A percentage in points with `decimals` decimals, as an integer m: points = m / 10^decimals. */
const statedPoints = fc.record({ m: fc.integer({ min: 0, max: 100_000_000 }), decimals: fc.integer({ min: 0, max: 4 }) });

const pointsOf = ({ m, decimals }: { m: number; decimals: number }) => Number(`${m}e-${decimals}`);

/** `77,5` for m = 775, decimals = 1 (the fraction keeps its trailing zeros: `77,50`). */
function viPoints({ m, decimals }: { m: number; decimals: number }): string {
  const digits = String(m).padStart(decimals + 1, "0");
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return frac ? `${int},${frac}` : int;
}

describe("readStatedPercent", () => {
  it("reads `77,5%`, `77,5 %` and `77,5` as points with the decimals written", () => {
    fc.assert(
      fc.property(statedPoints, fc.constantFrom("%", " %", "\u00A0%", ""), padding, (p, suffix, pad) => {
        const r = readStatedPercent({ v: pad + viPoints(p) + suffix + pad }, true);
        expect(r).toEqual({ state: "number", points: pointsOf(p), decimals: p.decimals });
      }),
      RUNS,
    );
  });

  it("reads a fraction under a `0.0…%` format as the points the format shows, exactly", () => {
    fc.assert(
      fc.property(statedPoints, (p) => {
        const fraction = Number(`${p.m}e-${p.decimals + 2}`);
        const z = p.decimals === 0 ? "0%" : `0.${"0".repeat(p.decimals)}%`;
        const r = readStatedPercent({ v: fraction, z }, true);
        expect(r).toEqual({ state: "number", points: pointsOf(p), decimals: p.decimals });
      }),
      RUNS,
    );
  });

  it("takes a number without a % format as points already", () => {
    fc.assert(
      fc.property(statedPoints, (p) => {
        const v = pointsOf(p);
        expect(readStatedPercent({ v }, true)).toMatchObject({ state: "number", points: v });
      }),
      RUNS,
    );
  });

  it("never throws on any cell", () => {
    fc.assert(
      fc.property(anyCell, fc.boolean(), (cell, plan) => {
        const r = readStatedPercent(cell, plan);
        if (r.state === "number") expect(Number.isInteger(r.decimals) && r.decimals >= 0).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  // KNOWN BUG (reported to the lead): a fraction near Number.MAX_VALUE under a % format scales to
  // ±Infinity points. Counterexample: readStatedPercent({ v: -1.797693134862316e306, z: "0.0%" }, false)
  // gives { state: "number", points: -Infinity }. Flip to `it` once fixed.
  it("gives finite points for a huge fraction under a % format", () => {
    fc.assert(
      fc.property(fc.double({ min: 1.8e306, max: Number.MAX_VALUE, noNaN: true }), fc.boolean(), (v, negative) => {
        const r = readStatedPercent({ v: negative ? -v : v, z: "0.0%" }, true);
        expect(r.state !== "number" || Number.isFinite(r.points)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
