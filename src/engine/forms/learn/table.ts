/**
 * Where the table of a form sheet lies: its header (one to three rows, merged cells resolved), the
 * column-numbering row when there is one, the columns it spans, and its body (up to the footer). The learner
 * knows no form, so it looks for the shapes every form has (forms/README.md "What every form has") rather than
 * for names.
 */
import type { Grid } from "../../grid";
import { cellText, filledCells, rowIsEmpty, textAt } from "../../read/cells";
import { foldText } from "../../text";
import { isFormNumberingRow, numberingToken } from "../read/header";
import { headerKey } from "../read/labels";

export interface TableShape {
  headerFirst: number;
  headerLast: number;
  numberingRow: number | null;
  firstCol: number;
  lastCol: number;
  /** First body row, and one past the last. */
  bodyFirst: number;
  bodyEnd: number;
  /** The footer line that ends the body, if the table ends at one (its texts become the template's footer markers). */
  footerRow: number | null;
}

const MAX_SCAN = 200;
const MAX_HEADER_ROWS = 3;
/** Header cells a form's label or numbering column carries (`TT`, `Nội dung`, `Chỉ tiêu`). */
const HEADER_WORDS = /^(tt|stt|so tt|so thu tu|noi dung|chi tieu|tieu chi|ten chi tieu|danh muc|ten don vi|hang muc|cac chi tieu)$/;
/** Lines that end a form's table (forms/README.md "Footer"). */
const FOOTER = /^(nguoi lap( bieu)?|t\/m|tm\b|bi thu|noi nhan|xac nhan|truong ban|thu truong|ghi chu:|luu y:)|\bngay\s*[.…_\d]*\s*thang\s*[.…_\d]*\s*nam\b/;
const EMPTY_ROWS_END_TABLE = 3;

/** A numbering row worth the name: small printed numbers that mostly rise left to right (`1 | 2 | 3 (=4+5) | 4`). */
function isColumnNumbering(grid: Grid, r: number): boolean {
  if (!isFormNumberingRow(grid, r)) return false;
  const numbers = filledCells(grid, r)
    .map(({ text }) => numberingToken(text))
    .filter((t): t is string => t !== null && /^\d+$/.test(t))
    .map(Number);
  // `A | B | 1` (letters for the label columns) holds one number; a row of figures holds numbers far above
  // the count of its cells, which a numbering never does.
  if (!numbers.length || Math.max(...numbers) > filledCells(grid, r).length + 3) return false;
  let rising = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] > numbers[i - 1]) rising++;
  return rising >= (numbers.length - 1) / 2;
}

const hasHeaderWord = (grid: Grid, r: number) => filledCells(grid, r).some(({ text }) => HEADER_WORDS.test(headerKey(text)));

/** A row covered by a merged area that starts above it (inside the header). */
const continuesMerge = (grid: Grid, r: number, from: number) => grid.merges.some((m) => m.r1 >= from && m.r1 < r && m.r2 >= r);

export function findTable(grid: Grid): TableShape | null {
  const limit = Math.min(grid.rowCount, MAX_SCAN);
  let numberingRow: number | null = null;
  for (let r = 1; r < limit && numberingRow === null; r++) if (isColumnNumbering(grid, r) && !rowIsEmpty(grid, r - 1)) numberingRow = r;

  let headerFirst: number;
  let headerLast: number;
  if (numberingRow !== null) {
    headerLast = numberingRow - 1;
    headerFirst = headerLast;
    // Up from the numbering row: rows with two or more header cells, or a row whose merged cells reach down.
    for (let k = headerLast - 1; k >= Math.max(0, numberingRow - MAX_HEADER_ROWS); k--) {
      const reaches = grid.merges.some((m) => m.r1 === k && m.r2 > k && m.r2 <= headerLast);
      if (filledCells(grid, k).length >= 2 || reaches) headerFirst = k;
      else break;
    }
    // A header starts at the top of a merged cell that reaches into it.
    for (const m of grid.merges) if (m.r2 >= headerFirst && m.r1 < headerFirst && m.r2 <= headerLast && headerLast - m.r1 < MAX_HEADER_ROWS && m.r2 > m.r1) headerFirst = m.r1;
  } else {
    const first = Array.from({ length: limit }, (_, r) => r).find((r) => hasHeaderWord(grid, r) && filledCells(grid, r).length >= 2);
    if (first === undefined) return null;
    headerFirst = first;
    headerLast = first;
    for (const m of grid.merges) if (m.r1 === first && m.r2 > headerLast) headerLast = Math.min(m.r2, first + MAX_HEADER_ROWS - 1);
    while (headerLast + 1 < first + MAX_HEADER_ROWS && continuesMerge(grid, headerLast + 1, first) && !hasNumbers(grid, headerLast + 1)) headerLast++;
  }

  let firstCol = Infinity;
  let lastCol = -1;
  for (let r = headerFirst; r <= (numberingRow ?? headerLast); r++) {
    for (const { c } of filledCells(grid, r)) {
      firstCol = Math.min(firstCol, c);
      lastCol = Math.max(lastCol, c);
    }
  }
  for (const m of grid.merges) if (m.r1 >= headerFirst && m.r1 <= headerLast) lastCol = Math.max(lastCol, m.c2);
  if (lastCol < 0) return null;

  const bodyFirst = (numberingRow ?? headerLast) + 1;
  const end = bodyEnd(grid, bodyFirst, firstCol, lastCol);
  return { headerFirst, headerLast, numberingRow, firstCol, lastCol, bodyFirst, bodyEnd: end.end, footerRow: end.footer };
}

function hasNumbers(grid: Grid, r: number): boolean {
  return (grid.cells[r] ?? []).some((cell) => typeof cell?.v === "number");
}

/** One past the last body row: before the footer, or before a run of empty rows. */
function bodyEnd(grid: Grid, from: number, c1: number, c2: number): { end: number; footer: number | null } {
  let last = from - 1;
  let empty = 0;
  for (let r = from; r < grid.rowCount; r++) {
    const texts = [];
    for (let c = c1; c <= c2; c++) {
      const t = textAt(grid, r, c);
      if (t) texts.push(t);
    }
    if (!texts.length) {
      if (++empty >= EMPTY_ROWS_END_TABLE) break;
      continue;
    }
    empty = 0;
    if (texts.some((t) => FOOTER.test(foldText(t)))) return { end: last + 1, footer: r };
    last = r;
  }
  return { end: last + 1, footer: null };
}

/** A cell's text with the leading spaces kept: indentation is how some forms show depth. */
export function rawText(grid: Grid, r: number, c: number): string {
  return cellText(grid.cells[r]?.[c]).replace(/\s+$/, "");
}
