import { deflateRawSync } from "node:zlib";
import type { Compress } from "../xlsx/index";

/**
 * Node's native deflate for the .xlsx writer: several times faster than fflate on the tens of MB a batch
 * writes. Apart from zlib.ts (the readers' inflate), so that the command's main thread, which only
 * writes, never loads SheetJS, which zlib.ts hooks.
 */
export const nodeDeflate: Compress = (data) => deflateRawSync(data, { level: 1 });
