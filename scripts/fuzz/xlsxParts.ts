/**
 * Mutations of the XML parts of an .xlsx/.xlsm package that keep them well-formed (mostly): cell
 * values and types, cell references, merged areas, the dimension, shared strings, sheet names and
 * relationships, number formats.
 */
import type { Rng } from "./rng";
import { replaceSomeMatches } from "./xml";
import { ERROR_VALUES, hostileMergeRef, hostileNumberText, hostileRef, hostileString, xmlText } from "./values";

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const NEAR = { rows: 60, cols: 10 };

const escAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A cell of any type with a hostile value, at `ref` (or without an `r` attribute). */
export function hostileXlsxCell(ref: string | null, r: Rng): string {
  const at = ref === null ? "" : ` r="${ref}"`;
  const s = r.chance(0.3) ? ` s="${r.int(0, 40)}"` : "";
  return r.pick([
    () => `<c${at}${s}${r.chance(0.5) ? ' t="n"' : ""}><v>${xmlText(hostileNumberText(r), r)}</v></c>`,
    () => `<c${at}${s} t="s"><v>${r.pick(["0", String(r.int(0, 300)), "99999", "-1", "x", "1e9"])}</v></c>`,
    () => `<c${at}${s} t="inlineStr"><is><t>${xmlText(hostileString(r), r)}</t></is></c>`,
    () => `<c${at}${s} t="str"><f>${xmlText(r.pick(["1/0", "A1&B1", 'IF(1,"")', "NOW()"]), r)}</f><v>${xmlText(hostileString(r), r)}</v></c>`,
    () => `<c${at}${s} t="e"><v>${xmlText(r.pick(ERROR_VALUES), r)}</v></c>`,
    () => `<c${at}${s} t="b"><v>${r.pick(["0", "1", "2", "true", ""])}</v></c>`,
    () => `<c${at}${s} t="d"><v>${r.pick(["2023-04-05T00:00:00", "2023-13-45", "not a date", "99999-01-01T00:00:00", ""])}</v></c>`,
    () => `<c${at}${s}><f>${xmlText(r.pick(["SUM(A1:A3)", "1/0", "A1", "", 'INDIRECT("A1")', "F20/E20"]), r)}</f>${r.chance(0.6) ? `<v>${xmlText(hostileNumberText(r), r)}</v>` : ""}</c>`,
    () => `<c${at}${s}/>`,
    () => `<c${at}${s} t="${r.pick(["zz", "", "n ", "S", "inlinestr"])}"><v>5</v></c>`,
  ])();
}

type SheetOp = (xml: string, r: Rng) => { xml: string; what: string };

const replaceCells: SheetOp = (xml, r) => {
  const out = replaceSomeMatches(xml, CELL, r, (m) => {
    const ref = /\br="([^"]*)"/.exec(m[0])?.[1] ?? null;
    return hostileXlsxCell(r.chance(0.1) ? null : ref, r);
  });
  return { xml: out.xml, what: `cells×${out.replaced}` };
};

const moveRefs: SheetOp = (xml, r) => {
  let n = 0;
  const out = xml.replace(/(<c\b[^>]*?\br=")([^"]*)"/g, (all, head: string) => (r.chance(0.05) && ++n ? `${head}${hostileRef(r, NEAR)}"` : all));
  return { xml: out, what: `refs×${n}` };
};

const addMerges: SheetOp = (xml, r) => {
  const refs = Array.from({ length: r.small(1, 12) }, () => hostileMergeRef(r, NEAR));
  const cells = refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  const what = `merge ${refs.join(" ")}`;
  if (xml.includes("<mergeCells")) return { xml: xml.replace(/<mergeCells[^>]*>/, (m) => m + cells), what };
  return { xml: xml.replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`), what };
};

