import { a1, columnLetters } from "../engine/grid";
import type { SheetSpec, SpecCell, SpecValidation } from "../engine/sheetspec";
import { COMMAND_OVERHEAD, jsonBytes, utf8Length } from "./bytes";
import { chartOps } from "./charts";
import { pageLayoutOps } from "./pageLayout";
import type { Op, SizedOp } from "./ops";
import { styleCommandCount, styleRects } from "./styles";

/**
 * A SheetSpec as the commands that draw it. Values, formulas and text go as one 2-D `formulas`
 * array per block of rows, after one 2-D `numberFormat` array for the same block: a text cell gets
 * `@` first, so Excel keeps `=cmd|…`, `+84…`, `-` and `@` as the text they are.
 */

export const TEXT_FORMAT = "@";
export const GENERAL = "General";
/** Excel's limit on a cell's text. */
export const MAX_CELL_TEXT = 32_767;
/** A block of rows is closed around this size, so that batches fill up evenly. */
export const BLOCK_BYTES = 192 * 1024;
/** Empty cells a block may carry to stay rectangular before a new block is started. */
const MAX_PADDING = 64;

export interface RenderOptions {
  /** Data validation needs ExcelApi 1.8. */
  validations: boolean;
  /** The name the sheet's table gets when added (it may be renamed later). */
  tableName?: string;
  /** Target size of a block of rows; `BLOCK_BYTES` by default. */
  blockBytes?: number;
}

function cellContent(cell: SpecCell | null | undefined): { format: string; value: string | number } {
  if (!cell) return { format: GENERAL, value: "" };
  switch (cell.t) {
    case "text": {
      const v = typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
      return { format: TEXT_FORMAT, value: v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v };
    }
    case "number":
      return { format: cell.format || GENERAL, value: Number.isFinite(cell.v) ? cell.v : "" };
    case "formula": {
      const body = String(cell.f ?? "").replace(/^=/, "");
      return { format: cell.format || GENERAL, value: body.trim() === "" ? "" : `=${body}` };
    }
    case "blank":
      return { format: cell.format || GENERAL, value: "" };
    default:
      return { format: GENERAL, value: "" };
  }
}

/** First and last non-empty column of a row, or null. */
function spanOf(row: (SpecCell | null)[] | null | undefined): [number, number] | null {
  if (!row) return null;
  let first = -1;
  let last = -1;
  for (let c = 0; c < row.length; c++) {
    if (row[c]) {
      if (first < 0) first = c;
      last = c;
    }
  }
  return first < 0 ? null : [first, last];
}

