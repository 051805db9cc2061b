import type { Grid } from "../engine/grid";
import { a1 } from "../engine/grid";
import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import { gridFromLoaded, type LoadedRange } from "./readGrid";
import { runExcel, type Door } from "./run";

/**
 * Reading sheets into Grids in two syncs whatever the number of sheets: the first learns each used
 * range's shape, the second loads the cells. Only sheets too large for one response (Excel caps a
 * response at 5 MB) are read in row slices, one more sync per slice.
 */

/** As many cells as `src/files` reads from one workbook. */
export const MAX_READ_CELLS = 2_000_000;
/** Up to this many cells in all, the displayed text and value types are loaded too (report sheets are ~500). */
export const FULL_READ_CELLS = 20_000;
/** Cells loaded in one response with only values, formulas and formats: ~5 MB / (3 × 32 bytes). */
export const LEAN_READ_CELLS = 50_000;

interface Target {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  wanted: string;
}

interface Shape {
  name: string;
  sheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Slice {
  shape: Shape;
  range: Excel.Range;
  firstRow: number;
}

function shapeOf(t: Target): Shape {
  const name = t.sheet.name;
  if (t.used.isNullObject) return { name, sheet: t.sheet, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
  return { name, sheet: t.sheet, rowIndex: t.used.rowIndex, columnIndex: t.used.columnIndex, rowCount: t.used.rowCount, columnCount: t.used.columnCount };
}

/** Row slices of every sheet, grouped so that each sync's response stays well under 5 MB. */
function planSlices(shapes: Shape[], perSync: number): { shape: Shape; firstRow: number; rows: number }[][] {
  const groups: { shape: Shape; firstRow: number; rows: number }[][] = [[]];
  let inGroup = 0;
  for (const shape of shapes) {
    if (shape.rowCount === 0 || shape.columnCount === 0) continue;
    const rowsPerSlice = Math.max(1, Math.floor(perSync / shape.columnCount));
    for (let first = 0; first < shape.rowCount; first += rowsPerSlice) {
      const rows = Math.min(rowsPerSlice, shape.rowCount - first);
      const cells = rows * shape.columnCount;
      if (inGroup > 0 && inGroup + cells > perSync) {
        groups.push([]);
        inGroup = 0;
      }
      groups[groups.length - 1].push({ shape, firstRow: first, rows });
      inGroup += cells;
    }
  }
  return groups.filter((g) => g.length > 0);
}

async function loadCells(door: Door, shapes: Shape[]): Promise<Grid[]> {
  for (const s of shapes) {
    const cells = s.rowCount * s.columnCount;
    if (cells > MAX_READ_CELLS) throw new ExcelDoorError("TooManyCells", MESSAGES.tooManyCells(s.name, cells, MAX_READ_CELLS));
  }
  const total = shapes.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
  // Displayed text and value types are worth a response of their own only for report-sized sheets.
  const full = total <= FULL_READ_CELLS;
  // Long texts can still make a response too large: then the slices are made smaller and read again
  // (a read changes nothing, so starting over is safe).
  for (let perSync = full ? FULL_READ_CELLS : LEAN_READ_CELLS; ; perSync = Math.floor(perSync / 4)) {
    try {
      return await loadSlices(door, shapes, full, perSync);
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      if (code !== "ResponsePayloadSizeLimitExceeded" || perSync < 64) throw e;
    }
  }
}

async function loadSlices(door: Door, shapes: Shape[], full: boolean, perSync: number): Promise<Grid[]> {
  const properties = full ? "values,formulas,numberFormat,text,valueTypes" : "values,formulas,numberFormat";
  const loaded = new Map<Shape, LoadedRange>();
  for (const group of planSlices(shapes, perSync)) {
    const slices: Slice[] = group.map(({ shape, firstRow, rows }) => {
      const top = shape.rowIndex + firstRow;
      const address = `${a1(top, shape.columnIndex)}:${a1(top + rows - 1, shape.columnIndex + shape.columnCount - 1)}`;
      const range = shape.sheet.getRange(address);
      range.load(properties);
      return { shape, range, firstRow };
    });
    await door.sync();
    for (const { shape, range } of slices) {
      const into = loaded.get(shape) ?? { rowIndex: shape.rowIndex, columnIndex: shape.columnIndex, values: [], formulas: [], numberFormat: [], ...(full ? { text: [], valueTypes: [] } : {}) };
      into.values.push(...range.values);
      into.formulas.push(...range.formulas);
      into.numberFormat!.push(...range.numberFormat);
      if (full) {
        into.text!.push(...range.text);
        into.valueTypes!.push(...(range.valueTypes as unknown[][]));
      }
      loaded.set(shape, into);
    }
  }
  return shapes.map((s) => gridFromLoaded(s.name, loaded.get(s) ?? null));
}

function target(sheet: Excel.Worksheet, wanted: string): Target {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used, wanted };
}

/** The active sheet as a Grid (2 syncs). */
export async function readActiveSheet(): Promise<Grid> {
  return runExcel(async (door) => {
    const t = target(door.context.workbook.worksheets.getActiveWorksheet(), "");
    await door.sync();
    const [grid] = await loadCells(door, [shapeOf(t)]);
    return grid;
  });
}

/** The named sheets as Grids, in the order asked (2 syncs whatever the count). */
export async function readSheets(names: string[]): Promise<Grid[]> {
  if (names.length === 0) return [];
  return runExcel(async (door) => {
    const sheets = door.context.workbook.worksheets;
    const targets = names.map((name) => {
      const sheet = sheets.getItemOrNullObject(name);
      return target(sheet, name);
    });
    await door.sync();
    const missing = targets.find((t) => t.sheet.isNullObject);
    if (missing) throw new ExcelDoorError("SheetNotFound", MESSAGES.sheetNotFound(missing.wanted));
    return loadCells(door, targets.map(shapeOf));
  });
}
