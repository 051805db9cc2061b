/**
 * Checks the record streams of an .xlsb (BIFF12) package for what makes SheetJS spin or exhaust
 * memory, before SheetJS sees them: the .xlsb counterpart of biff.ts.
 *
 * SheetJS walks each binary part record by record (`recordhopper`) and hands every record, wherever it
 * appears, to the parser of its type. Those parsers trust the counts and lengths they read:
 * - BrtMdb pushes `count` pairs (a uint32 from the file), reading zeros past the end of the part
 *   without complaint: 2^31 of them run out of memory;
 * - a rich string pushes `count` formatting runs, an ExternSheet `count` entries, a formula's
 *   PtgMemArea `count` ranges and an array constant `rows` rows, the same way;
 * - a wide string (a uint32 length, then UTF-16) is read one character at a time in a browser, so a
 *   length of 2^31 holds the task pane for minutes (Node slices a Buffer and does not notice);
 * - a cell at column 10^9 or row 2^31 makes SheetJS's sparse rows huge (seconds, then "too big").
 * This walk reads each record with the offsets SheetJS's own parsers use (not the specification's:
 * it is SheetJS's loops we guard) and refuses the file as damaged when one of them would run away.
 * A record is checked against its own length: Excel and SheetJS never write a field across records.
 *
 * A workbook listing one sheet part twice (SheetJS parses it once per entry) is refused too, as for
 * .xlsx (sheetList.ts).
 *
 * Parts are read with `opts.biff = 12` once the workbook part has been parsed; the shared strings,
 * styles and external links are parsed before it, with other token sizes. A formula, defined name or
 * ExternSheet record has no business in those parts, so there it is refused outright.
 */
import { messages } from "./messages";
import { hasRepeats } from "./sheetList";
import type { Failure } from "./types";
import { formula } from "./xlsbFormula";
import { Damaged, Part } from "./xlsbPart";
import { entryContent, packageContent, type ZipPackage } from "./zip";

