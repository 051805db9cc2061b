import type { FormSheetReport } from "./forms/types";
import { finding, type Finding, type Localized } from "./findings";
import type { Grid } from "./grid";
import { msg } from "./messages";
import { readReport } from "./read/report";
import type { Report } from "./report";
import type { Template } from "../templates/types";
import { validateReport } from "./validate/report";

/** What one file gave: its report (when it holds the form) and every finding about it. */
export interface FileCheck {
  file: string;
  /** Last modification time (ms since 1970), when the door knows it; orders resubmissions. */
  modified: number | null;
  report: Report | null;
  findings: Finding[];
  unreadable: boolean;
  /** The other forms the workbook holds (BTCTW-1…, a committee's own), one per sheet, when any. */
  forms?: FormSheetReport[];
}

/** Reads and validates one workbook's sheets. */
export function checkGrids(grids: Grid[], file: string, template: Template, modified: number | null = null): FileCheck {
  return fileCheckOf(readReport(grids, template, file), file, template, modified);
}

/** What checkGrids gives, from a reading already done (forms/checkWorkbook.ts reads before it decides). */
export function fileCheckOf(read: ReturnType<typeof readReport>, file: string, template: Template, modified: number | null = null): FileCheck {
  const { report, findings } = read;
  const all = report ? [...findings, ...validateReport(report, template)] : findings;
  return { file, modified, report, findings: all.map((f) => ({ ...f, file })), unreadable: false };
}

/** A file that could not be read at all (corrupt, encrypted, too large…), as a finding. */
export function unreadableFile(file: string, reason: Localized, modified: number | null = null): FileCheck {
  return {
    file,
    modified,
    report: null,
    findings: [{ ...finding("FILE_UNREADABLE", "error", msg.fileUnreadable(reason), null, null, null), file }],
    unreadable: true,
  };
}
