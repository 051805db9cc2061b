/**
 * Properties of period parsing (src/engine/period.ts): every label the product writes reads back as
 * its period, in the spellings people type, and no text makes the parser throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod, periodKey, periodLabel, type Period } from "../../src/engine/period";
import { respelling, trickyText, vietnameseText } from "./arbitraries";

const RUNS = { numRuns: 1000 };
const ROMAN = ["I", "II", "III", "IV"];

const periodArb: fc.Arbitrary<Omit<Period, "label">> = fc.oneof(
  fc.record({ year: fc.integer({ min: 2000, max: 2099 }), kind: fc.constant("quarter" as const), index: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ year: fc.integer({ min: 2000, max: 2099 }), kind: fc.constant("half" as const), index: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ year: fc.integer({ min: 2000, max: 2099 }), kind: fc.constantFrom("nine_months" as const, "year" as const), index: fc.constant(1) }),
);

const withLabel = (p: Omit<Period, "label">): Period => ({ ...p, label: periodLabel({ ...p, label: "" }, "vi") });

/** Other ways the same period is written in titles and `Kỳ báo cáo` cells (FORM.md). */
function spellings(p: Omit<Period, "label">): string[] {
  const y = p.year;
  switch (p.kind) {
    case "quarter":
      return [`Quý ${ROMAN[p.index - 1]}/${y}`, `Quý ${p.index}/${y}`, `Q${p.index}-${y}`, `Q${p.index}/${y}`, `Q.${p.index} ${y}`, `quý ${ROMAN[p.index - 1]} năm ${y}`, `QUÝ ${ROMAN[p.index - 1]} NĂM ${y}`, `Quí ${ROMAN[p.index - 1]} - ${y}`];
    case "half":
      return p.index === 1
        ? [`6 tháng đầu năm ${y}`, `06 tháng đầu năm ${y}`, `Sáu tháng đầu năm ${y}`, `6 tháng năm ${y}`]
        : [`6 tháng cuối năm ${y}`, `06 tháng cuối năm ${y}`, `Sáu tháng cuối năm ${y}`];
    case "nine_months":
      return [`9 tháng năm ${y}`, `9 tháng đầu năm ${y}`, `09 tháng năm ${y}`, `Chín tháng năm ${y}`];
    case "year":
      return [`Năm ${y}`, `cả năm ${y}`, `CẢ NĂM ${y}`, `năm: ${y}`];
  }
}

const same = (a: Period | null, b: Omit<Period, "label">) => {
  expect(a).not.toBeNull();
  expect({ year: a!.year, kind: a!.kind, index: a!.index }).toEqual({ year: b.year, kind: b.kind, index: b.index });
};

describe("parsePeriod", () => {
  it("reads back every label periodLabel writes", () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const label = periodLabel({ ...p, label: "" }, "vi");
        expect(parsePeriod(label)).toEqual(withLabel(p));
      }),
      RUNS,
    );
  });

  it("reads the other spellings, in any case, Unicode form and spacing, inside other words", () => {
    const context = fc.constantFrom(
      (s: string) => s,
      (s: string) => `Kỳ báo cáo: ${s}`,
      (s: string) => `BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG ${s}`,
      (s: string) => `(${s})`,
      (s: string) => `Thời gian: ${s}.`,
    );
    fc.assert(
      fc.property(periodArb, fc.nat(), respelling, context, (p, pick, respell, wrap) => {
        const all = spellings(p);
        const text = respell(wrap(all[pick % all.length]));
        same(parsePeriod(text), p);
      }),
      RUNS,
    );
  });

  it("gives the canonical label whatever the spelling, so keys and labels agree", () => {
    fc.assert(
      fc.property(periodArb, fc.nat(), (p, pick) => {
        const all = spellings(p);
        const read = parsePeriod(all[pick % all.length])!;
        expect(read.label).toBe(periodLabel(read, "vi"));
        expect(periodKey(read)).toBe(periodKey(withLabel(p)));
      }),
      RUNS,
    );
  });

  it("refuses years outside 2000–2100", () => {
    fc.assert(
      fc.property(periodArb, fc.oneof(fc.integer({ min: 1000, max: 1999 }), fc.integer({ min: 2101, max: 9999 })), (p, year) => {
        expect(parsePeriod(periodLabel({ ...p, year, label: "" }, "vi"))).toBeNull();
      }),
      RUNS,
    );
  });

  it("never takes a bare year, a date or text without a period word for a period", () => {
    const noLetters = fc.string({ unit: fc.constantFrom(..."0123456789/-.,: "), maxLength: 20 });
    fc.assert(
      fc.property(noLetters, fc.integer({ min: 2000, max: 2099 }), (s, y) => {
        expect(parsePeriod(s)).toBeNull();
        expect(parsePeriod(`${s}${y}`)).toBeNull();
        expect(parsePeriod(`ngày 05 tháng 4 năm ${y}`)).toBeNull();
      }),
      RUNS,
    );
  });

  it("never throws, and anything it returns is a well-formed period", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 60 }), trickyText, vietnameseText), (text) => {
        const p = parsePeriod(text);
        if (p !== null) {
          expect(p.year).toBeGreaterThanOrEqual(2000);
          expect(p.year).toBeLessThanOrEqual(2100);
          const maxIndex = { quarter: 4, half: 2, nine_months: 1, year: 1 }[p.kind];
          expect(p.index).toBeGreaterThanOrEqual(1);
          expect(p.index).toBeLessThanOrEqual(maxIndex);
          expect(p.label).toBe(periodLabel(p, "vi"));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("finishes quickly on long adversarial text (no catastrophic backtracking)", () => {
    const pieces = fc.constantFrom("quy ", "q", "q.", "thang ", "6 ", "nam ", "viet ", "ngay 5 thang 4 ", " ", "/", "-", "2023", "202", "i", "iv");
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 200, maxLength: 2000 }), (parts) => {
        const start = performance.now();
        parsePeriod(parts.join(""));
        expect(performance.now() - start).toBeLessThan(200);
      }),
      { numRuns: 100 },
    );
  });
});
