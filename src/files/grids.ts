/**
 * A workbook's sheets as Grids, from SheetJS's worksheets or the direct reader's (ooxml/), which have
 * the same shape. Nothing a parser returns is trusted to be well formed: every field is checked before
 * it becomes part of a Grid. Loads no SheetJS (types only).
 */
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import type { Cell, CellRange, CellValue, Grid } from "../engine/grid";
import { a1, parseA1 } from "../engine/grid";
import { messages } from "./messages";
import { decodeRange, type Range } from "./range";
import type { Failure, ReadLimits } from "./types";

/** A number-format table by id (SheetJS's, for the formats whose cells carry an id rather than a code). */
export type Formats = Readonly<Record<number, string>>;

/** Excel's error codes as BIFF stores them, for error cells that come without their text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};
const ERROR_LITERALS = new Set(Object.values(ERROR_TEXT));

/** Excel's serial number of a JS date, read as a wall-clock date (1900 system). */
function serialOf(d: Date): number {
  const wall = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  return (wall - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * LibreOffice writes SpreadsheetML formulas in its own ODF syntax (`of:=[.D3]/[.C3]`) instead of
 * R1C1; the Grid carries A1 formulas, so the references are rewritten: [.A1] → A1, [.A1:.B2] → A1:B2,
 * [Sheet.A1] → Sheet!A1, [$'Sheet 2'.A1] → 'Sheet 2'!A1.
 */
export function odfFormulaToA1(f: string): string {
  const body = f.replace(/^of:=?/i, "");
  return body.replace(/\[([^\]]*)\]/g, (_m, ref: string) =>
    ref
      .split(":")
      .map((part) => {
        const dot = part.lastIndexOf(".");
        if (dot < 0) return part;
        const sheet = part.slice(0, dot).replace(/^\$/, "");
        const cell = part.slice(dot + 1);
        return sheet ? `${sheet}!${cell}` : cell;
      })
      .join(":"),
  );
}

/** One SheetJS cell as a Grid cell; undefined for an empty one. `nfc`: compose its text (see index.ts). */
function toCell(x: CellObject, nfc: boolean, formats: Formats): Cell | undefined {
  let f = typeof x.f === "string" && x.f.length > 0 ? x.f : undefined;
  if (f?.startsWith("of:")) f = odfFormulaToA1(f);
  else if (f?.startsWith("=")) f = f.slice(1);
  let v: CellValue;
  switch (x.t) {
    case "n":
      v = typeof x.v === "number" && Number.isFinite(x.v) ? x.v : { error: "#NUM!" };
      break;
    case "s":
      v = x.v === undefined || x.v === null ? "" : String(x.v);
      // A formula's error result that reached us as text (LibreOffice's SpreadsheetML export).
      if (f && ERROR_LITERALS.has(v)) v = { error: v };
      break;
    case "b":
      v = Boolean(x.v);
      break;
    case "e":
      v = { error: typeof x.w === "string" && x.w.startsWith("#") ? x.w : (ERROR_TEXT[Number(x.v)] ?? "#VALUE!") };
      break;
    case "d":
      v = x.v instanceof Date && !Number.isNaN(x.v.getTime()) ? serialOf(x.v) : typeof x.v === "string" ? x.v : null;
      break;
    default: // "z": a stub, kept only when it holds a formula whose cached value is empty
      v = null;
  }
  if (v === null && !f) return undefined;
  const cell: Cell = { v };
  if (f) cell.f = f;
  if (typeof x.z === "string") cell.z = x.z;
  else if (typeof x.z === "number") {
    const fmt = formats[x.z];
    if (typeof fmt === "string") cell.z = fmt;
  }
  if (typeof x.w === "string") cell.w = x.w;
  if (nfc) {
    if (typeof cell.v === "string") cell.v = cell.v.normalize("NFC");
    if (cell.f !== undefined) cell.f = cell.f.normalize("NFC");
    if (cell.w !== undefined) cell.w = cell.w.normalize("NFC");
  }
  return cell;
}

/** Decodes "A1:C3" safely: null unless every part is a sane, non-negative integer. */
function decodeRef(ref: unknown): Range | null {
  if (typeof ref !== "string") return null;
  try {
    const range = decodeRange(ref);
    const ok = (n: number) => Number.isInteger(n) && n >= 0;
    if (![range.s.r, range.s.c, range.e.r, range.e.c].every(ok)) return null;
    return range;
  } catch {
    return null;
  }
}

/** The sheet's cells as rows, from the dense `!data` or, failing that, from A1-keyed properties. */
function denseRows(ws: WorkSheet): (CellObject | null | undefined)[][] {
  const data = (ws as { "!data"?: unknown })["!data"];
  if (Array.isArray(data)) return data as (CellObject | null | undefined)[][];
  const rows: CellObject[][] = [];
  for (const key of Object.keys(ws)) {
    if (key.startsWith("!")) continue;
    const at = parseA1(key);
    if (!at || !Number.isInteger(at.r) || !Number.isInteger(at.c) || at.r < 0 || at.c < 0) continue;
    (rows[at.r] ??= [])[at.c] = (ws as unknown as Record<string, CellObject>)[key];
  }
  return rows;
}

interface Budget {
  /** Cells (grid area) still allowed over the whole workbook. */
  cells: number;
}

/**
 * One worksheet as a Grid. The Grid always starts at A1: a used range of C3:F10 gives 10 rows and 6
 * columns, so that addresses in the grid are the sheet's own.
 */
function sheetToGrid(name: string, ws: WorkSheet, limits: ReadLimits, budget: Budget, nfc: boolean, formats: Formats): Grid | Failure {
  const rows = denseRows(ws);
  // Measure the cells SheetJS holds before building anything.
  let count = 0;
  let lastRow = -1;
  let lastCol = -1;
  let over = false;
  // forEach visits only the cells that exist: a damaged file may put one cell at column 1,000,000,000,
  // and SheetJS's arrays are then sparse with that length; an index loop would walk every hole.
  rows.forEach((row, r) => {
    if (over || !Array.isArray(row)) return;
    row.forEach((x, c) => {
      if (over || !x) return;
      if (++count > budget.cells) over = true;
      if (r > lastRow) lastRow = r;
      if (c > lastCol) lastCol = c;
    });
  });
  if (over) return messages.tooManyCells(limits.maxCells, name);
  // The used range as the file declares it (it may include formatted empty cells), else the cells'.
  const ref = decodeRef(ws["!ref"]);
  let rowCount = Math.max(ref ? ref.e.r + 1 : 0, lastRow + 1);
  let colCount = Math.max(ref ? ref.e.c + 1 : 0, lastCol + 1);
  if (rowCount * colCount > budget.cells) {
    // A declared range far beyond the data (whole formatted columns) is trimmed to the data; if the
    // data itself spans more than the budget, the sheet is too big for a dense grid.
    rowCount = lastRow + 1;
    colCount = lastCol + 1;
    if (rowCount * colCount > budget.cells) return messages.tooManyCells(limits.maxCells, name);
  }
  if (rowCount === 0 || colCount === 0) rowCount = colCount = 0;
  budget.cells -= rowCount * colCount;

  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const src = rows[r];
    const row: (Cell | undefined)[] = [];
    if (Array.isArray(src)) {
      const end = Math.min(src.length, colCount);
      let last = -1;
      for (let c = 0; c < end; c++) {
        const x = src[c];
        const cell = x && typeof x === "object" ? toCell(x, nfc, formats) : undefined;
        if (cell === undefined) continue;
        for (const text of [cell.v, cell.f]) {
          if (typeof text === "string" && text.length > limits.maxTextLength) {
            return messages.textTooLong(`${name}!${a1(r, c)}`, text.length, limits.maxTextLength);
          }
        }
        while (++last < c) row.push(undefined);
        row.push(cell);
      }
    }
    cells.push(row);
  }

  const merges: CellRange[] = [];
  const raw = ws["!merges"];
  if (Array.isArray(raw)) {
    for (const m of raw) {
      const r1 = m?.s?.r, c1 = m?.s?.c, r2 = m?.e?.r, c2 = m?.e?.c;
      const ok = [r1, c1, r2, c2].every((n) => Number.isInteger(n) && n >= 0);
      if (ok && r1 <= r2 && c1 <= c2) merges.push({ r1, c1, r2, c2 });
    }
  }
  return { name, cells, merges, rowCount, colCount };
}

