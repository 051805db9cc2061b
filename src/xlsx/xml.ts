/**
 * XML text helpers for SpreadsheetML parts.
 *
 * Excel stores text as `ST_Xstring`: plain XML text in which `_xHHHH_` stands for the UTF-16 code
 * unit HHHH. That escape is how characters that XML 1.0 forbids (most C0 control characters,
 * U+FFFE, U+FFFF) survive the trip, and it is also why a literal `_xHHHH_` in user text must be
 * protected as `_x005F_xHHHH_` (`_x005F_` is `_`), otherwise a reader would decode it.
 */

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel refuses to keep more than this many characters in one cell. */
export const MAX_CELL_TEXT = 32767;

// Quick tests first: almost every string needs no escaping, and a failed `test` is far cheaper
// than a `replace` with a callback over half a million cells.
// \x0B-\x1F covers CR (0x0D) but not TAB (0x09) or LF (0x0A).
const TEXT_SPECIAL = /[&<>_\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/;
const TEXT_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[&<>\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/g;
// Attribute values also lose TAB/LF/CR to attribute-value normalisation (they become spaces),
// so those are escaped there too, the same way Excel writes them in table column names.
const ATTR_SPECIAL = /[&<>"_\x00-\x1F\uFFFE\uFFFF]/;
const ATTR_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[&<>"\x00-\x1F\uFFFE\uFFFF]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

function replaceOne(ch: string): string {
  switch (ch) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    case "_":
      return "_x005F_";
    default:
      // CR is legal XML but parsers turn CR and CRLF into LF; Excel itself writes `_x000D_`.
      return `_x${hex4(ch.charCodeAt(0))}_`;
  }
}

/** Escapes element content (`<t>`, `<f>`, `<v>`) as an ST_Xstring. */
export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_ESCAPE, replaceOne) : s;
}

/** Escapes an attribute value (double-quoted) as an ST_Xstring. */
export function escapeAttr(s: string): string {
  return ATTR_SPECIAL.test(s) ? s.replace(ATTR_ESCAPE, replaceOne) : s;
}

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair. */
export function capText(s: string, max: number = MAX_CELL_TEXT): string {
  if (s.length <= max) return s;
  let end = max;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Whether `<t>` needs `xml:space="preserve"` so that Excel keeps leading/trailing whitespace. */
export function needsPreserve(s: string): boolean {
  return s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1)));
}

/** A `<t>` element for a (capped) text value. */
export function textElement(s: string): string {
  return needsPreserve(s) ? `<t xml:space="preserve">${escapeText(s)}</t>` : `<t>${escapeText(s)}</t>`;
}
