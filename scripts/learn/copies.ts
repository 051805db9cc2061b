/**
 * The units' filled copies: figures from a fixed seed that keep every relation of the form (parts add up to
 * typed totals, a `Trong đó` row or column stays within its whole), then the documented mistakes.
 */
import type { Copy, Mistake } from "./build";
import type { FormSpec } from "./forms";
import { rng } from "../fuzz/rng";

/** mulberry32 from the fuzzer (the same draws on every machine), as a plain function of no arguments. */
export function seeded(seed: number): () => number {
  return rng(seed).next;
}

export function fillInputs(spec: FormSpec, random: () => number): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const set = (id: string, c: number, v: number) => (out.get(id) ?? out.set(id, new Map()).get(id)!).set(c, v);
  const get = (id: string, c: number) => out.get(id)?.get(c) ?? 0;
  const cols = spec.columns.map((col, c) => ({ col, c })).filter((x) => x.col.kind === "input");
  const rowsById = new Map(spec.rows.map((r) => [r.id, r]));
  /** A row's figure in column c once known (typed, or the sum of its parts). */
  const valueOf = (id: string, c: number): number => {
    const row = rowsById.get(id)!;
    if (row.kind === "sum") return row.parts.reduce((s, p) => s + valueOf(p, c), 0);
    return get(id, c);
  };
  for (const row of spec.rows) {
    if (row.kind !== "input" || row.subsetOf) continue;
    for (const { col, c } of cols) {
      if (col.kind !== "input" || col.subsetOf !== undefined) continue;
      set(row.id, c, Math.floor(random() * (col.max + 1)));
    }
  }
  for (const row of spec.rows) {
    if (row.kind !== "input" || !row.subsetOf) continue;
    for (const { col, c } of cols) {
      if (col.kind !== "input" || col.subsetOf !== undefined) continue;
      set(row.id, c, Math.floor(valueOf(row.subsetOf, c) * random() * 0.7));
    }
  }
  // Members leaving never outnumber those at the start of the period: the stock at its end stays positive.
  if (rowsById.has("II.4") && rowsById.has("II.2")) for (const { c } of cols) if (out.get("II.4")?.has(c)) set("II.4", c, Math.min(get("II.4", c), get("II.2", c)));
  // A `Trong đó` column (survey: under 40) within the row's total (the sum of the columns it is part of).
  for (const { col, c } of cols) {
    if (col.kind !== "input" || col.subsetOf === undefined) continue;
    const whole = spec.columns[col.subsetOf];
    for (const row of spec.rows) {
      if (row.kind !== "input") continue;
      const total = whole.kind === "sum" ? whole.of.reduce((s, k) => s + get(row.id, k), 0) : get(row.id, col.subsetOf);
      const share = Math.floor(total * random() * 0.6);
      // A `Trong đó` row stays within its parent in this column too.
      set(row.id, c, row.subsetOf ? Math.min(share, valueOf(row.subsetOf, c)) : share);
    }
  }
  return out;
}

/** The right figure of a cell a mistake replaces, plus what the mistake adds. */
export function mistakeOver(spec: FormSpec, inputs: Map<string, Map<number, number>>, row: string, col: number, add: number, why: string): Mistake {
  const r = spec.rows.find((x) => x.id === row)!;
  const get = (id: string) => inputs.get(id)?.get(col) ?? 0;
  const right = r.kind === "sum" ? r.parts.reduce((s, p) => s + get(p), 0) : r.kind === "input" && r.subsetOf ? get(r.subsetOf) : get(row);
  return { row, col, value: right + add, why };
}

export type { Copy };
