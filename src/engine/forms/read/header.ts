/**
 * The table header of a form on a sheet: one to three header rows (merged cells resolved), then the
 * column-numbering row when there is one (`1 | 2 | 3 | 4(=2*100/3)`, `(1) | (2)`, `2 (=3+4)`). Columns are
 * found by their printed number when the numbering row agrees with the header text, else by the header
 * text (label, variants; `headerPath` tells apart equal labels under different merged cells). A form printed
 * as side-by-side halves (BTCTW-3DT) gives one block of columns per half.
 */
import type { Grid } from "../../grid";
import { filledCells, rowIsEmpty, textAt } from "../../read/cells";
import type { FormColumn, FormTemplate } from "../../../templates/form/types";
import { memoized } from "../../memo";
import { headerKey } from "./labels";

/** One set of columns: a form's label column, its figure columns, and a `TT` column if any. */
export interface ColumnBlock {
  /** Column code → 0-based sheet column. */
  columns: Record<string, number>;
  /** The column holding the row labels. */
  labelCol: number;
  /** A separate numbering column (`TT`, `STT`), if any. */
  ttCol: number | null;
  /** Codes of the figure columns found (kind `value` or `ratio`). */
  figures: string[];
}

export interface FormHeader {
  first: number;
  last: number;
  numberingRow: number | null;
  blocks: ColumnBlock[];
  /** The numbering row named the columns (else the header text did). */
  byNumber: boolean;
}

/** Report forms put their header within the first rows; a table far down is not looked for. */
const MAX_HEADER_SCAN = 200;
const MAX_HEADER_ROWS = 3;
const TT_KEYS = new Set(["tt", "stt", "so tt", "so thu tu"]);
const NOTE_KEYS = new Set(["ghi chu"]);

interface ColumnKeys {
  column: FormColumn;
  labels: string[];
  paths: string[];
  numberings: string[];
}

interface FormKeys {
  columns: ColumnKeys[];
  /** Every header text of the form (labels, variants, merged cells above them). */
  all: Set<string>;
  ratio: FormColumn | null;
  /** Header key → whether it names something of this form (memoized, bounded: every sheet repeats the same headers). */
  headerish: (key: string) => boolean;
}

const keysCache = new WeakMap<FormTemplate, FormKeys>();

/** `4 (=2x100/3)` → `4=2*100/3`; `(1)` → `1`. */
export function numberingKey(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s()]/g, "")
    .replace(/[x×]/g, "*")
    .replace(/:/g, "/");
}

function formKeys(form: FormTemplate): FormKeys {
  let keys = keysCache.get(form);
  if (keys) return keys;
  const columns = form.columns
    .filter((c) => c.printed !== false)
    .map((column) => ({
      column,
      labels: [column.label, ...(column.labelVariants ?? [])].map(headerKey).filter(Boolean),
      paths: (column.headerPath ?? []).map(headerKey).filter(Boolean),
      numberings: [column.numbering ?? column.code, ...(column.numberingVariants ?? [])].map(numberingKey),
    }));
  const all = new Set(columns.flatMap((c) => [...c.labels, ...c.paths]));
  const ratios = form.columns.filter((c) => c.kind === "ratio" && c.printed !== false);
  const k: FormKeys = { columns, all, ratio: ratios.length === 1 ? ratios[0] : null, headerish: () => false };
  k.headerish = memoized((key) => all.has(key) || TT_KEYS.has(key) || NOTE_KEYS.has(key) || columnsNamed(key, k).list.length > 0);
  keys = k;
  keysCache.set(form, keys);
  return keys;
}

const startsAtWord = (text: string, alias: string) => text === alias || (text.startsWith(alias) && text[alias.length] === " ");

/** The template column a header text names: the longest label that equals it or begins it; ties kept. */
function columnsNamed(text: string, keys: FormKeys): { list: ColumnKeys[]; length: number; fallback: boolean } {
  const key = headerKey(text);
  let best: ColumnKeys[] = [];
  let length = 0;
  if (!key) return { list: best, length, fallback: false };
  for (const ck of keys.columns) {
    for (const l of ck.labels) {
      if (!startsAtWord(key, l)) continue;
      if (l.length > length) {
        best = [ck];
        length = l.length;
      } else if (l.length === length && !best.includes(ck)) best.push(ck);
    }
  }
  if (!best.length && keys.ratio && (key.includes("%") || /\bt[iy] le\b/.test(key))) {
    const ck = keys.columns.find((c) => c.column === keys.ratio);
    if (ck) return { list: [ck], length: 1, fallback: true };
  }
  return { list: best, length, fallback: false };
}

function isHeaderKey(key: string, keys: FormKeys): boolean {
  if (!key) return false;
  return keys.headerish(key);
}

/** The header keys of each row's filled cells, computed once per sheet for every form tried on it. */
const rowKeysCache = new WeakMap<Grid, string[][]>();
function rowKeys(grid: Grid, r: number): string[] {
  let rows = rowKeysCache.get(grid);
  if (!rows) rowKeysCache.set(grid, (rows = []));
  return (rows[r] ??= filledCells(grid, r).map(({ text }) => headerKey(text)));
}

