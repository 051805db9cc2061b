import { type Area, cellCountOf } from "./address";
import type { CellState, StoredValue } from "./cells";
import { displayText } from "./display";
import { ErrorCodes, officeError } from "./errors";
import { PAYLOAD_LIMIT } from "./limits";
import type { RangeTarget } from "./rangeOps";

/**
 * What loading a range returns. A read too large for one response is refused before it is built
 * (each cell costs at least a few bytes of JSON), as Excel on the web refuses it.
 */
export function guardRead(area: Area, location: string): void {
  if (cellCountOf(area) * 3 > PAYLOAD_LIMIT)
    throw officeError(ErrorCodes.responsePayloadSizeLimitExceeded, undefined, location);
}

export function grid<T>(t: RangeTarget, location: string, f: (cell: CellState | undefined) => T): T[][] {
  guardRead(t.area, location);
  const out: T[][] = [];
  for (let r = t.area.r1; r <= t.area.r2; r++) {
    const row: T[] = [];
    for (let c = t.area.c1; c <= t.area.c2; c++) row.push(f(t.sheet.cells.get(r, c)));
    out.push(row);
  }
  return out;
}

export function valueOf(cell: CellState | undefined): number | string | boolean {
  const v = cell?.value;
  if (v === undefined) return "";
  return typeof v === "object" ? v.error : v;
}

/** Office.js's `formulas`: the formula for formula cells, otherwise the constant as typed (text cells give their text). */
export function formulaOf(cell: CellState | undefined): number | string | boolean {
  return cell?.formula ?? valueOf(cell);
}

export const numberFormatOf = (cell: CellState | undefined) => cell?.numberFormat ?? "General";
export const textOf = (cell: CellState | undefined) => displayText(cell?.value as StoredValue | undefined, cell?.numberFormat);

export function valueTypeOf(cell: CellState | undefined): string {
  const v = cell?.value;
  if (v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/**
 * A format property read on a range: the common value, or `null` when cells differ (Excel's answer).
 * Walks only stored cells, so whole-column ranges stay cheap.
 */
export function uniform<T>(t: RangeTarget, f: (cell: CellState | undefined) => T): T | null {
  let seen = false;
  let common: T | null = null;
  let stored = 0;
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  for (const [, , cell] of t.sheet.cells.within(t.area)) {
    stored++;
    const v = f(cell);
    if (!seen) {
      common = v;
      seen = true;
    } else if (!same(common, v)) return null;
  }
  if (stored < cellCountOf(t.area)) {
    const v = f(undefined);
    if (seen && !same(common, v)) return null;
    common = v;
  }
  return common;
}
