/** The engine's public face: pure functions from Grids to reports, findings, consolidations and SheetSpecs. */
export type { Cell, CellValue, Grid } from "./grid";
export type { Finding, Lang, Localized, Severity } from "./findings";
export { hasErrors, countBySeverity, sortFindings } from "./findings";
export type { Period } from "./period";
export { parsePeriod } from "./period";
export type { Report, ReportRow, Figure } from "./report";
export type { SheetSpec, SpecCell } from "./sheetspec";
export { checkGrids, unreadableFile, type FileCheck } from "./check";
export { rowCompletion, completionOf, ytdFigure, STATUS_TEXT as COMPLETION_STATUS_TEXT, type Completion } from "./completion";
export { completionColumn, type CompletionColumn, type CompletionRow, type CompletionFormula } from "./completionColumn";
export { consolidate, type Consolidation, type UnitEntry, type UnitStatus } from "./consolidate/consolidate";
export { readRoster, type RosterRead } from "./consolidate/roster";
export type { RosterUnit } from "./consolidate/units";
export { consolidationSheets } from "./sheets/consolidation";
export { findingsSheet } from "./sheets/checks";
export { formSheet } from "./sheets/form";
export { SHEET } from "./sheets/names";
export { validationJson, consolidationJson, type ValidationJson, type ConsolidationJson } from "./json";
