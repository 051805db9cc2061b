/**
 * Checks a BIFF8 (Excel 97–2003) or BIFF5 (Excel 5.0/95) workbook stream, the inside of an .xls, for
 * the damage that makes SheetJS loop forever, before SheetJS sees it.
 *
 * SheetJS reads a record's fields without checking the record is long enough; a read past the end
 * gives NaN, and some of its loops then never end: the formula token loop (`while(target !=
 * blob.l)` when the formula length is unread: FORMULA, ARRAY, SHRFMLA records cut short), the
 * PtgMemArea range loop (`i != count`), the EXTERNSHEET loop (`len-- !== 0`) and the one-byte
 * character loop of shared strings (`i != size`, which runs until memory is exhausted). One flipped byte in
 * a formula record is enough, and the page or the CLI would hang (found by fuzzing the fixtures; the
 * tests rebuild each case). This walk mirrors SheetJS's record and formula-token walk and refuses
 * the file as damaged when one of those loops would spin. Everything else SheetJS guards itself: it
 * throws, which we report as "corrupt".
 *
 * BIFF5 streams are read by the same walk with what differs in SheetJS's BIFF5 path: it never reads
 * the data after a formula's tokens (parse_RgbExtra stops at `biff < 8`), its EXTERNSHEET and NAME
 * records hold no counted loop, and most of its strings are decoded by the code-page tables in one
 * call rather than character by character. What remains is the formula length that must be present,
 * and the few records whose text SheetJS still reads character by character (FORMAT, WRITEACCESS,
 * BIFF2 LABEL and FORMAT), whose length must be there too. Both were found by fuzzing damaged copies
 * of the Excel 95 fixtures.
 */
import { KINDS, messages } from "./messages";
import { baseToken, PTG18_SIZE, PTG18_THROWS, PTG19 } from "./ptg";
import type { Failure } from "./types";

const BOF = 0x0809;
/** Every BOF SheetJS counts as opening a substream (BIFF8's, and the older ones). */
const BOFS = new Set([0x0009, 0x0209, 0x0409, 0x0809]);
const EOF = 0x000a;
/** CONTINUE-like records that SheetJS appends to the record before them, with their extra header. */
const CONTINUES: Record<number, number> = { 0x003c: 0, 0x043c: 0, 0x0812: 4, 0x0875: 12, 0x087f: 12 };

/** Token sizes in BIFF8, as SheetJS advances over them; "noop" tokens make it skip to the end. */
const PTG_SIZE: Record<number, number | "noop"> = {
  0x01: 5, 0x02: "noop", 0x1a: 11, 0x1b: 5, 0x1c: 2, 0x1d: 2, 0x1e: 3, 0x1f: 9,
  0x20: 8, 0x21: 3, 0x22: 4, 0x23: 5, 0x24: 5, 0x25: 9, 0x26: 7, 0x27: "noop", 0x28: "noop", 0x29: 3,
  0x2a: 5, 0x2b: 9, 0x2c: 5, 0x2d: 9, 0x2e: 3, 0x2f: 3, 0x39: 7, 0x3a: 7, 0x3b: 11, 0x3c: 7, 0x3d: 11,
};
for (let op = 0x03; op <= 0x16; op++) PTG_SIZE[op] = 1;
type Extra = "array" | "mem" | "throws";

class Hang extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);

