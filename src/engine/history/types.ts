/**
 * One period's figures, from wherever they were read (issue 11): this period's units' reports, an earlier
 * period's unit files, or our own consolidated workbook of that period read back from its data table. The
 * checks across periods, the comparison sheet and the filling of "Cùng kỳ năm trước" all work on this one
 * shape, so none of them cares where an earlier period came from.
 */
import type { Period } from "../period";

/** Where a figure sits. */
export interface CellRef {
  file: string;
  sheet: string;
  cell: string;
}

export interface SnapValue {
  value: number;
  /** Where it was read: a unit's sheet, or the row of a consolidated workbook's data table. */
  at: CellRef;
  /** Read from a data table: the unit's own cell the table says the figure came from, when it says. */
  origin?: CellRef;
}

/** One unit's copy of one form: row code → column code → figure. Blank cells are absent. */
export interface SnapUnit {
  code: string | null;
  name: string;
  file: string;
  values: Record<string, Record<string, SnapValue>>;
}

export interface Snapshot {
  period: Period;
  /** The path given (`--previous`), or the file this period's figures were read from. */
  source: string;
  /** `units`: unit files; `consolidation`: our own consolidated workbook's data table. */
  from: "units" | "consolidation";
  /** Form id (`BC-XDD`, `BTCTW-1`) → the units that reported it, the copy a consolidation used. */
  forms: Record<string, SnapUnit[]>;
}

/** BC-XDĐ's form id in snapshots; its columns are keyed by role (`plan`, `actual`, `ytd`), as in the JSON. */
export const BCXDD_ID = "BC-XDD";

/** One cell a resubmission changed: `before` in the superseded copy (at `previousCell`), `after` in the one used (at `cell`). */
export interface CellChange {
  form: string;
  indicator: string;
  column: string;
  before: number | null;
  after: number | null;
  cell: string | null;
  previousCell: string | null;
}
