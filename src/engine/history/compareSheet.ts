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
  return withPrint(
    {
      name: COMPARISON_SHEET,
      rows,
      widths: [11, 9, 44, 8, 14, ...earlier.flatMap(() => [14, 14, 11])],
      freeze: { rows: headerRow + 1, cols: 0 },
      tabColor: "7030A0",
    },
    { r1: headerRow, r2: headerRow },
  );
}