/** A workbook as workbookToGrids takes it: SheetJS's, or one read directly (ooxml/index.ts). */
export type SheetSource = Pick<WorkBook, "SheetNames" | "Sheets" | "Workbook">;

export interface Converted {
  grids: Grid[];
  hiddenSheets: string[];
}

/**
 * Every worksheet as a Grid. Chart sheets and Excel 5 dialog sheets are left out (they have no cells
 * of their own); hidden sheets are kept and named in `hiddenSheets`. `nfc`: the text came from a
 * code page and is composed, sheet names included.
 */
export function workbookToGrids(wb: SheetSource, limits: ReadLimits, nfc = false, formats: Formats = {}): Converted | Failure {
  try {
    const budget: Budget = { cells: limits.maxCells };
    const grids: Grid[] = [];
    const hiddenSheets: string[] = [];
    const props = wb.Workbook?.Sheets ?? [];
    wb.SheetNames.forEach((name, i) => {
      if (typeof name !== "string") return;
      const p = props[i];
      if (p && (p.Hidden === 1 || p.Hidden === 2)) hiddenSheets.push(nfc ? name.normalize("NFC") : name);
    });
    for (const name of wb.SheetNames) {
      if (typeof name !== "string") continue;
      const ws = wb.Sheets[name];
      if (!ws || typeof ws !== "object") continue;
      const type = (ws as { "!type"?: string })["!type"];
      if (type === "chart" || type === "dialog") continue;
      const grid = sheetToGrid(nfc ? name.normalize("NFC") : name, ws, limits, budget, nfc, formats);
      if ("failure" in grid) return grid;
      grids.push(grid);
    }
    return { grids, hiddenSheets: hiddenSheets.filter((n) => grids.some((g) => g.name === n)) };
  } catch {
    // Defensive: a shape SheetJS should never produce. Better "damaged" than an exception.
    return messages.corrupt();
  }
}
