import { cellAt, type Grid } from "../../src/engine/grid";

/** The cluster's columns E..H of a `Tổng hợp` grid (plan, actual, ytd, rate), by the code in column B. */
export function clusterTotals(grid: Grid): Record<string, { plan: unknown; actual: unknown; ytd: unknown; pct: unknown }> {
  const out: Record<string, { plan: unknown; actual: unknown; ytd: unknown; pct: unknown }> = {};
  for (let r = 0; r < grid.rowCount; r++) {
    const code = cellAt(grid, r, 1)?.v;
    if (typeof code === "string" && /^[A-Z]+_[A-Z]+$/.test(code)) {
      const v = (c: number) => cellAt(grid, r, c)?.v ?? null;
      out[code] = { plan: v(4), actual: v(5), ytd: v(6), pct: v(7) };
    }
  }
  return out;
}
