/**
 * Builds damaged .xlsb files from the fixture by editing its BIFF12 record streams: the inputs of the
 * .xlsb walker's tests (test/files/xlsb.test.ts) and of the fuzzer's pinned cases (test/fuzz/known.test.ts).
 */
import { readFileSync } from "node:fs";
import { unzipSync, zipSync } from "fflate";

export const XLSB = "test/fixtures/files/bao-cao.xlsb";
export const SHEET = "xl/worksheets/sheet1.bin";

export interface XlsbRecord {
  type: number;
  /** Where the record's header starts. */
  at: number;
  /** Where its data starts, and how long it is. */
  data: number;
  size: number;
}

/** BIFF12 records: a 1–2 byte type and a 1–4 byte size, 7 bits a byte, then the data. */
export function* records(b: Uint8Array): Generator<XlsbRecord> {
  for (let p = 0; p < b.length; ) {
    const at = p;
    let type = b[p++];
    if (type & 0x80) type = (type & 0x7f) | ((b[p++] & 0x7f) << 7);
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const x = b[p++];
      size |= (x & 0x7f) << shift;
      if (!(x & 0x80) || shift === 21) break;
    }
    yield { type, at, data: p, size };
    p += size;
  }
}

/** One record's bytes: its header (type and size, 7 bits a byte) and `data`. */
export function record(type: number, data: number[] | Uint8Array): Uint8Array {
  const head = type > 0x7f ? [(type & 0x7f) | 0x80, type >> 7] : [type];
  let size = data.length;
  do {
    head.push((size & 0x7f) | (size > 0x7f ? 0x80 : 0));
    size >>= 7;
  } while (size > 0);
  return new Uint8Array([...head, ...data]);
}

/** Little-endian bytes of a uint32, a uint16 and a UTF-16 wide string (uint32 length first). */
export const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
export const wide = (s: string) => [...u32(s.length), ...[...s].flatMap((c) => u16(c.charCodeAt(0)))];

/** The fixture with one part replaced by `edit` of it. */
export function xlsbWithPart(part: string, edit: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(XLSB)));
  if (!files[part]) throw new Error(`the fixture changed: no ${part}`);
  files[part] = new Uint8Array(edit(new Uint8Array(files[part])));
  return zipSync(files);
}

/** `extra` put right after the part's first record (BrtBeginSheet, BrtBeginBook, BrtBeginStyleSheet…). */
export const withRecordAfterFirst = (part: string, extra: Uint8Array) =>
  xlsbWithPart(part, (b) => {
    const first = records(b).next().value!;
    const end = first.data + first.size;
    return new Uint8Array([...b.subarray(0, end), ...extra, ...b.subarray(end)]);
  });

/** `extra` put right before the part's first record of `type` (BrtEndSheetData 0x92, BrtEndBundleShs 0x90…). */
export const withRecordBefore = (part: string, type: number, extra: Uint8Array) =>
  xlsbWithPart(part, (b) => {
    const at = [...records(b)].find((r) => r.type === type)?.at;
    if (at === undefined) throw new Error(`the fixture changed: no record 0x${type.toString(16)} in ${part}`);
    return new Uint8Array([...b.subarray(0, at), ...extra, ...b.subarray(at)]);
  });

/** The part with the uint32 at `offset` into the data of its first record of `type` set to `value`. */
export const withRecordUint32 = (part: string, type: number, offset: number, value: number) =>
  xlsbWithPart(part, (b) => {
    const r = [...records(b)].find((x) => x.type === type);
    if (!r) throw new Error(`the fixture changed: no record 0x${type.toString(16)} in ${part}`);
    new DataView(b.buffer).setUint32(r.data + offset, value, true);
    return b;
  });

/** The first cell record (types 1–8, each starting with its uint32 column) moved to `col`. */
export const cellAtColumn = (col: number) =>
  xlsbWithPart(SHEET, (sheet) => {
    const cell = [...records(sheet)].find((r) => r.type >= 1 && r.type <= 8);
    if (!cell) throw new Error("the fixture changed: no cell record in sheet1.bin");
    new DataView(sheet.buffer).setUint32(cell.data, col, true);
    return sheet;
  });

/** A BrtMdb record (0x0033: a count, then count 8-byte pairs) saying `count` and holding `pairs` pairs. */
export const mdbCount = (count: number, pairs = 0, part = SHEET) =>
  withRecordAfterFirst(part, record(0x33, [...u32(count), ...Array.from({ length: pairs }, (_, i) => [...u32(i), ...u32(1)]).flat()]));
