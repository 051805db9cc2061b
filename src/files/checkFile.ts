import { checkGrids, unreadableFile, type FileCheck } from "../engine/check";
import type { Template } from "../templates/types";
import { readWorkbook, readWorkbookAsync, type ReadLimits, type ReadOptions, type WorkbookRead } from "./index";

function checkRead(read: WorkbookRead, file: string, template: Template, modified: number | null): FileCheck {
  if (!read.ok) return unreadableFile(file, read.reason, modified);
  return checkGrids(read.grids, file, template, modified);
}

/**
 * Bytes of one file → its report and findings: what every door does with a file a user picked.
 * Synchronous: an Excel 5.0/95 file is read only once the code-page tables are loaded (see
 * checkFileBytesAsync), else it ends as FILE_UNREADABLE saying the format is not read.
 */
export function checkFileBytes(
  bytes: Uint8Array,
  file: string,
  template: Template,
  modified: number | null = null,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): FileCheck {
  return checkRead(readWorkbook(bytes, file, limits, options), file, template, modified);
}

/** checkFileBytes, loading the code-page tables first when the file needs them (Excel 5.0/95). */
export async function checkFileBytesAsync(
  bytes: Uint8Array,
  file: string,
  template: Template,
  modified: number | null = null,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): Promise<FileCheck> {
  return checkRead(await readWorkbookAsync(bytes, file, limits, options), file, template, modified);
}
