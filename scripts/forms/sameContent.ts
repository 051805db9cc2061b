import { unzipSync } from "fflate";

/** The parts where LibreOffice writes the time of saving: the only bytes that differ between two runs. */
const STAMPED = new Set(["docProps/core.xml", "docProps/app.xml", "meta.xml"]);

/**
 * Whether two saved workbooks differ only in their save timestamps (zip packages: .xlsx, .ods; a .xls or .csv
 * must be byte-equal). The generator then keeps the old file, so a run that changes nothing changes no file.
 */
export function sameContent(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length === b.length && a.every((x, i) => x === b[i])) return true;
  if (a[0] !== 0x50 || a[1] !== 0x4b || b[0] !== 0x50 || b[1] !== 0x4b) return false;
  try {
    const za = unzipSync(a);
    const zb = unzipSync(b);
    const names = Object.keys(za).filter((n) => !STAMPED.has(n)).sort();
    if (JSON.stringify(names) !== JSON.stringify(Object.keys(zb).filter((n) => !STAMPED.has(n)).sort())) return false;
    return names.every((n) => za[n].length === zb[n].length && za[n].every((x, i) => x === zb[n][i]));
  } catch {
    return false;
  }
}