// `4`, `(4)`, `4(=2*100/3)`, `3 = 4 + 5`, and `(3)=(4)+(5)`: each number of the expression in brackets too.
const NUMBERING_CELL = /^\(?([A-Za-z]|\d{1,2})\)?\s*(?:\(?\s*=\s*[\dA-Za-z\s+\-*/x×:.,()]+)?$/;

/** The printed number (or letter) of a numbering cell: `4(=2*100/3)` → `4`, `(2)` → `2`. */
export function numberingToken(text: string): string | null {
  const m = NUMBERING_CELL.exec(text.trim());
  return m ? m[1] : null;
}

/** A column-numbering row: two or more cells, every one a column number or letter, with an expression or not. */
export function isFormNumberingRow(grid: Grid, r: number): boolean {
  const cells = filledCells(grid, r);
  if (cells.length < 2) return false;
  return cells.every(({ text }) => numberingToken(text) !== null) && cells.some(({ text }) => /\d/.test(text));
}

/** The text of each header cell, with a merged area's text in every cell it covers. */
function headerTexts(grid: Grid, first: number, last: number): string[][] {
  const rows: string[][] = [];
  for (let r = first; r <= last; r++) {
    const row: string[] = [];
    for (let c = 0; c < grid.colCount; c++) row.push(textAt(grid, r, c));
    rows.push(row);
  }
  for (const m of grid.merges) {
    if (m.r1 > last || m.r2 < first || m.r1 < first) continue;
    const text = textAt(grid, m.r1, m.c1);
    for (let r = Math.max(m.r1, first); r <= Math.min(m.r2, last); r++) {
      for (let c = m.c1; c <= m.c2 && c < grid.colCount; c++) rows[r - first][c] ||= text;
    }
  }
  return rows;
}

/** Some merged area that begins in the header (from row `first`) reaches row `r`. */
function mergedDownFrom(grid: Grid, first: number, r: number): boolean {
  return grid.merges.some((m) => m.r1 >= first && m.r1 < r && m.r2 >= r);
}

const FIGURE_TEXT = /^\s*[-+]?\d[\d.,\s]*%?\s*$/;

/** A row with a number in it is a row of figures (`Tổng số đảng viên | 86 | 90`), not the top of a header. */
function holdsFiguresUncached(grid: Grid, r: number): boolean {
  return (grid.cells[r] ?? []).some((cell) => typeof cell?.v === "number" || (typeof cell?.v === "string" && FIGURE_TEXT.test(cell.v)));
}

/** Per sheet and row, once for every form tried on it: 0 not yet known, 1 no figures, 2 figures. */
const figureRowsCache = new WeakMap<Grid, Uint8Array>();
function holdsFigures(grid: Grid, r: number): boolean {
  let rows = figureRowsCache.get(grid);
  if (!rows) figureRowsCache.set(grid, (rows = new Uint8Array(Math.min(grid.rowCount, MAX_HEADER_SCAN))));
  if (r >= rows.length) return holdsFiguresUncached(grid, r);
  if (rows[r] === 0) rows[r] = holdsFiguresUncached(grid, r) ? 2 : 1;
  return rows[r] === 2;
}

function rowHasHeaderText(grid: Grid, r: number, keys: FormKeys): boolean {
  return rowKeys(grid, r).some((key) => isHeaderKey(key, keys));
}

/** Finds the form's table header, or null when the sheet has none. */
export function findFormHeader(grid: Grid, form: FormTemplate): FormHeader | null {
  const keys = formKeys(form);
  const limit = Math.min(grid.rowCount, MAX_HEADER_SCAN);
  for (let r = 0; r < limit; r++) {
    // Figures first: known once per sheet, they rule out most rows for every form at once.
    if (holdsFigures(grid, r) || !rowHasHeaderText(grid, r, keys)) continue;
    let last = r;
    let numberingRow: number | null = null;
    for (let k = r + 1; k < Math.min(grid.rowCount, r + MAX_HEADER_ROWS + 1); k++) {
      if (isFormNumberingRow(grid, k)) {
        numberingRow = k;
        break;
      }
      if (k - r >= MAX_HEADER_ROWS) break;
      // A row of the header that only continues cells merged down from above shows nothing of its own.
      if (!rowHasHeaderText(grid, k, keys) && !(rowIsEmpty(grid, k) && mergedDownFrom(grid, r, k))) break;
      last = k;
    }
    const header = columnsOf(grid, r, last, numberingRow, keys, form);
    if (header) return header;
  }
  return null;
}

const isFigure = (c: FormColumn) => c.kind === "value" || c.kind === "ratio";

function columnsOf(grid: Grid, first: number, last: number, numberingRow: number | null, keys: FormKeys, form: FormTemplate): FormHeader | null {
  const texts = headerTexts(grid, first, last);
  const n = grid.colCount;
  const byText: (ColumnKeys | null)[] = [];
  /** Named only by the `%` fallback (a rate column of another form): no evidence for the numbering row. */
  const weak: boolean[] = [];
  const tt: boolean[] = [];
  const tokens: (string | null)[] = [];
  for (let c = 0; c < n; c++) {
    // Top to bottom, a merged cell repeated down counts once; the lowest text that names a column decides.
    const stack = texts.map((row) => row[c]).filter((t, i, a) => t && t !== a[i - 1]);
    let named: ColumnKeys | null = null;
    let byFallback = false;
    for (let i = stack.length - 1; i >= 0 && !named; i--) {
      const { list, fallback } = columnsNamed(stack[i], keys);
      byFallback = fallback;
      if (list.length === 1) named = list[0];
      else if (list.length > 1) {
        // Equal labels under different merged cells: the one whose headerPath the cells above show.
        const above = new Set(stack.slice(0, i).map(headerKey));
        const scored = list.map((ck) => ({ ck, s: ck.paths.filter((p) => above.has(p)).length }));
        const top = Math.max(...scored.map((x) => x.s));
        const winners = scored.filter((x) => x.s === top);
        named = winners[0].ck;
      }
    }
    byText.push(named);
    weak.push(byFallback);
    tt.push(stack.length > 0 && TT_KEYS.has(headerKey(stack[stack.length - 1])));
    tokens.push(numberingRow === null ? null : numberingToken(textAt(grid, numberingRow, c)));
  }

  // The numbering row names the columns when it agrees with the header text where both speak.
  let agree = 0;
  let disagree = 0;
  for (let c = 0; c < n; c++) {
    const ck = byText[c];
    const tok = tokens[c];
    if (!ck || tok === null || weak[c]) continue;
    const printed = numberingKey(textAt(grid, numberingRow!, c));
    if (tok === ck.column.code || ck.numberings.includes(printed)) agree++;
    else disagree++;
  }
  // Letters beside numbers (`A | B | C | 1 | 2 | 3`: BC-XDĐ's way) number the figure columns from 1, not the
  // form's columns: with no header text agreeing, such numbers say nothing of a form whose codes are digits.
  const letters = tokens.some((t) => t !== null && /^[A-Za-z]$/.test(t)) && !keys.columns.some((ck) => /^[A-Za-z]$/.test(ck.column.code));
  const byNumber = numberingRow !== null && (agree > disagree || (disagree === 0 && (agree > 0 || !letters)));
  const byCode = new Map(keys.columns.map((ck) => [ck.column.code, ck]));

  const codes: (ColumnKeys | null)[] = [];
  for (let c = 0; c < n; c++) {
    const tok = tokens[c];
    const viaNumber = byNumber && tok !== null ? byCode.get(tok) : undefined;
    codes.push(viaNumber ?? byText[c]);
  }

  // Blocks: a code seen again starts the next block (a form printed as two halves side by side).
  const blocks: { cols: Map<string, number>; tt: number | null; from: number; to: number }[] = [];
  let current: (typeof blocks)[number] | null = null;
  for (let c = 0; c < n; c++) {
    const ck = codes[c];
    if (!ck && !tt[c]) continue;
    if (!current || (ck && current.cols.has(ck.column.code)) || (tt[c] && current.tt !== null)) {
      current = { cols: new Map(), tt: null, from: c, to: c };
      blocks.push(current);
    }
    current.to = c;
    if (tt[c] && (!ck || ck.column.kind === "label")) current.tt = c;
    if (ck) current.cols.set(ck.column.code, c);
  }

  const out: ColumnBlock[] = [];
  for (const b of blocks) {
    const figures = [...b.cols.keys()].filter((code) => isFigure(byCode.get(code)!.column));
    // A rate column alone (`Tỷ lệ %` of BC-XDĐ) does not make a form's table: one of its value columns must be named.
    if (!figures.some((code) => byCode.get(code)!.column.kind === "value")) continue;
    const labelCols = [...b.cols]
      .filter(([code, c]) => byCode.get(code)!.column.kind === "label" && c !== b.tt)
      .map(([, c]) => c);
    const firstFigure = Math.min(...figures.map((code) => b.cols.get(code)!));
    // Without a named label column, one named figure column is too little (`Loại hình: Đảng bộ cơ sở` is no header).
    if (!labelCols.length && figures.length < 2) continue;
    const labelCol = labelCols.length ? Math.max(...labelCols) : guessLabelColumn(grid, (numberingRow ?? last) + 1, b.from, firstFigure, b.tt);
    if (labelCol === null) continue;
    out.push({ columns: Object.fromEntries(b.cols), labelCol, ttCol: b.tt, figures });
  }
  if (!out.length) return null;
  // A form with a label column and figures in the header is enough; but the label must be left of the figures.
  void form;
  return { first, last, numberingRow, blocks: out, byNumber };
}

/** With no label header the sheet names, the text column just left of the figures holds the labels. */
function guessLabelColumn(grid: Grid, dataRow: number, from: number, firstFigure: number, tt: number | null): number | null {
  for (let c = firstFigure - 1; c >= Math.max(0, from - 3); c--) {
    if (c === tt) continue;
    let words = 0;
    for (let r = dataRow; r < Math.min(grid.rowCount, dataRow + 40); r++) if (/\p{L}{2,}/u.test(textAt(grid, r, c))) words++;
    if (words >= 2) return c;
  }
  return null;
}