const dimension: SheetOp = (xml, r) => {
  const ref = r.pick(["A1:XFD1048576", "A1", "", "Z1:A1", "A1:IV65536", `A1:${hostileRef(r, NEAR)}`]);
  return { xml: xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`), what: `dimension ${ref}` };
};

const rows: SheetOp = (xml, r) => {
  const all = [...xml.matchAll(/<row\b[^>]*>[\s\S]*?<\/row>/g)];
  if (!all.length) return { xml, what: "rows×0" };
  const m = r.pick(all);
  const kind = r.pick(["duplicate", "renumber", "reverse", "drop"]);
  const before = xml.slice(0, m.index);
  const after = xml.slice(m.index + m[0].length);
  switch (kind) {
    case "duplicate":
      return { xml: before + m[0] + m[0] + after, what: "row duplicated" };
    case "renumber": {
      const n = r.pick(["1048576", "0", "-3", "1", "x", String(r.int(1, 200))]);
      return { xml: before + m[0].replace(/\br="[^"]*"/, `r="${n}"`) + after, what: `row r=${n}` };
    }
    case "reverse": {
      const start = all[0].index;
      const last = all[all.length - 1];
      const end = last.index + last[0].length;
      return { xml: xml.slice(0, start) + all.map((x) => x[0]).reverse().join("") + xml.slice(end), what: "rows reversed" };
    }
    default:
      return { xml: before + after, what: "row dropped" };
  }
};

const SHEET_OPS: SheetOp[] = [replaceCells, replaceCells, replaceCells, moveRefs, addMerges, addMerges, dimension, rows];

export function mutateWorksheet(xml: string, r: Rng): { xml: string; what: string } {
  return r.pick(SHEET_OPS)(xml, r);
}

export function mutateSharedStrings(xml: string, r: Rng): { xml: string; what: string } {
  const items = [...xml.matchAll(/<si>[\s\S]*?<\/si>/g)];
  if (!items.length) return { xml, what: "sst×0" };
  const kind = r.pick(["replace", "replace", "drop", "rich"]);
  const n = r.small(1, Math.min(30, items.length));
  const chosen = new Set(Array.from({ length: n }, () => r.int(0, items.length - 1)));
  let out = "";
  let last = 0;
  for (const [i, m] of items.entries()) {
    if (!chosen.has(i)) continue;
    const text = xmlText(hostileString(r), r);
    const replacement = kind === "drop" ? "" : kind === "rich" ? `<si><r><rPr><b/></rPr><t>${text}</t></r><r><t xml:space="preserve"> ${text}</t></r></si>` : `<si><t>${text}</t></si>`;
    out += xml.slice(last, m.index) + replacement;
    last = m.index + m[0].length;
  }
  return { xml: out + xml.slice(last), what: `sst ${kind}×${chosen.size}` };
}

export function mutateWorkbookXml(xml: string, r: Rng): { xml: string; what: string } {
  const kind = r.pick(["name", "hidden", "extra", "rid", "nosheets"]);
  switch (kind) {
    case "name": {
      const name = r.pick(["", "x".repeat(300), "Sheet1", "a:b/c\\d?*[e]", "'quoted'", "Báo cáo", "\u0000"]);
      return { xml: xml.replace(/(<sheet\b[^>]*?\bname=")[^"]*"/, `$1${escAttr(name)}"`), what: `sheet name ${JSON.stringify(name.slice(0, 20))}` };
    }
    case "hidden":
      return { xml: xml.replace(/<sheet\b/, `<sheet state="${r.pick(["hidden", "veryHidden", "bogus"])}"`), what: "sheet hidden" };
    case "extra": {
      const m = /<sheet\b[^>]*\/>/.exec(xml);
      if (!m) return { xml, what: "no sheet" };
      const copy = m[0].replace(/\bname="[^"]*"/, `name="Copy${r.int(1, 9)}"`).replace(/\bsheetId="[^"]*"/, `sheetId="${r.int(2, 99)}"`);
      return { xml: xml.replace(m[0], m[0] + copy.repeat(r.small(1, 200))), what: "sheets repeated" };
    }
    case "rid":
      return { xml: xml.replace(/(<sheet\b[^>]*?\br:id=")[^"]*"/, `$1rId${r.int(50, 99)}"`), what: "sheet r:id dangling" };
    default:
      return { xml: xml.replace(/<sheets>[\s\S]*?<\/sheets>/, ""), what: "no <sheets>" };
  }
}

export function mutateRels(xml: string, r: Rng): { xml: string; what: string } {
  const target = r.pick(["/xl/worksheets/sheet1.xml", "worksheets/missing.xml", "../../../etc/passwd", "", "worksheets/sheet1.xml#x", "sharedStrings.xml", "styles.xml"]);
  return { xml: xml.replace(/(Target=")[^"]*worksheets\/[^"]*"/, `$1${escAttr(target)}"`), what: `rel → ${target}` };
}

export function mutateStyles(xml: string, r: Rng): { xml: string; what: string } {
  const code = r.pick(['0.0%', '"%"0', "[Red]0.00;-0.00%", "General", "@", "0.0E+00", "[$-42A]dd/mm/yyyy", '0.0"', "#,##0.0#%", ";;;", "0".repeat(400), "\\%0", "_(0_)%", "[>=100]0;0.0%", ""]);
  let n = 0;
  let out = xml.replace(/(formatCode=")[^"]*"/g, (all, head: string) => (r.chance(0.5) && ++n ? `${head}${escAttr(code)}"` : all));
  if (r.chance(0.5)) out = out.replace(/(<xf\b[^>]*?\bnumFmtId=")\d+"/g, (all, head: string) => (r.chance(0.3) && ++n ? `${head}${r.pick([9, 10, 14, 164, 165, 999, 0])}"` : all));
  return { xml: out, what: `styles ${JSON.stringify(code.slice(0, 16))}×${n}` };
}
