import { columnLetters } from "../engine/grid";
import type { SheetSpec, SpecCell, StyleRole } from "../engine/sheetspec";
import type { ByteWriter } from "./bytes";
import { MAX_COLS, MAX_ROWS } from "./limits";
import type { SharedStrings } from "./sharedStrings";
import type { StyleTable } from "./styles";
import type { TablePlan } from "./table";
import { capText, escapeText } from "./xml";

/**
 * `<sheetData>`: the rows and cells, by far the largest part of a big workbook. Written straight
 * into bytes (see bytes.ts). Text cells always go through the shared strings table (`t="s"`), so
 * no text is ever stored as a formula, a number or an inline value.
 */

export interface SheetDataContext {
  styles: StyleTable;
  strings: SharedStrings;
  /** When set, its header cells are written as the table's column names. */
  table?: TablePlan;
}

export interface Used {
  maxRow: number;
  maxCol: number;
}

// The sheet data is written from pre-encoded pieces, so that a cell costs a few short byte copies:
// `<c r="D` (per column) + `123` (per row) + `" s="3" t="s"><v>` (per style and kind) + value.
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const cellPrefixes: Uint8Array[] = [];
function cellPrefix(c: number): Uint8Array {
  return cellPrefixes[c] ?? (cellPrefixes[c] = ascii(`<c r="${columnLetters(c)}`));
}

/** What follows the cell reference. */
const enum Kind {
  /** `<v>` with a number */
  Number = 0,
  /** `t="s"`, `<v>` with a shared-string index */
  Shared = 1,
  /** `t="str"`, `<f>` then a string result */
  FormulaString = 2,
  /** `<f>` then an optional numeric result */
  Formula = 3,
  /** no content: a styled empty cell */
  Empty = 4,
}
const KIND_TAILS = ["><v>", ' t="s"><v>', ' t="str"><f>', "><f>", "/>"];
const cellTails: Uint8Array[] = [];
function cellTail(style: number, kind: Kind): Uint8Array {
  const key = style * 5 + kind;
  return cellTails[key] ?? (cellTails[key] = ascii(`"${style ? ` s="${style}"` : ""}${KIND_TAILS[kind]}`));
}
const V_CLOSE = ascii("</v></c>");
const F_CLOSE = ascii("</f></c>");
const F_TO_V = ascii("</f><v>");

/** The escaped `<f>` content: the spec writes formulas without `=`, but one slipping through is tolerated. */
function formulaText(f: string, sheet: string, r: number, c: number): string {
  const body = String(f ?? "").replace(/^=/, "");
  if (body.trim() === "") throw new Error(`Sheet "${sheet}" cell ${columnLetters(c)}${r + 1}: the formula is empty`);
  return escapeText(body);
}

/** Writes `<sheetData>` into `w`, noting the last row and column actually written. */
export function writeSheetData(w: ByteWriter, spec: SheetSpec, ctx: SheetDataContext, used: Used): void {
  const { styles, strings, table } = ctx;
  const rows = spec.rows;
  const rowCount = Math.max(rows.length, table ? table.headerRow + 1 : 0);
  if (rowCount > MAX_ROWS) throw new Error(`Sheet "${spec.name}" has ${rowCount} rows; Excel allows ${MAX_ROWS}`);
  const rowDigits = new Uint8Array(8);
  // Cells in a column usually share their look: remember the last role/format per column and
  // skip the style table's lookups when they repeat.
  const colRole: (string | undefined)[] = [];
  const colFormat: (string | undefined)[] = [];
  const colStyle: number[] = [];
  const styleOf = (c: number, role: StyleRole | undefined, format: string | undefined): number => {
    const known = colStyle[c];
    if (known !== undefined && colRole[c] === role && colFormat[c] === format) return known;
    const s = styles.styleId(role, format);
    colRole[c] = role;
    colFormat[c] = format;
    colStyle[c] = s;
    return s;
  };
  w.str("<sheetData>");
  for (let r = 0; r < rowCount; r++) {
    const row = rows[r];
    const header = table && r === table.headerRow ? table : undefined;
    if (!row && !header) continue;
    const width = Math.max(row ? row.length : 0, header ? header.lastCol + 1 : 0);
    if (width > MAX_COLS) throw new Error(`Sheet "${spec.name}" row ${r + 1} has ${width} columns; Excel allows ${MAX_COLS}`);
    const rowNum = r + 1;
    let digits = 0;
    for (let m = rowNum; m > 0; m = Math.floor(m / 10)) digits++;
    for (let m = rowNum, k = digits - 1; k >= 0; m = Math.floor(m / 10), k--) rowDigits[k] = 48 + (m % 10);
    const rowStart = w.length;
    let wrote = false;
    w.str('<row r="');
    w.raw(rowDigits, digits);
    w.str('">');
    for (let c = 0; c < width; c++) {
      const cell: SpecCell | null | undefined = row ? row[c] : undefined;
      if (header && c >= header.firstCol && c <= header.lastCol) {
        // Table header cells must hold exactly the table's column names, as text, whatever the
        // spec put there (a number, a blank, a repeated label); the cell keeps its look.
        const s = styles.styleId(cell?.role, cell && cell.t !== "text" ? cell.format : undefined);
        w.raw3(cellPrefix(c), rowDigits, digits, cellTail(s, Kind.Shared));
        w.uint(strings.add(header.columns[c - header.firstCol]));
        w.raw(V_CLOSE);
      } else {
        if (!cell) continue;
        switch (cell.t) {
          case "text": {
            const v = typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
            w.raw3(cellPrefix(c), rowDigits, digits, cellTail(styleOf(c, cell.role, undefined), Kind.Shared));
            w.uint(strings.add(v));
            w.raw(V_CLOSE);
            break;
          }
          case "number": {
            const s = styleOf(c, cell.role, cell.format);
            const v = cell.v;
            if (typeof v === "number" && Number.isFinite(v)) {
              w.raw3(cellPrefix(c), rowDigits, digits, cellTail(s, Kind.Number));
              w.num(v);
              w.raw(V_CLOSE);
            } else if (s) {
              // NaN/Infinity have no representation in a cell: keep the formatting, drop the value.
              w.raw3(cellPrefix(c), rowDigits, digits, cellTail(s, Kind.Empty));
            } else continue;
            break;
          }
          case "formula": {
            const s = styleOf(c, cell.role, cell.format);
            const f = formulaText(cell.f, spec.name, r, c);
            const res = cell.result;
            w.raw3(cellPrefix(c), rowDigits, digits, cellTail(s, typeof res === "string" ? Kind.FormulaString : Kind.Formula));
            w.str(f);
            if (typeof res === "number" && Number.isFinite(res)) {
              w.raw(F_TO_V);
              w.num(res);
              w.raw(V_CLOSE);
            } else if (typeof res === "string") {
              w.raw(F_TO_V);
              w.str(escapeText(capText(res)));
              w.raw(V_CLOSE);
            } else {
              // No cached value: the reader computes it (fullCalcOnLoad is set in workbook.xml).
              w.raw(F_CLOSE);
            }
            break;
          }
          case "blank": {
            const s = styleOf(c, cell.role, cell.format);
            if (!s) continue;
            w.raw3(cellPrefix(c), rowDigits, digits, cellTail(s, Kind.Empty));
            break;
          }
          default:
            continue;
        }
      }
      wrote = true;
      if (c > used.maxCol) used.maxCol = c;
    }
    if (wrote) {
      w.str("</row>");
      used.maxRow = r;
    } else {
      w.truncate(rowStart); // nothing in this row: drop the empty <row>
    }
  }
  w.str("</sheetData>");
}
