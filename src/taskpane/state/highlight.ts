import type { Finding } from "../../engine";
import type { HighlightTarget } from "../../excel";

/**
 * The cells to colour for a check of `sheet`: every finding that points at a cell, on the finding's own
 * sheet (the checked sheet when the finding names none), once per cell with its worst severity.
 */
export function highlightTargets(sheet: string, findings: readonly Finding[]): HighlightTarget[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byCell = new Map<string, HighlightTarget>();
  for (const f of findings) {
    if (!f.cell) continue;
    const target: HighlightTarget = { sheet: f.sheet ?? sheet, cell: f.cell, severity: f.severity };
    const key = `${target.sheet}!${target.cell}`;
    const seen = byCell.get(key);
    if (!seen || rank[target.severity] < rank[seen.severity]) byCell.set(key, target);
  }
  return [...byCell.values()];
}
