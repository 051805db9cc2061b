import { cellAt, isCellError, type Cell, type Grid } from "../grid";
import { decodeLegacyVietnamese } from "../legacyText";
import { memoized } from "../memo";

/**
 * The text a person sees in a cell, for matching labels and names. Numbers become their plain
 * decimal form (an STT of `11.1`); TCVN3 or VNI text from old `.VnTime` files is decoded to Unicode.
 */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.v;
  if (v === null) return "";
  if (typeof v === "string") return decoded(v);
  if (typeof v === "number") return String(v);
  if (isCellError(v)) return v.error;
  return v ? "TRUE" : "FALSE";
}

export function textAt(grid: Grid, r: number, c: number): string {
  return cellText(cellAt(grid, r, c)).trim();
}

export function rowIsEmpty(grid: Grid, r: number): boolean {
  const row = grid.cells[r];
  if (!row) return true;
  return row.every((cell) => cellText(cell).trim() === "");
}

/** The cells of a row that show something, left to right. */
export function filledCells(grid: Grid, r: number): { c: number; text: string }[] {
  const out: { c: number; text: string }[] = [];
  const row = grid.cells[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const text = cellText(row[c]).trim();
    if (text) out.push({ c, text });
  }
  return out;
}

/** Old-encoding detection looks at every character, and the same labels recur in every file. */
const decoded = memoized((s) => decodeLegacyVietnamese(s) ?? s);
