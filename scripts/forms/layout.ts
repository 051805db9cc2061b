import { a1 } from "../../src/engine/grid";
import { blank, formula, num, text, type SheetSpec, type SpecCell } from "../../src/engine/sheetspec";
import type { FormColumn, FormRow, FormTemplate } from "../../src/templates/form";
import { figure, setFigure, type Figures } from "./figures";
import { headerBlock, type HeaderColumn } from "./header";
import { exactRatio } from "./ratios";
import { rowText, viText } from "./rowText";
import type { Style } from "./style";

/** Who prints the sheet, for what period, and who signs it. */
export interface SheetContext {
  sheetName: string;
  /** Header block, top left: the superior committee, then the unit. */
  headerLines: string[];
  /** The unit's name for an explicit `Đơn vị báo cáo:` line. */
  unitName: string;
  period: string;
  /** `Ninh Bình, ngày 03 tháng 7 năm 2026`. */
  dateLine: string;
  preparer: string;
  secretary: string;
  /** `T/M ĐẢNG ỦY` or `T/M CHI BỘ`. */
  onBehalfOf: string;
}

export interface FormSheet {
  spec: SheetSpec;
  /** Row code → column code → the A1 address of its figure cell. */
  cells: Record<string, Record<string, string>>;
  /** Row code → the A1 address of its label cell, and the label printed there. */
  labels: Record<string, { at: string; text: string }>;
  /** What the cells hold as figures: a blank or `-` cell has none; a formula its result. */
  shown: Figures;
  /** 0-based sheet rows of the table: its first header row and its last body row. */
  table: { first: number; last: number };
}

interface Printed {
  kind: "tt" | "label" | "figure";
  column?: FormColumn;
  header: HeaderColumn;
  numbering: string;
}

const EXTRA_TOP: Record<string, string> = { "BTCTW-2": "Số đảng viên mới kết nạp", default: "Số đảng viên" };

/** The printed columns: an optional `TT`, the label column, then the figure columns in the form's order. */
function printedColumns(form: FormTemplate, style: Style): Printed[] {
  const labels = form.columns.filter((c) => c.kind === "label");
  const out: Printed[] = [];
  const hasOwnTT = labels.length > 1;
  if (style.numbering === "tt" && !hasOwnTT) out.push({ kind: "tt", header: { path: [], label: "TT" }, numbering: "" });
  labels.forEach((c, i) => {
    const kind = hasOwnTT && i === 0 ? "tt" : "label";
    const label = !hasOwnTT && c.labelVariants?.length && style.upperHeader ? c.labelVariants[0] : c.label;
    out.push({ kind, column: c, header: { path: [], label }, numbering: c.numbering ?? c.code });
  });
  const deep = Math.max(...form.columns.map((c) => c.headerPath?.length ?? 0));
  for (const c of form.columns.filter((x) => x.kind === "value" || x.kind === "ratio")) {
    let path = c.headerPath ?? [];
    if (style.headerRows === "extra" && c.kind === "value" && deep < 2) path = [EXTRA_TOP[form.id] ?? EXTRA_TOP.default, ...path];
    out.push({ kind: "figure", column: c, header: { path, label: c.label }, numbering: c.numbering ?? c.code });
  }
  if (style.upperHeader) for (const p of out) p.header = { path: p.header.path.map((s) => s.toUpperCase()), label: p.header.label.toUpperCase() };
  return out;
}

function columnNumber(p: Printed, style: Style): string {
  if (!p.column) return "";
  return style.columnNumbers === "paren" ? `(${p.column.code})` : p.numbering;
}

/** The marker a style prints: `Biểu số 1-BTCTW`, `Biểu 1-BTCTW`, `Biểu số 01-BTCTW`, `Mẫu 1-BTCTW`. */
export function markerOf(form: FormTemplate, style: Style): string {
  const n = /(\d+)/.exec(form.id)?.[1] ?? "";
  switch (style.marker) {
    case "short": return `Biểu ${n}-BTCTW`;
    case "zero": return `Biểu số ${n.padStart(2, "0")}-BTCTW`;
    case "mau": return `Mẫu ${n}-BTCTW`;
    default: return form.marker ?? `Biểu số ${n}-BTCTW`;
  }
}

/** Rows in print order; with `reorder`, each run of sibling rows without children of their own is reversed. */
function rowsInOrder(form: FormTemplate, style: Style): FormRow[] {
  const rows = form.rows.filter((r) => !(style.omitOptional && r.optional));
  if (!style.reorder) return rows;
  const hasChildren = new Set(rows.map((r) => r.under).filter(Boolean));
  const out: FormRow[] = [];
  let run: FormRow[] = [];
  const flush = () => {
    out.push(...run.reverse());
    run = [];
  };
  for (const r of rows) {
    const leaf = !hasChildren.has(r.code);
    if (leaf && run.length && run[0].under === r.under) run.push(r);
    else {
      flush();
      if (leaf) run.push(r);
      else out.push(r);
    }
  }
  flush();
  return out;
}

