import { checkGrids, unreadableFile, type FileCheck } from "../engine/check";
import type { Template } from "../templates/types";
import { readWorkbook, type ReadLimits, type ReadOptions } from "./index";

/** Bytes of one file → its report and findings: what every door does with a file a user picked. */
export function checkFileBytes(
  bytes: Uint8Array,
  file: string,
  template: Template,
  modified: number | null = null,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): FileCheck {
  const read = readWorkbook(bytes, file, limits, options);
  if (!read.ok) return unreadableFile(file, read.reason, modified);
  return checkGrids(read.grids, file, template, modified);
}