/** Excel's grid: rows 0…1,048,575, columns 0…16,383. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Binary parts SheetJS never parses as records (printer DEVMODE, compound files, pivot caches…). */
const NOT_RECORDS = /printerSettings|vbaProject|embeddings\/|activeX\/|pivotCache|pivotTable|customData|connections|queryTable/i;
/** Parts SheetJS parses before the workbook, without BIFF12 token sizes. */
const EARLY = /sharedStrings|styles|externalLink/i;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** One record: its type and where its data starts and ends (the end may lie past the part's). */
interface Rec {
  type: number;
  data: number;
  end: number;
}

/** Records as `recordhopper` cuts them: a 1–2 byte type, a 1–4 byte length (7 bits a byte), as many as it finds. */
function* records(p: Part): Generator<Rec> {
  const b = p.b;
  for (let at = 0; at < b.length; ) {
    let type = b[at++];
    if (type & 0x80) type = (type & 0x7f) + ((p.u8(at++) & 0x7f) << 7);
    let byte = p.u8(at++);
    let size = byte & 0x7f;
    for (let n = 1; n < 4 && byte & 0x80; n++) size += ((byte = p.u8(at++)) & 0x7f) << (7 * n);
    // A header cut by the end of the part reads NaN, which the bit operations turn into 0: SheetJS
    // still parses a record of that type, all of whose fields lie past the end.
    yield { type, data: at, end: at + size };
    at += size;
  }
}

/** A wide string (uint32 length, UTF-16) at `at`: where SheetJS is after it; a length past the record's end is damage. */
function wideString(p: Part, at: number, r: Rec, nullable = false): number {
  const cch = p.u32(at);
  if (cch === 0 || (nullable && cch === 0xffffffff)) return at + 4;
  if (2 * cch > Math.max(0, r.end - (at + 4))) throw new Damaged();
  return at + 4 + 2 * cch;
}

/** parse_RichStr: flags, a wide string, then (flag 1) a counted list of 4-byte runs. */
function richString(p: Part, at: number, r: Rec): void {
  const flags = p.u8(at);
  const after = wideString(p, at + 1, r);
  if (!(flags & 1)) return;
  if (4 * p.u32(after) > r.end - (after + 4)) throw new Damaged();
}

/** A `count` × `size` list SheetJS reads without looking at the record's length. */
function countedList(p: Part, at: number, size: number, r: Rec): void {
  if (p.u32(at) * size > r.end - (at + 4)) throw new Damaged();
}

/** What the walk of one package keeps: whether the part is parsed before the workbook, the sheets' parts. */
interface Walk {
  early: boolean;
  sheetParts: string[];
}

/** The text of a wide string wideString() has accepted (nullable: 0xFFFFFFFF is empty). */
function wideText(p: Part, at: number): string {
  const cch = p.u32(at);
  if (cch === 0xffffffff) return "";
  return new TextDecoder("utf-16le").decode(p.b.subarray(at + 4, at + 4 + 2 * cch));
}

/** The parsers that can run away, by record type, as SheetJS's XLSBRecordEnum assigns them. */
function checkRecord(p: Part, r: Rec, ctx: Walk): void {
  const early = ctx.early;
  const d = r.data;
  const has = (n: number) => r.end - d >= n;
  switch (r.type) {
    case 0x0000: // BrtRowHdr
      if (has(4) && p.u32(d) > MAX_ROW) throw new Damaged();
      return;
    case 0x0001: case 0x0002: case 0x0003: case 0x0004: case 0x0005: case 0x0007: // cells: column first
      if (has(4) && p.u32(d) > MAX_COL) throw new Damaged();
      return;
    case 0x0006: // BrtCellSt
      if (has(4) && p.u32(d) > MAX_COL) throw new Damaged();
      wideString(p, d + 8, r);
      return;
    case 0x003e: // BrtCellRString
      if (has(4) && p.u32(d) > MAX_COL) throw new Damaged();
      richString(p, d + 8, r);
      return;
    case 0x0008: // BrtFmlaString: cell, value, 2 flag bytes, formula
    case 0x0009: // BrtFmlaNum: cell, Xnum, flags, formula
    case 0x000a: // BrtFmlaBool: cell, 1 byte, flags, formula
    case 0x000b: // BrtFmlaError
      if (early) throw new Damaged();
      if (has(4) && p.u32(d) > MAX_COL) throw new Damaged();
      formula(p, (r.type === 0x0008 ? wideString(p, d + 8, r) : d + (r.type === 0x0009 ? 16 : 9)) + 2);
      return;
    case 0x01aa: // BrtArrFmla: range, 1 byte, formula
    case 0x01ab: // BrtShrFmla: range, formula
      if (early) throw new Damaged();
      formula(p, d + (r.type === 0x01aa ? 17 : 16));
      return;
    case 0x0027: // BrtName: flags 4, key 1, sheet 4, name, formula, then a comment
      if (early) throw new Damaged();
      wideString(p, formula(p, wideString(p, d + 9, r)), r, true);
      return;
    case 0x016a: // BrtExternSheet: a counted list of 12-byte entries (a 2-byte count and other paths before the workbook)
      if (early) throw new Damaged();
      countedList(p, d, 12, r);
      return;
    case 0x0033: // BrtMdb: a counted list of 8-byte pairs
      countedList(p, d, 8, r);
      return;
    case 0x0011: // BrtShortSt
      wideString(p, d + 4, r);
      return;
    case 0x0013: // BrtSSTItem
    case 0x027d: // BrtCommentText
      richString(p, d, r);
      return;
    case 0x002b: // BrtFont: 21 bytes, then the name
      wideString(p, d + 21, r);
      return;
    case 0x002c: // BrtFmt
      wideString(p, d + 2, r);
      return;
    case 0x0093: // BrtWsProp: 19 bytes, then the code name
      wideString(p, d + 19, r);
      return;
    case 0x0099: // BrtWbProp: a code name when longer than 8 bytes
      if (has(9)) wideString(p, d + 8, r);
      return;
    case 0x009c: // BrtBundleSh: state, tab id, relationship id, name
      wideString(p, wideString(p, d + 8, r, true), r);
      ctx.sheetParts.push(wideText(p, d + 8));
      return;
    case 0x014f: // BrtMdtinfo
      wideString(p, d + 8, r);
      return;
    case 0x028b: // BrtCsProp
      wideString(p, d + 10, r);
      return;
    case 0x0163: // BrtSupBookSrc
    case 0x0226: // BrtDrawing
    case 0x0227: // BrtLegacyDrawing
      wideString(p, d, r, true);
      return;
    case 0x0278: // BrtCommentAuthor
      wideString(p, d, r);
      return;
    case 0x01ee: {
      // BrtHLink: a range, then a relationship id and three strings
      let at = wideString(p, d + 16, r, true);
      for (let i = 0; i < 3; i++) at = wideString(p, at, r);
      return;
    }
  }
}

function checkPart(bytes: Uint8Array, ctx: Walk): void {
  const p = new Part(bytes);
  for (const r of records(p)) checkRecord(p, r, ctx);
}

/** Part names the content types declare as shared strings, styles or external links. */
function earlyByContentType(bytes: Uint8Array, zip: ZipPackage): Set<string> {
  const early = new Set<string>();
  const types = zip.entries.find((e) => e.name.toLowerCase() === "[content_types].xml");
  const raw = types && types.size < 4 * 1024 * 1024 ? packageContent(bytes, zip, types) : null;
  if (!raw) return early;
  const xml = new TextDecoder().decode(raw);
  for (const m of xml.matchAll(/<Override\b[^>]*>/gi)) {
    const name = /PartName="\/?([^"]+)"/i.exec(m[0])?.[1];
    const type = /ContentType="([^"]+)"/i.exec(m[0])?.[1] ?? "";
    if (name && EARLY.test(type)) early.add(name.toLowerCase());
  }
  return early;
}

/**
 * Walks every binary part SheetJS will parse; a Failure (damaged) when one would make it spin, null
 * when it can go ahead. The package has passed inspectZip: sizes and checksums are known good.
 */
export function checkXlsbParts(bytes: Uint8Array, zip: ZipPackage): Failure | null {
  try {
    const early = earlyByContentType(bytes, zip);
    const sheetParts: string[] = [];
    for (const e of zip.entries) {
      const name = e.name.toLowerCase();
      if (!name.endsWith(".bin") || NOT_RECORDS.test(name)) continue;
      const data = entryContent(bytes, e);
      if (!data) return messages.corrupt();
      if (CFB_MAGIC.every((x, i) => data[i] === x)) continue;
      checkPart(data, { early: EARLY.test(name) || early.has(name), sheetParts });
    }
    // One sheet part listed twice is parsed twice (see sheetList.ts).
    return hasRepeats(sheetParts) ? messages.corrupt() : null;
  } catch (e) {
    if (e instanceof Damaged) return messages.corrupt();
    throw e;
  }
}