/** Walks formula tokens like SheetJS's parse_Rgce; returns the tokens that have extra data after. */
function walkTokens(b: Uint8Array, start: number, cce: number): Extra[] {
  const target = start + cce;
  const extras: Extra[] = [];
  let pos = start;
  while (pos !== target) {
    // Past the buffer, or an unknown token: SheetJS skips straight to the target.
    if (pos >= b.length) break;
    const id = b[pos];
    const base = baseToken(PTG_SIZE, id);
    let size: number;
    if (id === 0x18) {
      const sub = b[pos + 1];
      if (sub === undefined || PTG18_SIZE[sub] === undefined) break;
      if (PTG18_THROWS.has(sub)) extras.push("throws");
      size = PTG18_SIZE[sub];
    } else if (id === 0x19) {
      const sub = b[pos + 1];
      if (sub === undefined || !PTG19.has(sub)) break;
      // PtgAttrChoose: a jump table of (offset + 1) words follows.
      size = sub === 0x04 && pos + 4 <= b.length ? 4 + 2 * (u16(b, pos + 2) + 1) : 4;
    } else if (id === 0x17) {
      // PtgStr: id, cch, flags, then cch characters (SheetJS reads no characters when cch is unread).
      size = pos + 3 > b.length ? 3 : 3 + b[pos + 1] * (b[pos + 2] ? 2 : 1);
    } else {
      const s = base === undefined ? undefined : PTG_SIZE[base];
      if (s === undefined || s === "noop") break;
      size = s;
      if (base === 0x20) extras.push("array");
      if (base === 0x26) extras.push("mem");
    }
    pos += size;
  }
  return extras;
}

/** Walks the data after the tokens (array constants, PtgMemArea ranges) like parse_RgbExtra. */
function walkExtra(b: Uint8Array, start: number, extras: Extra[]): void {
  let pos = start;
  for (const x of extras) {
    if (x === "throws") return;
    if (x === "mem") {
      if (pos + 2 > b.length) throw new Hang(); // `for(i = 0; i != count; ++i)` with count NaN
      pos += 2 + 8 * u16(b, pos);
      continue;
    }
    // Array constant: its first element read past the end throws ("Bad SerAr"), so `i != rows` and
    // `j != cols` with NaN dimensions cannot spin; only the walk to the next PtgArray matters.
    if (pos + 3 > b.length) return;
    const n = (1 + b[pos]) * (1 + u16(b, pos + 1));
    pos += 3;
    for (let k = 0; k < n; k++) {
      if (pos >= b.length) return; // SheetJS throws "Bad SerAr": no loop
      const t = b[pos];
      if (t === 0x00 || t === 0x01 || t === 0x04 || t === 0x10 || t === 0x25) pos += 9;
      else if (t === 0x02) {
        if (pos + 3 > b.length) return; // NaN position: the next element throws
        const cch = u16(b, pos + 1);
        pos += cch === 0 ? 4 : 4 + cch * (b[pos + 3] === 0 ? 1 : 2);
      } else return; // SheetJS throws
    }
  }
}

/** One formula: `cceAt` is where its token length is; extra data follows when the body is longer. */
function checkFormula(b: Uint8Array, cceAt: number, extraFollows: (cce: number) => boolean, skipFFFF: boolean): void {
  if (cceAt + 2 > b.length) throw new Hang(); // the token length itself is missing: NaN target
  const cce = u16(b, cceAt);
  if (skipFFFF && cce === 0xffff) return;
  const extras = walkTokens(b, cceAt + 2, cce);
  if (cce === 0xffff) return;
  if (extraFollows(cce)) walkExtra(b, cceAt + 2 + cce, extras);
}

/**
 * Where SheetJS's 'sbcs-cont'/'dbcs-cont' string read ends: at each CONTINUE boundary it reads a new
 * flag byte that switches the character width, as Excel writes long strings.
 */
function readChars(b: Uint8Array, parts: Set<number>, loc: number, size: number, wide: boolean): number {
  for (let i = 0; i < size; i++) {
    if (parts.has(loc)) return readChars(b, parts, loc + 1, size - i, b[loc] !== undefined && b[loc] !== 0);
    loc += wide ? 2 : 1;
  }
  return loc;
}

/**
 * SST, the shared strings: SheetJS reads strings while `i != count && pos < end`. A string whose
 * 2-byte length is cut by the end of the record gives a NaN length, and its single-byte character
 * loop (`i != size`) then runs until memory runs out (seconds, and a crashed tab in a browser).
 */
