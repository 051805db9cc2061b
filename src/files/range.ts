/**
 * A1 ranges as SheetJS reads and writes them (`A1:C3`), for the sheets read directly (ooxml/) and for
 * the used range of any sheet (grids.ts), without loading SheetJS.
 */
import { a1 } from "../engine/grid";

export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** SheetJS's safe_decode_range: letters then digits, twice; what does not fit stops the reading. */
export function decodeRange(range: string): Range {
  const o = { s: { c: 0, r: 0 }, e: { c: 0, r: 0 } };
  let i = 0;
  let cc = 0;
  const part = (letters: boolean): number => {
    let idx = 0;
    for (; i < range.length; ++i) {
      cc = range.charCodeAt(i) - (letters ? 64 : 48);
      if (letters ? cc < 1 || cc > 26 : cc < 0 || cc > 9) break;
      idx = (letters ? 26 : 10) * idx + cc;
    }
    return idx - 1;
  };
  o.s.c = part(true);
  o.s.r = part(false);
  if (i === range.length || cc !== 10) {
    o.e = { ...o.s };
    return o;
  }
  ++i;
  o.e.c = part(true);
  o.e.r = part(false);
  return o;
}

export const encodeRange = (r: Range) => `${a1(r.s.r, r.s.c)}:${a1(r.e.r, r.e.c)}`;
