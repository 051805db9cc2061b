/**
 * A sheet typed with `.VnTime` (TCVN3) fonts is TCVN3 throughout, but not every cell can tell on its
 * own: `Côm` reads as a Vietnamese syllable as it stands, and so does its TCVN3 reading `Cụm`, so the
 * per-cell decoding (cells.ts) leaves it alone. Once a sheet's unambiguous text shows it is TCVN3,
 * its ambiguous 8-bit text is read as TCVN3 too. The grid returned is a copy for reading; the source
 * cells and their addresses are untouched.
 */
import type { Cell, Grid } from "../grid";
import { decodeLegacy, decodeTcvn3IfVietnamese } from "../legacyText";
import { memoized } from "../memo";

/** Unambiguous TCVN3 cells needed, and more than VNI ones, before the sheet counts as TCVN3. */
const EVIDENCE = 3;

/** The legacy scheme a text decodes from on its own ("" for none): labels recur in every file. */
const schemeOf = memoized((s) => decodeLegacy(s)?.scheme ?? "");

export function decodeTcvn3Sheet(grid: Grid): Grid {
  let tcvn3 = 0;
  let vni = 0;
  for (const row of grid.cells) {
    for (const cell of row ?? []) {
      if (typeof cell?.v !== "string") continue;
      const scheme = schemeOf(cell.v);
      if (scheme === "tcvn3") tcvn3++;
      else if (scheme === "vni") vni++;
    }
  }
  if (tcvn3 < EVIDENCE || tcvn3 <= vni) return grid;
  const cells = grid.cells.map((row) =>
    row?.map((cell): Cell | undefined => {
      if (typeof cell?.v !== "string" || schemeOf(cell.v)) return cell;
      const text = decodeTcvn3IfVietnamese(cell.v);
      return text === null ? cell : { ...cell, v: text };
    }),
  );
  return { ...grid, cells };
}
