/**
 * A form template as data (issue 9 §1): one JSON file per form, described by `form.schema.json` beside this
 * file. These types mirror that schema; `loadForm` checks a parsed JSON value against the schema and the lint
 * before it hands out a `FormTemplate`, so code that holds one may trust every field documented here.
 *
 * Cells are addressed by (row code, column code). Rule and formula expressions are jsep expressions whose
 * only identifiers are the calls listed in `./expression.ts`: `row("B.1")`, `col("2")`, `cell("D", "2")`,
 * `formCell("BTCTW-3", "I", "2")`, `coalesce(a, b)`.
 */

/** The period kinds of src/engine/period.ts. */
export type PeriodKind = "quarter" | "half" | "nine_months" | "year";

export type Severity = "error" | "warning";

/** `label`: the row labels (no figures); `value`: figures; `ratio`: a percentage given by `formula`; `text`: notes, units. */
export type ColumnKind = "label" | "value" | "ratio" | "text";

/** `heading`: a title row with no figures; `average`: a mean (weighted on consolidation); `ratio`: a percentage row. */
export type RowKind = "heading" | "count" | "amount" | "average" | "ratio";

/**
 * How a row relates to its logical parent:
 * - `partition` (*chia ra*, *gồm*, or a list that covers everyone): the parent equals the sum of its children;
 * - `subset` (*Trong đó*): each child is at most its parent; children may overlap;
 * - `disjointSubset`: children that do not overlap but need not cover the parent (professional levels, each
 *   person counted once at the highest): their sum is at most the parent.
 * Children form one group per (parent, relation, `under`): the age bands and the occupations are two
 * partitions of the same row `I`, told apart by the heading they are printed under.
 */
export type Relation = "partition" | "subset" | "disjointSubset";

/** How a unit total is formed from the units' figures (FORM.md, forms/README.md "Aggregation"). */
export type Aggregate =
  | { kind: "sum" }
  /** Σ(value × weight) ÷ Σ weight over the units that have both; `weight` is a row code. */
  | { kind: "weightedMean"; weight: string }
  /** Recomputed from the aggregated parts with the row's `formula` (ratio rows). */
  | { kind: "recompute" };

export interface ValueRange {
  min?: number;
  max?: number;
  /** Columns the range applies to; all figure columns when absent. */
  columns?: string[];
}

export interface FormColumn {
  /** The printed column number as a string (`"2"`), or a role name for a form without numbers (`"plan"`). */
  code: string;
  /** The header as printed (the lowest header cell). */
  label: string;
  labelVariants?: string[];
  /** The merged header cells above `label`, top first (`["Thực hiện"]` above `Kỳ này`). */
  headerPath?: string[];
  /** The cell of the column-numbering row as printed (`4(=2*100/3)`) and its variants. */
  numbering?: string;
  numberingVariants?: string[];
  kind: ColumnKind;
  /** The role of a BC-XDĐ column (`plan`, `actual`, …): how today's engine knows it. */
  role?: string;
  /**
   * What the column equals, over the same row: `col("2") * 100 / col("3")`. On a printed value column it is a
   * check (`SUM_COLS`); on a ratio column it is the ratio (`PCT_STATED`, and recomputed on consolidation);
   * on a column with `printed: false` it defines a figure no sheet shows.
   */
  formula?: string;
  /** A *Trong đó* column: at most the column it is part of, in every row (`SUBSET_COL`). */
  parent?: { column: string; relation: "subset" };
  decimals?: number;
  unit?: string;
  range?: { min?: number; max?: number };
  /** False for a computed column that no sheet prints (BC-XDĐ's `figure`: year-to-date, else actual). */
  printed?: boolean;
  description?: string;
}

