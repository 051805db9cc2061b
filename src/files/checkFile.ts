import type { FileCheck } from "../engine/check";
import { checkRead, type Forms } from "./checkRead";
import { readWorkbook, readWorkbookAsync, type ReadLimits, type ReadOptions } from "./index";

export type { Forms } from "./checkRead";

/**
 * Bytes of one file → its report and findings: what every door does with a file a user picked.
 * Synchronous: an Excel 5.0/95 file is read only once the code-page tables are loaded (see
 * checkFileBytesAsync), else it ends as FILE_UNREADABLE saying the format is not read.
 */
export function checkFileBytes(
  bytes: Uint8Array,
  file: string,
  forms: Forms,
  modified: number | null = null,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): FileCheck {
  return checkRead(readWorkbook(bytes, file, limits, options), file, forms, modified);
}

/** checkFileBytes, loading the code-page tables first when the file needs them (Excel 5.0/95). */
export async function checkFileBytesAsync(
  bytes: Uint8Array,
  file: string,
  forms: Forms,
  modified: number | null = null,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): Promise<FileCheck> {
  return checkRead(await readWorkbookAsync(bytes, file, limits, options), file, forms, modified);
}
