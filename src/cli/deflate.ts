import { deflateRawSync, type ZlibOptions } from "node:zlib";
import type { Compress } from "../xlsx/index";

/**
 * zlib's options for a part. The output buffer has room for the whole result, so the result is that one
 * buffer, never 16 KB pieces copied together (data that does not compress needs a second buffer, which
 * zlib takes by itself), and the room left unwritten is never touched, so it costs no memory.
 */
const optionsFor = (data: Uint8Array): ZlibOptions => ({ level: 1, chunkSize: Math.max(64 * 1024, data.length + 1024) });

/**
 * Node's native deflate for the .xlsx writer: several times faster than fflate on the tens of MB a batch
 * writes. Apart from zlib.ts (the readers' inflate), so that the command's main thread, which only
 * writes, never loads SheetJS, which zlib.ts hooks.
 */
export const nodeDeflate: Compress = (data) => deflateRawSync(data, optionsFor(data));
