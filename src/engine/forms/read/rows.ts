/**
 * The rows of a form's table, matched to the template's rows by their printed numbering together with the
 * normalised label and aliases, never by position alone. Labels repeat under different parents (`1.` under
 * B and under C; `Tặng bằng khen` under five parents), so a label is matched within the scope of the rows
 * found above it: the chain of the last row matched and the rows it is printed `under` (headings included).
 * A label the form has once is matched wherever it stands (rows may be reordered).
 */
import { a1, cellAt, type Grid } from "../../grid";
import { cellText, rowIsEmpty, textAt } from "../../read/cells";
import { parseViDate } from "../../read/meta";
import { isBlankMarker } from "../../numbers";
import { foldText } from "../../text";
import type { FormRow, FormTemplate } from "../../../templates/form/types";
import { isFormNumberingRow, type ColumnBlock, type FormHeader } from "./header";
import { BULLET_KEY, cellNumbering, labelKeys, numberingClass, splitNumbering, templateNumbering, type Numbering } from "./labels";

/** A row of the table as read: its numbering, label, figures, and the form row it matched. */
export interface SheetRow {
  r: number;
  block: ColumnBlock;
  /** The label as written, numbering included (with the `TT` cell before it when there is one). */
  label: string;
  /** A1 of the label cell. */
  cell: string;
  numbering: Numbering;
  /** A figure column shows something other than blank or a blank marker. */
  hasFigures: boolean;
  /** The template row matched, or null. */
  row: FormRow | null;
}

/** Footer lines that end the table (FORM.md, forms/README.md), besides the template's own. */
const FOOTERS = ["người lập biểu", "người lập", "t/m", "bí thư", "nơi nhận", "xác nhận", "trưởng ban", "thủ trưởng"];
const EMPTY_ROWS_END_TABLE = 3;

interface RowIndex {
  rows: FormRow[];
  numbering: Map<string, Numbering>;
  /** Label key → rows, per strength: exact, folded, compact, bare. */
  levels: Map<string, FormRow[]>[];
  byCode: Map<string, FormRow>;
  /** Classes of the numbering of the top-level rows (where an unknown row closes the scope). */
  topClasses: Set<string>;
  memo: Map<string, Candidate[]>;
}

const indexCache = new WeakMap<FormTemplate, RowIndex>();

function put(map: Map<string, FormRow[]>, key: string, row: FormRow) {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.includes(row)) list.push(row);
  map.set(key, list);
}

function rowIndex(form: FormTemplate): RowIndex {
  let index = indexCache.get(form);
  if (index) return index;
  const levels = [new Map(), new Map(), new Map(), new Map()] as Map<string, FormRow[]>[];
  const numbering = new Map<string, Numbering>();
  for (const row of form.rows) {
    numbering.set(row.code, templateNumbering(row.numbering));
    for (const label of [row.label, ...(row.aliases ?? [])]) {
      const k = labelKeys(splitNumbering(label).rest);
      put(levels[0], k.exact, row);
      put(levels[1], k.folded, row);
      put(levels[2], k.compact, row);
      if (k.bare) put(levels[3], k.bare, row);
    }
  }
  const topClasses = new Set(form.rows.filter((r) => !r.under).map((r) => numberingClass(numbering.get(r.code)!.key)));
  topClasses.delete("none");
  topClasses.delete("bullet");
  index = { rows: form.rows, numbering, levels, byCode: new Map(form.rows.map((r) => [r.code, r])), topClasses, memo: new Map() };
  indexCache.set(form, index);
  return index;
}

interface Candidate {
  row: FormRow;
  quality: number;
}

/** The rows a label names, remembered per form: every unit's sheet repeats the same labels. */
function candidates(label: string, index: RowIndex): Candidate[] {
  let found = index.memo.get(label);
  if (!found) {
    found = candidatesUncached(label, index);
    if (index.memo.size > 20_000) index.memo.clear();
    index.memo.set(label, found);
  }
  return found;
}

function candidatesUncached(label: string, index: RowIndex): Candidate[] {
  const k = labelKeys(label);
  if (!k.exact) return [];
  const seen = new Map<FormRow, number>();
  const probes: [number, string][] = [
    [0, k.exact],
    [1, k.folded],
    [2, k.compact],
    [3, k.bare],
  ];
  for (const [level, key] of probes) {
    if (!key) continue;
    // A sheet's label against the template's keys of the same strength, and a bare sheet label against full ones.
    const maps = level === 3 ? [index.levels[1], index.levels[3]] : [index.levels[level]];
    for (const map of maps) for (const row of map.get(key) ?? []) if (!seen.has(row)) seen.set(row, level);
  }
  if (!k.bare) for (const row of index.levels[3].get(k.folded) ?? []) if (!seen.has(row)) seen.set(row, 3);
  return [...seen].map(([row, quality]) => ({ row, quality }));
}

