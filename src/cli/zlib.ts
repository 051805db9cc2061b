import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ReadOptions } from "../files/index";
import type { Compress } from "../xlsx/index";

/**
 * Node's native zlib for the two doors' pure-JavaScript defaults: several times faster than fflate
 * on the tens of MB a batch inflates and deflates (see the README's benchmark).
 */

/** Deflate for the .xlsx writer. */
export const nodeDeflate: Compress = (data) => deflateRawSync(data, { level: 1 });

/** Proves a zip entry honest before SheetJS reads it: never more than its declared size, right CRC. */
export const nodeReadOptions: ReadOptions = {
  verifyDeflate(data, size, crc) {
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      return out.length === size && crc32(out) === crc;
    } catch {
      return false; // damaged data, or more than declared
    }
  },
};
