/**
 * A native chart described as data, like the rest of a SheetSpec: `src/xlsx` writes it as DrawingML
 * parts, `src/excel` adds it through Excel's chart API. Ranges are A1 references to cells that the
 * sheet's own rows fill (optionally `'Sheet name'!A1:A9`), so the chart stays a real chart over real
 * cells, and both renderers draw the same thing.
 */

/** `bar`: horizontal bars; `column`: vertical bars; `line`: a line per series (trends over periods). */
export type ChartKind = "bar" | "column" | "line";

export interface ChartSeriesSpec {
  /** The legend's name for the series (plain text). */
  name: string;
  /** The series' values: one column (or row) of numbers, as many cells as the categories. */
  values: string;
  /**
   * `fill`: solid bars (or a plain line). `outline`: only the bar's border, no fill — drawn over
   * the other series with `overlap: 100`, a column of 1s becomes the 100 % box each bar fills.
   */
  style?: "fill" | "outline";
  /** `RRGGBB`; the renderer's default palette when missing. */
  color?: string;
  /** Show each point's value beside it, in the value axis' number format. */
  labels?: boolean;
}

export interface ChartAxisSpec {
  title?: string;
  /** Excel number format of the axis labels (and data labels), e.g. `0%` over rates stored as fractions. */
  format?: string;
  min?: number;
  max?: number;
}

/** A cell corner: 0-based row and column; the chart covers from `from` up to (not into) `to`. */
export interface ChartCell {
  row: number;
  col: number;
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** The category labels (indicators, units, periods): one column or row of text. */
  categories: string;
  series: ChartSeriesSpec[];
  categoryAxis?: ChartAxisSpec;
  valueAxis?: ChartAxisSpec;
  /** Bars of one category: -100…100 (% of a bar's width; 100 draws them over each other). */
  overlap?: number;
  /** Space between categories, 0…500 (% of a bar's width). */
  gapWidth?: number;
  /** First category at the top of a bar chart (Excel draws horizontal bars bottom-up by default). */
  topDown?: boolean;
  legend?: "bottom" | "right" | "none";
  anchor: { from: ChartCell; to: ChartCell };
}

/** `Sheet!A1:B2` split into its sheet (unquoted, or null for the chart's own sheet) and its range. */
export function splitRef(ref: string): { sheet: string | null; range: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return { sheet: null, range: ref.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: m[3] };
}

/** `A1:B2` (with or without `$`) as 0-based corners, or null when it is not a plain range. */
export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(range.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  if (r1 < 0 || r2 < 0) return null;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}
