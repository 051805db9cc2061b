/**
 * Lays a form out from its template the way units type it, in several layout variants, as a Grid: the
 * header block (superior committee, unit, marker, title, period, date line), a header of one to three rows
 * with merged cells, a column-numbering row in several styles (or none), rows numbered in the label or in a
 * `TT` column, and a footer. Used by the reader's tests (test/engine/forms/read*.test.ts, match*, checkWorkbook)
 * and, read-only, by other tests that need a filled form.
 */
import type { Cell, CellRange, CellValue, Grid } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";
import { decodeTcvn3 } from "../../src/engine/legacyText";
import type { FormColumn, FormRow, FormTemplate } from "../../src/templates/form/types";

export interface FormLayout {
  sheetName?: string;
  /** Row numbering inside the label (`B - …`, `1. …`) or in a separate `TT` column. Default: the form's own (a `TT` column when the template has one). */
  numberingIn?: "label" | "tt";
  /** Header rows above the numbering row: 1, 2 or 3 (merged cells for the paths above the labels). Default 2 (3 when a column has a two-level path). */
  headerRows?: 1 | 2 | 3;
  /** Record merged areas (a CSV has none: the text sits in the top-left cell only). Default true. */
  merges?: boolean;
  /**
   * The column-numbering row: `template` (`4(=2*100/3)`), `plain` (`4`), `paren` (`(4)`), `variant` (the
   * template's first numbering variant), `letters` (`A | B | 1 | 2 …` with a TT column, numbers shifted), or `none`.
   */
  numbering?: "template" | "plain" | "paren" | "variant" | "letters" | "none";
  /** The marker as printed (a variant), or null for none. Default: the template's marker. */
  marker?: string | null;
  /** The title as printed, or null for none. */
  title?: string | null;
  /** The period line under the title (`6 THÁNG ĐẦU NĂM 2023`), or null for none. */
  period?: string | null;
  /** Put the period on the title's own line. */
  periodInTitle?: boolean;
  /** Top-left lines (superior committee, unit). */
  unitLines?: string[];
  /** An explicit `Đơn vị báo cáo: …` line. */
  unitLabel?: string;
  /** Where the `…, ngày 05 tháng 7 năm 2023` line goes. */
  dateLine?: "top" | "footer" | "none";
  /** Empty rows above everything and empty columns on the left. */
  top?: number;
  left?: number;
  /** An empty row after every row without a parent. */
  blankRows?: boolean;
  /** Each parent's children in reverse order (the parent stays above them). */
  reorder?: boolean;
  /** Labels: the printed label, or the first alias where there is one. */
  aliases?: boolean;
  /** Figures as vi-VN text (`1.234`, `35,5`). */
  numbersAsText?: boolean;
  /** Decomposed Unicode (NFD). */
  nfd?: boolean;
  /** All text encoded as TCVN3 (ABC), as `.VnTime` sheets hold it. */
  tcvn3?: boolean;
  /** A `Ghi chú` column on the right. */
  noteColumn?: boolean;
  /** Rows left out (codes). */
  omit?: string[];
  /** Figures overriding the defaults: row code → column code → cell value (null: blank). */
  values?: Record<string, Record<string, CellValue | Cell>>;
  /** No figures at all (a blank form). */
  blank?: boolean;
  /** Rows the form does not have, inserted after a row (or at the end). */
  extraRows?: { after?: string; label: string; tt?: string; values?: Record<string, CellValue> }[];
  /** The form printed as two halves side by side: the row at which the right half begins. */
  halvesAt?: string;
}

export interface LaidOutForm {
  grid: Grid;
  /** Row code → 0-based sheet row (of the half it is in). */
  rowOf: Record<string, number>;
  /** Row code → column code → A1 of its figure. */
  cellOf: (row: string, column: string) => string;
  /** Column code → 0-based sheet column (left half). */
  colOf: Record<string, number>;
  /** The label cell of a row. */
  labelCellOf: (row: string) => string;
  /** Row code → column code → what was put in the cell (before any text conversion): the figures a reader should find. */
  placed: Record<string, Record<string, CellValue | Cell>>;
}

const viText = (n: number) => {
  const [int, frac] = String(Math.abs(n)).split(".");
  return (n < 0 ? "-" : "") + int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
};

