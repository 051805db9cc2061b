/**
 * `So sánh` (issue 11 §4): per form and row, this period's committee total beside each earlier period's, with
 * the change and the % change; then, per unit, the rows that changed most. This period's totals are live
 * SUMIFS over the workbook's own data tables (`Dữ liệu`, `Dữ liệu biểu`), so they follow any correction made
 * there; changes and percentages are formulas over the sheet's own cells. Earlier periods' figures are not in
 * the workbook: they are written as numbers. Averages (weighted means) are written as the engine's value: a
 * SUMIFS would add them up.
 */
import type { Lang } from "../findings";
import { columnLetters } from "../grid";
import { periodLabel } from "../period";
import { blank, formula, num, NUMBER_FORMATS, text, type SheetSpec, type SpecCell } from "../sheetspec";
import { DATA_COLUMNS } from "../sheets/data";
import { SHEET } from "../sheets/names";
import { FORM_DATA_COLUMNS, FORMS_DATA_SHEET } from "../forms/sheets/names";
import { aggregateOf } from "../forms/consolidate/shape";
import { withPrint } from "../print/setup";
import type { Comparison } from "./comparison";
import type { ChartSpec } from "../charts/chartspec";
import { BCXDD_ID } from "./types";

export const COMPARISON_SHEET = "So sánh";

/** How many rows (header included) each data table has in the workbook; absent when the table is not written. */
export interface DataTables {
  bcxdd?: number;
  forms?: number;
}

const T = {
  vi: { title: "SO SÁNH VỚI CÁC KỲ TRƯỚC", form: "Biểu", code: "Mã", row: "Chỉ tiêu", col: "Cột", change: "Thay đổi", pct: "% thay đổi", unit: "Đơn vị", units: "ĐƠN VỊ THAY ĐỔI NHIỀU NHẤT (so với", now: "Kỳ này", source: "Nguồn kỳ trước" },
  en: { title: "COMPARISON WITH EARLIER PERIODS", form: "Form", code: "Code", row: "Row", col: "Column", change: "Change", pct: "% change", unit: "Unit", units: "UNITS THAT CHANGED MOST (against", now: "This period", source: "Earlier periods from" },
} as const;

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const range = (sheet: string, col: number, rows: number) => `${quote(sheet)}!$${columnLetters(col)}$2:$${columnLetters(col)}$${rows}`;
const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The SUMIFS giving this period's total of one cell from a data table, or undefined when the workbook has no such table. */
function liveTotal(form: string, row: string, column: string, tables: DataTables): string | undefined {
  if (form === BCXDD_ID) {
    if (!tables.bcxdd || tables.bcxdd < 2) return undefined;
    const value = column === "actual" ? "Thực hiện" : column === "ytd" ? "Lũy kế" : column === "plan" ? "Kế hoạch" : null;
    if (!value) return undefined;
    const at = (name: string) => DATA_COLUMNS.indexOf(name as (typeof DATA_COLUMNS)[number]);
    return `SUMIFS(${range(SHEET.data, at(value), tables.bcxdd)},${range(SHEET.data, at("Mã chỉ tiêu"), tables.bcxdd)},${str(row)})`;
  }
  if (!tables.forms || tables.forms < 2) return undefined;
  const at = (name: (typeof FORM_DATA_COLUMNS)[number]) => FORM_DATA_COLUMNS.indexOf(name);
  const r = (name: (typeof FORM_DATA_COLUMNS)[number]) => range(FORMS_DATA_SHEET, at(name), tables.forms!);
  return `SUMIFS(${r("Giá trị")},${r("Biểu")},${str(form)},${r("Mã dòng")},${str(row)},${r("Cột")},${str(column)},${r("Dùng trong tổng")},"Có")`;
}

const valueCell = (v: number | null, fmt: string): SpecCell => (v === null ? blank("body", fmt) : num(v, fmt, "body"));
const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : "");
const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b !== 0 ? (a - b) / b : "");

