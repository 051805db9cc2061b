/**
 * The cells of an .xlsx file as its XML says, not as a reader interprets them: for each cell, whether it
 * holds a formula (`<f>`), a shared string, an inline string or a number. Reading the XML ourselves is the
 * point: a library that "helpfully" evaluated or dropped formulas would hide exactly what is tested.
 */
import { strFromU8, unzipSync } from "fflate";

export interface XmlCell {
  ref: string;
  /** The `t` attribute: `s` shared string, `str` formula string, `inlineStr`, `n`/absent number, `b`, `e`. */
  type: string;
  /** The `<f>` content (decoded), when the cell holds a formula. */
  formula: string | null;
  /** The text for `s` and `inlineStr` cells (decoded), else null. */
  text: string | null;
}

export interface XmlWorkbook {
  /** Sheets in workbook order. */
  sheets: { name: string; cells: Map<string, XmlCell> }[];
  sharedStrings: string[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character references and entities, then ST_Xstring's `_xHHHH_` escapes. */
export function decodeXmlText(s: string): string {
  const xml = s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? all;
  });
  return xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXmlText(m[1]) : null;
};

/** The text of every `<t>` inside `xml` (a `<si>` or `<is>`), rich-text runs joined. */
function textOf(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXmlText(m[1] ?? "");
  return out;
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

export function readXmlWorkbook(bytes: Uint8Array): XmlWorkbook {
  const files = unzipSync(bytes);
  const part = (path: string) => (files[path] ? strFromU8(files[path]) : null);
  const sharedXml = part("xl/sharedStrings.xml") ?? "";
  const sharedStrings = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ""));

  const rels = new Map<string, string>();
  for (const m of (part("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target) rels.set(id, resolve("xl/workbook.xml", target));
  }
  const sheets: XmlWorkbook["sheets"] = [];
  for (const m of (part("xl/workbook.xml") ?? "").matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], "name") ?? "";
    const path = rels.get(attr(m[1], "r:id") ?? "") ?? "";
    const cells = new Map<string, XmlCell>();
    const xml = part(path) ?? "";
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(c[1], "r") ?? "";
      const type = attr(c[1], "t") ?? "n";
      const body = c[2] ?? "";
      const f = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>|<f(?:\s[^>]*)?\/>/.exec(body);
      const v = /<v>([\s\S]*?)<\/v>/.exec(body);
      let text: string | null = null;
      if (type === "s" && v) text = sharedStrings[Number(v[1])] ?? null;
      else if (type === "inlineStr") text = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
      cells.set(ref, { ref, type, formula: f ? decodeXmlText(f[1] ?? "") : null, text });
    }
    sheets.push({ name, cells });
  }
  return { sheets, sharedStrings };
}

/** Every formula of the workbook, with where it is. */
export function formulasOf(wb: XmlWorkbook): { sheet: string; ref: string; formula: string }[] {
  return wb.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.formula !== null).map((c) => ({ sheet: s.name, ref: c.ref, formula: c.formula! })));
}