/** The template row's ancestors by `under`, nearest first, starting with the row itself. */
function chainOf(row: FormRow, index: RowIndex): string[] {
  const chain: string[] = [];
  let cur: FormRow | undefined = row;
  while (cur && chain.length < 20) {
    chain.push(cur.code);
    cur = cur.under ? index.byCode.get(cur.under) : undefined;
  }
  return chain;
}

const numberingAgrees = (sheet: Numbering, tpl: Numbering): number => {
  if (!sheet.key || !tpl.key) return 1;
  if (sheet.key === tpl.key) return 0;
  if (sheet.key === BULLET_KEY && tpl.key === BULLET_KEY) return 0;
  if (sheet.key.toLowerCase() === tpl.key.toLowerCase()) return 1;
  return 2;
};

/**
 * Picks among the rows a label names: the one printed under the nearest row of the current scope, then the one
 * whose numbering agrees, then the stronger label match, then one not found yet. Null when two stay equal.
 */
function choose(cands: Candidate[], numbering: Numbering, chain: string[], index: RowIndex, found: Set<string>): FormRow | null {
  if (!cands.length) return null;
  if (cands.length === 1) return cands[0].row;
  const scored = cands.map((c) => {
    const under = c.row.under;
    const at = under ? chain.indexOf(under) : -1;
    const scope = under ? (at >= 0 ? at : 1000) : chain.length;
    return { row: c.row, key: [scope, numberingAgrees(numbering, index.numbering.get(c.row.code)!), c.quality, found.has(c.row.code) ? 1 : 0] };
  });
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return 0;
  });
  const [best, next] = scored;
  if (next && best.key.every((v, i) => v === next.key[i])) return null;
  return best.row;
}

function isFooter(text: string, markers: string[]): boolean {
  const t = foldText(text);
  if (!t) return false;
  if (markers.some((m) => t.startsWith(m))) return true;
  // The place and date line (`Hà Nội, ngày 05 tháng 7 năm 2023`) closes the table too.
  return /\bngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/.test(t) && parseViDate(text) !== null && !/^(co|tinh) den\b/.test(t);
}

const markersCache = new WeakMap<FormTemplate, string[]>();
function footerMarkers(form: FormTemplate): string[] {
  let m = markersCache.get(form);
  if (!m) markersCache.set(form, (m = [...FOOTERS, ...(form.footerMarkers ?? [])].map(foldText)));
  return m;
}

/** Whether a figure cell shows a figure (a number, or anything that is not blank nor a blank marker). */
export function showsFigure(grid: Grid, r: number, c: number): boolean {
  return !isBlankMarker(cellText(cellAt(grid, r, c)));
}

/** Where the table ends: at a footer line, or after three empty rows. */
export function tableEnd(grid: Grid, header: FormHeader, form: FormTemplate): number {
  const markers = footerMarkers(form);
  let empties = 0;
  for (let r = (header.numberingRow ?? header.last) + 1; r < grid.rowCount; r++) {
    if (rowIsEmpty(grid, r)) {
      if (++empties >= EMPTY_ROWS_END_TABLE) return r - empties + 1;
      continue;
    }
    empties = 0;
    const row = grid.cells[r] ?? [];
    if (row.some((cell) => typeof cell?.v === "string" && isFooter(cellText(cell), markers))) return r;
  }
  return grid.rowCount;
}

/** Reads and matches every row of the table, block by block (a form printed in halves has two). */
export function readFormRows(grid: Grid, header: FormHeader, form: FormTemplate): SheetRow[] {
  const index = rowIndex(form);
  const end = tableEnd(grid, header, form);
  const start = (header.numberingRow ?? header.last) + 1;
  const out: SheetRow[] = [];
  for (const block of header.blocks) {
    let chain: string[] = [];
    const found = new Set<string>();
    for (let r = start; r < end; r++) {
      const labelText = textAt(grid, r, block.labelCol);
      const ttText = block.ttCol === null ? "" : textAt(grid, r, block.ttCol);
      const hasFigures = block.figures.some((code) => showsFigure(grid, r, block.columns[code]));
      if (!labelText && !ttText && !hasFigures) continue;
      // A column-numbering row repeated under the header (or at a page break) is no row of the form.
      if (!/\p{L}{2,}/u.test(labelText) && isFormNumberingRow(grid, r)) continue;
      const split = splitNumbering(labelText);
      const tt = cellNumbering(ttText);
      const numbering: Numbering = tt.key ? { key: tt.key, subset: tt.subset || split.numbering.subset } : split.numbering;
      const row = choose(candidates(split.rest, index), numbering, chain, index, found);
      if (row) {
        chain = chainOf(row, index);
        found.add(row.code);
      } else if (index.topClasses.has(numberingClass(numbering.key))) {
        // An unknown row numbered like the form's top level (`E - Chênh lệch`) closes the current scope.
        chain = [];
      }
      out.push({
        r,
        block,
        label: ttText && !labelText.startsWith(ttText) ? `${ttText} ${labelText}`.trim() : labelText || ttText,
        cell: a1(r, labelText || block.ttCol === null ? block.labelCol : block.ttCol),
        numbering,
        hasFigures,
        row,
      });
    }
  }
  return out;
}
