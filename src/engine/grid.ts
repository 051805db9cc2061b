/**
 * A Grid is a neutral snapshot of one worksheet, whatever produced it (a file read by SheetJS,
 * the open workbook read through Office.js, or a test). Rows and columns are 0-based; A1 addresses
 * are derived on demand.
 */

/** An error value shown in a cell, such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  /** The value (a formula's cached result). Dates are Excel serial numbers. `null` when empty. */
  v: CellValue;
  /** The formula without its leading `=`, when the cell holds one. */
  f?: string;
  /** The number format code (`0.0%`, `#,##0`, `General`). */
  z?: string;
  /** The text as the spreadsheet shows it, when the producer knows it. */
  w?: string;
}

export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Grid {
  /** The sheet's name. */
  name: string;
  /** Dense rows: `cells[r][c]`; missing rows or cells are empty. */
  cells: (Cell | undefined)[][];
  /** Merged areas; the value sits in the top-left cell only. */
  merges: CellRange[];
  /** Number of rows and columns spanned by `cells` (the used area, from A1). */
  rowCount: number;
  colCount: number;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null;
}

export function cellAt(grid: Grid, r: number, c: number): Cell | undefined {
  return grid.cells[r]?.[c];
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

/** `AB12` → { r: 11, c: 27 }; `null` when not an A1 address. */
export function parseA1(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function rangeA1(range: CellRange): string {
  return `${a1(range.r1, range.c1)}:${a1(range.r2, range.c2)}`;
}

/** Builds a Grid from rows of plain values (used by tests and by simple producers such as CSV). */
export function gridFromRows(name: string, rows: (CellValue | Cell | undefined)[][], merges: CellRange[] = []): Grid {
  const cells = rows.map((row) =>
    row.map((x) => {
      if (x === undefined || x === null || x === "") return undefined;
      // A Cell carries its value in `v`; a CellError is the value itself (`{ error }`).
      if (typeof x === "object" && "v" in x) return x;
      return { v: x as CellValue };
    }),
  );
  return {
    name,
    cells,
    merges,
    rowCount: cells.length,
    colCount: cells.reduce((m, row) => Math.max(m, row.length), 0),
  };
}
