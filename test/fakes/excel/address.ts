import { columnLetters } from "../../../src/engine/grid";
import { MAX_COLS, MAX_ROWS } from "./limits";

/** A rectangle of cells, 0-based, inclusive on both ends. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const rowsOf = (a: Area) => a.r2 - a.r1 + 1;
export const colsOf = (a: Area) => a.c2 - a.c1 + 1;
export const cellCountOf = (a: Area) => rowsOf(a) * colsOf(a);
export const isEntireColumns = (a: Area) => a.r1 === 0 && a.r2 === MAX_ROWS - 1;
export const isEntireRows = (a: Area) => a.c1 === 0 && a.c2 === MAX_COLS - 1;

export function contains(outer: Area, inner: Area): boolean {
  return inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;
}

export function intersects(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
}

export const sameArea = (a: Area, b: Area) => a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2;

// The same A1 arithmetic as the engine's: the fake is test code and may share it.
export { columnLetters };

function columnNumber(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

export const a1 = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;

type Part = { kind: "cell"; r: number; c: number } | { kind: "col"; c: number } | { kind: "row"; r: number };

function parsePart(text: string): Part | null {
  let m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (m) {
    const r = Number(m[2]) - 1;
    const c = columnNumber(m[1]);
    return r >= 0 && r < MAX_ROWS && c < MAX_COLS ? { kind: "cell", r, c } : null;
  }
  m = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (m) {
    const c = columnNumber(m[1]);
    return c < MAX_COLS ? { kind: "col", c } : null;
  }
  m = /^\$?(\d{1,7})$/.exec(text);
  if (m) {
    const r = Number(m[1]) - 1;
    return r >= 0 && r < MAX_ROWS ? { kind: "row", r } : null;
  }
  return null;
}

/** `B3`, `A1:Q15001`, `$A$1:$B$2`, `A:C`, `3:5` (reversed corners are put in order, as Excel does). */
export function parseArea(ref: string): Area | null {
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const [p, q] = parts.map(parsePart);
  if (!p || (parts.length === 2 && !q)) return null;
  if (!q) return p.kind === "cell" ? { r1: p.r, c1: p.c, r2: p.r, c2: p.c } : null;
  if (p.kind === "cell" && q.kind === "cell")
    return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
  if (p.kind === "col" && q.kind === "col") return { r1: 0, c1: Math.min(p.c, q.c), r2: MAX_ROWS - 1, c2: Math.max(p.c, q.c) };
  if (p.kind === "row" && q.kind === "row") return { r1: Math.min(p.r, q.r), c1: 0, r2: Math.max(p.r, q.r), c2: MAX_COLS - 1 };
  return null;
}

/** Splits `'Tổng hợp'!A1:B2` or `Sheet1!A1` into the sheet name and the reference. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i] === "'" && text[i + 1] === "!") return { sheet: name, ref: text.slice(i + 2) };
    return { ref: text };
  }
  const bang = text.lastIndexOf("!");
  return bang > 0 ? { sheet: text.slice(0, bang), ref: text.slice(bang + 1) } : { ref: text };
}

export function formatArea(a: Area): string {
  if (isEntireColumns(a)) return `${columnLetters(a.c1)}:${columnLetters(a.c2)}`;
  if (isEntireRows(a)) return `${a.r1 + 1}:${a.r2 + 1}`;
  const first = a1(a.r1, a.c1);
  return a.r1 === a.r2 && a.c1 === a.c2 ? first : `${first}:${a1(a.r2, a.c2)}`;
}

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export const formatAddress = (sheetName: string, a: Area) => `${quoteSheetName(sheetName)}!${formatArea(a)}`;
