/**
 * CSV: our own small RFC 4180 parser rather than SheetJS's. Every field stays text: in vi-VN `8,1` is
 * eight point one and `2.465` is two thousand four hundred sixty-five, which only the engine, with the
 * whole sheet in view, can decide (FORM.md, "Numbers"). SheetJS with `raw: true` does keep such fields
 * as text, but before parsing it sniffs the text for other formats and misreads CSVs that happen to
 * begin with "TABLE" (DIF), "{\rtf" (RTF) or "<" (HTML): a parser of our own has no such surprises,
 * and counts cells as it goes so an oversized file is refused without being held in memory.
 */
import type { Cell, Grid } from "../engine/grid";
import { a1 } from "../engine/grid";
import { messages } from "./messages";
import type { Failure, ReadLimits } from "./types";

export type Delimiter = "," | ";" | "\t";
const CANDIDATES: Delimiter[] = [";", ",", "\t"];

/** Records looked at to choose the delimiter. */
const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 64 * 1024;

/**
 * Calls `onRecord` with each record's fields. Quotes: a field that starts with `"` runs to the next
 * lone `"`, `""` inside it is one quote, and it may span lines; text after the closing quote is kept
 * (Excel does the same). Records end at CRLF, LF or CR. `onRecord` returns false to stop.
 */
export function parseRecords(text: string, delimiter: string, onRecord: (fields: string[]) => boolean): void {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  while (i < n) {
    const fields: string[] = [];
    for (;;) {
      // One field.
      let value = "";
      if (text.charCodeAt(i) === 34 /* " */) {
        i++;
        let start = i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            value += text.slice(start); // unterminated: the rest of the file is the field
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(start, q + 1);
            i = start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          i = q + 1;
          break;
        }
      }
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === 10 || c === 13) break;
        i++;
      }
      value += text.slice(start, i);
      fields.push(value);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue; // next field; a delimiter at the very end still opens one empty field
      }
      break;
    }
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    if (!onRecord(fields)) return;
  }
}

/** Excel's "sep=;" first line names the delimiter explicitly. */
function sepLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const m = /^sep=(.)\r?\n/i.exec(text);
  if (!m) return null;
  const ch = m[1];
  if (ch !== "," && ch !== ";" && ch !== "\t") return null;
  return { delimiter: ch, rest: text.slice(m[0].length) };
}

/**
 * The delimiter whose field count is the most consistent over the first records, among those that
 * split the lines into more than one column; null when none does (plain text, not a table). Quoted
 * delimiters do not count: `5;"8,1"` is two fields whatever the comma.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { d: Delimiter; share: number; width: number } | null = null;
  for (const d of CANDIDATES) {
    const counts: number[] = [];
    parseRecords(sample, d, (fields) => {
      if (!(fields.length === 1 && fields[0].trim() === "")) counts.push(fields.length);
      return counts.length < SAMPLE_RECORDS;
    });
    if (counts.length === 0) continue;
    // The most frequent width above 1, and the share of records that have it.
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
    let width = 0;
    let hits = 0;
    for (const [w, k] of freq) if (k > hits || (k === hits && w > width)) [width, hits] = [w, k];
    if (width === 0) continue;
    const share = hits / counts.length;
    if (share < 0.5) continue; // a stray comma in prose is not a column
    if (!best || share > best.share || (share === best.share && width > best.width)) best = { d, share, width };
  }
  return best?.d ?? null;
}

/** The CSV as one grid of text cells, or why not. */
export function csvToGrid(text: string, sheetName: string, limits: ReadLimits): Grid | Failure {
  let body = text;
  let delimiter: Delimiter | null;
  const sep = sepLine(body);
  if (sep) {
    delimiter = sep.delimiter;
    body = sep.rest;
  } else {
    delimiter = detectDelimiter(body);
  }
  if (body.trim() === "") return messages.empty();
  if (!delimiter) return messages.plainText();

  // First pass: measure only, so that an oversized file is refused before any cell is built.
  let rowCount = 0; // rows up to the last one holding a value
  let colCount = 0;
  let failure: Failure | null = null;
  let r = 0;
  parseRecords(body, delimiter, (fields) => {
    let last = -1;
    for (let c = 0; c < fields.length; c++) {
      const v = fields[c];
      if (v === "") continue;
      if (v.length > limits.maxTextLength) {
        failure = messages.textTooLong(`${sheetName}!${a1(r, c)}`, v.length, limits.maxTextLength);
        return false;
      }
      last = c;
    }
    r++;
    if (last >= 0) {
      rowCount = r;
      colCount = Math.max(colCount, last + 1);
      // The grid is dense from A1: its area is what the engine will walk.
      if (rowCount * colCount > limits.maxCells) {
        failure = messages.tooManyCells(limits.maxCells, sheetName);
        return false;
      }
    }
    return true;
  });
  if (failure) return failure;
  if (rowCount === 0) return messages.empty();

  // Second pass: build the rows, as plain arrays (no sparse slots) up to their last value.
  const cells: (Cell | undefined)[][] = [];
  parseRecords(body, delimiter, (fields) => {
    let last = fields.length - 1;
    while (last >= 0 && fields[last] === "") last--;
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c <= last; c++) row.push(fields[c] === "" ? undefined : { v: fields[c] });
    cells.push(row);
    return cells.length < rowCount; // trailing blank lines (Excel pads exports with ";;;" rows) are not data
  });
  return { name: sheetName, cells, merges: [], rowCount, colCount };
}
