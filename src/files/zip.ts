/**
 * Looks inside a zip package before SheetJS inflates it. SheetJS inflates every entry into memory at
 * once, trusting the sizes the package declares (and growing without bound when an entry declares 0),
 * so a few KB can ask for gigabytes: a "zip bomb". Here we read the central directory ourselves (the
 * format is simple and fixed), refuse packages whose declared size or compression ratio is over the
 * limits, then inflate each entry as a stream, stopping as soon as it produces more than it declared.
 * Only then does SheetJS see the bytes. The same pass tells xlsx, xlsm, xlsb and ods apart from the
 * entry names, and finds encrypted packages (zip-level or ODF encryption).
 */
import { Inflate } from "fflate";
import { KINDS, messages } from "./messages";
import type { Failure, ReadLimits, VerifyDeflate } from "./types";

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipFormat = "xlsx" | "xlsm" | "xlsb" | "ods";

/** Below this inflated total a package cannot hurt, whatever its ratio (a 5 KB xlsx may well be 300:1). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: bounds one step's output to about 16 MB. */
const CHUNK = 16 * 1024;

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

class Reader {
  constructor(readonly bytes: Uint8Array) {}
  ok(at: number, len: number): boolean {
    return at >= 0 && len >= 0 && at + len <= this.bytes.length;
  }
  u16(at: number): number {
    return this.bytes[at] | (this.bytes[at + 1] << 8);
  }
  u32(at: number): number {
    return (this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16)) + this.bytes[at + 3] * 0x1000000;
  }
  /** 64-bit little-endian as a JS number (exact below 2^53, far above any size we accept). */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }
}

/** The central directory's entries, or null when the bytes are not a well-formed zip. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const r = new Reader(bytes);
  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes: search backwards.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (r.u32(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdOffset = r.u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the real numbers are in the zip64 end record, found through its locator.
    const loc = eocd - 20;
    if (!r.ok(loc, 20) || r.u32(loc) !== SIG_EOCD64_LOCATOR) return null;
    const at = r.u64(loc + 8);
    if (!r.ok(at, 56) || r.u32(at) !== SIG_EOCD64) return null;
    count = r.u64(at + 32);
    cdSize = r.u64(at + 40);
    cdOffset = r.u64(at + 48);
  }
  if (!r.ok(cdOffset, cdSize)) return null;
  // Each entry takes at least 46 bytes: a count the directory cannot hold is a lie.
  if (count * 46 > cdSize) return null;

  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (!r.ok(p, 46) || r.u32(p) !== SIG_CENTRAL) return null;
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    const crc = r.u32(p + 16);
    let compressedSize = r.u32(p + 20);
    let size = r.u32(p + 24);
    const nameLen = r.u16(p + 28);
    const extraLen = r.u16(p + 30);
    const commentLen = r.u16(p + 32);
    let localOffset = r.u32(p + 42);
    if (!r.ok(p + 46, nameLen + extraLen + commentLen)) return null;
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field: 64-bit values for exactly those fields that hold 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = r.u16(e);
      const len = r.u16(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const take = (): number | null => (q + 8 <= e + 4 + len ? ((q += 8), r.u64(q - 8)) : null);
        if (size === 0xffffffff) size = take() ?? size;
        if (compressedSize === 0xffffffff) compressedSize = take() ?? compressedSize;
        if (localOffset === 0xffffffff) localOffset = take() ?? localOffset;
      }
      e += 4 + len;
    }
    entries.push({ name, flags, method, crc, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's compressed bytes are, from its local header; null when out of the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const r = new Reader(bytes);
  const at = entry.localOffset;
  if (!r.ok(at, 30) || r.u32(at) !== SIG_LOCAL) return null;
  const start = at + 30 + r.u16(at + 26) + r.u16(at + 28);
  if (!r.ok(start, entry.compressedSize)) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** CRC-32 (the zip polynomial), table-driven. */
