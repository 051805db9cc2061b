/**
 * The table header as a stack of texts per column, merged cells resolved: a merged area's text stands for
 * every column it covers, and once per column however many rows it spans (`Thực hiện` over `Kỳ này | Cùng
 * kỳ năm trước` gives `["Thực hiện", "Kỳ này"]` and `["Thực hiện", "Cùng kỳ năm trước"]`).
 */
import type { CellRange, Grid } from "../../grid";
import { textAt } from "../../read/cells";

export function headerStacks(grid: Grid, first: number, last: number, c1: number, c2: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let c = c1; c <= c2; c++) {
    const stack: string[] = [];
    let previous: CellRange | { r: number } | null = null;
    for (let r = first; r <= last; r++) {
      const m = grid.merges.find((x) => x.r1 <= r && r <= x.r2 && x.c1 <= c && c <= x.c2);
      if (m && m === previous) continue;
      previous = m ?? { r };
      const text = (m ? textAt(grid, m.r1, m.c1) : textAt(grid, r, c)).replace(/\s+/g, " ");
      if (text) stack.push(text);
    }
    out.set(c, stack);
  }
  return out;
}