/** One form as a unit prints it, with the address of every figure it wrote. */
export function formSheet(form: FormTemplate, figures: Figures, style: Style, ctx: SheetContext): FormSheet {
  const cols = printedColumns(form, style);
  const width = cols.length;
  const rows: (SpecCell | null)[][] = [];
  const merges: NonNullable<SheetSpec["merges"]> = [];
  const T = (s: string) => (style.nfd ? s.normalize("NFD") : s);
  const put = (r: number, c: number, cell: SpecCell | null) => {
    ((rows[r + style.top] ??= [])[c + style.left] = cell);
  };
  const at = (r: number, c: number) => a1(r + style.top, c + style.left);
  const mergeRow = (r: number, c1: number, c2: number) => merges.push({ r1: r + style.top, c1: c1 + style.left, r2: r + style.top, c2: c2 + style.left });

  // Header block top left, marker top right.
  let r = 0;
  ctx.headerLines.forEach((line, i) => put(r + i, 0, text(T(line), "label")));
  put(r, width - 1, text(T(markerOf(form, style)), "label"));
  if (style.unitOfMeasure && form.unit) put(r + 1, width - 1, text(T(`Đvt: ${form.unit}`)));
  r += ctx.headerLines.length;
  if (style.unitLine) put(r++, 0, text(T(`Đơn vị báo cáo: ${ctx.unitName}`)));
  r++;
  const title = style.titleLines === 1 ? `${form.title} ${ctx.period}` : form.title;
  put(r, 0, text(T(title), "title"));
  mergeRow(r++, 0, width - 1);
  if (style.titleLines === 2) {
    put(r, 0, text(T(ctx.period), "title"));
    mergeRow(r++, 0, width - 1);
  }
  r++;

  // Table header and the column-numbering row.
  const tableFirst = r + style.top;
  const head = headerBlock(cols.map((c) => c.header), r + style.top, style.left);
  head.rows.forEach((cells, i) => cells.forEach((cell, c) => put(r + i, c, cell && cell.t === "text" ? text(T(cell.v), "header") : cell)));
  merges.push(...head.merges);
  r += head.depth;
  if (style.columnNumbers !== "none") {
    cols.forEach((p, c) => put(r, c, text(columnNumber(p, style), "numbering")));
    r++;
  }

  // Body.
  const cells: FormSheet["cells"] = {};
  const labels: FormSheet["labels"] = {};
  const shown: Figures = {};
  const ordered = rowsInOrder(form, style);
  ordered.forEach((row, i) => {
    if (style.blankRows && i > 0 && (!row.under || row.kind === "heading")) r++;
    const wording = style.aliasRows.includes(row.code) && row.aliases?.length ? row.aliases[0] : row.label;
    const hasTT = cols[0].kind === "tt";
    const printed = rowText(row, wording, hasTT);
    const role = row.kind === "heading" || !row.under ? "section" : "body";
    cols.forEach((p, c) => {
      if (p.kind === "tt") put(r, c, printed.tt ? text(T(printed.tt), "body") : blank("body"));
      else if (p.kind === "label") {
        put(r, c, text(T(printed.label), role));
        labels[row.code] = { at: at(r, c), text: T(printed.label) };
      } else if (row.kind === "heading") put(r, c, blank(role));
      else {
        const col = p.column as FormColumn;
        const { cell, value } = figureCell(form, figures, row, col, style, cols, r + style.top, style.left);
        put(r, c, cell);
        (cells[row.code] ??= {})[col.code] = at(r, c);
        setFigure(shown, row.code, col.code, value);
      }
    });
    r++;
  });

  const tableLast = r - 1 + style.top;

  // Footer: date line, then who prepared and who signs.
  r++;
  const right = Math.max(1, width - 2);
  put(r++, right, text(T(ctx.dateLine), "subtitle"));
  put(r, 0, text(T("NGƯỜI LẬP BIỂU"), "label"));
  put(r++, right, text(T(ctx.onBehalfOf), "label"));
  put(r++, right, text(T("BÍ THƯ"), "label"));
  r += 3;
  put(r, 0, text(T(ctx.preparer), "label"));
  put(r, right, text(T(ctx.secretary), "label"));

  const widths = cols.map((p) => (p.kind === "tt" ? 6 : p.kind === "label" ? 62 : 13));
  return { spec: { name: ctx.sheetName, rows, merges, widths: [...Array(style.left).fill(3), ...widths] }, cells, labels, shown, table: { first: tableFirst, last: tableLast } };
}

/** The cell of one figure, as the style types it, and the figure it then holds. */
function figureCell(form: FormTemplate, f: Figures, row: FormRow, col: FormColumn, style: Style, cols: Printed[], sheetRow: number, left: number): { cell: SpecCell; value: number | undefined } {
  const v = figure(f, row.code, col.code);
  const none = (): { cell: SpecCell; value: undefined } => ({ cell: style.zero === "-" ? text("-", "body") : blank("body"), value: undefined });
  const decimals = col.kind === "ratio" ? (col.decimals ?? 2) : row.kind === "average" ? 1 : 0;
  const format = decimals === 0 ? "#,##0" : decimals === 1 ? "0.0" : "0.00";
  if (v === undefined) return none();
  if (col.kind === "ratio") {
    const part = figure(f, row.code, "2");
    if (style.zero !== "0" && part === 0) return none();
    if (style.ratio === "formula" && col.formula === 'col("2") * 100 / col("3")' && !row.columnFormulas) {
      const exact = exactRatio(form, f, row.code, col.code);
      const colOf = (code: string) => left + cols.findIndex((p) => p.column?.code === code);
      return { cell: formula(`${a1(sheetRow, colOf("2"))}*100/${a1(sheetRow, colOf("3"))}`, exact ?? null, format, "body"), value: exact };
    }
  } else if (v === 0 && style.zero !== "0") return none();
  if (style.numbersAsText) return { cell: text(viText(v), "body"), value: v };
  return { cell: num(v, format, "body"), value: v };
}
