/**
 * Damage to an XML part that keeps the zip around it valid (the CRC is computed after the damage),
 * so that the XML parsers themselves see it: truncation, lost or stray tags, flipped characters,
 * deep nesting, entity definitions, a second root.
 */
import type { Rng } from "./rng";

type XmlOp = (xml: string, r: Rng) => { xml: string; what: string };

const truncate: XmlOp = (xml, r) => {
  const at = r.int(0, xml.length);
  return { xml: xml.slice(0, at), what: `truncate@${at}` };
};

const dropClosingTag: XmlOp = (xml, r) => {
  const closings = [...xml.matchAll(/<\/[^>]+>/g)];
  if (!closings.length) return truncate(xml, r);
  const m = r.pick(closings);
  return { xml: xml.slice(0, m.index) + xml.slice(m.index + m[0].length), what: `drop ${m[0]}` };
};

const strayMarkup: XmlOp = (xml, r) => {
  const at = r.int(0, xml.length);
  const junk = r.pick(["<", ">", "&", "&#0;", "&#xFFFF;", "&bogus;", "<c r=\"A1\">", "</row>", "<![CDATA[", "]]>", '"', "<?xml version=\"1.0\"?>", "\u0000"]);
  return { xml: xml.slice(0, at) + junk + xml.slice(at), what: `insert ${JSON.stringify(junk)}@${at}` };
};

const flipChars: XmlOp = (xml, r) => {
  const chars = xml.split("");
  const n = r.small(1, 20);
  for (let i = 0; i < n && chars.length; i++) chars[r.int(0, chars.length - 1)] = String.fromCharCode(r.int(0, 0x7f));
  return { xml: chars.join(""), what: `chars×${n}` };
};

const deepNesting: XmlOp = (xml, r) => {
  const depth = r.pick([100, 1000, 10_000, 50_000]);
  const at = Math.max(0, xml.indexOf(">", xml.indexOf("<", 40)) + 1);
  const nest = "<a>".repeat(depth) + "</a>".repeat(r.chance(0.5) ? depth : 0);
  return { xml: xml.slice(0, at) + nest + xml.slice(at), what: `nest${depth}` };
};

/** "Billion laughs": entities that expand to gigabytes if a parser expands them. */
const entityBomb: XmlOp = (xml, r) => {
  const levels = r.int(3, 9);
  let dtd = '<!ENTITY e0 "lol">';
  for (let i = 1; i <= levels; i++) dtd += `<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`;
  const decl = /^<\?xml[^>]*\?>/.exec(xml)?.[0] ?? "";
  const body = xml.slice(decl.length).replace(/<t>[^<]*<\/t>|<text:p>[^<]*<\/text:p>/, (m) => m.replace(/>[^<]*</, `>&e${levels};<`));
  return { xml: `${decl}<!DOCTYPE x [${dtd}]>${body}`, what: `entities${levels}` };
};

const secondRoot: XmlOp = (xml, r) => {
  const at = r.chance(0.5) ? xml.length : 0;
  return { xml: xml.slice(0, at) + "<other/>" + xml.slice(at), what: "second root" };
};

const XML_OPS: XmlOp[] = [truncate, dropClosingTag, dropClosingTag, strayMarkup, strayMarkup, flipChars, deepNesting, entityBomb, secondRoot];

export function damageXml(xml: string, r: Rng): { xml: string; what: string } {
  return r.pick(XML_OPS)(xml, r);
}

/**
 * Replaces up to 40 randomly chosen matches of `pattern` (a global regex) by what `replacement` makes of
 * each, in document order: the cell-level mutation of both the .xlsx and the .ods mutators.
 */
export function replaceSomeMatches(xml: string, pattern: RegExp, r: Rng, replacement: (match: RegExpMatchArray) => string): { xml: string; replaced: number } {
  const matches = [...xml.matchAll(pattern)];
  if (!matches.length) return { xml, replaced: 0 };
  const n = r.small(1, Math.min(40, matches.length));
  const chosen = new Set(Array.from({ length: n }, () => r.int(0, matches.length - 1)));
  let out = "";
  let last = 0;
  for (const [i, m] of matches.entries()) {
    if (!chosen.has(i)) continue;
    out += xml.slice(last, m.index) + replacement(m);
    last = m.index! + m[0].length;
  }
  return { xml: out + xml.slice(last), replaced: chosen.size };
}
