/**
 * Shared fast-check generators for the property tests: numbers written the vi-VN way, Vietnamese
 * text in its several spellings, periods, and the decoration people add around labels.
 */
import fc from "fast-check";

/**
 * Runs are reproducible by default (a fixed seed, so `npm test` never fails by luck); set
 * `FC_SEED=random` to explore new cases, or `FC_SEED=<n>` to replay a failure fast-check printed.
 */
const seedSetting = process.env.FC_SEED;
if (seedSetting !== "random") fc.configureGlobal({ seed: seedSetting ? Number(seedSetting) : 0x7048_5f5 });

/** The separators vi-VN sheets use between thousands groups when they do not use a dot. */
export const SPACE_SEPARATORS = [" ", "\u00A0", "\u202F", "\u2009"] as const;

/** `1234567` grouped by threes with `sep` (`1.234.567`). */
export function groupThousands(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A non-negative integer's digits, without leading zeros, up to 18 digits (beyond 2^53 on purpose). */
export const intDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 17 }))
  .map(([first, rest]) => `${first}${rest}`);

/** 0 or an integer's digits. */
export const intPart = fc.oneof(fc.constant("0"), intDigits);

/** Fraction digits, possibly with trailing zeros (`50` in `77,50` is two decimals as written). */
export const fracDigits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 8 });

/** A decimal as written: sign, integer digits, optional fraction digits; `value` is its meaning. */
export interface WrittenDecimal {
  negative: boolean;
  int: string;
  frac: string;
  /** The number the digits mean, by JavaScript's own decimal-string parser (an independent oracle). */
  value: number;
}

export const writtenDecimal: fc.Arbitrary<WrittenDecimal> = fc
  .record({ negative: fc.boolean(), int: intPart, frac: fc.oneof(fc.constant(""), fracDigits) })
  .map((d) => {
    const value = Number(`${d.negative ? "-" : ""}${d.int}.${d.frac || "0"}`);
    return { ...d, value: value === 0 ? 0 : value };
  });

/** Writes a decimal the vi-VN way: `.` or a space kind between thousands, `,` before decimals. */
export function viFormat(d: WrittenDecimal, groupSep: string, minus = "-"): string {
  const int = groupSep === "" ? d.int : groupThousands(d.int, groupSep);
  return `${d.negative ? minus : ""}${int}${d.frac ? `,${d.frac}` : ""}`;
}

/** Padding the way cells carry it: spaces, tabs, NBSP, line breaks. */
export const padding = fc.string({ unit: fc.constantFrom(" ", "\t", "\u00A0", "\n", "\r\n"), maxLength: 3 });

// --- Vietnamese text -------------------------------------------------------------------------------

const VOWELS_WITH_TONES = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
const CONSONANTS = "bcdđghklmnpqrstvx";

/** Letters, spaces and a little punctuation of Vietnamese text, in either case. */
export const vietnameseChar = fc.constantFrom(
  ...VOWELS_WITH_TONES,
  ...VOWELS_WITH_TONES.toUpperCase(),
  ...CONSONANTS,
  ...CONSONANTS.toUpperCase(),
  " ",
  ",",
  "-",
  "0",
  "7",
);

export const vietnameseText = fc.string({ unit: vietnameseChar, maxLength: 24 });

/**
 * Characters that stress a text normaliser: combining marks in either order, Vietnamese letters,
 * look-alikes (ð), zero-width characters, Unicode spaces, punctuation, `%`, digits, and astral
 * characters (surrogate pairs).
 */
export const trickyChar = fc.oneof(
  vietnameseChar,
  fc.constantFrom("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0307"),
  fc.constantFrom("ð", "Ð", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00A0", "\u2003", "\t", "\n", "%", ":", "(", ")", "•", "İ", "ß", "ǅ", "𝐀", "😀"),
);

export const trickyText = fc.string({ unit: trickyChar, maxLength: 20 });

/** Puts the tone mark before the shape mark in NFD (`e` + ́ + ̂), as some keyboards type it. */
export function toneBeforeShape(s: string): string {
  return s.normalize("NFD").replace(/([\u0302\u0306\u031B])([\u0300\u0301\u0303\u0309\u0323])/g, "$2$1");
}

/** The other tone placement on oa, oe, uy in an open syllable (`hóa` ↔ `hoá`, `thủy` ↔ `thuỷ`). */
export function otherTonePlacement(s: string): string {
  const move = (a: string, b: string) => {
    const pa = a.normalize("NFD");
    const pb = b.normalize("NFD");
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(pa + pb)?.[0] ?? "";
    const bare = (x: string) => x.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "");
    // Move the tone from whichever vowel has it to the other one.
    return tone && /[\u0300\u0301\u0303\u0309\u0323]/.test(pa)
      ? (bare(pa) + bare(pb) + tone).normalize("NFC")
      : (bare(pa) + tone + bare(pb)).normalize("NFC");
  };
  return s
    .normalize("NFC")
    .replace(/(?<![qQ])([oOuU][\u0300-\u036f]*)([aAeEyY][\u0300-\u036f]*)(?![\p{L}])/gu, (_, a: string, b: string) => move(a, b));
}

/** Strips every diacritic and đ → d: what a sheet typed without a Vietnamese keyboard shows. */
export function withoutDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** Spellings of the same label: case, NFC/NFD, mark order, tone placement, inner spaces. */
export const respelling: fc.Arbitrary<(s: string) => string> = fc
  .record({
    upper: fc.constantFrom("same", "upper", "lower", "title"),
    form: fc.constantFrom("NFC", "NFD", "toneFirst"),
    tone: fc.boolean(),
    spaces: fc.constantFrom(" ", "  ", "\u00A0", " \u00A0 ", "\t"),
  })
  .map(({ upper, form, tone, spaces }) => (s: string) => {
    let t = tone ? otherTonePlacement(s) : s;
    if (upper === "upper") t = t.toUpperCase();
    else if (upper === "lower") t = t.toLowerCase();
    else if (upper === "title") t = t.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    t = t.replace(/ /g, spaces);
    return form === "NFD" ? t.normalize("NFD") : form === "toneFirst" ? toneBeforeShape(t) : t.normalize("NFC");
  });

/** Decoration people put around an indicator name in the table's name column. */
export const nameDecoration: fc.Arbitrary<(s: string) => string> = fc
  .record({
    bullet: fc.constantFrom("", "- ", "-", "+ ", "* ", "• ", "– ", "a) ", "(b) ", "1. ", "2.1. ", "II. "),
    trongDo: fc.constantFrom("", "Trong đó: ", "trong đó ", "TRONG ĐÓ, ", "Trong do: ", "Trong đó:".normalize("NFD") + " "),
    trailing: fc.constantFrom("", ":", " :", "::", " "),
    lead: padding,
    tail: padding,
  })
  .map(({ bullet, trongDo, trailing, lead, tail }) => (s: string) => `${lead}${bullet}${trongDo}${s}${trailing}${tail}`);
