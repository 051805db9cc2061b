/**
 * Which form a sheet holds (issue 9 §3): at most one, by its table (a header the form's columns name, and the
 * form's rows found under it), its marker (`Biểu số 1-BTCTW` and variants) and its title. BTCTW-3 and
 * BTCTW-3DT share a marker: their titles and rows tell them apart. A sheet with no table of any form (notes,
 * a roster, a chart) matches nothing. Across a workbook each form goes to one sheet, the best.
 */
import { a1, type Grid } from "../../grid";
import { filledCells } from "../../read/cells";
import { decodeTcvn3Sheet } from "../../read/legacySheet";
import type { FormTemplate } from "../../../templates/form/types";
import { findFormHeader, type FormHeader } from "./header";
import { markerKey, titleKey } from "./labels";
import { readFormRows, type SheetRow } from "./rows";

export interface SheetMatch {
  form: FormTemplate;
  /** The sheet as read (TCVN3 text decoded). */
  grid: Grid;
  /** Distinct rows of the form found on the sheet. */
  rows: number;
  /** Rows of the form found with a figure. */
  filled: number;
  /** Where the marker and the title were found (A1), if they were. */
  marker: string | null;
  title: string | null;
  score: number;
  header: FormHeader;
  sheetRows: SheetRow[];
}

/** How many of the form's rows a sheet must show, at least, to hold the form; fewer with its marker or title. */
const MIN_ROWS = 3;
const MIN_ROWS_NAMED = 1;
/** The marker and the title each count like this many rows: rows decide, the names break near ties. */
const NAME_WEIGHT = 3;
/** Marker and title are looked for this far above the header. */
const TOP_ROWS = 30;

function findNames(grid: Grid, form: FormTemplate, before: number): { marker: string | null; title: string | null } {
  const markers = [form.marker, ...(form.markerVariants ?? [])].filter((m): m is string => !!m).map(markerKey);
  const titles = [form.title, ...(form.titleVariants ?? [])].map(titleKey).filter(Boolean);
  let marker: string | null = null;
  let title: string | null = null;
  for (let r = Math.max(0, before - TOP_ROWS); r < Math.min(before, grid.rowCount); r++) {
    for (const { c, text } of filledCells(grid, r)) {
      if (!marker) {
        const k = markerKey(text);
        if (markers.some((m) => k.includes(m) && !/\d/.test(k.charAt(k.indexOf(m) + m.length)))) marker = a1(r, c);
      }
      if (!title && titles.some((t) => titleKey(text).includes(t))) title = a1(r, c);
    }
  }
  return { marker, title };
}

/** How well a sheet holds one form; null when it does not hold it at all. */
export function scoreSheet(grid: Grid, form: FormTemplate): SheetMatch | null {
  const header = findFormHeader(grid, form);
  if (!header) return null;
  const sheetRows = readFormRows(grid, header, form);
  const codes = new Set<string>();
  const filled = new Set<string>();
  for (const sr of sheetRows) {
    if (!sr.row) continue;
    codes.add(sr.row.code);
    if (sr.hasFigures && sr.row.kind !== "heading") filled.add(sr.row.code);
  }
  const { marker, title } = findNames(grid, form, header.first);
  const named = (marker ? 1 : 0) + (title ? 1 : 0);
  if (codes.size < (named ? MIN_ROWS_NAMED : MIN_ROWS)) return null;
  return { form, grid, rows: codes.size, filled: filled.size, marker, title, score: codes.size + NAME_WEIGHT * named, header, sheetRows };
}

const better = (a: SheetMatch, b: SheetMatch) => a.score - b.score || a.filled - b.filled;

/**
 * The form a sheet holds (the best of those it could hold), or null. Forms listed in `contenders` are only
 * tried on a sheet that another form claims (checkWorkbook: BC-XDD, whose sheets today's reader finds on its
 * own, so that a BC-XDĐ-only workbook costs no second reading of its table).
 */
export function matchSheet(grid: Grid, forms: readonly FormTemplate[], contenders: readonly string[] = []): SheetMatch | null {
  const decoded = decodeTcvn3Sheet(grid);
  let best: SheetMatch | null = null;
  const consider = (form: FormTemplate) => {
    const m = scoreSheet(decoded, form);
    if (m && (!best || better(m, best) > 0)) best = m;
  };
  for (const form of forms) if (!contenders.includes(form.id)) consider(form);
  if (best) for (const form of forms) if (contenders.includes(form.id)) consider(form);
  return best;
}

export interface WorkbookMatch {
  /** Sheet index → its form, for the sheets read as that form (each form once). */
  assigned: Map<number, SheetMatch>;
  /** Sheets that hold a form another sheet of the workbook holds better: index → the match and the sheet used. */
  duplicates: { sheet: number; match: SheetMatch; usedSheet: number }[];
}

/**
 * Every sheet's form, then each form to its best sheet: the higher score, then more figures (a filled copy
 * beats the blank form kept beside it), then the first sheet. The sheet `skip` is not matched.
 */
export function matchWorkbook(grids: readonly Grid[], forms: readonly FormTemplate[], contenders: readonly string[] = [], skip = -1): WorkbookMatch {
  // `skip`: a sheet already known to hold a contender (checkWorkbook: BC-XDĐ, found by today's reader).
  const perSheet = grids.map((g, i) => (i === skip ? null : matchSheet(g, forms, contenders)));
  const assigned = new Map<number, SheetMatch>();
  const duplicates: WorkbookMatch["duplicates"] = [];
  const bestOf = new Map<string, number>();
  perSheet.forEach((m, i) => {
    if (!m) return;
    const held = bestOf.get(m.form.id);
    if (held === undefined || better(m, perSheet[held]!) > 0) bestOf.set(m.form.id, i);
  });
  perSheet.forEach((m, i) => {
    if (!m) return;
    const used = bestOf.get(m.form.id)!;
    if (used === i) assigned.set(i, m);
    else duplicates.push({ sheet: i, match: m, usedSheet: used });
  });
  return { assigned, duplicates };
}
