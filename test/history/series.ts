/** The period-series fixtures (test/fixtures/periods, scripts/make-period-fixtures.ts) run through the command line. */
import { basename, join } from "node:path";
import { expect } from "vitest";
import { tmp, tonghop } from "../cli/helpers";

export const PERIODS = "test/fixtures/periods";
export const bcxdd = (q: string) => join(PERIODS, "bcxdd", q);
export const btctw1 = (h: string) => join(PERIODS, "btctw1", h);

export interface JsonFinding {
  file: string | null;
  rule: string;
  severity: string;
  cell: string | null;
  indicator: string | null;
  column?: string;
  message: string;
  previous?: { file: string; sheet: string; cell: string };
}

export interface Change {
  form: string;
  indicator: string;
  column: string;
  before: number | null;
  after: number | null;
  cell: string | null;
  previousCell: string | null;
}

export interface ConsolidationDoc {
  units: { file: string | null; status: string; changes?: Change[] }[];
  findings: JsonFinding[];
  resubmissions?: { file: string; supersededBy: string; changes: Change[] }[];
  comparison?: { periods: { label: string; source: string | null }[]; rows: Record<string, Record<string, (number | null)[]>>; forms: Record<string, unknown> };
}

/** `tonghop consolidate --json`; the workbook goes to `out` (a fresh path by default). */
export async function consolidate(args: string[], out = join(tmp(), "tong-hop.xlsx"), lang = "vi"): Promise<ConsolidationDoc & { out: string }> {
  const r = await tonghop("consolidate", "--json", "--lang", lang, "--out", out, ...args);
  expect(r.err).toBe("");
  expect([0, 1]).toContain(r.code);
  return { ...(JSON.parse(r.out) as ConsolidationDoc), out };
}

/** A finding as the tests compare it: rule, file name, cell, row, and the earlier cell's file name and address. */
export const brief = (f: JsonFinding) => [f.rule, f.file ? basename(f.file) : null, f.cell, f.indicator, f.previous ? `${basename(f.previous.file)}!${f.previous.sheet}!${f.previous.cell}` : null];
