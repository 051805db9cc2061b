import type { Strings } from "./vi";

/** `1 file`, `3 files`: English counts agree with their noun (Vietnamese nouns do not change). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The English texts; typed `Strings`, so the keys are exactly Vietnamese's. */
export const en: Strings = {
  appTitle: "Tổng hợp",
  connecting: "Connecting to Excel…",
  language: "Language",
  busy: "Working…",
  dismiss: "Dismiss",
  unknown: "(unknown)",
  wholeSheet: "whole sheet",

  tabs: {
    check: "Check",
    plan: "Plan rates",
    consolidate: "Consolidate",
    form: "Form",
    own: "Own forms",
  },

  browserBannerTitle: "Running outside Excel",
  browserBannerBody:
    "This page is not running inside Excel, so only file consolidation is available. Files are read on this computer only and never sent anywhere. Check, Plan rates and Form are available when Tổng hợp is opened in Excel.",

  errorTitle: "Could not do that",
  warningTitle: "Please note",
  doneTitle: "Done",
  unexpectedError: (detail: string) =>
    `Something unexpected went wrong (${detail}). Try again; if it persists, close and reopen the task pane.`,
  workerFailed: "The page's file reader could not start. Reload the page; if it persists, use a recent Edge or Chrome.",
  workerCrashed: (detail: string) => `The file reader failed (${detail}). Try again with fewer files, or reload the page.`,
  crashTitle: "The task pane failed",
  crashBody: "Close and reopen the task pane (or reload the page). The data in the workbook is not affected.",
  crashDetail: "Details:",
  retry: "Try again",

  sameOutcome: "Done; the same outcome as before.",
  checkedCounts: (summary: string) => `Check done: ${summary}.`,
  readingProgress: "Reading progress",
  filesRead: (n: number, statuses: string) => `Read ${plural(n, "file", "files")}: ${statuses}.`,

  severity: { error: "Error", warning: "Warning", info: "Note" },
  severityCount: {
    error: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
    warning: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    info: (n: number) => `${n} ${n === 1 ? "note" : "notes"}`,
  },

  checkIntro: "Checks the report on the active sheet: finds the form (BC-XDĐ or one of the BTCTW statistical forms), reads the figures and applies every rule of the form.",
  formLabel: "Form",
  findingAt: (row: string, column: string | null) => (column ? `row ${row}, column ${column}` : `row ${row}`),
  planOtherForm: (form: string) => `This sheet is ${form}. Completion against plan is computed for the BC-XDĐ form only; use the Kiểm tra screen for this form.`,
  validate: "Check the active sheet",
  checkFirst: "To start: open the unit's report sheet, then press “Check the active sheet”.",
  highlightWhy: "No cells to highlight yet: check the sheet first.",
  sheetLabel: "Sheet",
  unitLabel: "Unit",
  periodLabel: "Period",
  noFindings: "No problems found: the report is valid.",
  notReportTitle: "This sheet is not a BC-XDĐ report",
  notReportBody:
    "Open the sheet holding the report form (a header row with “Chỉ tiêu” and “Thực hiện” or “Kế hoạch” columns) and try again. Need a blank form? See the Form tab.",
  highlight: "Highlight problem cells",
  clearHighlight: "Clear highlights",
  highlighted: (n: number) =>
    `Highlighted ${n} ${n === 1 ? "cell" : "cells"}; the border shows the severity, even in black and white: thick for errors, dashed for warnings, dotted for notes. “Clear highlights” restores the previous colours and borders.`,
  nothingToHighlight: "No cell needs highlighting.",
  cleared: (n: number) => `Cleared ${n} ${n === 1 ? "highlight" : "highlights"}.`,
  goToCell: (cell: string) => `Select cell ${cell}`,

  planIntro:
    "Completion against plan for each indicator of the active sheet: year-to-date (or period) figure divided by the annual plan, rounded to one decimal.",
  readPlan: "Compute rates on the active sheet",
  planFirst: "To start: open a report sheet with a Plan column, then press “Compute rates on the active sheet”.",
  writeNoColumn: "Nothing to write to: the form has no “Tỷ lệ % so với kế hoạch” (rate) column.",
  writeNoCells: "Nothing to write: no indicator has both a plan and a figure to compute a rate from.",
  colIndicator: "Indicator",
  colPlan: "Plan",
  colFigure: "YTD/Actual",
  colRate: "Rate",
  colStatus: "Status",
  writeFormulas: "Write the rate column as formulas",
  formulasWritten: (n: number, column: string, sheet: string) =>
    `Wrote ${n} ${n === 1 ? "formula" : "formulas"} into column ${column} of “${sheet}”: change a figure and the rate recalculates.`,
  noPctColumn:
    "This form has no “Tỷ lệ % so với kế hoạch” column, so nothing is written to the sheet. The rates are still computed below; to write them, add that column to the form (see the Form tab).",
  noRates: "No indicator has an annual plan, so there is no rate to compute.",

  consolidateIntro: "Add the units' reports (.xlsx, .xls, .ods, .csv), review each file's status, then build the cluster's consolidated table.",
  addFiles: "Add report files",
  dropHint: "or drag and drop files here",
  dropActive: "Drop the files to add them",
  workbookSheets: "Sheets in this workbook",
  workbookSheetsHint: "Tick the sheets that hold a unit's report to consolidate them with the files.",
  refreshSheets: "Refresh the list",
  noSheets: "The workbook has no other sheet to choose.",
  hiddenSheet: "(hidden)",
  roster: "Roster of units (optional)",
  rosterHint: "A file with Mã đơn vị, Tên đơn vị, Loại hình (and Cụm) columns, to know which units have not reported.",
  chooseRoster: "Choose a roster file",
  removeRoster: "Remove the roster",
  rosterLoaded: (name: string, n: number) => `${name}: ${n} ${n === 1 ? "unit" : "units"}`,
  rosterFailed: "The roster could not be read",
  reading: (done: number, total: number) => `Reading file ${done}/${total}…`,
  filesTitle: (n: number) => `Reports added (${n})`,
  noFiles: "No report yet.",
  removeFile: (name: string) => `Remove ${name}`,
  remove: "Remove",
  pending: "reading",
  fileStatus: {
    "hợp lệ": "valid",
    "cảnh báo": "warnings",
    lỗi: "errors",
    trùng: "duplicate",
    "khác kỳ": "other period",
    "không đọc được": "unreadable",
  },
  fromWorkbook: "sheet",
  supersededBy: (file: string, why: string) => `Same unit as “${file}”; that file is used (${why}).`,
  periodOf: (label: string) => `Period consolidated: ${label}`,
  coverage: (expected: number, received: number, missing: number) =>
    `Units: ${expected} expected, ${received} received, ${missing} missing.`,
  missingUnits: (names: string) => `Missing: ${names}.`,
  unexpectedUnits: (names: string) => `Not on the roster: ${names}.`,
  consolidate: "Build the consolidated table",
  consolidatedTitle: "Consolidated table built",
  wroteSheets: (names: string) => `Wrote the sheets: ${names}.`,
  pivotCreated: "Created a PivotTable from the DuLieuTongHop table.",
  pivotUnsupported:
    "This version of Excel does not let add-ins create PivotTables: select the DuLieuTongHop table on the Dữ liệu sheet, then Insert › PivotTable.",
  pivotFailed:
    "The PivotTable could not be created; the DuLieuTongHop table on the Dữ liệu sheet still works: select it, then Insert › PivotTable.",
  downloaded: (name: string) => `Downloaded ${name} (see the browser's Downloads folder).`,
  consolidatedUnits: (units: number, errors: number, warnings: number) =>
    `${plural(units, "unit", "units")} in the totals; ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")} (details on the Kiểm tra sheet).`,
  noReports: "No report to consolidate yet: add report files (or tick workbook sheets).",
  noUsableReports:
    "No usable report: every file is unreadable, a duplicate or for another period. Check each file's status and add the right files.",
  stillReading: "Files are still being read; build the table once reading is done.",
  consolidateFirst: "To start: press “Add report files” (or tick the units' sheets), wait for them to be read, then press “Build the consolidated table”.",
  consolidateFirstBrowser: "To start: press “Add report files” and pick the units' files, wait for them to be read, then press “Build the consolidated table”.",
  consolidateWhy: "No reports yet: add report files (or tick sheets) first.",
  consolidateWhyBrowser: "No reports yet: add report files first.",

  // Findings report: a small workbook to send back to a unit
  findingsReport: "Download the findings report",
  findingsReportHint: "The findings (file, unit, severity, message, sheet, cell) as an .xlsx file to send back to the unit.",
  sendBack: "Send back to the unit",
  sendBackTitle: (name: string) => `Make the findings report of “${name}” (an .xlsx file) to send back to the unit`,
  reportTitle: "Findings report",
  reportOpened: (n: number) => `The findings report (${plural(n, "finding", "findings")}) is open in a new workbook. Save it, then send it to the unit.`,
  reportDownloaded: (name: string, n: number) =>
    `Downloaded ${name} (${plural(n, "finding", "findings")}; see the browser's Downloads folder). Send this file to the unit.`,
  reportGone: "This file is no longer in the list (it was removed). Add it again and try again.",

  formIntro: "Inserts a blank form (BC-XDĐ or one of the BTCTW statistical forms) into this workbook, to fill in a report or send to the units.",
  formPick: "Form to insert",
  insertForm: "Insert a blank report form",
  formFirst: "Press “Insert a blank report form”: the form goes into a new sheet; your other sheets stay as they are.",
  formInserted: (name: string) => `Inserted the sheet “${name}”.`,

  formsHeld: (forms: string) => `Holds: ${forms}`,
  summaryTitle: "Summary paragraph",
  copySummary: "Copy",
  copySummaryTitle: "Copy the summary paragraph to paste into the committee’s report",
  summaryCopied: "The summary paragraph is copied. Paste it (Ctrl+V) into the report.",
  summaryCopyFallback: "Could not copy automatically. The paragraph below is selected: press Ctrl+C to copy it.",

  // Letterhead and signature of the consolidated sheets
  signingTitle: "Letterhead and signature",
  signingHint: "Used in the header and signature blocks of the consolidated sheets. Left blank, dots are printed to fill in by hand.",
  signingSaved: "Saved with this workbook.",
  signingSession: "Kept for this session only (nothing is stored on this computer).",
  signingParent: "Superior committee",
  signingCommittee: "Consolidating committee",
  signingPlace: "Place",
  signingOnBehalf: "On behalf of",
  signingTitleField: "Signatory’s title",
  signingName: "Signatory’s name",
  signingParentExample: "E.g. Đảng bộ Khối doanh nghiệp tỉnh",
  signingCommitteeExample: "E.g. Đảng ủy Cụm II",
  signingPlaceExample: "E.g. Hà Nội",
  signingTitleExample: "E.g. Phó Bí thư",
};
