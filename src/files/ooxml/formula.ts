/**
 * Formulas as a cell holds them. Excel writes a formula copied down a column once, on its first cell
 * (`<f t="shared" ref="D5:D20" si="0">D6+D7</f>`), and each other cell only points at it
 * (`<f t="shared" si="0"/>`): that cell's formula is the first one with its relative references moved
 * by the distance between the two cells, as Excel shows it (SheetJS's shift_formula_xlsx).
 */
import { columnLetters } from "../../engine/grid";

/**
 * An A1 reference inside a formula: not after a letter, digit, `.` or `_` (a name, a function), and
 * not followed by one or by `(` (LOG10(…) is a function, not a cell). Columns up to XFD, rows up to
 * 1,048,576, as SheetJS's crefregex.
 */
const REFERENCE =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

function columnIndex(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
  return c - 1;
}

/** `formula` moved by `rows` and `cols`: relative references shift, `$`-anchored parts stay. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(REFERENCE, (_m, before: string, colAnchor: string, col: string, rowAnchor: string, row: string) => {
    const c = colAnchor ? `$${col}` : columnLetters(columnIndex(col) + cols);
    const r = rowAnchor ? `$${row}` : String(Number(row) + rows);
    return before + c + r;
  });
}

/** A formula's text as the Grid holds it: unprefixed future functions (`_xlfn.IFS` → `IFS`). */
export function withoutFuturePrefix(formula: string): string {
  return formula.indexOf("_xlfn.") < 0 ? formula : formula.replace(/_xlfn\./g, "");
}
