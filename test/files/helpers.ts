import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Cell, Grid } from "../../src/engine/grid";
import { readWorkbook, type ReadFailure, type ReadLimits, type WorkbookRead } from "../../src/files/index";

export const FIXTURES = fileURLToPath(new URL("../fixtures/files/", import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

export function readFixture(name: string, limits?: Partial<ReadLimits>): WorkbookRead {
  return readWorkbook(fixture(name), name.split("/").pop()!, limits);
}

export function expectOk(r: WorkbookRead): Extract<WorkbookRead, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${r.failure}: ${r.reason.en}`);
  return r;
}

/** Asserts the failure kind and that both reasons are real sentences. */
export function expectFailure(r: WorkbookRead, failure: ReadFailure): Extract<WorkbookRead, { ok: false }> {
  expect(r.ok, r.ok ? `expected ${failure}, got ok (${r.format})` : "").toBe(false);
  if (r.ok) throw new Error("unreachable");
  expect(r.failure, r.reason.en).toBe(failure);
  expect(r.reason.vi.length).toBeGreaterThan(20);
  expect(r.reason.en.length).toBeGreaterThan(20);
  return r;
}

export function cell(grid: Grid, r: number, c: number): Cell | undefined {
  return grid.cells[r]?.[c];
}

export function values(grid: Grid): unknown[][] {
  return grid.cells.map((row) => row.map((x) => (x === undefined ? null : x.v)));
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** A small deterministic PRNG (mulberry32), so that the "never throws" runs are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
