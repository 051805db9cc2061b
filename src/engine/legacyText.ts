/**
 * Vietnamese text from the pre-Unicode era. Sheets typed with `.VnTime` (TCVN3/ABC) or `VNI-Times`
 * fonts store 8-bit codes that a spreadsheet reader hands over as Latin-1 / Windows-1252
 * characters, so `Kết nạp` arrives as `KÕt n¹p` (TCVN3) or `Keát naïp` (VNI). This module
 * recognises such text and decodes it; it never touches text that already reads as Unicode.
 */

/**
 * TCVN 5712 (VN1, a superset of TCVN3/ABC), bytes 0x80–0xFF. VN3 fonts only use the lower-case
 * letters and Ă Â Ê Ô Ơ Ư Đ; VN1 adds upper-case toned letters in the remaining slots.
 * 0xB0–0xB4 are combining tone marks.
 */
const TCVN_HIGH =
  "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" + // 80
  "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" + // 90
  "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ" + // A0
  "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + // B0
  "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + // C0
  "éẹềểễếệìỉỄẾỒĩíịò" + // D0
  "Ổỏõóọồổỗốộờởỡớợù" + // E0
  "ỖủũúụừửữứựỳỷỹýỵỐ"; // F0

/** TCVN 5712 (VN1) upper-case letters placed in the C0 control range. */
const TCVN_LOW: Record<number, string> = {
  0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ",
  0x12: "Ự", 0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ",
};

/** Windows-1252 shows bytes 0x80–0x9F as these characters; map them back to the byte. */
const CP1252_80 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CP1252_BYTE = new Map<string, number>([...CP1252_80].map((ch, i) => [ch, 0x80 + i]));
/** Of those, the ones that are everyday punctuation in Unicode text (quotes, dashes, `…`). */
const CP1252_PUNCT = new Set([..."‚„…†‡‰‹›‘’“”•–—™€"]);

/** VNI: a mark byte after a vowel. Value: [modifier, tone] as combining characters ("" = none). */
const VNI_MARKS: Record<string, [string, string]> = {
  "ø": ["", "\u0300"], "ù": ["", "\u0301"], "û": ["", "\u0309"], "õ": ["", "\u0303"], "ï": ["", "\u0323"],
  "â": ["\u0302", ""], "à": ["\u0302", "\u0300"], "á": ["\u0302", "\u0301"], "å": ["\u0302", "\u0309"],
  "ã": ["\u0302", "\u0303"], "ä": ["\u0302", "\u0323"],
  "ê": ["\u0306", ""], "è": ["\u0306", "\u0300"], "é": ["\u0306", "\u0301"], "ú": ["\u0306", "\u0309"],
  "ü": ["\u0306", "\u0303"], "ë": ["\u0306", "\u0323"],
};
/** VNI letters written as one byte. `í`/`ì` (í, ì) are the same as in Latin-1. */
const VNI_SINGLE: Record<string, string> = {
  "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
  "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
};
/** VNI base vowels that take a mark byte, with what they are before the mark. */
const VNI_BASES: Record<string, string> = {
  a: "a", e: "e", o: "o", u: "u", y: "y", A: "A", E: "E", O: "O", U: "U", Y: "Y",
  "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
};

/** The 8-bit code a character stands for, when it can come from a Latin-1/1252 reading. */
function byteOf(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c <= 0xff) return c;
  return CP1252_BYTE.get(ch);
}

const LETTERISH = /[A-Za-z\u00A1-\u00FF]/;

function isLetterish(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const b = byteOf(ch);
  return LETTERISH.test(ch) || (b !== undefined && b >= 0x80);
}

/** TCVN3 / VN1 to Unicode, without checking that the input was TCVN3. */
export function decodeTcvn3(s: string): string {
  const chars = [...s];
  let out = "";
  chars.forEach((ch, i) => {
    const b = byteOf(ch);
    if (b === undefined || (b >= 0x18 && b < 0x80)) {
      out += ch;
      return;
    }
    if (b >= 0xa0) {
      out += TCVN_HIGH[b - 0x80];
      return;
    }
    // Upper-case codes in control/1252 slots only count inside a word, so that quotes and
    // dashes around Unicode words are never turned into letters.
    const before = isLetterish(chars[i - 1]);
    const after = isLetterish(chars[i + 1]);
    const inWord = CP1252_PUNCT.has(ch) ? before && after : before || after;
    const mapped = b < 0x80 ? TCVN_LOW[b] : TCVN_HIGH[b - 0x80];
    out += inWord && mapped !== undefined ? mapped : ch;
  });
  return out.normalize("NFC");
}

/** Whether a VNI mark byte can sit on this base: tones on any vowel, ˆ on a/e/o, ˘ on a only. */
function vniCombines(base: string, modifier: string): boolean {
  const b = base.toLowerCase();
  if (modifier === "") return true;
  if (modifier === "\u0306") return b === "a";
  return b === "a" || b === "e" || b === "o";
}

/** VNI-Windows to Unicode, without checking that the input was VNI. */
export function decodeVni(s: string): string {
  const chars = [...s];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const base = VNI_BASES[chars[i]];
    const mark = i + 1 < chars.length ? VNI_MARKS[chars[i + 1].toLowerCase()] : undefined;
    if (base !== undefined && mark !== undefined && vniCombines(base, mark[0])) {
      out += (base + mark[0] + mark[1]).normalize("NFC");
      i++;
    } else {
      out += VNI_SINGLE[chars[i]] ?? chars[i];
    }
  }
  return out.normalize("NFC");
}