export interface FormRow {
  /** The row code (forms/README.md): the printed numbering joined by `.`, plus mnemonics for bullets. */
  code: string;
  /** The numbering as printed before the label (`B -`, `1.`, `a)`, `-`, `Trong đó:`), if any. */
  numbering?: string;
  /** The label as printed. */
  label: string;
  aliases?: string[];
  kind: RowKind;
  /** The row or heading this row is printed under (where its numbering restarts); absent at top level. */
  under?: string;
  /** The row this row is part of, and how. */
  parent?: { row: string; relation: Relation };
  /** Versions of the form differ by this row: its absence is no `ROW_MISSING`. */
  optional?: boolean;
  /** Columns whose cell the form marks `X` (not applicable). */
  notApplicable?: string[];
  range?: ValueRange;
  /** Default: `sum` for counts and amounts; averages must name their weight; ratio rows `recompute`. */
  aggregate?: Aggregate;
  /** For a ratio row: what it equals in each column, over rows of the same column (`row("A") * 100 / row("B")`). */
  formula?: string;
  /** Per-column replacements of a column's formula for this row (BTCTW-3DT: shares of section II). */
  columnFormulas?: Record<string, string>;
  unit?: string;
  /** `stock`: a level at a date; `flow`: an amount during the period. */
  timing?: "stock" | "flow";
  /** The row normally has an annual plan (BC-XDĐ). */
  plan?: boolean;
  note?: string;
}

export interface FormRule {
  /** The rule id of the contract (`ROW_FORMULA`, `CROSS_FORM`, `DV_SPLIT`, …). */
  id: string;
  severity: Severity;
  /** A comparison (or `&&` of comparisons) that must hold. */
  expr: string;
  /** The columns in which `row("…")` terms are read, one check per column. */
  columns?: string[];
  /** The rows in which `col("…")` terms are read, one check per row. */
  rows?: string[];
  /** The row whose cell a finding points at; default: the first row the expression names. */
  anchor?: string;
  /** The rule applies only to reports of these period kinds (a year-end stock form compared with a yearly one). */
  periods?: PeriodKind[];
  /** `printed`: the form states it ([V]); `implied`: its layout implies it ([I]). */
  basis?: "printed" | "implied";
  note?: string;
}

export interface MetaField {
  key: string;
  labels: string[];
}

export interface ClusterRow {
  code: string;
  label: string;
  unit: string;
}

/**
 * How a form's figures carry from one period to the next (issue 11): which column is this period's, which the
 * same period a year earlier's, which year-to-date, and which rows are opening and closing stocks. With each
 * row's `timing` (stock or flow), this is all the checks across periods know about a form.
 */
export interface FormHistory {
  /** The column of this period's figure (`"2"` Kỳ này; BC-XDĐ `actual`). */
  current: string;
  /** The column of the same period a year earlier (`"3"` Cùng kỳ năm trước): LAST_YEAR_MISMATCH, filled from history. */
  lastYear?: string;
  /** The year-to-date column of flow rows (BC-XDĐ `ytd`): YTD_CONTINUITY. */
  ytd?: string;
  /** A period's `opening` row equals the directly preceding period's `closing` row (CARRY_OVER). */
  carryOver?: { opening: string; closing: string }[];
}

export interface FormTemplate {
  $schema?: string;
  id: string;
  version: number;
  title: string;
  titleVariants?: string[];
  /** The form marker as printed top right (`Biểu số 1-BTCTW`), and its variants. */
  marker?: string;
  markerVariants?: string[];
  periodKinds: PeriodKind[];
  /** The unit of measure printed (`Người`), if one unit holds for the whole form. */
  unit?: string;
  /** Where the form comes from (the guidance that issued it). */
  source?: string;
  columns: FormColumn[];
  rows: FormRow[];
  rules?: FormRule[];
  /** Metadata labels looked for above the table (BC-XDĐ). */
  meta?: MetaField[];
  /** Lines that end the table. */
  footerMarkers?: string[];
  /** Rows a consolidation adds (not on a unit's form). */
  clusterRows?: ClusterRow[];
  /** How figures carry across periods (issue 11). */
  history?: FormHistory;
  notes?: string[];
}
