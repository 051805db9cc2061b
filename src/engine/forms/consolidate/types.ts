/**
 * The consolidation of one form other than BC-XDĐ (issue 9 §5): which units' reports were added, the
 * coverage of the roster, the coverage findings, and the committee's totals per row × column, each total
 * keeping the figures it was formed from (unit, file, sheet, cell).
 */
import type { FileCheck } from "../../check";
import type { UnitStatus } from "../../consolidate/consolidate";
import type { Finding, Localized } from "../../findings";
import type { Period } from "../../period";
import type { UnitType } from "../../read/meta";
import type { FormTemplate } from "../../../templates/form/types";
import type { FormSheetReport } from "../types";
import type { CellChange } from "../../history/types";

/** One unit (or one file) for one form, with the same statuses as BC-XDĐ's consolidation. */
export interface FormUnitEntry {
  name: string;
  code: string | null;
  type: UnitType | null;
  cluster: string | null;
  file: string | null;
  check: FileCheck | null;
  /** The unit's copy of the form; null for a roster unit that sent none (`missing`). */
  report: FormSheetReport | null;
  status: UnitStatus;
  /** For a duplicate: the file used instead, and why. */
  supersededBy?: { file: string; why: Localized };
  /** For a duplicate: the cells the file used changed (issue 11), set by the batch. */
  changes?: CellChange[];
}

/** Where one unit's figure behind a total came from. */
export interface FigureSource {
  unit: string;
  code: string | null;
  file: string;
  sheet: string;
  cell: string;
  value: number;
  /** For a weighted mean: the unit's weight (the figure of the weight row in the same column). */
  weight?: number;
}

/** How a total cell is formed. */
export type TotalHow =
  /** Σ over the units that have a figure. */
  | "sum"
  /** Σ(value × weight) ÷ Σ weight over the units that have both. */
  | "weightedMean"
  /** The template's formula over the committee's own totals (ratio columns, ratio rows). */
  | "recompute"
  /** The form marks the cell `X`: it stays `X`. */
  | "notApplicable";

export interface FormTotalCell {
  /** The committee's figure; null when no unit has one, or a division is by zero, or the cell is `X`. */
  value: number | null;
  how: TotalHow;
  /** The units' figures the total was formed from (sum, weighted mean); empty for recomputed and `X` cells. */
  sources: FigureSource[];
  /** Weighted mean only: units with a figure but no weight, left out of the mean (names). */
  withoutWeight: string[];
}

/** Row code → column code → total. Heading rows have none; every other row has every figure column. */
export type FormTotals = Record<string, Record<string, FormTotalCell>>;

export interface FormCoverage {
  expected: number;
  received: number;
  /** Codes (else names) of the roster units that sent no report of this form. */
  missing: string[];
  /** Codes (else names) of the units not on the roster. */
  unexpected: string[];
  /** Files of one unit and period, per unit with more than one. */
  duplicates: string[][];
}

export interface FormConsolidation {
  /** The form id (`BTCTW-1`). */
  form: string;
  template: FormTemplate;
  period: Period | null;
  cluster: string | null;
  /** The reports added into the totals, in roster order (else in file order). */
  used: FormUnitEntry[];
  /** Every report of this form and every roster unit, one status each. */
  entries: FormUnitEntry[];
  totals: FormTotals;
  coverage: FormCoverage;
  /**
   * The coverage findings of this form (`UNIT_DUPLICATE`, `UNIT_MISSING`, `UNIT_UNEXPECTED`,
   * `PERIOD_MISMATCH`), each carrying `form`. The files' own findings stay in their FileCheck: the caller
   * lists those once, whatever the number of forms.
   */
  findings: Finding[];
}
