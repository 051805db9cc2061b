/**
 * Each cell style's number format code (`0.0%`, `#,##0`), from the styles part: `<cellXfs>` gives a
 * style its numFmtId, and the id is a built-in format or one `<numFmts>` defines. A cell carries the
 * code (Grid `z`), which is how the engine tells a percentage from a count.
 */
import { startTags, unescapeXml, wellFormed } from "./xml";

/**
 * The built-in formats SheetJS knows without being told (its SSF table as it starts every read;
 * ECMA-376 §18.8.30 lists them). Ids it leaves out (5–8, 23–36, 41–44: currency and locale formats)
 * have no code here either, as in SheetJS when it formats no text (sheetjs.ts).
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = Object.freeze({
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
});

/** The section `<name …>…</name>` of `xml`, or null. */
function section(xml: string, name: string): string | null {
  const open = new RegExp(`<(?:\\w+:)?${name}\\b[^<>]*>`).exec(xml);
  if (!open) return null;
  const close = xml.indexOf(`</${name}>`, open.index + open[0].length);
  return close < 0 ? null : xml.slice(open.index, close);
}

/**
 * The number format code of each cell style (by its index in `<cellXfs>`); undefined for a style
 * whose format has no code. Null when the part holds something this reader leaves to SheetJS.
 */
export function styleFormats(xml: string): (string | undefined)[] | null {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  // Prefixed elements (`<x:styleSheet>`) are left to SheetJS, and so is a damaged tag anywhere in
  // the part (SheetJS reads fonts and fills too, and refuses the file over one).
  if (!/<styleSheet[\s>]/.test(body) || !wellFormed(body)) return null;
  const table: Record<number, string> = { ...BUILT_IN_FORMATS };
  const numFmts = section(body, "numFmts");
  const defined = numFmts ? startTags(numFmts, "numFmt") : [];
  if (!defined) return null;
  for (const f of defined) {
    const id = parseInt(f.numFmtId ?? "", 10);
    if (f.formatCode === undefined || !Number.isInteger(id) || id < 0) return null;
    if (id > 0) table[id] = unescapeXml(f.formatCode);
  }
  const xfs = section(body, "cellXfs");
  if (!xfs) return [];
  return startTags(xfs, "xf")?.map((xf) => table[xf.numFmtId ? parseInt(xf.numFmtId, 10) : 0]) ?? null;
}
