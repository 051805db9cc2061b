/**
 * Properties of label normalisation (src/engine/text.ts): the same words compare equal however
 * they were typed, and the normal forms are fixed points.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, normalizeText, stripDecoration } from "../../src/engine/text";
import { nameDecoration, otherTonePlacement, respelling, toneBeforeShape, trickyText, vietnameseText, withoutDiacritics } from "./arbitraries";

const RUNS = { numRuns: 2000 };
const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 30 }), trickyText, vietnameseText);

/**
 * A combining mark standing on a space or a zero-width character (not on a letter) is where the
 * known bugs below live; the general properties are stated for text without one.
 */
const STRAY_MARK = /[\s\u200B-\u200D\u2060\uFEFF]\p{M}/u;
/**
 * Two shape marks (ˆ ˘ ̛) or two tones on one letter: no Vietnamese letter has them, and the
 * normaliser need not give them a fixed form (it does not: `à̆̆`, `è̀` are not fixed points).
 */
const STACKED_MARKS = /[\u0302\u0306\u031B]\p{M}*[\u0302\u0306\u031B]|[\u0300\u0301\u0303\u0309\u0323]\p{M}*[\u0300\u0301\u0303\u0309\u0323]/u;
const textWithoutStrayMarks = anyText.filter((s) => !STRAY_MARK.test(s) && !STACKED_MARKS.test(s.normalize("NFD")));

describe("normalizeText", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(textWithoutStrayMarks, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once), JSON.stringify(s)).toBe(once);
      }),
      RUNS,
    );
  });

  // Found by this property: zero-width characters were removed after NFC composition, so a mark typed
  // after one stayed uncomposed. Fixed in engine/text.ts (removed first).
  it("composes a mark that followed a zero-width character", () => {
    fc.assert(
      fc.property(fc.constantFrom("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"), fc.constantFrom("\u0300", "\u0301", "\u0323"), (zw, mark) => {
        expect(normalizeText(`a${zw}${mark}a`)).toBe(normalizeText(`a${mark}a`));
      }),
    );
  });

  it("gives the same form for NFC and NFD input", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeText(s.normalize("NFD"))).toBe(normalizeText(s.normalize("NFC")));
      }),
      RUNS,
    );
  });

  it("gives the same form when the tone mark was typed before the vowel's shape mark", () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(normalizeText(toneBeforeShape(s))).toBe(normalizeText(s));
      }),
      RUNS,
    );
  });

  it("returns lower-case NFC text with no runs of spaces and nothing to trim", () => {
    fc.assert(
      fc.property(textWithoutStrayMarks, (s) => {
        const n = normalizeText(s);
        expect(n).toBe(n.normalize("NFC"));
        expect(n).not.toMatch(/\s\s|^\s|\s$/);
        expect(n.toLowerCase()).toBe(n);
      }),
      RUNS,
    );
  });

  it("ignores case, the spaces used and the oa/oe/uy tone placement in Vietnamese text", () => {
    fc.assert(
      fc.property(vietnameseText, respelling, (s, respell) => {
        expect(normalizeText(respell(s))).toBe(normalizeText(s));
      }),
      RUNS,
    );
  });

  it("treats both tone placements of real words alike", () => {
    const words = fc.constantFrom("hóa", "xóa", "khỏe", "thủy", "lũy", "Ủy", "tòa", "họa", "quý", "hoàn", "huỳnh", "thuở");
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 5 }), (ws) => {
        const s = ws.join(" ");
        expect(normalizeText(otherTonePlacement(s))).toBe(normalizeText(s));
      }),
      RUNS,
    );
  });
});

describe("foldText", () => {
  it("is idempotent and a fixed point of normalizeText", () => {
    fc.assert(
      fc.property(textWithoutStrayMarks, (s) => {
        const f = foldText(s);
        expect(foldText(f), JSON.stringify(s)).toBe(f);
        expect(normalizeText(f), JSON.stringify(s)).toBe(f);
      }),
      RUNS,
    );
  });

  // Found by this property: a mark standing alone between spaces was dropped by folding but its two
  // spaces were left (`a  b`), so folding twice differed. Fixed in engine/text.ts.
  it("merges the spaces around a lone mark it drops", () => {
    fc.assert(
      fc.property(fc.constantFrom("\u0300", "\u0301", "\u0303", "\u0309", "\u0323"), (mark) => {
        const f = foldText(`a ${mark} b`);
        expect(foldText(f)).toBe(f);
      }),
    );
  });

  it("leaves no combining marks and no đ", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = foldText(s);
        expect(f.normalize("NFD")).not.toMatch(/\p{M}/u);
        expect(f).not.toMatch(/[đĐ]/);
      }),
      RUNS,
    );
  });

  it("turns Vietnamese text into plain ASCII that ignores the diacritics typed", () => {
    fc.assert(
      fc.property(vietnameseText, respelling, (s, respell) => {
        const f = foldText(s);
        expect(f).toMatch(/^[a-z0-9 ,-]*$/);
        expect(foldText(withoutDiacritics(s))).toBe(f);
        expect(foldText(respell(s))).toBe(f);
      }),
      RUNS,
    );
  });
});

describe("stripDecoration", () => {
  const name = fc.constantFrom("Kết nạp đảng viên mới", "Đảng viên dự bị", "Số chi bộ trực thuộc", "Thu nhập bình quân của người lao động", "Doanh thu", "Số đảng viên được kiểm tra");

  it("removes bullets, numbering, `Trong đó:` and trailing colons, returning the name", () => {
    fc.assert(
      fc.property(name, nameDecoration, (n, decorate) => {
        expect(stripDecoration(decorate(n))).toBe(n);
      }),
      RUNS,
    );
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = stripDecoration(s);
        expect(stripDecoration(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it("keeps numbers and counts that only look like numbering (`2.465 đảng viên`, `6 tháng`)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const s = `${a}.${String(b).padStart(3, "0")} đảng viên`;
        expect(stripDecoration(s)).toBe(s);
        expect(stripDecoration(`${a} tháng`)).toBe(`${a} tháng`);
      }),
      RUNS,
    );
  });
});
