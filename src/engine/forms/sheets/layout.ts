/**
 * A form in its own printed layout, shared by the blank form and the consolidated sheet: the header block
 * (superior committee and unit top left, the form marker top right), the title and its period line, the
 * table header over one to three rows merged from the columns' `headerPath`, the column-numbering row as
 * printed (`4(=2*100/3)`), and every row with its printed numbering and label (headings bold, indented by
 * depth). Figure cells are the caller's: blank inputs, or totals.
 */
import { blank, text, type SpecCell, type SpecMerge } from "../../sheetspec";
import type { FormColumn, FormRow, FormTemplate } from "../../../templates/form/types";
import { rowDepths } from "../consolidate/shape";

export interface LayoutTexts {
  /** Top left, first line: the superior committee (`ĐẢNG BỘ …`). */
  superior: string;
  /** Top left, second line: the reporting unit. */
  unit: string;
  /** Under the title: the period, or a placeholder for the unit to fill. */
  period: string;
  /** A muted line under the period (how to fill the form, or what was consolidated). */
  note?: string;
  /** Fewest header rows above the numbering row (the consolidated sheet's unit columns need two). */
  minHeaderRows?: number;
}

export interface FormLayout {
  rows: (SpecCell | null)[][];
  merges: SpecMerge[];
  widths: number[];
  /** Printed column code → 0-based sheet column. */
  col: Map<string, number>;
  /** Row code → 0-based sheet row. */
  row: Map<string, number>;
  /** How many sheet columns the form takes. */
  width: number;
  headerFirst: number;
  headerLast: number;
  numberingRow: number;
  /** The first row after the table. */
  end: number;
  /** The printed columns, left to right. */
  columns: FormColumn[];
}

const HEADER_FIRST = 6;
/** Spaces per level of depth: `under` rows are indented under their parent, as forms print them. */
const INDENT = "   ";

export const isFigureColumn = (c: FormColumn) => c.kind === "value" || c.kind === "ratio";

export function formLayout(form: FormTemplate, t: LayoutTexts): FormLayout {
  const columns = form.columns.filter((c) => c.printed !== false);
  const width = columns.length;
  const col = new Map(columns.map((c, i) => [c.code, i]));
  const rows: (SpecCell | null)[][] = [];
  const merges: SpecMerge[] = [];
  const last = width - 1;

  rows[0] = [text(t.superior, "label")];
  rows[1] = [text(t.unit, "label")];
  // The marker and the unit of measure sit top right, as printed; on a one-column form they share its column.
  if (form.marker) (rows[0][last] = text(form.marker, "label"));
  if (form.unit) (rows[1][last] = text(`Đvt: ${form.unit}`, "subtitle"));
  rows[3] = [text(form.title, "title")];
  rows[4] = [text(t.period, "subtitle")];
  if (t.note) rows[5] = [text(t.note, "muted")];
  if (width > 1) merges.push({ r1: 3, c1: 0, r2: 3, c2: last }, { r1: 4, c1: 0, r2: 4, c2: last });

  // The table header: each column's path, then its label merged down to the last header row.
  const depth = Math.max(t.minHeaderRows ?? 1, ...columns.map((c) => (c.headerPath?.length ?? 0) + 1));
  const headerFirst = HEADER_FIRST;
  const headerLast = headerFirst + depth - 1;
  for (let r = headerFirst; r <= headerLast; r++) rows[r] = columns.map(() => blank("header"));
  columns.forEach((c, i) => {
    const path = c.headerPath ?? [];
    path.forEach((p, level) => {
      // A path cell shared with the column on the left was written (and merged) there.
      if (i > 0 && samePrefix(columns[i - 1], c, level)) return;
      let j = i;
      while (j + 1 < width && samePrefix(columns[j + 1], c, level)) j++;
      rows[headerFirst + level][i] = text(p, "header");
      if (j > i) merges.push({ r1: headerFirst + level, c1: i, r2: headerFirst + level, c2: j });
    });
    rows[headerFirst + path.length][i] = text(c.label, "header");
    if (headerFirst + path.length < headerLast) merges.push({ r1: headerFirst + path.length, c1: i, r2: headerLast, c2: i });
  });
  const numberingRow = headerLast + 1;
  rows[numberingRow] = columns.map((c) => text(c.numbering ?? c.code, "numbering"));

  // Rows: the printed numbering in its own column when the form has one (`TT`), else before the label.
  const labelColumns = columns.filter((c) => c.kind === "label");
  const depths = rowDepths(form);
  const rowAt = new Map<string, number>();
  let r = numberingRow + 1;
  for (const row of form.rows) {
    rowAt.set(row.code, r);
    rows[r] = rowCells(row, columns, labelColumns, depths.get(row.code) ?? 0);
    r++;
  }

  const widths = columns.map((c) => widthOf(c, labelColumns));
  return { rows, merges, widths, col, row: rowAt, width, headerFirst, headerLast, numberingRow, end: r, columns };
}

function samePrefix(a: FormColumn, b: FormColumn, level: number): boolean {
  const pa = a.headerPath ?? [];
  const pb = b.headerPath ?? [];
  if (pa.length <= level || pb.length <= level) return false;
  for (let l = 0; l <= level; l++) if (pa[l] !== pb[l]) return false;
  return true;
}

function rowCells(row: FormRow, columns: FormColumn[], labelColumns: FormColumn[], depth: number): (SpecCell | null)[] {
  const heading = row.kind === "heading";
  const role = heading ? "section" : "body";
  const indent = INDENT.repeat(depth);
  const numbering = row.numbering ?? "";
  return columns.map((c) => {
    if (c.kind === "label") {
      if (labelColumns.length === 1) return text(`${indent}${numbering ? `${numbering} ` : ""}${row.label}`, role);
      if (c === labelColumns[0]) return text(numbering, role);
      if (c === labelColumns[labelColumns.length - 1]) return text(`${indent}${row.label}`, role);
      return c.role === "code" ? text(row.code, heading ? "section" : "code") : blank(role);
    }
    if (c.kind === "text") return c.role === "unit" && row.unit ? text(row.unit, role) : blank(role);
    // Figure cells: the caller's; headings carry none.
    return heading ? blank("section") : null;
  });
}

/** Print-friendly widths (characters): a wide label, narrow numbering, figures of a dozen digits. */
function widthOf(c: FormColumn, labelColumns: FormColumn[]): number {
  if (c.kind === "label") {
    if (labelColumns.length === 1) return 58;
    if (c === labelColumns[0]) return 7;
    return c.role === "code" ? 12 : 40;
  }
  return c.kind === "text" ? 14 : 13;
}

/** The footer below the table, as the forms print it (and where a reader stops). */
export function footerRows(rows: (SpecCell | null)[][], from: number, width: number): void {
  rows[from + 1] = [text("NGƯỜI LẬP BIỂU", "label")];
  if (width > 1) rows[from + 1][width - 1] = text("T/M ĐẢNG ỦY", "label");
}
