/** Reading any form from a sheet (issue 9 §3): which form a sheet holds, and its figures with their cells. */
export { matchSheet, matchWorkbook, scoreSheet, type SheetMatch, type WorkbookMatch } from "./match";
export { readFormSheet, formName, type FormSheetRead } from "./readFormSheet";
export { findFormHeader, type ColumnBlock, type FormHeader } from "./header";
export { parseFormPeriod } from "./meta";
