import { constants, inflateRawSync } from "node:zlib";
import { nodeCrc32 } from "./deflate";
import { whenParser, type ReadOptions } from "../files/read";
import { useNativeInflate } from "../files/zip";

/**
 * Node's native zlib for the readers' pure-JavaScript defaults (the writer's deflate: deflate.ts): several times faster than fflate
 * on the tens of MB a batch inflates and deflates (see the README's benchmark).
 */

/** Inflates a zip entry, never past its declared size; null when damaged, longer or shorter, or its CRC is wrong. */
function inflateChecked(data: Uint8Array, size: number, crc: number): Uint8Array | null {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    return out.length === size && nodeCrc32(out) === crc ? out : null;
  } catch {
    return null; // damaged data, or more than declared
  }
}

/** Proves a zip entry honest before SheetJS reads it: never more than its declared size, right CRC. */
export const nodeReadOptions: ReadOptions = {
  verifyDeflate: (data, size, crc) => inflateChecked(data, size, crc) !== null,
};

/**
 * SheetJS's own inflater is JavaScript (about a fifth of its time on a unit's workbook, measured with
 * --cpu-prof); it takes a zlib instead through CFB's use_zlib, which calls a Node-internal
 * `_processChunk` and reads the deprecated `bytesRead` (a warning on the user's terminal). This stand-in
 * gives it the same through the public API: the inflated bytes, and how many input bytes the stream
 * took. It only ever sees entries zip.ts has already inflated in full against their declared size and
 * CRC (inspectZip runs before SheetJS), so it yields exactly the bytes that were checked.
 */
class InflateRaw {
  readonly _finishFlushFlag = constants.Z_FINISH;
  bytesRead = 0;
  _processChunk(chunk: Uint8Array): Buffer {
    const { buffer, engine } = inflateRawSync(chunk, { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    this.bytesRead = engine.bytesWritten;
    return buffer;
  }
}

let native = false;
/** Native zlib for SheetJS and for the entries zip.ts reads itself; once per thread (the CLI's readers). */
export function useNodeZlib(): void {
  if (native) return;
  native = true;
  // SheetJS gets it when the reader has it (at once in-process; in a reading worker, when a file
  // first needs SheetJS).
  whenParser((p) => p.useZlib({ InflateRaw }));
  useNativeInflate(inflateChecked);
}
