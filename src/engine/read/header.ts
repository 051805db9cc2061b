import type { Grid } from "../grid";
import { foldText, normalizeText } from "../text";
import type { ColumnRole, Template } from "../../templates/types";
import { memoized } from "../memo";
import { filledCells } from "./cells";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface HeaderMatch {
  /** First header row (0-based). */
  row: number;
  /** Last row that belongs to the header: the lower header row or the column-numbering row. */
  lastRow: number;
  columns: ColumnMap;
}

const FIGURE_ROLES: ColumnRole[] = ["plan", "actual", "ytd"];
/** Header rows are looked for this far down; report forms put them within the first few dozen rows. */
const MAX_HEADER_SCAN = 200;

interface Alias {
  key: string;
  folded: string;
  role: ColumnRole;
}

/** Header text with punctuation other than `%` turned into spaces, so `Tỉ lệ (%)` = `Tỉ lệ %`. */
function headerKey(s: string): string {
  return normalizeText(s.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}%\s]/gu, " ")).replace(/\s+/g, " ").trim();
}

const aliasCache = new WeakMap<Template, Alias[]>();

function aliasesOf(template: Template): Alias[] {
  let list = aliasCache.get(template);
  if (!list) {
    list = (Object.entries(template.columns) as [ColumnRole, string[]][])
      .flatMap(([role, names]) => names.map((n) => ({ key: headerKey(n), folded: foldText(headerKey(n)), role })))
      .sort((a, b) => b.key.length - a.key.length);
    aliasCache.set(template, list);
  }
  return list;
}

const startsAtWord = (text: string, alias: string) =>
  text === alias || (text.startsWith(alias) && text[alias.length] === " ");

/**
 * The role of a header cell: the longest alias that equals it or begins it at a word boundary
 * (`Kế hoạch năm 2023` → plan; `Chỉ tiêu KH` → plan, not name). Without diacritics only as a
 * fallback. Cells naming a year-to-date or a rate in the middle (`Thực hiện lũy kế`) are caught last.
 */
export function headerRole(text: string, template: Template): ColumnRole | null {
  let memo = roleMemo.get(template);
  if (!memo) roleMemo.set(template, (memo = memoized((t) => roleOf(t, template) ?? "")));
  return (memo(text) as ColumnRole) || null;
}

/** Every unit's header repeats the same few texts: their roles are remembered per template. */
const roleMemo = new WeakMap<Template, (text: string) => string>();

function roleOf(text: string, template: Template): ColumnRole | null {
  const key = headerKey(text);
  if (!key) return null;
  const aliases = aliasesOf(template);
  const folded = foldText(key);
  const namesYtd = /\b(luy ke|lk)\b/.test(folded);
  const found =
    aliases.find((a) => startsAtWord(key, a.key)) ?? aliases.find((a) => startsAtWord(folded, a.folded));
  if (found) return found.role === "actual" && namesYtd ? "ytd" : found.role;
  if (namesYtd) return "ytd";
  if (folded.includes("%") || /\bt[iy] le\b/.test(folded)) return "pct";
  return null;
}

function rolesOfRow(grid: Grid, r: number, template: Template): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  for (const { c, text } of filledCells(grid, r)) {
    const role = headerRole(text, template);
    if (role) roles.set(c, role);
  }
  return roles;
}

/** One column per role: the leftmost one wins. */
function toColumnMap(roles: Map<number, ColumnRole>): ColumnMap {
  const map: ColumnMap = {};
  for (const [c, role] of [...roles].sort((a, b) => a[0] - b[0])) {
    if (map[role] === undefined) map[role] = c;
  }
  return map;
}

const isHeader = (m: ColumnMap) => m.name !== undefined && FIGURE_ROLES.some((r) => m[r] !== undefined);

/**
 * A column-numbering row (`A | B | C | 1 | 2 | 3 | 4=3/1`): every non-empty cell is a column label.
 */
export function isNumberingRow(grid: Grid, r: number): boolean {
  const cells = filledCells(grid, r);
  if (cells.length < 2) return false;
  return cells.every(({ text }) => {
    const t = text.trim();
    if (/^\(?([A-Za-z]|\d{1,2})\)?$/.test(t)) return true;
    return /\d/.test(t) && /^[\d\s()=*/+\-x×:%.,]+$/.test(t) && /[=*/×x]/.test(t);
  });
}

/** Finds the table's header: one row, or two where the lower row refines the merged upper one. */
export function findHeader(grid: Grid, template: Template): HeaderMatch | null {
  const limit = Math.min(grid.rowCount, MAX_HEADER_SCAN);
  for (let r = 0; r < limit; r++) {
    const upper = rolesOfRow(grid, r, template);
    if (upper.size === 0) continue;
    const lower = r + 1 < grid.rowCount && !isNumberingRow(grid, r + 1) ? rolesOfRow(grid, r + 1, template) : new Map();
    const single = toColumnMap(upper);
    let columns = single;
    let lastRow = r;
    if (lower.size > 0) {
      // In a two-row header the lower cell decides; the merged upper cell only where the lower says nothing.
      const combined = new Map(upper);
      for (const [c, role] of lower) combined.set(c, role);
      const twoRow = toColumnMap(combined);
      if (isHeader(twoRow)) {
        columns = twoRow;
        lastRow = r + 1;
      }
    }
    if (!isHeader(columns)) continue;
    if (lastRow + 1 < grid.rowCount && isNumberingRow(grid, lastRow + 1)) lastRow++;
    return { row: r, lastRow, columns };
  }
  return null;
}

