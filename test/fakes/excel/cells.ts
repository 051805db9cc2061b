import { type Area, intersection } from "./address";
import { MAX_COLS } from "./limits";

/** An error value (`#REF!`…): Office.js shows it as a string in `values`, with valueType `Error`. */
export interface ErrorValue {
  error: string;
}
export type StoredValue = number | string | boolean | ErrorValue;

export type Edge = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";
export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

/** Everything Excel keeps per cell that the fake models. Absent = Excel's default. */
export interface CellState {
  value?: StoredValue;
  /** With its leading `=`. A formula written by the adapter has cached value 0 (the fake does not calculate). */
  formula?: string;
  /** Text entered with a leading apostrophe. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  pattern?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Partial<Record<Edge, BorderState>>;
}

const CONTENT_KEYS = ["value", "formula", "quotePrefix"] as const;
export const FORMAT_KEYS = ["numberFormat", "fill", "pattern", "bold", "italic", "underline", "fontColor", "fontSize", "fontName", "hAlign", "vAlign", "wrap", "borders"] as const;

export const hasContent = (c: CellState | undefined) => !!c && (c.value !== undefined || c.formula !== undefined);
export const hasFormat = (c: CellState | undefined) => !!c && FORMAT_KEYS.some((k) => c[k] !== undefined);

export function clearContent(c: CellState): void {
  for (const k of CONTENT_KEYS) delete c[k];
}
export function clearFormat(c: CellState): void {
  for (const k of FORMAT_KEYS) delete c[k];
}

/** A sheet's cells, sparse: only cells with content or formatting are stored. */
export class CellStore {
  private readonly map = new Map<number, CellState>();

  private static key(r: number, c: number): number {
    return r * MAX_COLS + c;
  }

  get(r: number, c: number): CellState | undefined {
    return this.map.get(CellStore.key(r, c));
  }

  /** The cell's state, created when absent, for writing. Call `prune` after an edit that may empty it. */
  edit(r: number, c: number): CellState {
    const k = CellStore.key(r, c);
    let cell = this.map.get(k);
    if (!cell) this.map.set(k, (cell = {}));
    return cell;
  }

  prune(r: number, c: number): void {
    const k = CellStore.key(r, c);
    const cell = this.map.get(k);
    if (cell && !hasContent(cell) && !hasFormat(cell)) this.map.delete(k);
  }

  get size(): number {
    return this.map.size;
  }

  *entries(): IterableIterator<[number, number, CellState]> {
    for (const [k, cell] of this.map) yield [Math.floor(k / MAX_COLS), k % MAX_COLS, cell];
  }

  /** Stored cells inside `area`, without walking empty cells (whole columns stay cheap). */
  *within(area: Area): IterableIterator<[number, number, CellState]> {
    const cells = (area.r2 - area.r1 + 1) * (area.c2 - area.c1 + 1);
    if (cells <= this.map.size) {
      for (let r = area.r1; r <= area.r2; r++)
        for (let c = area.c1; c <= area.c2; c++) {
          const cell = this.get(r, c);
          if (cell) yield [r, c, cell];
        }
      return;
    }
    for (const entry of this.entries()) {
      const [r, c] = entry;
      if (r >= area.r1 && r <= area.r2 && c >= area.c1 && c <= area.c2) yield entry;
    }
  }

  /** The used area: cells with content, or (unless `valuesOnly`) with any formatting. */
  usedArea(valuesOnly: boolean, within?: Area): Area | null {
    let box: Area | null = null;
    for (const [r, c, cell] of within ? this.within(within) : this.entries()) {
      if (!hasContent(cell) && (valuesOnly || !hasFormat(cell))) continue;
      if (!box) box = { r1: r, c1: c, r2: r, c2: c };
      else {
        box.r1 = Math.min(box.r1, r);
        box.c1 = Math.min(box.c1, c);
        box.r2 = Math.max(box.r2, r);
        box.c2 = Math.max(box.c2, c);
      }
    }
    return box && within ? intersection(box, within) : box;
  }

  clone(): CellStore {
    const copy = new CellStore();
    for (const [k, cell] of this.map) copy.map.set(k, structuredClone(cell));
    return copy;
  }
}
