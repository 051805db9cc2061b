import { finding, type Finding } from "../findings";
import { a1, cellAt, type Grid } from "../grid";
import { msg } from "../messages";
import { parseViNumber, readFigure, readStatedPercent } from "../numbers";
import type { Figure, ReadOutcome, Report, ReportRow } from "../report";
import type { ColumnRole, Indicator, Template } from "../../templates/types";
import { checkValue, type ValueContext } from "../validate/values";
import { findHeader, type HeaderMatch } from "./header";
import { decodeTcvn3Sheet } from "./legacySheet";
import { readMeta } from "./meta";
import { readTableRows, type TableRow } from "./rows";

type FigureRole = Extract<ColumnRole, "plan" | "actual" | "ytd">;

interface Candidate {
  grid: Grid;
  header: HeaderMatch;
  rows: TableRow[];
  matched: number;
  repeats: number;
  filled: number;
}

/**
 * The sheet that looks most like the form: a header, and the most rows matching its indicators;
 * between equals, the one that lists each indicator once (a form does; a data table such as a
 * consolidation's `Dữ liệu` repeats them per unit), then the one with more figures (a filled report
 * beats the blank form kept beside it).
 */
function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.matched !== b.matched) return a.matched > b.matched;
  if (a.repeats !== b.repeats) return a.repeats < b.repeats;
  return a.filled > b.filled;
}

function bestCandidate(grids: Grid[], template: Template): Candidate | null {
  let best: Candidate | null = null;
  for (const grid of grids) {
    const header = findHeader(grid, template);
    if (!header) continue;
    const rows = readTableRows(grid, header.lastRow + 1, header.columns, template);
    const indicatorRows = rows.filter((r) => r.indicator);
    const matched = new Set(indicatorRows.map((r) => r.indicator!.code)).size;
    const candidate = { grid, header, rows, matched, repeats: indicatorRows.length - matched, filled: indicatorRows.filter((r) => r.hasFigures).length };
    if (matched > 0 && (!best || isBetter(candidate, best))) best = candidate;
  }
  return best;
}

/** Reads a unit's report from a workbook's sheets; value-level findings come with it. */
export function readReport(sources: Grid[], template: Template, file: string): ReadOutcome {
  const grids = sources.map(decodeTcvn3Sheet);
  const found = bestCandidate(grids, template);
  if (!found) {
    const names = grids.map((g) => g.name);
    return { report: null, findings: [finding("FORM_NOT_FOUND", "error", msg.formNotFound(names), null, null, null)] };
  }
  const { grid, header, rows } = found;
  const findings: Finding[] = [];
  const sheet = grid.name;
  const col = header.columns;
  // Amounts like `1.234` are read the vi-VN way; only a sheet with no vi-VN number text anywhere makes them doubtful.
  const ctx: ValueContext = { sheet, viEvidence: showsViNumbers(grid) };

  /** One figure of a row, with its value findings: every figure keeps the cell it came from. */
  const figure = (r: number, role: FigureRole, ind: Indicator): Figure => {
    const c = col[role];
    if (c === undefined) return { value: null, invalid: false, cell: null };
    const read = readFigure(cellAt(grid, r, c));
    const cell = a1(r, c);
    findings.push(...checkValue(read, ind, role, cell, ctx));
    return { value: read.state === "number" ? read.value : null, invalid: read.state === "invalid", cell };
  };

  const reportRows: Record<string, ReportRow> = {};
  for (const row of rows) {
    const ind = row.indicator;
    if (!ind) {
      if (row.hasFigures && !row.clusterRow) findings.push(finding("ROW_UNKNOWN", "warning", msg.rowUnknown(row.name || row.stt), sheet, row.nameCell, null));
      continue;
    }
    const first = reportRows[ind.code];
    if (first) {
      findings.push(finding("ROW_DUPLICATE", "error", msg.rowDuplicate(ind.name, ind.code, first.nameCell), sheet, row.nameCell, ind.code));
      continue;
    }
    const plan = figure(row.r, "plan", ind);
    reportRows[ind.code] = {
      code: ind.code,
      r: row.r,
      name: row.name,
      nameCell: row.nameCell,
      plan,
      actual: figure(row.r, "actual", ind),
      ytd: figure(row.r, "ytd", ind),
      statedPct: statedPercent(grid, row.r, col.pct, plan.value, ind, findings, ctx),
    };
  }

  const meta = readMeta(grid, header.row, template);
  const report: Report = {
    file,
    sheet,
    unit: {
      name: meta.unit?.text ?? "",
      code: meta.code?.text ?? null,
      cluster: meta.cluster?.text ?? null,
      type: meta.type,
    },
    period: meta.period,
    periodText: meta.periodText,
    reportDate: meta.reportDate,
    headerRow: header.row,
    columns: header.columns,
    rows: reportRows,
  };
  return { report, findings };
}

/** Does any text cell of the sheet hold a number written the vi-VN way (`8,1`, `2.465.000`)? */
export function showsViNumbers(grid: Grid): boolean {
  return grid.cells.some((row) =>
    row?.some((cell) => typeof cell?.v === "string" && LOOKS_NUMERIC.test(cell.v) && parseViNumber(cell.v)?.viEvidence === true),
  );
}

/** A cheap first look, so that only text made of digits and separators is parsed. */
const LOOKS_NUMERIC = /^[\s+-]*\d[\d.,\s\u00a0]*$/;

function statedPercent(
  grid: Grid,
  r: number,
  c: number | undefined,
  plan: number | null,
  indicator: Indicator,
  findings: Finding[],
  ctx: ValueContext,
): ReportRow["statedPct"] {
  if (c === undefined) return null;
  const cell = a1(r, c);
  const read = readStatedPercent(cellAt(grid, r, c), plan !== null && plan > 0);
  if (read.state === "invalid") {
    findings.push(...checkValue(read, indicator, "pct", cell, ctx));
    return null;
  }
  return read.state === "number" ? { points: read.points, decimals: read.decimals, cell } : null;
}
