import { checkGrids, unreadableFile, type FileCheck } from "../engine/check";
import { checkWorkbook, type CheckWorkbookOptions } from "../engine/forms/checkWorkbook";
import type { Template } from "../templates/types";
import type { WorkbookRead } from "./types";

/**
 * What to look for: BC-XDĐ's template alone (today's reading, as the tests and bench pin it), or a form set
 * (BC-XDĐ and every other form a template describes: issue 9).
 */
export type Forms = Template | CheckWorkbookOptions;

/** A file's reading → its check: FILE_UNREADABLE with the reason, or its reports and findings. */
export function checkRead(read: WorkbookRead, file: string, forms: Forms, modified: number | null): FileCheck {
  if (!read.ok) return unreadableFile(file, read.reason, modified);
  return "bcxdd" in forms ? checkWorkbook(read.grids, file, forms, modified) : checkGrids(read.grids, file, forms, modified);
}
