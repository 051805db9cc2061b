import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import type { SheetSpec, SpecCell } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";

export { XLSX };

/** Reads bytes back the way the tests' brief asks: formulas, number formats and styles on. */
export function readBack(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellStyles: true });
}

/** The package's parts as text, by path. */
export function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) out[path] = strFromU8(data);
  return out;
}

export function sheet(name: string, rows: (SpecCell | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, rows, ...extra };
}

/** Renders one sheet and returns its SheetJS worksheet. */
export function roundTrip(spec: SheetSpec): XLSX.WorkSheet {
  const wb = readBack(renderWorkbook([spec]));
  return wb.Sheets[spec.name];
}
