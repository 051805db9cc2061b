import { type Area, cellCountOf, intersects } from "./address";
import { clearContent, clearFormat } from "./cells";
import { invalidArgument, invalidOperation, itemAlreadyExists, notModelled } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { checkEditable } from "./rangeOps";
import { valueOf } from "./rangeReads";

const STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/** Excel's rules for a table name: a letter, `_` or `\` first, then letters, digits, `_` or `.`; never a cell reference. */
export function checkTableName(model: WorkbookModel, name: unknown, except: TableModel | null, location: string): string {
  const looksLikeCell = (s: string) => /^[A-Za-z]{1,3}\d{1,7}$/.test(s) || /^(R|C|R\d+|C\d+|R\d+C\d+)$/i.test(s);
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || looksLikeCell(name))
    throw invalidArgument(`'${String(name)}' is not a valid table name.`, location);
  const clash = model.tables.find((t) => t !== except && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw itemAlreadyExists(`A table named '${clash.name}' already exists.`, location);
  return name;
}

export function checkTableStyle(style: unknown, location: string): string {
  if (typeof style !== "string" || (style !== "" && !STYLE.test(style))) throw invalidArgument(`'${String(style)}' is not a built-in table style.`, location);
  return style;
}

/** Header names as Excel makes them: text, blanks become `ColumnN`, repeats get a number. */
function headerNames(sheet: SheetModel, area: Area): string[] {
  const names: string[] = [];
  for (let c = area.c1; c <= area.c2; c++) {
    const raw = String(valueOf(sheet.cells.get(area.r1, c))).trim();
    let name = raw || `Column${c - area.c1 + 1}`;
    for (let n = 2; names.some((x) => x.toLowerCase() === name.toLowerCase()); n++) name = `${raw || `Column${c - area.c1 + 1}`}${n}`;
    names.push(name);
  }
  return names;
}

export function createTable(model: WorkbookModel, sheet: SheetModel, area: Area, hasHeaders: unknown, location: string): TableModel {
  checkEditable(sheet, location);
  if (hasHeaders !== true) throw notModelled("tables without a header row (Excel inserts one and shifts the cells down)", location);
  if (cellCountOf(area) > 5_000_000) throw notModelled("tables over whole rows or columns", location);
  const full = area.r1 === area.r2 ? { ...area, r2: area.r2 + 1 } : { ...area };
  if (model.tablesOn(sheet).some((t) => intersects(t.area, full))) throw invalidOperation("A table can't overlap another table.", location);
  if (sheet.merges.some((m) => intersects(m, full))) throw invalidOperation("A table can't contain merged cells.", location);
  if (model.pivotsOn(sheet).some((p) => intersects(p.destination, full))) throw invalidOperation("A table can't overlap a PivotTable.", location);
  headerNames(sheet, full).forEach((name, i) => {
    const cell = sheet.cells.edit(full.r1, full.c1 + i);
    clearContent(cell);
    cell.value = name;
  });
  const table: TableModel = {
    id: model.newTableId(),
    name: model.freeTableName(),
    sheet,
    area: full,
    style: "TableStyleMedium2",
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  model.tables.push(table);
  return table;
}

/** The column names, read from the header cells now (writing a header cell renames the column). */
export function columnNames(t: TableModel): string[] {
  return Array.from({ length: t.area.c2 - t.area.c1 + 1 }, (_, i) => String(valueOf(t.sheet.cells.get(t.area.r1, t.area.c1 + i))));
}

export function dataBody(t: TableModel): Area {
  return { ...t.area, r1: t.area.r1 + 1, r2: t.showTotals ? t.area.r2 - 1 : t.area.r2 };
}

export function deleteTable(model: WorkbookModel, t: TableModel, keepCells: boolean, location: string): void {
  checkEditable(t.sheet, location);
  model.tables = model.tables.filter((x) => x !== t);
  if (keepCells) return;
  for (const [r, c, cell] of [...t.sheet.cells.within(t.area)]) {
    clearContent(cell);
    clearFormat(cell);
    t.sheet.cells.prune(r, c);
  }
}

export function setShowTotals(t: TableModel, on: unknown, location: string): void {
  if (typeof on !== "boolean") throw invalidArgument(undefined, location);
  if (on === t.showTotals) return;
  t.area = { ...t.area, r2: t.area.r2 + (on ? 1 : -1) };
  t.showTotals = on;
}