function checkSst(b: Uint8Array, parts: Set<number>): void {
  if (b.length < 8) return;
  const count = (b[4] | (b[5] << 8) | (b[6] << 16)) + b[7] * 0x1000000;
  let pos = 8;
  for (let i = 0; i !== count && pos < b.length; i++) {
    if (pos + 2 > b.length) throw new Hang();
    const cch = u16(b, pos);
    if (pos + 3 > b.length) return; // flags unread: a finite read of cch characters, then the end
    const flags = b[pos + 2];
    pos += 3;
    let cRun = 0;
    let cbExtRst = 0;
    if (flags & 0x8) {
      if (pos + 2 > b.length) return; // NaN position: SheetJS's loop test fails and it stops
      cRun = u16(b, pos);
      pos += 2;
    }
    if (flags & 0x4) {
      if (pos + 4 > b.length) return;
      cbExtRst = (b[pos] | (b[pos + 1] << 8) | (b[pos + 2] << 16)) + b[pos + 3] * 0x1000000;
      pos += 4;
    }
    if (cch > 0) pos = readChars(b, parts, pos, cch, (flags & 1) === 1);
    pos += 4 * cRun + cbExtRst;
  }
}

/** BIFF5: only the formula length matters (see the header); the tokens are walked to their end. */
function checkFormulaLength(b: Uint8Array, cceAt: number): void {
  if (cceAt + 2 > b.length) throw new Hang();
}

function checkRecord(type: number, b: Uint8Array, parts: Set<number>, biff: 5 | 8): void {
  switch (type) {
    case 0x00fc:
      return checkSst(b, parts);
    case 0x0007: // BIFF2 STRING, which SheetJS also accepts in a BIFF8 stream: a NaN length loops
      if (b.length === 0) throw new Hang();
      return;
    case 0x0006:
    case 0x0206:
    case 0x0406: // FORMULA: cell 6, value 8, flags 2, chn 4, then cce
      if (biff === 5) return checkFormulaLength(b, 20);
      return checkFormula(b, 20, (cce) => b.length - 20 !== cce + 2, true);
    case 0x0021:
    case 0x0221: // ARRAY: ref 6, flags 2, chn 4, then cce
      if (biff === 5) return checkFormulaLength(b, 12);
      return checkFormula(b, 12, (cce) => b.length - 12 !== cce + 2, true);
    case 0x04bc: // SHRFMLA: ref 6, reserved 1, cUse 1, then cce (tokens parsed even for 0xFFFF)
      if (biff === 5) return checkFormulaLength(b, 8);
      return checkFormula(b, 8, (cce) => b.length - 8 !== cce + 2, false);
    case 0x0018:
    case 0x0218: {
      // NAME: flags 2, chKey 1, cch 1, cce 2, reserved 2, itab 2, reserved 4, name, tokens.
      if (biff === 5) return; // no extra data is read after BIFF5 tokens
      if (b.length < 6) return; // then the name overruns the record and SheetJS skips the tokens
      const cch = b[3];
      const cce = u16(b, 4);
      const nameEnd = 15 + cch * (b[14] === 0 ? 1 : 2);
      if (cce === 0 || nameEnd >= b.length) return;
      const extras = walkTokens(b, nameEnd, cce);
      if (nameEnd + cce !== b.length) walkExtra(b, nameEnd + cce, extras);
      return;
    }
    case 0x0017: // EXTERNSHEET: `while(len-- !== 0)` with len NaN (BIFF8 only: BIFF5's is one string)
      if (biff === 8 && b.length < 2) throw new Hang();
      return;
    // BIFF5 strings read by parse_XLUnicodeString2: a one-byte length, then `cch` characters one by
    // one (`i != size`). A length past the end of the record is NaN, and the loop fills memory.
    case 0x005c: // WRITEACCESS: the user name from the start
    case 0x001e: // BIFF2 FORMAT: the format from the start
      if (biff === 5 && b.length < 1) throw new Hang();
      return;
    case 0x041e: // FORMAT: index 2, then the format
      if (biff === 5 && b.length < 3) throw new Hang();
      return;
    case 0x0004: // BIFF2 LABEL: cell 7, then the text
      if (biff === 5 && b.length < 8) throw new Hang();
      return;
  }
}

