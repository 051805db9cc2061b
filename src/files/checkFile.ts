import { checkGrids, unreadableFile, type FileCheck } from "../engine/check";
import { checkWorkbook, type CheckWorkbookOptions } from "../engine/forms/checkWorkbook";
import type { Template } from "../templates/types";
import { readWorkbook, readWorkbookAsync, type ReadLimits, type ReadOptions, type WorkbookRead } from "./index";

/**
 * What to look for: BC-XDĐ's template alone (today's reading, as the tests and bench pin it), or a form set
 * (BC-XDĐ and every other form a template describes: issue 9).
 */
export type Forms = Template | CheckWorkbookOptions;

function checkRead(read: WorkbookRead, file: string, forms: Forms, modified: number | null): FileCheck {
  if (!read.ok) return unreadableFile(file, read.reason, modified);
  return "bcxdd" in forms ? checkWorkbook(read.grids, file, forms, modified) : checkGrids(read.grids, file, forms, modified);
}

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
