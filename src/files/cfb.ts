/**
 * A minimal reader for OLE2 compound files ([MS-CFB]), the container of .xls workbooks, of
 * password-protected xlsx/xlsm/xlsb files ("EncryptionInfo" + "EncryptedPackage" streams) and of
 * Word or PowerPoint documents.
 *
 * Why our own rather than SheetJS's: SheetJS builds the stream paths by following the directory's
 * parent links without a guard, so a damaged directory whose links form a loop never returns, and it
 * parses the summary property streams with loops that a damaged length turns infinite. Here every
 * loop is bounded by the size of the file: sector chains stop at a sector seen twice, and entries are
 * read as a flat list (no tree walking). SheetJS then gets only the workbook stream itself.
 */
import { KINDS, messages } from "./messages";
import type { Failure } from "./types";

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const MAX_REG_SECT = 0xfffffffa;

interface DirEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

class Broken extends Error {}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new Broken();
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new Broken();
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

export class CompoundFile {
  private readonly sectorSize: number;
  private readonly fat: number[] = [];
  private readonly entries: DirEntry[] = [];
  private miniFat: number[] | null = null;
  private miniStream: Uint8Array | null = null;
  private readonly miniCutoff: number;
  private readonly miniSectorSize: number;

  /** Throws Broken on anything malformed; use openCompoundFile. */
  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512) throw new Broken();
    const shift = u16(bytes, 30);
    const miniShift = u16(bytes, 32);
    if ((shift !== 9 && shift !== 12) || miniShift !== 6) throw new Broken();
    this.sectorSize = 1 << shift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = u32(bytes, 56);
    const perSector = this.sectorSize / 4;

    // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = u32(bytes, 76 + 4 * i);
      if (s <= MAX_REG_SECT) fatSectors.push(s);
    }
    const seenDifat = new Set<number>();
    for (let d = u32(bytes, 68); d <= MAX_REG_SECT; ) {
      if (seenDifat.has(d) || seenDifat.size > this.sectorCount()) throw new Broken();
      seenDifat.add(d);
      const at = this.sectorOffset(d);
      for (let i = 0; i < perSector - 1; i++) {
        const s = u32(bytes, at + 4 * i);
        if (s <= MAX_REG_SECT) fatSectors.push(s);
      }
      d = u32(bytes, at + 4 * (perSector - 1));
    }
    if (fatSectors.length > this.sectorCount() + 1) throw new Broken();
    for (const s of fatSectors) {
      const at = this.sectorOffset(s);
      // A file cut short keeps its FAT readable up to its end: missing FAT sectors mean missing data.
      for (let i = 0; i < perSector; i++) this.fat.push(u32(bytes, at + 4 * i));
    }

    // Directory: 128-byte entries along the directory chain, read as a flat list.
    const dir = this.readChain(u32(bytes, 48), Number.POSITIVE_INFINITY);
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const type = dir[at + 66];
      if (type === 0) continue; // unused slot
      const nameLen = Math.min(64, u16(dir, at + 64));
      let name = "";
      for (let i = 0; i + 1 < nameLen - 1; i += 2) name += String.fromCharCode(dir[at + i] | (dir[at + i + 1] << 8));
      this.entries.push({ name, type, start: u32(dir, at + 116), size: u32(dir, at + 120) });
    }
    if (this.entries.length === 0 || this.entries[0].type !== 5) throw new Broken(); // no root entry
  }

  private sectorCount(): number {
    return Math.ceil(this.bytes.length / this.sectorSize);
  }

  private sectorOffset(s: number): number {
    const at = (s + 1) * this.sectorSize;
    if (at >= this.bytes.length) throw new Broken(); // the file ends before this sector
    return at;
  }

  /** A FAT chain's bytes (at most `limit`); a chain that loops or leaves the file is Broken. */
  private readChain(start: number, limit: number): Uint8Array {
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s !== END_OF_CHAIN; s = this.fat[s]) {
      if (s > MAX_REG_SECT || s >= this.fat.length || seen.has(s)) throw new Broken();
      seen.add(s);
      sectors.push(s);
      if (sectors.length * this.sectorSize >= limit) break;
    }
    const total = Math.min(limit, sectors.length * this.sectorSize);
    const out = new Uint8Array(total);
    let o = 0;
    for (const s of sectors) {
      const at = this.sectorOffset(s);
      const n = Math.min(this.sectorSize, total - o);
      if (at + n > this.bytes.length) throw new Broken();
      out.set(this.bytes.subarray(at, at + n), o);
      o += n;
      if (o >= total) break;
    }
    return out;
  }

  private readMini(start: number, size: number): Uint8Array {
    if (!this.miniFat) {
      const root = this.entries[0];
      const miniFatBytes = this.readChain(u32(this.bytes, 60), u32(this.bytes, 64) * this.sectorSize);
      this.miniFat = [];
      for (let i = 0; i + 4 <= miniFatBytes.length; i += 4) this.miniFat.push(u32(miniFatBytes, i));
      this.miniStream = root.start <= MAX_REG_SECT ? this.readChain(root.start, root.size) : new Uint8Array(0);
    }
    const fat = this.miniFat;
    const stream = this.miniStream!;
    const out = new Uint8Array(size);
    const seen = new Set<number>();
    let o = 0;
    for (let s = start; o < size; s = fat[s]) {
      if (s === END_OF_CHAIN || s === FREE_SECT || s >= fat.length || seen.has(s)) throw new Broken();
      seen.add(s);
      const at = s * this.miniSectorSize;
      const n = Math.min(this.miniSectorSize, size - o);
      if (at + n > stream.length) throw new Broken();
      out.set(stream.subarray(at, at + n), o);
      o += n;
    }
    return out;
  }

  /** Names of all streams and storages, upper-cased (names in a compound file ignore case). */
  names(): Set<string> {
    return new Set(this.entries.map((e) => e.name.toUpperCase()));
  }

  /** A stream's content by name (case-insensitive), or null when absent. Throws Broken when damaged. */
  stream(name: string): Uint8Array | null {
    const e = this.entries.find((x) => x.type === 2 && x.name.toUpperCase() === name.toUpperCase());
    if (!e) return null;
    if (e.size > this.bytes.length) throw new Broken(); // a stream cannot be bigger than its file
    if (e.size === 0) return new Uint8Array(0);
    if (e.size < this.miniCutoff) return this.readMini(e.start, e.size);
    const data = this.readChain(e.start, e.size);
    if (data.length < e.size) throw new Broken();
    return data;
  }
}

/** The compound file, or null when it is damaged. */
export function openCompoundFile(bytes: Uint8Array): CompoundFile | null {
  try {
    return new CompoundFile(bytes);
  } catch {
    return null;
  }
}

/**
 * The BIFF workbook stream to hand to SheetJS, or why there is none: "Workbook" in Excel 97–2003
 * files (BIFF8), "Book" in Excel 5.0/95 ones (BIFF5; biff.ts tells the version from the stream).
 */
export function workbookStream(bytes: Uint8Array): Uint8Array | Failure {
  const cfb = openCompoundFile(bytes);
  if (!cfb) return messages.corrupt();
  const names = cfb.names();
  if (names.has("ENCRYPTEDPACKAGE") || names.has("ENCRYPTIONINFO")) return messages.encrypted();
  try {
    const workbook = cfb.stream("Workbook") ?? cfb.stream("Book");
    if (workbook) return workbook;
  } catch {
    return messages.corrupt();
  }
  if (names.has("WORDDOCUMENT")) return messages.notWorkbook(KINDS.word);
  if (names.has("POWERPOINT DOCUMENT")) return messages.notWorkbook(KINDS.powerpoint);
  return messages.notWorkbook(KINDS.ole);
}
