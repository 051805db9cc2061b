/**
 * The Office.js door: the only code that calls `Excel.run`. Every function opens its own run, uses a
 * small fixed number of syncs, and throws only `ExcelDoorError` (a code and a bilingual message).
 */
export type { Grid, SheetSpec, Severity } from "../engine";
export { ExcelDoorError, isExcelDoorError, type DoorCode } from "./errors";
export { apiSupported, FEATURE_SET } from "./support";
export { inExcel } from "./run";
export { listSheets, OWN_SHEETS_KEY, HIGHLIGHTS_KEY, type SheetRef } from "./ownSheets";
export { loadSigning, saveSigning, cleanSigning, SIGNING_KEY } from "./signing";
export { readActiveSheet, readSheets } from "./read";
export { gridFromLoaded, type LoadedRange } from "./readGrid";
export { writeConsolidation, type WriteOutcome, type WriteOptions } from "./write";
export { insertSheet } from "./insert";
export { highlightCells, clearHighlights, HIGHLIGHT_FILL, type HighlightTarget } from "./highlight";
export { selectCell } from "./select";
export { writeFormulas, type FormulaCell } from "./formulas";
export { planWrites, type WritePlan, type PlanOptions } from "./plan";
export { REQUEST_LIMIT } from "./bytes";
export { openAsNewWorkbook, canOpenNewWorkbook, base64OfBytes, CREATE_WORKBOOK_SET } from "./createWorkbook";
