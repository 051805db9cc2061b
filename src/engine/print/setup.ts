/**
 * The print setup every sheet we write gets, so it prints on A4 without the user touching anything:
 * portrait when the table, fitted to the page's width, keeps at least 70 % of its size; landscape
 * otherwise; always one page wide (as many pages tall as the rows need); the table's header rows
 * repeated on each page; gridlines only where the cells carry no borders of their own.
 */
import { STYLE_ROLES, type SheetSpec, type SpecPrint } from "../sheetspec";

/** Margins of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I), in mm. */
export const PRINT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 } as const;

/** A4 in millimetres. */
const A4 = { short: 210, long: 297 } as const;
/** Below this scale a portrait page becomes hard to read: turn the page instead. */
export const MIN_PORTRAIT_SCALE = 0.7;
/** Excel's default column width, in characters, for columns a spec leaves out. */
const DEFAULT_WIDTH = 8.43;

/** The printable width of A4 in each orientation, in millimetres. */
export function printableWidthMm(orientation: SpecPrint["orientation"]): number {
  const page = orientation === "portrait" ? A4.short : A4.long;
  return page - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right;
}

/** A column of `chars` characters as Excel draws it (7 px a character plus 5 px padding, 96 px an inch), in mm. */
export function columnWidthMm(chars: number): number {
  return ((Math.min(chars, 255) * 7 + 5) * 25.4) / 96;
}

/** The last column any row uses, or -1. */
function lastUsedColumn(spec: SheetSpec): number {
  let last = -1;
  for (const row of spec.rows) {
    if (!row) continue;
    for (let c = row.length - 1; c > last; c--) {
      if (row[c]) {
        last = c;
        break;
      }
    }
  }
  for (const m of spec.merges ?? []) last = Math.max(last, m.c1, m.c2);
  return last;
}

/** The printed width of the sheet's used columns, in millimetres. */
export function sheetWidthMm(spec: SheetSpec): number {
  const last = lastUsedColumn(spec);
  let mm = 0;
  for (let c = 0; c <= last; c++) {
    const w = spec.widths?.[c];
    mm += columnWidthMm(typeof w === "number" && Number.isFinite(w) && w > 0 ? w : DEFAULT_WIDTH);
  }
  return mm;
}

/** True when most filled cells draw their own borders, so printed gridlines would only add clutter. */
function bordersCarryTable(spec: SheetSpec): boolean {
  let filled = 0;
  let bordered = 0;
  for (const row of spec.rows) {
    for (const cell of row ?? []) {
      if (!cell) continue;
      filled++;
      if (cell.role && STYLE_ROLES[cell.role]?.border) bordered++;
    }
  }
  return filled > 0 && bordered * 2 >= filled;
}

/**
 * The print setup for a sheet. `titleRows` are the table's header rows (0-based, inclusive), repeated on
 * every printed page; leave them out for a sheet without a table header.
 */
export function printSetupFor(spec: SheetSpec, titleRows?: { r1: number; r2: number }): SpecPrint {
  const width = sheetWidthMm(spec);
  const portraitScale = width > 0 ? printableWidthMm("portrait") / width : 1;
  const print: SpecPrint = {
    paper: "A4",
    orientation: portraitScale >= MIN_PORTRAIT_SCALE ? "portrait" : "landscape",
    fitToWidth: true,
    margins: { ...PRINT_MARGINS_MM },
    // Gridlines stand in for borders on a table that draws none (the list sheets); prose has no grid.
    gridlines: titleRows !== undefined && !bordersCarryTable(spec),
  };
  if (titleRows && titleRows.r1 >= 0 && titleRows.r2 >= titleRows.r1) print.titleRows = { r1: titleRows.r1, r2: titleRows.r2 };
  return print;
}

/** The spec with its print setup, for the sheet builders' return statements. */
export function withPrint(spec: SheetSpec, titleRows?: { r1: number; r2: number }): SheetSpec {
  return { ...spec, print: printSetupFor(spec, titleRows) };
}

/** A list sheet's one header row (row 0), repeated on every printed page. */
export const HEADER_ROW_ONLY = { r1: 0, r2: 0 } as const;
