/**
 * Checks one workbook that may hold several forms, one per sheet (issue 9 §3): BC-XDĐ and any form a template
 * describes (BTCTW-1…7, a committee's own).
 *
 * Every sheet is matched first (./read/match.ts). When no sheet holds a form other than BC-XDĐ, the workbook
 * goes to `checkGrids` unchanged: today's BC-XDĐ reading, validation and `FORM_NOT_FOUND` stay exactly as
 * they are. Otherwise every sheet that no other form took is given to today's reader (which finds the BC-XDĐ
 * sheet, if any, as it always has), every other matched sheet is read by `readFormSheet` into `forms`, and the
 * forms' own rules are checked (./validate). A second sheet holding a form another sheet holds better is
 * not read; it gets a `FORM_DUPLICATE` warning naming the sheet used.
 */
import { checkGrids, fileCheckOf, type FileCheck } from "../check";
import { finding, type Finding } from "../findings";
import type { Grid } from "../grid";
import { readReport } from "../read/report";
import { validateReport } from "../validate/report";
import { builtInForm } from "../../templates/form/registry";
import type { FormTemplate } from "../../templates/form/types";
import type { Template } from "../../templates/types";
import type { FormSheetReport } from "./types";
import { matchWorkbook } from "./read/match";
import { validateFormReports } from "./validate";
import { formMsg } from "./read/messages";
import { formName, readWithHeader } from "./read/readFormSheet";

export const BCXDD_FORM_ID = "BC-XDD";

/**
 * BC-XDĐ rows today's reader must find on a sheet for it to be BC-XDĐ's without trying the other forms: a
 * sheet of another form shares a row or two with BC-XDĐ (`Kết nạp đảng viên`), never this many under a
 * BC-XDĐ header.
 */
const CLEARLY_BCXDD_ROWS = 8;

export interface CheckWorkbookOptions {
  /** Today's BC-XDĐ template (src/templates/bcxdd.ts), for today's reader. */
  bcxdd: Template;
  /** The forms to look for; BC-XDĐ's template file is added for matching when missing. */
  forms: readonly FormTemplate[];
  /** A form id (`--form`): look for that form only. */
  only?: string;
}

export function checkWorkbook(grids: Grid[], file: string, options: CheckWorkbookOptions, modified: number | null = null): FileCheck {
  const { bcxdd, only } = options;
  if (only === BCXDD_FORM_ID) return checkGrids(grids, file, bcxdd, modified);
  // Every form takes part in matching, even with --form: each sheet goes to the form it holds best (a
  // BTCTW-3 sheet shares many rows with BTCTW-2, and must not pass for a second BTCTW-2).
  let forms = options.forms;
  if (!forms.some((f) => f.id === BCXDD_FORM_ID)) {
    const own = builtInForm(BCXDD_FORM_ID);
    if (own) forms = [own, ...forms];
  }

  // Without --form, today's reader goes first: the sheet where it finds BC-XDĐ clearly (its header and
  // enough of its rows) is BC-XDĐ's, and is not searched again for every other form's table. That search
  // cost a unit's BC-XDĐ workbook as much as reading and checking it did (issue 9: BC-XDĐ must not get slower).
  const first = only === undefined ? readReport(grids, bcxdd, file) : null;
  const own = first?.report && Object.keys(first.report.rows).length >= CLEARLY_BCXDD_ROWS ? grids.findIndex((g) => g.name === first.report!.sheet) : -1;
  const matched = matchWorkbook(grids, forms, [BCXDD_FORM_ID], own);
  const wanted = (id: string) => id !== BCXDD_FORM_ID && (only === undefined || id === only);
  const { assigned } = matched;
  const duplicates = matched.duplicates.filter((d) => only === undefined || d.match.form.id === only);
  const others = [...assigned].filter(([, m]) => wanted(m.form.id));
  if (first && others.length === 0) return fileCheckOf(first, file, bcxdd, modified);

  const findings: Finding[] = [];
  let report: FileCheck["report"] = null;
  if (only === undefined) {
    // Today's reader looks at every sheet no other form took and chooses as it always has (a blank copy beside
    // a filled one…); finding no BC-XDĐ there is no FORM_NOT_FOUND, since the workbook holds other forms.
    const taken = new Set([...others.map(([i]) => i), ...matched.duplicates.filter((d) => wanted(d.match.form.id)).map((d) => d.sheet)]);
    const rest = grids.filter((_, i) => !taken.has(i));
    // Where today's reader found nothing in the whole workbook, it finds nothing in a part of it.
    if (rest.length && first?.report) {
      const read = readReport(rest, bcxdd, file);
      if (read.report) {
        report = read.report;
        findings.push(...read.findings, ...validateReport(read.report, bcxdd));
      }
    }
  }

  const reports: FormSheetReport[] = [];
  for (const [, m] of others) {
    const read = readWithHeader(m.grid, m.header, m.sheetRows, m.form, file);
    findings.push(...read.findings);
    if (read.report) reports.push(read.report);
  }
  for (const d of duplicates) {
    if (d.match.form.id === BCXDD_FORM_ID) continue;
    findings.push({
      ...finding("FORM_DUPLICATE", "warning", formMsg.formDuplicate(formName(d.match.form), grids[d.sheet].name, grids[d.usedSheet].name), grids[d.sheet].name, null, null),
      form: d.match.form.id,
    });
  }
  if (only !== undefined && reports.length === 0) {
    const form = options.forms.find((f) => f.id === only);
    findings.push({ ...finding("FORM_NOT_FOUND", "error", formMsg.formNotFound(form ? formName(form) : only, grids.map((g) => g.name)), null, null, null), form: only });
  }
  // The forms' own rules and the agreements between forms (./validate, issue 9 §4).
  findings.push(...validateFormReports(reports, forms));

  // Sheet order, as the workbook lists them.
  reports.sort((a, b) => grids.findIndex((g) => g.name === a.sheet) - grids.findIndex((g) => g.name === b.sheet));
  return { file, modified, report, findings: findings.map((f) => ({ ...f, file })), unreadable: false, forms: reports };
}