function rangeAddress(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

function cellsOp(sheet: number, rows: readonly ((SpecCell | null)[] | null | undefined)[], r1: number, r2: number, c1: number, c2: number): SizedOp {
  const formats: string[][] = [];
  const formulas: (string | number)[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row = rows[r];
    const f: string[] = [];
    const v: (string | number)[] = [];
    for (let c = c1; c <= c2; c++) {
      const content = cellContent(row?.[c]);
      f.push(content.format);
      v.push(content.value);
    }
    formats.push(f);
    formulas.push(v);
  }
  const address = rangeAddress(r1, c1, r2, c2);
  const bytes = jsonBytes(formats) + jsonBytes(formulas) + 2 * (utf8Length(address) + COMMAND_OVERHEAD);
  return { op: { kind: "cells", sheet, address, formats, formulas }, bytes };
}

/** One row's cost, roughly, to decide where blocks end without building them twice. */
function rowBytes(row: (SpecCell | null)[], c1: number, c2: number): number {
  let n = 8;
  for (let c = c1; c <= c2; c++) {
    const cell = row[c];
    const content = cellContent(cell);
    n += content.format.length + 4;
    n += typeof content.value === "number" ? 24 : utf8Length(content.value) * 1.1 + 4;
  }
  return n;
}

/**
 * Blocks of consecutive non-empty rows, each a rectangle over the columns its rows use, closed when
 * it reaches `BLOCK_BYTES` or when the next row's columns would pad it with many empty cells.
 */
export function cellOps(sheet: number, spec: SheetSpec, blockBytes = BLOCK_BYTES): SizedOp[] {
  const out: SizedOp[] = [];
  const rows = spec.rows;
  let start = -1;
  let c1 = 0;
  let c2 = 0;
  let size = 0;
  const close = (end: number) => {
    if (start >= 0) out.push(cellsOp(sheet, rows, start, end, c1, c2));
    start = -1;
    size = 0;
  };
  for (let r = 0; r < rows.length; r++) {
    const span = spanOf(rows[r]);
    if (!span) {
      close(r - 1);
      continue;
    }
    const row = rows[r]!;
    const cost = rowBytes(row, span[0], span[1]);
    // A single row larger than a block (thousands of long texts) is split across columns.
    if (cost > blockBytes && span[1] > span[0]) {
      close(r - 1);
      out.push(...wideRowOps(sheet, rows, r, span[0], span[1], blockBytes));
      continue;
    }
    if (start >= 0) {
      const u1 = Math.min(c1, span[0]);
      const u2 = Math.max(c2, span[1]);
      const padding = u2 - u1 - (span[1] - span[0]) + (u2 - u1 - (c2 - c1)) * (r - start);
      if (padding > MAX_PADDING || size + cost > blockBytes) close(r - 1);
      else {
        c1 = u1;
        c2 = u2;
      }
    }
    if (start < 0) {
      start = r;
      [c1, c2] = span;
    }
    size += cost;
  }
  close(rows.length - 1);
  return out;
}

function wideRowOps(sheet: number, rows: SheetSpec["rows"], r: number, c1: number, c2: number, blockBytes: number): SizedOp[] {
  const out: SizedOp[] = [];
  const row = rows[r]!;
  let from = c1;
  let size = 0;
  for (let c = c1; c <= c2; c++) {
    const cost = rowBytes(row, c, c);
    if (size > 0 && size + cost > blockBytes) {
      out.push(cellsOp(sheet, rows, r, r, from, c - 1));
      from = c;
      size = 0;
    }
    size += cost;
  }
  out.push(cellsOp(sheet, rows, r, r, from, c2));
  return out;
}

/** Characters of width → points, as Excel draws a column: 7 px a character plus 5 px of padding, 0.75 pt a pixel. */
export function widthPoints(chars: number): number {
  return Math.round((Math.min(chars, 255) * 7 + 5) * 0.75 * 100) / 100;
}

function widthOps(sheet: number, widths: readonly number[] | undefined): SizedOp[] {
  const out: SizedOp[] = [];
  if (!widths) return out;
  for (let c = 0; c < widths.length; ) {
    const w = widths[c];
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    if (typeof w === "number" && Number.isFinite(w) && w > 0) {
      const address = `${columnLetters(c)}1:${columnLetters(end)}1`;
      out.push({ op: { kind: "width", sheet, address, points: widthPoints(w) }, bytes: COMMAND_OVERHEAD + address.length + 8 });
    }
    c = end + 1;
  }
  return out;
}

/** Validations of the same kind on ranges that continue each other downwards become one range. */
function validationOps(sheet: number, validations: readonly SpecValidation[]): SizedOp[] {
  const parsed: { r1: number; c1: number; r2: number; c2: number; v: SpecValidation }[] = [];
  for (const v of validations) {
    for (const part of v.ref.replace(/\$/g, "").trim().split(/\s+/)) {
      const m = /^([A-Z]{1,3}\d+)(?::([A-Z]{1,3}\d+))?$/i.exec(part);
      if (!m) continue;
      const from = parseCell(m[1]);
      const to = parseCell(m[2] ?? m[1]);
      if (!from || !to) continue;
      const next = { r1: Math.min(from.r, to.r), c1: Math.min(from.c, to.c), r2: Math.max(from.r, to.r), c2: Math.max(from.c, to.c), v };
      const prev = parsed[parsed.length - 1];
      if (prev && prev.v.type === v.type && prev.v.min === v.min && prev.v.error === v.error && prev.c1 === next.c1 && prev.c2 === next.c2 && prev.r2 + 1 === next.r1) {
        prev.r2 = next.r2;
      } else parsed.push(next);
    }
  }
  return parsed.map(({ r1, c1, r2, c2, v }) => {
    const address = rangeAddress(r1, c1, r2, c2);
    const op: Op = { kind: "validation", sheet, address, type: v.type, min: v.min, error: v.error };
    return { op, bytes: 2 * COMMAND_OVERHEAD + utf8Length(address) + utf8Length(v.error) + 120 };
  });
}

function parseCell(ref: string): { r: number; c: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/i.exec(ref);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** Every command for one sheet, cells first, then its look and structure. */
export function renderSpec(sheet: number, spec: SheetSpec, options: RenderOptions): SizedOp[] {
  const out = cellOps(sheet, spec, options.blockBytes);
  for (const rect of styleRects(spec.rows)) {
    const address = rangeAddress(rect.r1, rect.c1, rect.r2, rect.c2);
    const op: Op = { kind: "style", sheet, address, rows: rect.r2 - rect.r1 + 1, cols: rect.c2 - rect.c1 + 1, style: rect.style };
    out.push({ op, bytes: styleCommandCount(rect) * (COMMAND_OVERHEAD + utf8Length(address) + 24) });
  }
  out.push(...widthOps(sheet, spec.widths));
  for (const m of spec.merges ?? []) {
    const r1 = Math.min(m.r1, m.r2), r2 = Math.max(m.r1, m.r2), c1 = Math.min(m.c1, m.c2), c2 = Math.max(m.c1, m.c2);
    if (r1 === r2 && c1 === c2) continue;
    const address = rangeAddress(r1, c1, r2, c2);
    out.push({ op: { kind: "merge", sheet, address }, bytes: COMMAND_OVERHEAD + address.length });
  }
  if (spec.table) {
    const t = spec.table;
    const lastRow = Math.max(t.lastRow, t.headerRow + 1);
    const address = rangeAddress(t.headerRow, t.firstCol, lastRow, t.lastCol);
    const name = options.tableName ?? t.name;
    out.push({ op: { kind: "table", sheet, address, style: t.style || "TableStyleMedium2", name }, bytes: 3 * COMMAND_OVERHEAD + address.length + name.length + t.style.length });
  }
  if (options.validations) out.push(...validationOps(sheet, spec.validations ?? []));
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    out.push({ op: { kind: "freeze", sheet, rows: Math.max(0, spec.freeze.rows), cols: Math.max(0, spec.freeze.cols) }, bytes: COMMAND_OVERHEAD + 24 });
  }
  if (spec.tabColor) out.push({ op: { kind: "tabColor", sheet, color: `#${spec.tabColor.replace(/^#/, "")}` }, bytes: COMMAND_OVERHEAD + 16 });
  out.push(...chartOps(sheet, spec));
  out.push(...pageLayoutOps(sheet, spec));
  return out;
}