const CHECKED = new Set([
  0x0006, 0x0206, 0x0406, 0x0021, 0x0221, 0x04bc, 0x0018, 0x0218, 0x0017, 0x00fc, 0x0007, 0x005c, 0x001e, 0x041e, 0x0004,
]);

export type BiffVersion = 2 | 3 | 4 | 5 | 8;

/**
 * The version a workbook stream declares in its first record: 8 (Excel 97–2003), 5 (Excel 5.0/95,
 * also written as "BIFF7"), 2 to 4 (Excel 2.x–4.x worksheets); null when it does not start with a BOF
 * record SheetJS would read as one of those.
 */
export function biffVersion(stream: Uint8Array): BiffVersion | null {
  if (stream.length < 8) return null;
  switch (u16(stream, 0)) {
    case 0x0009:
      return 2;
    case 0x0209:
      return 3;
    case 0x0409:
      return 4;
    case BOF: {
      const version = u16(stream, 4);
      return version === 0x0500 ? 5 : version === 0x0600 ? 8 : null;
    }
  }
  return null;
}

/**
 * null when SheetJS can be given the stream; otherwise why not (damaged, encrypted, or a version we
 * do not read: only BIFF8 and BIFF5 streams pass). Bounded: every step moves forward through the stream.
 */
export function checkBiffStream(stream: Uint8Array): Failure | null {
  const n = stream.length;
  const biff = biffVersion(stream);
  if (n < 8 || u16(stream, 0) !== BOF) return biff !== null ? messages.unsupported(KINDS.excelOld) : messages.corrupt();
  if (biff !== 5 && biff !== 8) return messages.corrupt();
  let pos = 0;
  let depth = 0;
  let last = -1;
  try {
    while (pos < n - 1) {
      const type = u16(stream, pos);
      if (type === 0 && last === EOF) break;
      if (depth === 0 && !BOFS.has(type)) break; // SheetJS stops after the last substream
      if (pos + 4 > n) {
        // A record header cut by the end of the stream: SheetJS still parses the record, as empty.
        if (CHECKED.has(type)) checkRecord(type, new Uint8Array(0), new Set([0]), biff);
        break;
      }
      const length = u16(stream, pos + 2);
      const start = pos + 4;
      const end = start + length;
      if (end > n) break; // SheetJS throws "Truncated" on it
      last = type;
      // FILEPASS: the records after it are encrypted (Excel's "password to open", or its default
      // password when only the workbook structure is locked). SheetJS cannot decrypt them either.
      if (type === 0x002f) return messages.encrypted();
      if (BOFS.has(type)) {
        // Every substream of a BIFF8 file is BIFF8: SheetJS takes the version again at each BOF of a
        // BIFF8 stream, and another one would switch its token sizes. (In a BIFF5 stream it keeps the
        // first BOF's version, whatever the later ones say.)
        const version = type === BOF && length >= 2 ? u16(stream, start) : 0;
        if (biff === 8 && version !== 0x0600) return messages.corrupt();
        depth++;
      } else if (type === EOF) depth--;
      // The record's body as SheetJS sees it: with the CONTINUE records that follow appended.
      let next = end;
      const parts: Uint8Array[] = [stream.subarray(start, end)];
      while (next + 4 <= n && CONTINUES[u16(stream, next)] !== undefined) {
        const skip = CONTINUES[u16(stream, next)];
        const len = u16(stream, next + 2);
        parts.push(stream.subarray(Math.min(next + 4 + skip, next + 4 + len), Math.min(next + 4 + len, n)));
        next += 4 + len;
      }
      if (CHECKED.has(type)) {
        let body = parts[0];
        const starts = new Set<number>([0]);
        if (parts.length > 1) {
          body = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
          let o = 0;
          for (const p of parts) {
            starts.add(o);
            body.set(p, o);
            o += p.length;
          }
        }
        checkRecord(type, body, starts, biff);
      }
      pos = next;
    }
  } catch (e) {
    if (e instanceof Hang) return messages.corrupt();
    throw e;
  }
  return null;
}
