/**
 * A SheetSpec describes a sheet to write as plain data. Two renderers turn it into real sheets:
 * `src/xlsx` (an .xlsx file, for the browser and the CLI) and `src/excel` (Office.js, inside Excel).
 * Styles are named by role; `STYLE_ROLES` says what each role looks like, so both renderers agree.
 */

import type { ChartSpec } from "./charts/chartspec";

export type StyleRole =
  | "title"
  | "subtitle"
  | "label"
  | "header"
  | "numbering"
  | "section"
  | "body"
  | "code"
  | "total"
  | "totalPercent"
  | "percent"
  | "input"
  | "error"
  | "warning"
  | "info"
  | "ok"
  | "muted"
  /** The committee's letterhead and signature block: bold, centred over its merged columns. */
  | "letterhead"
  /** The superior committee and the short rule under the committee's name: plain, centred. */
  | "letterheadPlain"
  /** `ĐẢNG CỘNG SẢN VIỆT NAM` over the place and date: bold, underlined, centred. */
  | "letterheadUnderline";

export interface RoleStyle {
  bold?: boolean;
  italic?: boolean;
  /** Single underline. */
  underline?: boolean;
  /** Font size in points; default 11. */
  size?: number;
  /** Fill colour, `RRGGBB`. */
  fill?: string;
  /** Font colour, `RRGGBB`. */
  color?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

export const STYLE_ROLES: Record<StyleRole, RoleStyle> = {
  title: { bold: true, size: 14, align: "center" },
  subtitle: { italic: true, align: "center" },
  label: { bold: true },
  header: { bold: true, fill: "D9E1F2", border: true, align: "center", wrap: true },
  numbering: { italic: true, border: true, align: "center", color: "595959" },
  section: { bold: true, fill: "F2F2F2", border: true },
  body: { border: true },
  code: { border: true, color: "595959" },
  total: { bold: true, border: true, fill: "FFF2CC" },
  totalPercent: { bold: true, border: true, fill: "FFF2CC" },
  percent: { border: true },
  input: { border: true, fill: "FFFFFF" },
  error: { border: true, color: "9C0006", fill: "FFC7CE" },
  warning: { border: true, color: "9C5700", fill: "FFEB9C" },
  info: { border: true, color: "1F4E78" },
  ok: { border: true, color: "006100", fill: "C6EFCE" },
  muted: { italic: true, color: "808080" },
  letterhead: { bold: true, align: "center" },
  letterheadPlain: { align: "center" },
  letterheadUnderline: { bold: true, underline: true, align: "center" },
};

/** Number formats that read well in vi-VN Excel (which shows `.` for thousands, `,` for decimals). */
export const NUMBER_FORMATS = {
  count: "#,##0",
  amount: "#,##0.00",
  percent: "0.0%",
  integer: "0",
  date: "dd/mm/yyyy",
} as const;

export type SpecCell =
  /** Text, always written as text: never interpreted as a formula, number or date. */
  | { t: "text"; v: string; role?: StyleRole }
  | { t: "number"; v: number; format?: string; role?: StyleRole }
  /** A live formula, A1 style, without the leading `=`. `result` is the cached value to store. */
  | { t: "formula"; f: string; result?: number | string | null; format?: string; role?: StyleRole }
  /** An empty cell that still carries a style (borders, fills). */
  | { t: "blank"; role?: StyleRole; format?: string };

export interface SpecMerge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface SpecTable {
  /** Excel table name (letters, digits, underscores). */
  name: string;
  /** Header row index (0-based); the table runs from it to the sheet's last row. */
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
  style: string;
}

export interface SpecValidation {
  /** Range in A1 notation. */
  ref: string;
  type: "whole" | "decimal";
  min: number;
  /** Message shown when the rule is broken. */
  error: string;
}

export interface SheetSpec {
  name: string;
  /** 0-based rows of cells; `null` or a missing cell is empty. */
  rows: (SpecCell | null)[][];
  /** Column widths in characters, by column index. */
  widths?: number[];
  merges?: SpecMerge[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; cols: number };
  table?: SpecTable;
  validations?: SpecValidation[];
  /** Tab colour, `RRGGBB`. */
  tabColor?: string;
  /** Native charts drawn over the sheet's own cells (src/engine/charts). */
  charts?: ChartSpec[];
  /** How the sheet prints (engine/print/setup.ts `printSetupFor` chooses it). */
  print?: SpecPrint;
}

/**
 * A sheet's print setup, as both renderers write it: A4, one page wide and as many pages tall as
 * needed, the table's header rows repeated on every page. Margins in millimetres, the unit Vietnamese
 * administrative rules use (Nghị định 30/2020/NĐ-CP); each renderer converts to its own unit.
 */
export interface SpecPrint {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** One page wide; the height follows the rows (fitToHeight 0). */
  fitToWidth: true;
  /** 0-based rows printed at the top of every page (the table header), inclusive. */
  titleRows?: { r1: number; r2: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Print the gridlines: only where the cells carry no borders of their own. */
  gridlines: boolean;
}

export const text = (v: string, role?: StyleRole): SpecCell => ({ t: "text", v, role });
export const num = (v: number, format?: string, role?: StyleRole): SpecCell => ({ t: "number", v, format, role });
export const formula = (
  f: string,
  result: number | string | null | undefined,
  format?: string,
  role?: StyleRole,
): SpecCell => ({ t: "formula", f, result, format, role });
export const blank = (role?: StyleRole, format?: string): SpecCell => ({ t: "blank", role, format });

/**
 * Cells made once per value and shared by every place that shows it. Cells are plain data nobody changes,
 * and a big sheet repeats its values (the figures of 1,000 units, their cells' addresses): each cell not
 * made is memory the sheet never takes. A figure is a number cell, or a blank one when there is none.
 */
export function sharedCells() {
  const texts = new Map<string, SpecCell>();
  const figures = new Map<string, Map<number | null, SpecCell>>();
  return {
    text(v: string): SpecCell {
      let cell = texts.get(v);
      if (!cell) texts.set(v, (cell = text(v)));
      return cell;
    },
    figure(v: number | null, format: string, role?: StyleRole): SpecCell {
      const kind = `${format}\u0000${role ?? ""}`;
      let byValue = figures.get(kind);
      if (!byValue) figures.set(kind, (byValue = new Map()));
      let cell = byValue.get(v);
      if (!cell) byValue.set(v, (cell = v === null ? blank(role, format) : num(v, format, role)));
      return cell;
    },
  };
}
