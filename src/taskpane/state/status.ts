import type { Finding, UnitStatus } from "../../engine";

/**
 * The one word a file row shows in the Tổng hợp list. The values are Vietnamese because they are also
 * the rows' `data-status` (a contract with the browser tests); the English labels live in i18n.
 */
export const FILE_STATUSES = ["hợp lệ", "cảnh báo", "lỗi", "trùng", "khác kỳ", "không đọc được"] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export interface StatusInput {
  /** The file's bytes could not be read as a workbook at all. */
  unreadable: boolean;
  /** A sheet that looks like the form was found. */
  hasReport: boolean;
  /** The status the consolidation gave this file, when it has been consolidated (or previewed). */
  entryStatus?: UnitStatus | null;
  /** The file's own findings and the consolidation's findings about it. */
  findings: readonly Pick<Finding, "rule" | "severity">[];
}

/**
 * Why one status wins over another: a file that cannot be used at all says so first; a duplicate or a
 * report of another period is left out of the totals whatever its own findings; only then does the worst
 * finding decide (a unit outside the roster is a warning finding of the consolidation).
 */
export function fileStatus(input: StatusInput): FileStatus {
  const { entryStatus, findings } = input;
  if (input.unreadable || !input.hasReport || entryStatus === "unreadable") return "không đọc được";
  if (entryStatus === "duplicate" || findings.some((f) => f.rule === "UNIT_DUPLICATE")) return "trùng";
  if (entryStatus === "period_mismatch" || findings.some((f) => f.rule === "PERIOD_MISMATCH")) return "khác kỳ";
  if (findings.some((f) => f.severity === "error")) return "lỗi";
  if (findings.some((f) => f.severity === "warning") || entryStatus === "unexpected") return "cảnh báo";
  return "hợp lệ";
}
