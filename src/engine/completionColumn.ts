/**
 * The form's percentage column as live formulas: what the task pane's "Tỷ lệ kế hoạch" screen writes into
 * the open sheet. Each formula mirrors `rowCompletion` exactly (the year-to-date figure over a plan > 0), so
 * the sheet recalculates the same rate the engine shows; a row without a plan shows "" (nothing stated).
 */
import { rowCompletion, type Completion } from "./completion";
import { a1, cellAt, columnLetters, parseA1, type Grid } from "./grid";
import { NUMBER_FORMATS } from "./sheetspec";
import type { Figure, Report } from "./report";

export interface CompletionRow {
  code: string;
  name: string;
  /** The percentage cell of this row; null when the form has no percentage column. */
  cell: string | null;
  completion: Completion;
}

export interface CompletionFormula {
  cell: string;
  /** Without the leading `=`. */
  formula: string;
  format: string;
}

export interface CompletionColumn {
  sheet: string;
  /** Column letter of the percentage column; null when the form has none (then nothing is written). */
  column: string | null;
  cells: CompletionFormula[];
  rows: CompletionRow[];
}

/**
 * A reference that reads as a number in Excel and LibreOffice: a cell holding vi-VN text (`1.234,5`) goes
 * through NUMBERVALUE with vi-VN separators, as the engine parses it; a real number is referenced as is.
 */
function numericRef(figure: Figure, grid: Grid | undefined): string | null {
  if (!figure.cell) return null;
  if (!grid) return figure.cell;
  const pos = parseA1(figure.cell);
  const v = pos ? cellAt(grid, pos.r, pos.c)?.v : undefined;
  return typeof v === "string" && figure.value !== null ? `NUMBERVALUE(${figure.cell},",",".")` : figure.cell;
}

/** The year-to-date figure as `ytdFigure` picks it: the ytd cell when it has a number, else the period's. */
function figureExpression(report: Report, row: Report["rows"][string], grid: Grid | undefined): string | null {
  const actual = numericRef(row.actual, grid);
  const ytd = numericRef(row.ytd, grid);
  if (report.period?.kind === "year" || !ytd) return actual;
  if (!actual) return ytd;
  return `IF(ISNUMBER(${ytd}),${ytd},${actual})`;
}

function rowFormula(report: Report, row: Report["rows"][string], grid: Grid | undefined): string | null {
  const plan = numericRef(row.plan, grid);
  const figure = figureExpression(report, row, grid);
  if (!plan || !figure) return null;
  const guardedPlan = plan === row.plan.cell ? `N(${plan})` : plan;
  return `IF(${guardedPlan}>0,${figure}/${plan},"")`;
}

/**
 * `grid` (the sheet the report was read from) lets the formulas read figures typed as text; without it
 * every figure cell is referenced directly.
 */
export function completionColumn(report: Report, grid?: Grid): CompletionColumn {
  const pctCol = report.columns.pct;
  const column = pctCol === undefined ? null : columnLetters(pctCol);
  const rows: CompletionRow[] = [];
  const cells: CompletionFormula[] = [];
  const inSheetOrder = Object.values(report.rows).sort((x, y) => x.r - y.r);
  for (const row of inSheetOrder) {
    const cell = pctCol === undefined ? null : a1(row.r, pctCol);
    rows.push({ code: row.code, name: row.name, cell, completion: rowCompletion(row, report.period) });
    const formula = cell ? rowFormula(report, row, grid) : null;
    if (cell && formula) cells.push({ cell, formula, format: NUMBER_FORMATS.percent });
  }
  return { sheet: report.sheet, column, cells, rows };
}
