import type { Finding } from "./findings";
import type { Period } from "./period";
import type { MetaValue, UnitType } from "./read/meta";
import type { ColumnMap } from "./read/header";

/** One figure of a row: its value (null when blank or not a number) and the cell it came from. */
export interface Figure {
  value: number | null;
  /** True when the cell holds something that is not a number (`abc`, `#REF!`). */
  invalid: boolean;
  /** A1 address; null when the sheet has no such column. */
  cell: string | null;
}

/** A percentage written on the sheet, in points (77.5), with the decimals it shows. */
export interface StatedPercent {
  points: number;
  decimals: number;
  cell: string;
}

export interface ReportRow {
  code: string;
  /** 0-based row on the sheet. */
  r: number;
  name: string;
  nameCell: string;
  plan: Figure;
  actual: Figure;
  ytd: Figure;
  statedPct: StatedPercent | null;
}

export interface Unit {
  name: string;
  code: string | null;
  cluster: string | null;
  type: UnitType | null;
}

/** A unit's report as read from one sheet: every figure with the cell it came from. */
export interface Report {
  file: string;
  sheet: string;
  unit: Unit;
  period: Period | null;
  /** The period as written and where (kept to explain a period that was not understood). */
  periodText: MetaValue | null;
  /** ISO date from `Ngày báo cáo` or the date line; orders resubmissions. */
  reportDate: string | null;
  headerRow: number;
  columns: ColumnMap;
  rows: Record<string, ReportRow>;
}

export interface ReadOutcome {
  /** Null when the workbook holds no sheet that looks like the form. */
  report: Report | null;
  findings: Finding[];
}
