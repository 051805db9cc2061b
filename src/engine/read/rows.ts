import { a1, cellAt, type Grid } from "../grid";
import { foldText, normalizeText, stripDecoration } from "../text";
import type { Indicator, Template } from "../../templates/types";
import { allIndicators } from "../../templates/bcxdd";
import { isBlankMarker } from "../numbers";
import { cellText, rowIsEmpty, textAt } from "./cells";
import type { ColumnMap } from "./header";

/** A row of the table as found: what it matched, and where its cells are. */
export interface TableRow {
  r: number;
  stt: string;
  name: string;
  /** The name cell's address (or the first cell of the row when there is no name). */
  nameCell: string;
  indicator: Indicator | null;
  /** A row the form knows but that is not a unit's figure (`ORG_TCCS` on a cluster sheet). */
  clusterRow: boolean;
  /** True when a figure column (plan, actual, ytd or pct) shows something other than a blank marker. */
  hasFigures: boolean;
}

const FIGURE_COLUMNS = ["plan", "actual", "ytd", "pct"] as const;
const EMPTY_ROWS_END_TABLE = 3;

interface NameIndex {
  byCode: Map<string, Indicator>;
  byName: Map<string, Indicator[]>;
  byFolded: Map<string, Indicator[]>;
  /** Folded, without a leading counting word (`số`, `tổng số`, `số lượng`): the last resort. */
  byBare: Map<string, Indicator[]>;
}

const COUNTING_WORDS = /^(tong so|so luong|so) /;
/** Too short a remainder says too little: `ĐẢNG VIÊN` (a section title) is not `Tổng số đảng viên`. */
const MIN_BARE_WORDS = 3;
const bareKey = (folded: string) => {
  const bare = folded.replace(COUNTING_WORDS, "");
  return bare.split(" ").length >= MIN_BARE_WORDS ? bare : "";
};

const nameKey = (s: string) => normalizeText(stripDecoration(s));
const indexCache = new WeakMap<Template, NameIndex>();

function add(map: Map<string, Indicator[]>, key: string, ind: Indicator) {
  const list = map.get(key) ?? [];
  if (!list.includes(ind)) list.push(ind);
  map.set(key, list);
}

function indexOf(template: Template): NameIndex {
  let index = indexCache.get(template);
  if (!index) {
    index = { byCode: new Map(), byName: new Map(), byFolded: new Map(), byBare: new Map() };
    for (const ind of allIndicators(template)) {
      index.byCode.set(ind.code.toUpperCase(), ind);
      for (const n of [ind.name, ...ind.aliases]) {
        add(index.byName, nameKey(n), ind);
        add(index.byFolded, foldText(nameKey(n)), ind);
        const bare = bareKey(foldText(nameKey(n)));
        if (bare) add(index.byBare, bare, ind);
      }
    }
    indexCache.set(template, index);
  }
  return index;
}

/**
 * The indicator a row stands for: by its code when the sheet has a code column, otherwise by its
 * normalised name or alias; without diacritics, then without a leading `Số`/`Tổng số`, only when
 * that gives exactly one indicator.
 */
export function matchIndicator(code: string, name: string, template: Template): Indicator | null {
  const index = indexOf(template);
  const byCode = code ? index.byCode.get(code.trim().toUpperCase()) : undefined;
  if (byCode) return byCode;
  const key = nameKey(name);
  if (!key) return null;
  // Units often add the unit of measure to the name: `Thu nhập bình quân (triệu đồng/người/tháng)`.
  const bare = key.replace(/\s*\([^()]*\)?$/u, "");
  for (const k of bare && bare !== key ? [key, bare] : [key]) {
    const exact = index.byName.get(k);
    if (exact?.length === 1) return exact[0];
    const folded = index.byFolded.get(foldText(k));
    if (folded?.length === 1) return folded[0];
    const b = bareKey(foldText(k));
    const bare = b ? index.byBare.get(b) : undefined;
    if (bare?.length === 1) return bare[0];
  }
  return null;
}

function isFooter(grid: Grid, r: number, markers: string[]): boolean {
  const row = grid.cells[r] ?? [];
  return row.some((cell) => {
    if (typeof cell?.v !== "string") return false;
    const t = foldText(cellText(cell));
    return t !== "" && markers.some((m) => t.startsWith(m));
  });
}

/** Reads the table's rows from below the header to the footer, or to three empty rows in a row. */
export function readTableRows(grid: Grid, firstRow: number, columns: ColumnMap, template: Template): TableRow[] {
  const rows: TableRow[] = [];
  const markers = template.footerMarkers.map(foldText);
  let empties = 0;
  for (let r = firstRow; r < grid.rowCount; r++) {
    if (rowIsEmpty(grid, r)) {
      if (++empties >= EMPTY_ROWS_END_TABLE) break;
      continue;
    }
    empties = 0;
    if (isFooter(grid, r, markers)) break;
    const name = columns.name !== undefined ? textAt(grid, r, columns.name) : "";
    const code = columns.code !== undefined ? textAt(grid, r, columns.code) : "";
    const stt = columns.stt !== undefined ? textAt(grid, r, columns.stt) : "";
    const hasFigures = FIGURE_COLUMNS.some((role) => {
      const c = columns[role];
      return c !== undefined && !isBlankMarker(cellText(cellAt(grid, r, c)));
    });
    rows.push({
      r,
      stt,
      name: name || code,
      nameCell: a1(r, columns.name ?? columns.code ?? 0),
      indicator: matchIndicator(code, name, template),
      clusterRow: template.clusterRows.some((cr) => cr.code === code.trim().toUpperCase()),
      hasFigures,
    });
  }
  return rows;
}