/** Unicode → TCVN3 (ABC), the inverse of the engine's decoder, built from it. */
let tcvnMap: Map<string, string> | null = null;
export function encodeTcvn3(s: string): string {
  if (!tcvnMap) {
    tcvnMap = new Map();
    for (let b = 0xff; b >= 0x80; b--) {
      const ch = String.fromCharCode(b);
      const dec = decodeTcvn3(`a${ch}a`);
      if ([...dec].length === 3) {
        const u = [...dec][1];
        if (u !== ch && !tcvnMap.has(u)) tcvnMap.set(u, ch);
      }
    }
  }
  let out = "";
  for (const ch of s.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else out += tcvnMap.get(ch) ?? tcvnMap.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

const isFigureColumn = (c: FormColumn) => c.kind === "value" || c.kind === "ratio";
const printed = (form: FormTemplate) => form.columns.filter((c) => c.printed !== false);
const isTtColumn = (c: FormColumn) => c.kind === "label" && /^(s[oố] )?tt$|^stt$/i.test(c.label.trim());

/** A default figure: counts are whole, averages carry a decimal, ratios are 100. */
function defaultValue(row: FormRow, col: FormColumn, i: number, j: number): number {
  if (col.kind === "ratio") return 100;
  if (row.kind === "average") return 35.5;
  return (i + 1) * 10 + j;
}

/** The rows in print order; with `reorder`, each parent's children reversed (the parent stays first). */
function orderRows(form: FormTemplate, reorder: boolean): FormRow[] {
  if (!reorder) return [...form.rows];
  const children = new Map<string | undefined, FormRow[]>();
  for (const r of form.rows) children.set(r.under, [...(children.get(r.under) ?? []), r]);
  const out: FormRow[] = [];
  const walk = (under: string | undefined, top: boolean) => {
    const list = children.get(under) ?? [];
    for (const r of top ? list : [...list].reverse()) {
      out.push(r);
      walk(r.code, false);
    }
  };
  walk(undefined, true);
  return out;
}

export function layOutForm(form: FormTemplate, layout: FormLayout = {}): LaidOutForm {
  const L = layout;
  const ownTt = printed(form).some(isTtColumn);
  const numberingIn = L.numberingIn ?? (ownTt ? "tt" : "label");
  const enc = (s: string) => {
    let t = L.nfd ? s.normalize("NFD") : s;
    if (L.tcvn3) t = encodeTcvn3(t);
    return t;
  };
  const top = L.top ?? 0;
  const left = L.left ?? 0;
  const rows: (CellValue | Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const useMerges = L.merges ?? true;
  const put = (r: number, c: number, v: CellValue | Cell | undefined) => {
    (rows[r + top] ??= [])[c + left] = v;
  };
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (useMerges && (r2 > r1 || c2 > c1)) merges.push({ r1: r1 + top, c1: c1 + left, r2: r2 + top, c2: c2 + left });
  };

  // Columns of one block, left to right.
  const cols = printed(form).filter((c) => !(numberingIn === "label" && isTtColumn(c)));
  const extraTt = numberingIn === "tt" && !ownTt;
  type Col = { col: FormColumn | "tt" | "note" };
  const block: Col[] = [...(extraTt ? [{ col: "tt" as const }] : []), ...cols.map((col) => ({ col })), ...(L.noteColumn ? [{ col: "note" as const }] : [])];
  const halves = L.halvesAt ? 2 : 1;
  const width = block.length * halves;

  let r = 0;
  const unitLines = L.unitLines ?? ["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG ỦY CÔNG TY ĐIỆN LỰC"];
  const marker = L.marker === undefined ? form.marker ?? null : L.marker;
  const title = L.title === undefined ? form.title : L.title;
  const period = L.period === undefined ? (form.periodKinds.includes("half") ? "6 THÁNG ĐẦU NĂM 2023" : "NĂM 2023") : L.period;
  const dateLine = L.dateLine ?? "top";
  const date = "Hà Nội, ngày 05 tháng 7 năm 2023";
  for (let i = 0; i < Math.max(unitLines.length, 2); i++) {
    if (unitLines[i]) put(r, 0, enc(unitLines[i]));
    if (i === 0 && marker) put(r, width - 1, enc(marker));
    if (i === 1 && form.unit) put(r, width - 1, enc(`Đvt: ${form.unit}`));
    r++;
  }
  if (L.unitLabel) put(r++, 0, enc(`Đơn vị báo cáo: ${L.unitLabel}`));
  if (dateLine === "top") put(r++, Math.max(1, width - 2), enc(date));
  r++;
  if (title) {
    put(r, 0, enc(L.periodInTitle && period ? `${title} ${period}` : title));
    merge(r, 0, r, width - 1);
    r++;
  }
  if (period && !L.periodInTitle) {
    put(r, 0, enc(period));
    merge(r, 0, r, width - 1);
    r++;
  }
  r++;

  // Header: each column's stack of texts, the label lowest.
  const depth = Math.max(...cols.map((c) => (c.headerPath?.length ?? 0) + 1));
  const h = L.headerRows ?? Math.min(3, Math.max(2, depth));
  const stackOf = (c: Col): string[] => {
    if (c.col === "tt") return ["TT"];
    if (c.col === "note") return ["Ghi chú"];
    const path = c.col.headerPath ?? [];
    return [...path.slice(0, h - 1), c.col.label];
  };
  const headerTop = r;
  for (let half = 0; half < halves; half++) {
    const off = half * block.length;
    const stacks = block.map(stackOf);
    for (let k = 0; k < h; k++) {
      for (let j = 0; j < block.length; j++) {
        const s = stacks[j];
        const last = s.length - 1;
        if (k > last) continue;
        const text = s[k];
        if (k === last) {
          put(headerTop + k, off + j, enc(text));
          merge(headerTop + k, off + j, headerTop + h - 1, off + j);
          continue;
        }
        // A path cell spans the neighbours that share the same path down to this level.
        const same = (i: number) => stacks[i].length - 1 > k && stacks[i].slice(0, k + 1).join("\u0000") === s.slice(0, k + 1).join("\u0000");
        if (j > 0 && same(j - 1)) continue;
        let end = j;
        while (end + 1 < block.length && same(end + 1)) end++;
        put(headerTop + k, off + j, enc(text));
        merge(headerTop + k, off + j, headerTop + k, off + end);
      }
    }
  }
  r = headerTop + h;
  const style = L.numbering ?? "template";
  if (style !== "none") {
    for (let half = 0; half < halves; half++) {
      const off = half * block.length;
      block.forEach((c, j) => {
        let text: string;
        if (style === "letters") text = j < (extraTt ? 2 : 1) ? String.fromCharCode(65 + j) : String(j - (extraTt ? 1 : 0));
        else if (c.col === "tt") text = "";
        else if (c.col === "note") text = "";
        else if (style === "plain") text = c.col.code;
        else if (style === "paren") text = `(${c.col.code})`;
        else if (style === "variant") text = c.col.numberingVariants?.[0] ?? c.col.numbering ?? c.col.code;
        else text = c.col.numbering ?? c.col.code;
        if (text) put(r, off + j, /^\d+$/.test(text) ? Number(text) : enc(text));
      });
    }
    r++;
  }

  // Rows.
  const omit = new Set(L.omit ?? []);
  const ordered = orderRows(form, L.reorder ?? false).filter((x) => !omit.has(x.code));
  type Line = { row?: FormRow; extra?: NonNullable<FormLayout["extraRows"]>[number]; blank?: boolean };
  const lines: Line[] = [];
  for (const row of ordered) {
    lines.push({ row });
    for (const extra of L.extraRows ?? []) if (extra.after === row.code) lines.push({ extra });
    if (L.blankRows && !row.under) lines.push({ blank: true });
  }
  for (const extra of L.extraRows ?? []) if (!extra.after) lines.push({ extra });
  const split = L.halvesAt ? lines.findIndex((l) => l.row?.code === L.halvesAt) : lines.length;
  const parts = L.halvesAt ? [lines.slice(0, split), lines.slice(split)] : [lines];
  const rowOf: Record<string, number> = {};
  const placed: Record<string, Record<string, CellValue | Cell>> = {};
  const cellMap: Record<string, Record<string, string>> = {};
  const labelMap: Record<string, string> = {};
  const labelIdx = block.findIndex((c) => c.col !== "tt" && c.col !== "note" && c.col.kind === "label" && !isTtColumn(c.col));
  const ttIdx = block.findIndex((c) => c.col === "tt" || (c.col !== "note" && isTtColumn(c.col)));
  const firstRow = r;
  parts.forEach((part, half) => {
    const off = half * block.length;
    part.forEach((line, i) => {
      const rr = firstRow + i;
      if (line.blank) return;
      const figures: Record<string, CellValue | Cell> = {};
      let label: string;
      let tt = "";
      if (line.extra) {
        label = line.extra.label;
        tt = line.extra.tt ?? "";
        Object.assign(figures, line.extra.values ?? {});
      } else {
        const row = line.row!;
        const text = (L.aliases && row.aliases?.[0]) || row.label;
        const num = row.numbering ?? "";
        const subset = /^trong\s+đó/i.test(num);
        const bare = num.replace(/^trong\s+đó\s*:?\s*/i, "").trim();
        if (numberingIn === "tt") {
          tt = bare.replace(/\s*[-.)]$/, "").trim() || (subset ? "" : "");
          if (/^[-+]$/.test(bare)) tt = bare;
          label = `${subset ? "Trong đó: " : ""}${text}`;
        } else {
          const shown = /^([\dIVX]+|[A-Za-z])$/.test(num) ? `${num}.` : num;
          label = shown ? `${shown} ${text}` : text;
        }
        if (row.kind !== "heading" && !L.blank) {
          cols.forEach((col, j) => {
            if (isFigureColumn(col)) figures[col.code] = defaultValue(row, col, form.rows.indexOf(row), j);
          });
          for (const col of row.notApplicable ?? []) figures[col] = "X";
        }
        Object.assign(figures, L.values?.[row.code] ?? {});
        rowOf[row.code] = rr;
        cellMap[row.code] = {};
        placed[row.code] = figures;
      }
      put(rr, off + labelIdx, enc(label));
      if (ttIdx >= 0 && tt) put(rr, off + ttIdx, /^\d+$/.test(tt) ? Number(tt) : enc(tt));
      if (line.row) labelMap[line.row.code] = a1(rr + top, off + labelIdx + left);
      block.forEach((c, j) => {
        if (c.col === "tt" || c.col === "note") return;
        const code = c.col.code;
        if (line.row) cellMap[line.row.code][code] = a1(rr + top, off + j + left);
        if (!(code in figures)) return;
        const v = figures[code];
        if (v === null || v === undefined) return;
        if (typeof v === "number" && L.numbersAsText) put(rr, off + j, viText(v));
        else if (typeof v === "string") put(rr, off + j, enc(v));
        else put(rr, off + j, v);
      });
    });
  });
  r = firstRow + Math.max(...parts.map((p) => p.length));
  r++;
  if (dateLine === "footer") put(r++, Math.max(1, width - 2), enc(date));
  put(r, 0, enc("NGƯỜI LẬP BIỂU"));
  put(r, Math.max(1, width - 1), enc("TRƯỞNG BAN"));

  const grid: Grid = {
    name: L.sheetName ?? form.id,
    cells: Array.from({ length: rows.length }, (_, i) =>
      Array.from({ length: (rows[i] ?? []).length }, (_, j) => {
        const v = rows[i]?.[j];
        if (v === undefined || v === null || v === "") return undefined;
        return typeof v === "object" && "v" in v ? v : { v: v as CellValue };
      }),
    ),
    merges,
    rowCount: rows.length,
    colCount: rows.reduce((m, row) => Math.max(m, row?.length ?? 0), 0),
  };
  const colOf: Record<string, number> = {};
  block.forEach((c, j) => {
    if (c.col !== "tt" && c.col !== "note") colOf[c.col.code] = j + left;
  });
  return {
    grid,
    rowOf: Object.fromEntries(Object.entries(rowOf).map(([k, v]) => [k, v + top])),
    colOf,
    cellOf: (row, column) => cellMap[row]?.[column] ?? "",
    labelCellOf: (row) => labelMap[row] ?? "",
    placed,
  };
}