export function comparisonSheet(c: Comparison, lang: Lang, tables: DataTables): SheetSpec {
  const t = T[lang];
  const earlier = c.periods.slice(1);
  const rows: (SpecCell | null)[][] = [];
  rows.push([text(t.title, "title")]);
  rows.push([text(`${t.now}: ${periodLabel(c.periods[0].period, lang)}. ${t.source}: ${earlier.map((p) => `${periodLabel(p.period, lang)} (${p.source ?? ""})`).join("; ")}`, "subtitle")]);
  rows.push([]);
  const header = [t.form, t.code, t.row, t.col, periodLabel(c.periods[0].period, lang), ...earlier.flatMap((p) => [periodLabel(p.period, lang), `${t.change} (${periodLabel(p.period, lang)})`, t.pct])];
  const headerRow = rows.length;
  rows.push(header.map((h) => text(h, "header")));
  /** `form|row|column` → the 1-based sheet row of its comparison line (the trend table reads it). */
  const comparedAt = new Map<string, number>();
  for (const { form, columns, rows: byRow } of c.forms) {
    for (const row of form.rows) {
      const values = byRow[row.code];
      if (!values) continue;
      for (const column of columns) {
        const series = values[column];
        const r = rows.length + 1;
        const fmt = row.kind === "count" ? NUMBER_FORMATS.count : NUMBER_FORMATS.amount;
        const now = series[0];
        const live = now !== null && aggregateOf(row).kind === "sum" ? liveTotal(form.id, row.code, column, tables) : undefined;
        const cells: (SpecCell | null)[] = [text(form.id), text(row.code, "code"), text(row.label, "body"), text(column), live ? formula(live, now, fmt, "total") : valueCell(now, fmt)];
        earlier.forEach((_, i) => {
          const col = columnLetters(5 + 3 * i);
          const prev = series[i + 1];
          cells.push(valueCell(prev, fmt));
          cells.push(formula(`IF(AND(ISNUMBER(E${r}),ISNUMBER(${col}${r})),E${r}-${col}${r},"")`, diff(now, prev), fmt, "body"));
          cells.push(formula(`IF(AND(ISNUMBER(E${r}),ISNUMBER(${col}${r})),IF(${col}${r}<>0,(E${r}-${col}${r})/${col}${r},""),"")`, ratio(now, prev), NUMBER_FORMATS.percent, "percent"));
        });
        rows.push(cells);
        comparedAt.set(`${form.id}|${row.code}|${column}`, r);
      }
    }
  }
  if (c.against && c.unitChanges.length) {
    rows.push([]);
    rows.push([text(`${t.units} ${periodLabel(c.against, lang)})`, "section")]);
    rows.push([t.unit, t.form, t.code, t.row, t.col, periodLabel(c.against, lang), periodLabel(c.periods[0].period, lang), t.change, t.pct].map((h) => text(h, "header")));
    for (const u of c.unitChanges) {
      const r = rows.length + 1;
      const form = c.forms.find((f) => f.form.id === u.form)!.form;
      const label = form.rows.find((x) => x.code === u.row)?.label ?? "";
      rows.push([
        text(u.unit, "body"), text(u.form), text(u.row, "code"), text(label, "body"), text(u.column),
        num(u.before, undefined, "body"), num(u.now, undefined, "body"),
        formula(`G${r}-F${r}`, u.now - u.before, undefined, "body"),
        formula(`IF(F${r}<>0,(G${r}-F${r})/F${r},"")`, u.before !== 0 ? (u.now - u.before) / u.before : "", NUMBER_FORMATS.percent, "percent"),
      ]);
    }
  }
  const charts = trend(c, rows, comparedAt, lang);
  return withPrint(
    {
      name: COMPARISON_SHEET,
      rows,
      ...(charts.length ? { charts } : {}),
      // Title and sources over the table's width, so they are neither cut nor spill into the print margin.
      merges: [0, 1].map((r) => ({ r1: r, c1: 0, r2: r, c2: header.length - 1 })),
      widths: [11, 9, 44, 8, 14, ...earlier.flatMap(() => [14, 14, 11])],
      freeze: { rows: headerRow + 1, cols: 0 },
      tabColor: "7030A0",
    },
    { r1: headerRow, r2: headerRow },
  );
}

const TREND = {
  vi: { title: "XU HƯỚNG QUA CÁC KỲ", stocks: "Số tồn cuối kỳ", flows: "Phát sinh trong kỳ (3 dòng lớn nhất kỳ này)", row: "Chỉ tiêu" },
  en: { title: "TREND OVER THE PERIODS", stocks: "Closing stocks", flows: "Flows in the period (this period's three largest)", row: "Row" },
} as const;

const CHART_ROWS = 16;

/**
 * Line charts of the first form compared, periods in time order: its closing stocks (from the template's
 * carry-over pairs), and its three largest flows of this period, each over a small table written below the
 * comparison. This period's column points at the comparison's live cell, so the charts follow a correction.
 */
function trend(c: Comparison, rows: (SpecCell | null)[][], comparedAt: Map<string, number>, lang: Lang): ChartSpec[] {
  const first = c.forms[0];
  if (!first || c.periods.length < 2) return [];
  const { form, columns } = first;
  const column = columns[0];
  const series = (codes: string[]) => codes.filter((code) => first.rows[code]?.[column]?.[0] != null && comparedAt.has(`${form.id}|${code}|${column}`));
  const stocks = series((form.history?.carryOver ?? []).map((p) => p.closing));
  const flowRows = form.rows.filter((r) => r.timing === "flow" && r.kind === "count");
  const flows = series(flowRows.map((r) => r.code))
    .sort((a, b) => (first.rows[b][column][0] ?? 0) - (first.rows[a][column][0] ?? 0))
    .slice(0, 3);
  // Oldest first: the comparison lists this period, then the earlier ones latest first.
  const order = c.periods.map((_, i) => i).reverse();
  const t = TREND[lang];
  const charts: ChartSpec[] = [];
  rows.push([]);
  rows.push([text(t.title, "section")]);
  for (const [title, codes] of [[t.stocks, stocks], [t.flows, flows]] as const) {
    if (!codes.length) continue;
    const head = rows.length;
    rows.push([text(t.row, "header"), ...order.map((i) => text(periodLabel(c.periods[i].period, lang), "header"))]);
    for (const code of codes) {
      const values = first.rows[code][column];
      const label = form.rows.find((r) => r.code === code)?.label ?? code;
      rows.push([
        text(`${code} ${label}`, "body"),
        ...order.map((i) => (i === 0 ? formula(`E${comparedAt.get(`${form.id}|${code}|${column}`)}`, values[0], undefined, "body") : valueCell(values[i], NUMBER_FORMATS.count))),
      ]);
    }
    const last = rows.length;
    const lastCol = columnLetters(order.length);
    charts.push({
      kind: "line",
      title,
      categories: `B${head + 1}:${lastCol}${head + 1}`,
      series: codes.map((code, k) => ({ name: code, values: `B${head + 2 + k}:${lastCol}${head + 2 + k}`, labels: true })),
      legend: "bottom",
      anchor: { from: { row: last + 1, col: 0 }, to: { row: last + 1 + CHART_ROWS, col: 6 } },
    });
    for (let k = 0; k < CHART_ROWS + 2; k++) rows.push([]);
  }
  // A blank cell at the charts' last corner, so the used range — and the printed area — holds them.
  rows.push([blank()]);
  return charts;
}
