/**
 * Text normalisation for matching labels, headers and row names typed by hand in many styles:
 * NFC or NFD, old or new tone-mark placement, stray spaces and decoration.
 */
import { memoized } from "./memo";

export { decodeLegacyVietnamese } from "./legacyText";

// The five tone marks, per base vowel, in the order grave, acute, hook, tilde, dot below.
const TONED: Record<string, string> = {
  a: "àáảãạ",
  e: "èéẻẽẹ",
  o: "òóỏõọ",
  u: "ùúủũụ",
  y: "ỳýỷỹỵ",
};

/** For a toned plain vowel (`ó`), its base (`o`) and tone index; undefined otherwise. */
function toneOf(ch: string): { base: string; tone: number } | undefined {
  for (const base in TONED) {
    const tone = TONED[base].indexOf(ch);
    if (tone >= 0) return { base, tone };
  }
  return undefined;
}

function withTone(base: string, tone: number): string {
  return TONED[base][tone];
}

const CONSONANT = "bcdđghklmnpqrstvx";
const { a: T_A, e: T_E, o: T_O, u: T_U, y: T_Y } = TONED;

// Compiled once: normalizeText runs on every label and row name of every sheet.
const OPEN_OA_OE = new RegExp(`o([${T_A}${T_E}])(?!\\p{L})`, "gu");
const CLOSED_OA_OE = new RegExp(`([${T_O}])([ae])(?=\\p{L})`, "gu");
const QU_Y = new RegExp(`q([${T_U}])y`, "gu");
const OPEN_UY = new RegExp(`(?<!q)u([${T_Y}])(?!\\p{L})`, "gu");
const CLOSED_UY = new RegExp(`(?<!q)([${T_U}])y(?=[${CONSONANT}u])`, "gu");

/**
 * Moves the tone of the diphthongs oa, oe, uy to one canonical vowel. Both placements are in daily
 * use (`hoá`/`hóa`, `thuỷ`/`thủy`), so names must compare equal whichever one the sheet used.
 * Canonical: the "old style" FORM.md itself uses (`xóa`, `Lũy`) in an open syllable, and the second
 * vowel when a consonant follows, where both styles agree (`hoàn`, `huỳnh`); a misplaced `hòan`
 * is mended too. In `qu-` the u belongs to the consonant, so `quý` keeps its tone on the y.
 * Expects lower-case NFC text.
 */
function canonicalTonePlacement(s: string): string {
  return (
    s
      // open oa/oe: hoá → hóa, khoẻ → khỏe
      .replace(OPEN_OA_OE, (_, v: string) => {
        const t = toneOf(v)!;
        return withTone("o", t.tone) + t.base;
      })
      // closed oa/oe (or oai/oay/oeo): hòan → hoàn, ngòai → ngoài
      .replace(CLOSED_OA_OE, (_, o: string, v: string) => "o" + withTone(v, toneOf(o)!.tone))
      // qu + toned u + y: qúy → quý
      .replace(QU_Y, (_, u: string) => "qu" + withTone("y", toneOf(u)!.tone))
      // open uy (not after q): thuỷ → thủy, uỳ → ùy
      .replace(OPEN_UY, (_, y: string) => withTone("u", toneOf(y)!.tone) + "y")
      // closed uy: hùynh → huỳnh, khủyu → khuỷu
      .replace(CLOSED_UY, (_, u: string) => "u" + withTone("y", toneOf(u)!.tone))
  );
}

/**
 * The form used to compare labels: NFC, lower case, one tone placement, single spaces, and no
 * decoration around it (bullets, colons, brackets, a trailing `%`). A leading `%` is kept because
 * it carries meaning in headers such as `% KH`.
 */
export function normalizeText(s: string): string {
  return normalizeMemo(s);
}

function normalizeUncached(s: string): string {
  // In NFD a tone typed before the vowel's own mark (e + ́ + ̂) is not canonically reordered (both
  // sit above), so put the shape mark (ˆ ˘ ̛) first, as every precomposed letter has it.
  // Zero-width characters are invisible in the sheet, so they must not break a match; removed first,
  // so that a mark typed after one still composes with its letter.
  let t = s
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .normalize("NFD")
    .replace(/([\u0300\u0301\u0303\u0309\u0323]+)([\u0302\u0306\u031B])/g, "$2$1")
    .normalize("NFC")
    .toLowerCase()
    .normalize("NFC");
  // Icelandic eth (Ð/ð) is a common look-alike typed for Đ/đ.
  t = t.replace(/ð/g, "đ");
  // JS \s covers NBSP, the other Unicode spaces, tabs and line breaks.
  t = t.replace(/\s+/g, " ");
  t = canonicalTonePlacement(t);
  t = t.replace(/[^\p{L}\p{N}]+$/u, "");
  t = t.replace(/^[^\p{L}\p{N}%]+/u, "");
  return t;
}

/** `normalizeText` without diacritics (`đ` → `d`): the fallback comparison when marks were dropped. */
export function foldText(s: string): string {
  return foldMemo(s);
}

const normalizeMemo = memoized(normalizeUncached);
const foldMemo = memoized(foldUncached);

function foldUncached(s: string): string {
  return (
    normalizeText(s)
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .normalize("NFC")
      // A mark standing alone between spaces leaves its two spaces behind.
      .replace(/ {2,}/g, " ")
      .trim()
  );
}

// `Trong đó` in any case, NFC or NFD, with the tone possibly missing (`Trong do`).
const TRONG_DO = /^trong\s+[dđ]\p{M}*[oóòỏõọ]\p{M}*(?![\p{L}\p{N}])\s*[:,]?\s*/iu;
// A bullet followed by a space, or stuck to the first letter (`-Đảng viên`).
const BULLET = /^[-+*•–—·●○◦▪■►]+(?:\s+|(?=\p{L}))/u;
// `a)`, `(a)`, `1.`, `2.1.`, `II.`: only when a space and a word follow, so `2.465 đảng viên`
// and `6 tháng` stay whole.
const ENUMERATION = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|\p{L})[.)]\s+(?=\p{L})/u;

/**
 * Removes the decoration around an indicator name (`- `, `2.1. `, `Trong đó:`, a trailing `:`),
 * returning the rest of the raw text, trimmed but otherwise untouched.
 */
export function stripDecoration(s: string): string {
  let t = s.trim();
  for (;;) {
    const next = t.replace(BULLET, "").replace(ENUMERATION, "").replace(TRONG_DO, "").trim();
    if (next === t) break;
    t = next;
  }
  return t.replace(/\s*:+$/, "").trim();
}

