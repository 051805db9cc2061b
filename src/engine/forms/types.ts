/**
 * The engine's model of a form read from a unit's sheet (issue 9, "Forms as data"): any form a template
 * describes (src/templates/form), BTCTW-1…7 or a committee's own. The reader (forms/read) makes a
 * `FormSheetReport` from a Grid and a `FormTemplate`; the checker (forms/validate) turns it into findings;
 * consolidation (forms/consolidate) adds many units' reports up; forms/sheets renders them.
 *
 * BC-XDĐ keeps its own, older model (../report.ts) and reader: its public contract is pinned by tests.
 * A workbook's sheets are matched to forms first, so a sheet is read by exactly one of the two.
 */
import type { Period } from "../period";
import type { MetaValue } from "../read/meta";
import type { Unit } from "../report";

/** One cell of a form as read from a unit's sheet. */
export interface FormFigure {
  /** The number, or null when the cell is blank, a blank marker (`-`, `—`), `X`, or not a number. */
  value: number | null;
  /** The cell holds something that is not a number nor a blank marker (`abc`, `#REF!`). */
  invalid: boolean;
  /** The cell shows `X` (not applicable). */
  marked: boolean;
  /** A1 address on the sheet. */
  cell: string;
  /**
   * Decimals the figure shows (the text as typed, or a ratio cell's number format): a stated ratio is judged
   * against the decimals it shows (`PCT_ROUNDING`, FORM.md). Absent when there is no figure.
   */
  decimals?: number;
  /**
   * A figure the unit left blank, filled from an earlier period on consolidation (issue 11: "Cùng kỳ năm
   * trước" from what the unit reported a year earlier): where it came from.
   */
  from?: { file: string; sheet: string; cell: string };
}

/** Where one row of the form was found on the sheet. */
export interface FoundRow {
  /** 0-based sheet row. */
  r: number;
  /** The label as written (numbering included, as on the sheet). */
  label: string;
  /** A1 address of the label cell. */
  cell: string;
}

/** A unit's copy of one form, as read from one sheet: every figure keeps its cell. */
export interface FormSheetReport {
  /** The form id (`BTCTW-1`). */
  form: string;
  /** The form's version, as the template declares it. */
  version: number;
  file: string;
  sheet: string;
  unit: Unit;
  period: Period | null;
  /** The period as written and where (explains a period that was not understood). */
  periodText: MetaValue | null;
  /** ISO date from the date line (`…, ngày 05 tháng 7 năm 2023`); orders resubmissions. */
  reportDate: string | null;
  /** 0-based sheet rows of the table header (first and last) and of the column-numbering row, if any. */
  header: { first: number; last: number; numberingRow: number | null };
  /** Column code → 0-based sheet column, for the columns found. */
  columns: Record<string, number>;
  /** Row code → where its label was found; rows of the form that were not found are absent. */
  rows: Record<string, FoundRow>;
  /** Row code → column code → figure, for every found non-heading row and every found figure column. */
  values: Record<string, Record<string, FormFigure>>;
}
