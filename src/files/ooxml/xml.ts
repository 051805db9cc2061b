/**
 * The little XML an .xlsx part needs: a tag's attributes and a text's escapes, read the way SheetJS
 * reads them (its `parsexmltag` and `unescapexml`), so that a cell reads the same through this reader
 * and through SheetJS. Markup this does not expect makes the reader step aside (see index.ts), never
 * guess.
 */

/**
 * The attributes of one start tag (`<c r="A1" s="3" t="s">`), by local name (`r:id` → `id`, as SheetJS
 * names them), values still escaped, xmlns declarations left out (`only`: just these names, the
 * others checked but not kept, for the tags of every cell); null when the tag is not well
 * formed (an attribute twice, a value holding `<`, words that are no attribute, no end): such markup
 * is damage, and SheetJS reads it its own way. A scan rather than a regular expression: it runs on
 * every cell of every sheet.
 */
export function attributes(tag: string, only?: readonly string[]): Record<string, string> | null {
  const n = tag.length;
  if (n < 2 || tag.charCodeAt(0) !== 60 || tag.charCodeAt(n - 1) !== 62) return null;
  // A line break or tab inside a tag is well formed, but SheetJS reads some of them its own way (a
  // value holding one, `t=` then a line break): no writer we know puts one there, so SheetJS gets it.
  if (LINE_OR_TAB.test(tag)) return null;
  const end = tag.charCodeAt(n - 2) === 47 ? n - 2 : n - 1; // before "/>" or ">"
  const out: Record<string, string> = {};
  let i = 1;
  while (i < end && !isSpace(tag.charCodeAt(i))) i++; // the element's own name
  for (;;) {
    const gapStart = i;
    while (i < end && isSpace(tag.charCodeAt(i))) i++;
    if (i >= end) return out;
    if (i === gapStart) return null; // `a="1"b="2"`: no space between two attributes
    // The name, with at most one prefix (`r:id`, `x14ac:dyDescent`, `xml:space`).
    const nameStart = i;
    let localStart = i;
    if (!isNameStart(tag.charCodeAt(i))) return null;
    for (i++; i < end; i++) {
      const c = tag.charCodeAt(i);
      if (c === 58 && localStart === nameStart && i + 1 < end && isNameStart(tag.charCodeAt(i + 1))) localStart = i + 1;
      else if (!isNameChar(c)) break;
    }
    const nameEnd = i;
    while (i < end && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) return null; // "="
    for (i++; i < end && isSpace(tag.charCodeAt(i)); i++);
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return null;
    const close = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= end) return null;
    const lt = tag.indexOf("<", i + 1);
    if (lt >= 0 && lt < close) return null;
    const wanted = only ? only.find((w) => nameEnd - localStart === w.length && tag.startsWith(w, localStart)) : undefined;
    if (wanted !== undefined || (!only && !isNamespaceDeclaration(tag, nameStart, nameEnd))) {
      const local = wanted ?? tag.slice(localStart, nameEnd);
      if (Object.prototype.hasOwnProperty.call(out, local)) return null;
      out[local] = tag.slice(i + 1, close);
    }
    i = close + 1;
  }
}

const LINE_OR_TAB = /[\t\r\n]/;

/** `xmlns` or `xmlns:…`: a declaration, not an attribute of the element. */
function isNamespaceDeclaration(tag: string, start: number, end: number): boolean {
  return tag.startsWith("xmlns", start) && (end === start + 5 || tag.charCodeAt(start + 5) === 58);
}

/** A–Z, a–z, `_`: where an attribute's name may start (names outside ASCII are left to SheetJS). */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Where the next element `name` starts at or after `from` (`<c ` or `<c>`, not `<col`); -1 when none does. */
export function nextStartTag(xml: string, name: string, from = 0): number {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const next = xml.charCodeAt(at + open.length);
    if (isSpace(next) || next === 47 || next === 62) return at;
  }
  return -1;
}

/** Every start tag of element `name` (no prefix) in `xml`, as its attributes; null when one is not well formed. */
export function startTags(xml: string, name: string): Record<string, string>[] | null {
  const out: Record<string, string>[] = [];
  for (let at = nextStartTag(xml, name); at >= 0; at = nextStartTag(xml, name, at + 1)) {
    const end = xml.indexOf(">", at);
    const found = end < 0 ? null : attributes(xml.slice(at, end + 1));
    if (!found) return null;
    out.push(found);
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Record<string, string> = { "&quot;": '"', "&apos;": "'", "&gt;": ">", "&lt;": "<", "&amp;": "&" };
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
/** Excel's escape of a character XML cannot hold (`_x000D_`): ECMA-376 §22.4.2.4. */
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;

function unescapeEntities(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0 && s.indexOf("_X") < 0) return s;
  return s
    .replace(ENTITY, (all: string, code: string | undefined) => NAMED[all.toLowerCase()] ?? String.fromCharCode(parseInt(code!, all.includes("x") || all.includes("X") ? 16 : 10)))
    .replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A text node's value: entities and Excel's `_xHHHH_` decoded, CDATA kept as written. `lines`: a
 * cell's text, whose CR LF is read as LF (SheetJS's `unescapexml(…, true)`).
 */
export function unescapeXml(text: string, lines = false): string {
  let out: string;
  const cdata = text.indexOf("<![CDATA[");
  if (cdata < 0) out = unescapeEntities(text);
  else {
    const end = text.indexOf("]]>", cdata);
    out = end < 0 ? unescapeEntities(text) : unescapeEntities(text.slice(0, cdata)) + text.slice(cdata + 9, end) + unescapeXml(text.slice(end + 3));
  }
  return lines && out.indexOf("\r\n") >= 0 ? out.replace(/\r\n/g, "\n") : out;
}

/** The text between an element's start tag at `open` and its end tag `</name>`; null when it is not closed. */
export function elementText(xml: string, open: number, name: string): { text: string; end: number } | null {
  const gt = xml.indexOf(">", open);
  if (gt < 0) return null;
  if (xml.charCodeAt(gt - 1) === 47 /* "/" */) return { text: "", end: gt + 1 };
  const close = xml.indexOf(`</${name}>`, gt + 1);
  if (close < 0) return null;
  return { text: xml.slice(gt + 1, close), end: close + name.length + 3 };
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)[^<>]*?(\/?)>|<(?![?!])/g;

/**
 * Whether a small part (styles, the workbook, relationships) is well formed: every start tag well
 * formed and closed in order. Such parts are a few KB; SheetJS reads them with regular expressions
 * that take damaged markup in ways no one could foresee, or refuses the file, so damage is left to it.
 */
export function wellFormed(xml: string): boolean {
  const open: string[] = [];
  for (const m of xml.matchAll(TAG)) {
    const [tag, closing, name, selfClosing] = m;
    if (name === undefined) return false; // a "<" that starts no tag
    if (closing) {
      if (open.pop() !== name) return false;
    } else {
      if (!attributes(tag)) return false;
      if (!selfClosing) open.push(name);
    }
  }
  return open.length === 0;
}
