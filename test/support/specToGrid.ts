import type { Cell, Grid } from "../../src/engine/grid";
import type { SheetSpec } from "../../src/engine/sheetspec";

/** What a spreadsheet reader would give for a SheetSpec: values, cached formula results, formats, merges. */
export function specToGrid(spec: SheetSpec): Grid {
  const cells: (Cell | undefined)[][] = spec.rows.map((row) =>
    (row ?? []).map((c): Cell | undefined => {
      if (!c) return undefined;
      switch (c.t) {
        case "text":
          return c.v === "" ? undefined : { v: c.v };
        case "number":
          return { v: c.v, z: c.format };
        case "formula":
          return { v: c.result ?? null, f: c.f, z: c.format };
        case "blank":
          return undefined;
      }
    }),
  );
  return {
    name: spec.name,
    cells,
    merges: (spec.merges ?? []).map((m) => ({ ...m })),
    rowCount: cells.length,
    colCount: cells.reduce((m, r) => Math.max(m, r.length), 0),
  };
}
