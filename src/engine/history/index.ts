/**
 * Across periods (issue 11): earlier periods given beside this period's reports — as unit files or as our own
 * consolidated workbook — are checked against it (CARRY_OVER, YTD_CONTINUITY, LAST_YEAR_MISMATCH,
 * SHARP_CHANGE), compared with it (`So sánh`), and fill its "Cùng kỳ năm trước" column. Resubmissions within
 * this period are diffed cell by cell (resubmissions.ts) whether or not earlier periods are given.
 */
import type { FormTemplate } from "../../templates/form/types";
import type { Consolidation } from "../consolidate/consolidate";
import type { Finding } from "../findings";
import type { FormConsolidation } from "../forms/consolidate/types";
import { periodKey, type Period } from "../period";
import { compare, type Comparison } from "./comparison";
import { currentSnapshot } from "./fromReports";
import { historyFindings } from "./rules";
import type { Snapshot } from "./types";

export type { Snapshot, SnapUnit, SnapValue, CellRef, CellChange } from "./types";
export { snapshotsOfChecks } from "./fromReports";
export { snapshotsOfConsolidation } from "./fromTable";
export { markResubmissions, type Resubmission } from "./resubmissions";
export { comparisonJson, type Comparison, type ComparisonJson } from "./comparison";
export { relationOf, directlyPrecedes, sameLastYear } from "./periods";

export interface HistoryResult {
  /** The earlier periods given, as read. */
  earlier: Snapshot[];
  findings: Finding[];
  /** Null when no form of this period was found. */
  comparison: Comparison | null;
  /** This period (BC-XDĐ's, else the first form's). */
  period: Period | null;
}

/**
 * The checks and the comparison for this batch. A batch whose forms are of different periods (a year-end
 * BTCTW-5 beside half-year forms) is checked period by period; the comparison is the main period's.
 */
export function acrossPeriods(bcxdd: Consolidation | null, forms: readonly FormConsolidation[], earlier: readonly Snapshot[], templates: readonly FormTemplate[]): HistoryResult {
  const groups = new Map<string, { period: Period; bcxdd: Consolidation | null; forms: FormConsolidation[] }>();
  const slot = (p: Period) => {
    const key = periodKey(p);
    const g = groups.get(key) ?? { period: p, bcxdd: null, forms: [] };
    groups.set(key, g);
    return g;
  };
  if (bcxdd?.period) slot(bcxdd.period).bcxdd = bcxdd;
  for (const f of forms) if (f.period) slot(f.period).forms.push(f);
  const main = bcxdd?.period ?? forms.find((f) => f.period)?.period ?? null;
  const findings: Finding[] = [];
  let comparison: Comparison | null = null;
  for (const g of groups.values()) {
    const current = currentSnapshot(g.period, g.bcxdd, g.forms);
    findings.push(...historyFindings(current, earlier, templates));
    if (main && periodKey(main) === periodKey(g.period)) comparison = compare(current, earlier, templates, g.bcxdd, g.forms);
  }
  return { earlier: [...earlier], findings, comparison, period: main };
}
