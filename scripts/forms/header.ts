import { blank, text, type SheetSpec, type SpecCell } from "../../src/engine/sheetspec";

/** A printed column: the merged header cells above it (top first) and its own header text. */
export interface HeaderColumn {
  path: string[];
  label: string;
}

/**
 * The header rows of a table as units build them with merged cells: a column's path cells merge across the
 * neighbours that share the same path (`Thực hiện` over `Kỳ này | Cùng kỳ năm trước`), and its own label merges
 * down to the last header row when its path is shorter than the deepest one (`Tiêu chí`, `(%) …`).
 * Returns the rows (`depth` of them) and the merges, both relative to (top, left).
 */
export function headerBlock(columns: HeaderColumn[], top: number, left: number): { rows: (SpecCell | null)[][]; merges: NonNullable<SheetSpec["merges"]>; depth: number } {
  const depth = Math.max(...columns.map((c) => c.path.length + 1));
  const rows: (SpecCell | null)[][] = Array.from({ length: depth }, () => columns.map(() => blank("header")));
  const merges: NonNullable<SheetSpec["merges"]> = [];
  columns.forEach((c, i) => {
    c.path.forEach((p, level) => (rows[level][i] = text(p, "header")));
    rows[c.path.length][i] = text(c.label, "header");
    if (c.path.length < depth - 1) merges.push({ r1: top + c.path.length, c1: left + i, r2: top + depth - 1, c2: left + i });
  });
  // Path cells shared by neighbours (the same texts from the top down to this level) are one merged cell.
  for (let level = 0; level < depth - 1; level++) {
    let i = 0;
    while (i < columns.length) {
      const key = columns[i].path.length > level ? JSON.stringify(columns[i].path.slice(0, level + 1)) : undefined;
      let j = i;
      while (key && j + 1 < columns.length && columns[j + 1].path.length > level && JSON.stringify(columns[j + 1].path.slice(0, level + 1)) === key) j++;
      if (j > i) {
        merges.push({ r1: top + level, c1: left + i, r2: top + level, c2: left + j });
        for (let k = i + 1; k <= j; k++) rows[level][k] = blank("header");
      }
      i = j + 1;
    }
  }
  return { rows, merges, depth };
}
