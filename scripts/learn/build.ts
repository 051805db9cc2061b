/**
 * Lays a FormSpec out as a sheet the way committees print their forms: the header block (superior committee
 * and unit top left, marker and unit of measure top right), the title and period merged across, the table
 * header, the numbering row, the rows, and the footer. Figures: none on the blank (its formula cells show
 * what they compute, 0), typed inputs and computed formula results on a unit's copy, and the planted
 * mistakes typed over the cell they name.
 */
import type { FodsCell, FodsSheet } from "./fods";
import type { FormSpec, RowSpec } from "./forms";

export interface Mistake {
  row: string;
  col: number;
  /** What is typed instead of the right figure (or the formula). */
  value: number;
  why: string;
}

export interface Copy {
  unit: string;
  period: string;
  /** Row id → column index → typed figure (inputs only). */
  inputs: Map<string, Map<number, number>> | null;
  mistakes: Mistake[];
}

const TOP = 6;
const letter = (c: number) => String.fromCharCode(65 + c);

export function layout(spec: FormSpec, copy: Copy): FodsSheet {
  const width = spec.columns.length;
  const last = width - 1;
  const cells: (FodsCell | undefined)[][] = [];
  const merges: FodsSheet["merges"] = [];
  const put = (r: number, c: number, cell: FodsCell) => ((cells[r] ??= [])[c] = cell);
  const labelCol = spec.columns.findIndex((c) => c.kind === "label");

  put(0, 0, { v: spec.superior });
  put(1, 0, { v: copy.unit, bold: true });
  if (labelCol > 0) merges.push({ r1: 0, c1: 0, r2: 0, c2: labelCol }, { r1: 1, c1: 0, r2: 1, c2: labelCol });
  put(0, last, { v: spec.marker, bold: true });
  if (spec.unitOfMeasure) put(1, last, { v: spec.unitOfMeasure });
  put(3, 0, { v: spec.title, bold: true });
  put(4, 0, { v: copy.period, bold: true });
  merges.push({ r1: 3, c1: 0, r2: 3, c2: last }, { r1: 4, c1: 0, r2: 4, c2: last });

  for (const h of spec.header) {
    put(TOP + h.r, h.c, { v: h.text, bold: true });
    if ((h.rows ?? 1) > 1 || (h.cols ?? 1) > 1) merges.push({ r1: TOP + h.r, c1: h.c, r2: TOP + h.r + (h.rows ?? 1) - 1, c2: h.c + (h.cols ?? 1) - 1 });
  }
  const numberingRow = TOP + spec.headerRows;
  spec.columns.forEach((c, i) => put(numberingRow, i, { v: c.numbering }));

  const rowAt = new Map(spec.rows.map((r, i) => [r.id, numberingRow + 1 + i]));
  const values = copy.inputs ? computeValues(spec, copy) : null;
  spec.rows.forEach((row, i) => {
    const r = numberingRow + 1 + i;
    const heading = row.kind === "heading";
    const tt = spec.columns.findIndex((c) => c.kind === "tt");
    if (tt >= 0 && row.tt) put(r, tt, { v: row.tt, bold: heading });
    put(r, labelCol, { v: row.label, bold: heading && row.label !== "Trong đó:" });
    if (heading) return;
    spec.columns.forEach((col, c) => {
      const value = values?.get(row.id)?.get(c);
      const typed = copy.mistakes.find((m) => m.row === row.id && m.col === c);
      if (col.kind === "sum") return put(r, c, { f: col.of.map((k) => `${letter(k)}${r + 1}`).join("+"), v: value ?? 0 });
      if (col.kind === "ratio") {
        const den = `${letter(col.den)}${r + 1}`;
        return put(r, c, { f: `IF(${den}=0,"",${letter(col.num)}${r + 1}/${den}*100)`, v: value ?? "" });
      }
      if (col.kind !== "input") return;
      if (typed) return put(r, c, { v: typed.value });
      const f = rowFormula(row, c, rowAt);
      if (f) return put(r, c, { f, v: value ?? 0 });
      if (value !== undefined) put(r, c, { v: value });
    });
  });

  const end = numberingRow + 1 + spec.rows.length;
  put(end + 1, Math.max(last - 2, 1), { v: "…………, ngày …… tháng …… năm 20……" });
  put(end + 2, labelCol, { v: "NGƯỜI LẬP BIỂU", bold: true });
  put(end + 2, Math.max(last - 2, 1), { v: "T/M ĐẢNG ỦY", bold: true });
  for (let r = 0; r <= end + 2; r++) cells[r] ??= [];
  return { name: spec.sheet, cells, merges, widths: spec.columns.map((c) => c.width) };
}

/** The formula a total row carries in an input column: `SUM(E12:E13)` over contiguous parts, `E15+E16-E17`. */
function rowFormula(row: RowSpec, c: number, rowAt: Map<string, number>): string | undefined {
  const ref = (id: string) => `${letter(c)}${rowAt.get(id)! + 1}`;
  if (row.kind === "sum" && row.formula) return `SUM(${ref(row.parts[0])}:${ref(row.parts[row.parts.length - 1])})`;
  if (row.kind === "combo") return [row.plus.map(ref).join("+"), ...row.minus.map((m) => `-${ref(m)}`)].join("");
  return undefined;
}

/** Every figure of a copy: typed inputs (mistakes included), then row totals, then column formulas. */
function computeValues(spec: FormSpec, copy: Copy): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const get = (id: string, c: number) => out.get(id)?.get(c) ?? 0;
  const set = (id: string, c: number, v: number) => (out.get(id) ?? out.set(id, new Map()).get(id)!).set(c, v);
  const inputCols = spec.columns.map((col, c) => ({ col, c })).filter((x) => x.col.kind === "input");
  for (const row of spec.rows) for (const { c } of inputCols) {
    const v = copy.inputs!.get(row.id)?.get(c);
    if (v !== undefined) set(row.id, c, v);
  }
  for (const row of spec.rows) {
    for (const { c } of inputCols) {
      if (row.kind === "sum") set(row.id, c, row.parts.reduce((s, p) => s + get(p, c), 0));
      if (row.kind === "combo") set(row.id, c, row.plus.reduce((s, p) => s + get(p, c), 0) - row.minus.reduce((s, p) => s + get(p, c), 0));
    }
  }
  for (const m of copy.mistakes) set(m.row, m.col, m.value);
  for (const row of spec.rows) {
    if (row.kind === "heading") continue;
    spec.columns.forEach((col, c) => {
      if (col.kind === "sum") set(row.id, c, col.of.reduce((s, k) => s + get(row.id, k), 0));
    });
    spec.columns.forEach((col, c) => {
      if (col.kind !== "ratio") return;
      const den = get(row.id, col.den);
      if (den) set(row.id, c, (get(row.id, col.num) * 100) / den);
    });
  }
  return out;
}
