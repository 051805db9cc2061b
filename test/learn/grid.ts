import type { Cell, CellRange, Grid } from "../../src/engine/grid";

/** A grid from rows of values; a string beginning with `=` is a formula (its cached value 0). */
export function gridOf(rows: (string | number | null)[][], merges: CellRange[] = [], name = "Sheet1"): Grid {
  const cells: (Cell | undefined)[][] = rows.map((row) =>
    row.map((v) => (v === null ? undefined : typeof v === "string" && v.startsWith("=") ? { v: 0, f: v.slice(1) } : { v })),
  );
  return { name, cells, merges, rowCount: rows.length, colCount: Math.max(...rows.map((r) => r.length)) };
}