const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crcUpdate(crc: number, data: Uint8Array): number {
  let c = crc ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** An inflater that checks size and CRC itself (the CLI's native zlib: src/cli/zlib.ts), else fflate. */
type CheckedInflate = (data: Uint8Array, size: number, crc: number) => Uint8Array | null;
let nativeInflate: CheckedInflate | null = null;

/** Reads the entries we inflate ourselves (sheet list, content types, .ods and .xlsb checks) with `inflate`. */
export function useNativeInflate(inflate: CheckedInflate): void {
  nativeInflate = inflate;
}

/**
 * Inflates one entry, refusing to produce more than it declared, and checks its CRC (SheetJS does
 * not: a damaged entry that still inflates would silently give wrong figures). Returns the bytes when
 * `keep`, an empty array otherwise (the point is then only to prove the entry honest), or null when
 * the entry is damaged or lies about its size.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, keep: boolean): Uint8Array | null {
  const data = entryData(bytes, entry);
  if (!data) return null;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size || crcUpdate(0, data) !== entry.crc) return null;
    return keep ? data : new Uint8Array(0);
  }
  if (nativeInflate && entry.method === 8 && data.length > 0) {
    const out = nativeInflate(data, entry.size, entry.crc);
    return out && !keep ? new Uint8Array(0) : out;
  }
  const parts: Uint8Array[] = [];
  let produced = 0;
  let crc = 0;
  let over = false;
  try {
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > entry.size) {
        over = true;
        return;
      }
      crc = crcUpdate(crc, chunk);
      if (keep) parts.push(chunk.slice());
    });
    if (data.length === 0) return entry.size === 0 && entry.crc === 0 ? new Uint8Array(0) : null;
    for (let off = 0; off < data.length && !over; off += CHUNK) {
      const end = Math.min(off + CHUNK, data.length);
      inflater.push(data.subarray(off, end), end === data.length);
    }
  } catch {
    return null; // invalid deflate data, or the stream ends before its last block (a truncated file)
  }
  if (over || produced !== entry.size || crc !== entry.crc) return null;
  if (!keep) return new Uint8Array(0);
  const out = new Uint8Array(produced);
  let o = 0;
  for (const part of parts) {
    out.set(part, o);
    o += part.length;
  }
  return out;
}

function verifyWith(verify: VerifyDeflate, bytes: Uint8Array, entry: ZipEntry): boolean {
  const data = entryData(bytes, entry);
  try {
    return data !== null && verify(data, entry.size, entry.crc);
  } catch {
    return false;
  }
}

/** An entry's inflated bytes, checked against its declared size and CRC; null when damaged. */
export function entryContent(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  return inflateEntry(bytes, entry, true);
}

function entryText(bytes: Uint8Array, entry: ZipEntry | undefined, maxSize: number): string | null {
  if (!entry || entry.size > maxSize) return null;
  const raw = inflateEntry(bytes, entry, true);
  return raw ? new TextDecoder("utf-8").decode(raw) : null;
}

/** A package inspectZip has passed: its format, and its entries for the checks of its contents. */
export interface ZipPackage {
  format: ZipFormat;
  entries: ZipEntry[];
  /**
   * The XML parts' bytes, inflated once to prove them and kept for whoever reads them next
   * (packageContent: the checks of the contents, the direct .xlsx reader, which lets each go once read).
   */
  xml: Map<ZipEntry, Uint8Array>;
}

/** The parts a reader of the package's XML will read (worksheets, strings, styles, relationships). */
const XML_PART = /\.(?:xml|rels)$/i;

/** A package's entry, inflated: the bytes inspectZip kept (an XML part), else inflated now, checked. */
export function packageContent(bytes: Uint8Array, zip: ZipPackage, entry: ZipEntry): Uint8Array | null {
  return zip.xml.get(entry) ?? entryContent(bytes, entry);
}

/**
 * Checks a zip package against the limits and tells which workbook format it holds. Never throws.
 * After it returns a format, SheetJS can inflate the package without surprises.
 */
export function inspectZip(bytes: Uint8Array, limits: ReadLimits, verifyDeflate?: VerifyDeflate): ZipPackage | Failure {
  const entries = listZipEntries(bytes);
  if (!entries) return messages.corrupt();
  if (entries.length === 0) return messages.empty();

  // Declared sizes first: nothing is inflated for a package that announces itself as too big.
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limits.maxUncompressedBytes) return messages.tooManyUncompressed(declared, limits.maxUncompressedBytes);
  const ratio = declared / Math.max(1, bytes.length);
  if (declared > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) return messages.compressionRatio(ratio, limits.maxCompressionRatio);

  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.toLowerCase(), e);
  const has = (name: string) => byName.has(name);

  // Zip-level password (flag bit 0; bit 6 is "strong encryption"): 7-Zip or WinRAR "encrypt".
  if (entries.some((e) => (e.flags & 0x41) !== 0)) return messages.encrypted();

  const format = classify(bytes, byName, has);
  if (typeof format !== "string") return format;

  // Only deflate and store are read by SheetJS (and written by every spreadsheet program).
  if (entries.some((e) => e.method !== 0 && e.method !== 8)) return messages.unsupported(KINDS.zipMethod);
  // Prove every entry honest: SheetJS will inflate them all.
  const xml = new Map<ZipEntry, Uint8Array>();
  for (const e of entries) {
    if (e.name.endsWith("/") && e.size === 0) continue; // a folder
    if (XML_PART.test(e.name)) {
      const content = inflateEntry(bytes, e, true);
      if (!content) return messages.corrupt();
      xml.set(e, content);
    } else if (!(verifyDeflate && e.method === 8 ? verifyWith(verifyDeflate, bytes, e) : inflateEntry(bytes, e, false))) return messages.corrupt();
  }
  return { format, entries, xml };
}

const SMALL_XML = 4 * 1024 * 1024;

function classify(bytes: Uint8Array, byName: Map<string, ZipEntry>, has: (n: string) => boolean): ZipFormat | Failure {
  if (has("mimetype")) {
    const mimetype = entryText(bytes, byName.get("mimetype"), 256);
    if (mimetype === null) return messages.corrupt();
    const type = mimetype.trim();
    if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
      // ODF encrypts each entry and says so in the manifest; the zip itself looks normal.
      const manifest = entryText(bytes, byName.get("meta-inf/manifest.xml"), SMALL_XML);
      if (manifest === null) return messages.corrupt();
      if (manifest.includes("encryption-data")) return messages.encrypted();
      return "ods";
    }
    if (type.startsWith("application/vnd.oasis.opendocument.text")) return messages.notWorkbook(KINDS.odfText);
    if (type.startsWith("application/vnd.oasis.opendocument")) return messages.notWorkbook(KINDS.odfOther);
  }
  if (has("xl/workbook.bin")) return "xlsb";
  if (has("xl/workbook.xml")) {
    const types = entryText(bytes, byName.get("[content_types].xml"), SMALL_XML);
    if (types === null) return messages.corrupt();
    return /macroEnabled\.main\+xml/i.test(types) || has("xl/vbaproject.bin") ? "xlsm" : "xlsx";
  }
  if (has("word/document.xml")) return messages.notWorkbook(KINDS.word);
  if (has("ppt/presentation.xml")) return messages.notWorkbook(KINDS.powerpoint);
  if (has("index/document.iwa")) return messages.unsupported(KINDS.numbers);
  // "[Content_Types].xml" alone, or anything else zipped: not something we can read as a workbook.
  return messages.notWorkbook(KINDS.zip);
}
