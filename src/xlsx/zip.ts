import { deflateSync, Zip, ZipPassThrough } from "fflate";
import { concatBytes } from "./bytes";
import { crc32 } from "./crc32";

/** Raw deflate (RFC 1951) of one whole part. */
export type Compress = (data: Uint8Array) => Uint8Array;
/** CRC-32 (the zip checksum) of one whole part. */
export type Checksum = (data: Uint8Array) => number;

/**
 * fflate's own deflate: pure JavaScript, so it runs in the browser. Level 1 because a consolidation's
 * `Dữ liệu` sheet is tens of MB of repetitive XML and speed matters more than the last few percent.
 * Node doors pass `zlib.deflateRawSync`, several times faster (see the README's benchmark).
 */
export const fflateDeflate: Compress = (data) => deflateSync(data, { level: 1 });

/**
 * Packs the parts into a zip archive with fflate's streaming `Zip`. Each entry is compressed by
 * `compress` through fflate's documented extension point: a `ZipPassThrough` subclass whose
 * `process` emits method-8 data. fflate keeps the container work (headers, data descriptors,
 * central directory). Streamed entries carry their sizes and CRC in
 * data descriptors after the data, as Java's ZipOutputStream and Go's archive/zip also write them;
 * Excel, LibreOffice and SheetJS read such files (the LibreOffice test covers the last two).
 *
 * Determinism: fflate stamps entries with the current time unless told otherwise, so every entry
 * gets the same fixed time. The date is built from local-time fields because zip (DOS) times are
 * local: the stamp is then the same whatever the machine's time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

/** A zip entry whose data is deflated in one piece by `compress`. */
class FastDeflateEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly compress: Compress,
    private readonly checksum: Checksum,
  ) {
    super(filename);
    this.compression = 8; // deflate
    this.mtime = FIXED_MTIME;
  }

  /**
   * Takes the whole part in one call. Replaces the base `push` only to use a faster CRC-32;
   * size, CRC and data are set exactly as the base class would, before fflate reads them.
   */
  override push(chunk: Uint8Array<ArrayBuffer>, final = true): void {
    if (!final) throw new Error("FastDeflateEntry: push the whole part at once");
    this.size = chunk.length;
    this.crc = this.checksum(chunk);
    this.process(chunk, true);
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.compress(chunk) as Uint8Array<ArrayBuffer>, final);
  }
}

export function zipParts(parts: ReadonlyArray<[path: string, xml: string | Uint8Array]>, compress: Compress = fflateDeflate, checksum: Checksum = crc32): Uint8Array {
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  // Everything below runs synchronously: the callback has fired for every chunk by `end()`.
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else out.push(chunk);
  });
  // Order is kept; [Content_Types].xml comes first by convention.
  for (const [path, xml] of parts) {
    const entry = new FastDeflateEntry(path, compress, checksum);
    zip.add(entry);
    const data = typeof xml === "string" ? encoder.encode(xml) : xml;
    entry.push(data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(out);
}
