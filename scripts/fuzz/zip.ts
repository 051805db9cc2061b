/**
 * Structure-aware mutation of zip packages (.xlsx, .xlsm, .xlsb, .ods): unzip with fflate, change
 * the entries (order, duplicates, drops, renames, junk) or what is inside them (XML damage, hostile
 * cells, merged areas, number formats, binary records), then zip again with valid CRCs and sizes,
 * so the damage reaches the parsers behind the container checks.
 */
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { mutateBytes, type Mutated } from "./bytes";
import { mutateOdsContent, NO_LIMITS, type OdsLimits } from "./odsParts";
import type { Rng } from "./rng";
import { damageXml } from "./xml";
import { mutateRels, mutateSharedStrings, mutateStyles, mutateWorkbookXml, mutateWorksheet } from "./xlsxParts";

export interface Entry {
  name: string;
  data: Uint8Array;
}

export function unzipEntries(bytes: Uint8Array): Entry[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

/**
 * Zips entries in the order given, duplicates included, each deflated at a random level (level 0:
 * stored blocks inside deflate). Rarely a truly stored entry: fflate streams it with a data
 * descriptor, which SheetJS refuses ("Bad compressed size"), so most cases avoid it.
 */
export function zipEntries(entries: Entry[], r: Rng): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const e of entries) {
    const file = r.chance(0.03) ? new ZipPassThrough(e.name) : new ZipDeflate(e.name, { level: r.pick([0, 1, 6, 9] as const) });
    zip.add(file);
    file.push(e.data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

type EntryOp = (entries: Entry[], r: Rng, limits: OdsLimits) => string;

const isXml = (e: Entry) => /\.(xml|rels)$/i.test(e.name);
const isContent = (e: Entry) => e.name === "content.xml";
const isSheet = (e: Entry) => /worksheets\/sheet\d*\.xml$/i.test(e.name);
const pickWhere = (entries: Entry[], r: Rng, test: (e: Entry) => boolean) => {
  const found = entries.filter(test);
  return found.length ? r.pick(found) : null;
};

/** Edits the text of one entry, when the package has one that passes `test`. */
function editText(entries: Entry[], r: Rng, test: (e: Entry) => boolean, edit: (xml: string, r: Rng) => { xml: string; what: string }): string {
  const e = pickWhere(entries, r, test);
  if (!e) return "nothing to edit";
  const { xml, what } = edit(strFromU8(e.data), r);
  e.data = strToU8(xml);
  return `${e.name}: ${what}`;
}

const ENTRY_OPS: Record<string, EntryOp> = {
  shuffle: (entries, r) => {
    r.shuffle(entries);
    return "entries shuffled";
  },
  duplicate: (entries, r) => {
    const e = r.pick(entries);
    entries.splice(r.int(0, entries.length), 0, { name: e.name, data: r.chance(0.5) ? e.data : e.data.subarray(0, r.int(0, e.data.length)) });
    return `duplicate ${e.name}`;
  },
  drop: (entries, r) => {
    const [e] = entries.splice(r.int(0, entries.length - 1), 1);
    return `drop ${e.name}`;
  },
  rename: (entries, r) => {
    const e = r.pick(entries);
    const name = r.pick([e.name.toUpperCase(), `../${e.name}`, `/${e.name}`, e.name.replace(/\//g, "\\"), `${e.name}\u0000x`, "x".repeat(2000), e.name.replace(/\d/, "9")]);
    const old = e.name;
    e.name = name;
    return `rename ${old} → ${name.slice(0, 40)}`;
  },
  junk: (entries, r) => {
    const n = r.small(1, 2000);
    for (let i = 0; i < n; i++) entries.push({ name: `junk/${i}.xml`, data: r.chance(0.5) ? new Uint8Array(0) : r.bytes(r.small(1, 512)) });
    return `junk×${n}`;
  },
  bigEntry: (entries, r) => {
    // Highly compressible: tests the ratio limit without making the case slow.
    const size = r.pick([1 << 20, 3 << 20]);
    entries.push({ name: "xl/media/zeros.bin", data: new Uint8Array(size) });
    return `zeros ${size >> 20} MB`;
  },
  damageXml: (entries, r) => editText(entries, r, isXml, damageXml),
  worksheet: (entries, r) => editText(entries, r, isSheet, mutateWorksheet),
  worksheetTwice: (entries, r) => `${editText(entries, r, isSheet, mutateWorksheet)}; ${editText(entries, r, isSheet, mutateWorksheet)}`,
  sharedStrings: (entries, r) => editText(entries, r, (e) => /sharedStrings\.xml$/i.test(e.name), mutateSharedStrings),
  workbook: (entries, r) => editText(entries, r, (e) => /workbook\.xml$/i.test(e.name), mutateWorkbookXml),
  rels: (entries, r) => editText(entries, r, (e) => /workbook\.xml\.rels$/i.test(e.name), mutateRels),
  styles: (entries, r) => editText(entries, r, (e) => /xl\/styles\.xml$/i.test(e.name), mutateStyles),
  odsContent: (entries, r, limits) => editText(entries, r, isContent, (xml) => mutateOdsContent(xml, r, limits)),
  odsContentTwice: (entries, r, limits) =>
    `${editText(entries, r, isContent, (xml) => mutateOdsContent(xml, r, limits))}; ${editText(entries, r, isContent, (xml) => mutateOdsContent(xml, r, limits))}`,
  binaryPart: (entries, r) => {
    // .xlsb sheets and anything else that is not XML: damage the bytes inside, CRC kept valid.
    const e = pickWhere(entries, r, (x) => !isXml(x) && x.data.length > 0);
    if (!e) return "no binary part";
    const m = mutateBytes(e.data, r);
    e.data = m.bytes;
    return `${e.name}: ${m.what}`;
  },
};

/** Which entry operations suit which package, weighted by repetition. */
const PLANS: Record<"xlsx" | "ods" | "xlsb", string[]> = {
  xlsx: ["worksheet", "worksheet", "worksheet", "worksheetTwice", "sharedStrings", "sharedStrings", "styles", "styles", "workbook", "rels", "damageXml", "damageXml", "shuffle", "duplicate", "drop", "rename", "junk", "bigEntry"],
  ods: ["odsContent", "odsContent", "odsContent", "odsContentTwice", "damageXml", "damageXml", "shuffle", "duplicate", "drop", "rename", "junk", "bigEntry"],
  xlsb: ["binaryPart", "binaryPart", "binaryPart", "damageXml", "shuffle", "duplicate", "drop", "rename", "junk"],
};

export function packageKind(entries: Entry[]): "xlsx" | "ods" | "xlsb" {
  if (entries.some((e) => e.name === "content.xml")) return "ods";
  if (entries.some((e) => /\.bin$/i.test(e.name))) return "xlsb";
  return "xlsx";
}

/** One to three structural mutations of a zip package. Null when the bytes are not a zip fflate reads. */
export function mutateZip(bytes: Uint8Array, r: Rng, limits: OdsLimits = NO_LIMITS): Mutated | null {
  let entries: Entry[];
  try {
    entries = unzipEntries(bytes);
  } catch {
    return null;
  }
  if (!entries.length) return null;
  const plan = PLANS[packageKind(entries)];
  const whats: string[] = [];
  const n = r.small(1, 3);
  for (let i = 0; i < n && entries.length; i++) whats.push(ENTRY_OPS[r.pick(plan)](entries, r, limits));
  return { bytes: zipEntries(entries, r), what: `zip[${whats.join("; ")}]` };
}