// ---- Plausibility: does a text read as Vietnamese syllables? ----

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIAL = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])";
const NUCLEUS =
  "(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])";
const FINAL = "(?:ch|ng|nh|[cmnpt])";
const SYLLABLE = new RegExp(`^${INITIAL}?${NUCLEUS}(${FINAL})?$`);

/** One Vietnamese syllable: initial, vowel nucleus, final, at most one tone. */
function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize("NFD");
  // Marks only sit on vowels and are Vietnamese ones (not ñ, ü, å, ç…).
  if (/[^aeiouy\u0300-\u036f][\u0300-\u036f]|[\u0304\u0305\u0307\u0308\u030A-\u031A\u031C-\u0322\u0324-\u036f]/.test(d)) {
    return false;
  }
  const tones = d.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const m = SYLLABLE.exec(d.replace(TONE_MARKS, "").normalize("NFC"));
  if (!m) return false;
  // A syllable closed by a stop (c, ch, p, t) only takes the acute or the dot below.
  const stop = m[1] !== undefined && /^(?:c|ch|p|t)$/.test(m[1]);
  return !(stop && tones.length === 1 && tones[0] !== "\u0301" && tones[0] !== "\u0323");
}

/** Words are split at spaces, ASCII punctuation and digits (legacy letters are never ASCII). */
const SEPARATORS = /[\s\u00A0\x21-\x40\x5B-\x60\x7B-\x7E]+/;

/** Of the words holding a non-ASCII character, how many are Vietnamese syllables (or `ĐVT`-like). */
function vietnameseScore(text: string): { words: number; valid: number } {
  let words = 0;
  let valid = 0;
  for (const w of text.normalize("NFC").split(SEPARATORS)) {
    // ASCII words say nothing either way; a lone letter (`Ñ` → `ẹ`) is too weak to count.
    if ([...w].length < 2 || /^[A-Za-z]+$/.test(w)) continue;
    words++;
    if (isSyllable(w) || /^[A-ZĐ]{2,}$/u.test(w)) valid++;
  }
  return { words, valid };
}

const ratio = (s: { words: number; valid: number }) => (s.words === 0 ? 0 : s.valid / s.words);

/** A text that can be an 8-bit reading: only Latin-1 / Windows-1252 characters, some above ASCII. */
function looksEightBit(s: string): boolean {
  let high = false;
  for (const ch of s) {
    const b = byteOf(ch);
    if (b === undefined) return false;
    if (b >= 0x80 || (b >= 0x01 && b <= 0x17 && TCVN_LOW[b] !== undefined)) high = true;
  }
  return high;
}

/**
 * `.VnTimeH` fonts draw the lower-case codes as capitals, so a title typed in capitals decodes to
 * `KếT NạP`. When every ASCII letter of the source is a capital (and there are a few), the text
 * was meant in capitals.
 */
function restoreCapitals(source: string, decoded: string): string {
  const ascii = source.match(/[A-Za-z]/g) ?? [];
  return ascii.length >= 2 && ascii.every((c) => c >= "A" && c <= "Z") ? decoded.toUpperCase() : decoded;
}

export type LegacyScheme = "tcvn3" | "vni";

/**
 * The Unicode text when `s` is TCVN3 (ABC/VN1) or VNI text read as Latin-1/1252, with which it was,
 * else `null`. A decoding is kept only when it reads as Vietnamese clearly better than the text as it
 * stands, so Unicode Vietnamese (`Tây Ninh`) and foreign words (`Café`) are left alone.
 */
export function decodeLegacy(input: string): { text: string; scheme: LegacyScheme } | null {
  // NFC first: a legacy string that went through NFD still holds the same 8-bit characters.
  const s = input.normalize("NFC");
  if (!looksEightBit(s)) return null;
  const before = ratio(vietnameseScore(s));
  let best: { text: string; scheme: LegacyScheme; ratio: number; valid: number } | null = null;
  for (const [text, scheme] of [
    [restoreCapitals(s, decodeTcvn3(s)), "tcvn3"],
    [decodeVni(s), "vni"],
  ] as const) {
    if (text === s) continue;
    const score = vietnameseScore(text);
    const r = ratio(score);
    if (score.valid === 0 || r < 0.75 || r <= before) continue;
    if (best === null || r > best.ratio || (r === best.ratio && score.valid > best.valid)) {
      best = { text, scheme, ratio: r, valid: score.valid };
    }
  }
  return best && { text: best.text, scheme: best.scheme };
}

/** decodeLegacy's text alone. */
export function decodeLegacyVietnamese(input: string): string | null {
  return decodeLegacy(input)?.text ?? null;
}

/**
 * The TCVN3 reading of a text that reads as Vietnamese both ways (`Côm` is a syllable, and so is its
 * TCVN3 reading `Cụm`), for sheets the caller knows were typed in TCVN3; `null` when the TCVN3
 * reading is not Vietnamese.
 */
export function decodeTcvn3IfVietnamese(input: string): string | null {
  const s = input.normalize("NFC");
  if (!looksEightBit(s)) return null;
  const text = restoreCapitals(s, decodeTcvn3(s));
  if (text === s) return null;
  const score = vietnameseScore(text);
  return score.valid > 0 && ratio(score) >= 0.75 ? text : null;
}
