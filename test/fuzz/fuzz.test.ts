/**
 * A fixed-seed slice of `npm run fuzz` (scripts/fuzz), run in this process: the same generator
 * mutates the real fixtures (bytes, zip structure, XML, cell values, merges, CSV dialects), and each
 * case must come back from checkFileBytes without throwing, in under 2 s, with a sound result;
 * every batch must consolidate, render to .xlsx and read back. The mutations known to hang the
 * reader (huge ODS repeat counts, test/fuzz/known.test.ts) are capped here: in-process, a hang would
 * hang the suite. The full run, with a watchdog, keeps them.
 */
import { describe, expect, it } from "vitest";
import type { FileCheck } from "../../src/engine/check";
import { describeCase, makeCase } from "../../scripts/fuzz/cases";
import { loadCorpus } from "../../scripts/fuzz/corpus";
import { AVOID_KNOWN_HANGS } from "../../scripts/fuzz/odsParts";
import { runBatch, runCase } from "../../scripts/fuzz/run";

const SEED = 20_240_605;
const CASES = 400;
const BATCH = 25;
const CASE_LIMIT_MS = 2000;

describe("fuzzing the file reader (fixed seed)", () => {
  const corpus = loadCorpus();

  it("has seed files of every kind to mutate", () => {
    const kinds = new Set(corpus.map((f) => f.kind));
    expect(kinds).toEqual(new Set(["zip", "csv", "other"]));
    expect(corpus.some((f) => f.path.endsWith(".ods"))).toBe(true);
    expect(corpus.some((f) => f.path.endsWith(".xls"))).toBe(true);
  });

  it("is deterministic: the same seed and index give the same bytes", () => {
    for (const i of [0, 7, 123]) {
      const a = makeCase(corpus, SEED, i, AVOID_KNOWN_HANGS);
      const b = makeCase(corpus, SEED, i, AVOID_KNOWN_HANGS);
      expect(b.mutation).toBe(a.mutation);
      expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    }
  });

  it(`never throws, hangs or breaks its promises on ${CASES} mutated files`, () => {
    const crashes: string[] = [];
    const slow: string[] = [];
    const broken: string[] = [];
    const outcomes = new Map<string, number>();
    let checks: FileCheck[] = [];
    let batch = 0;
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(corpus, SEED, i, AVOID_KNOWN_HANGS);
      try {
        const res = runCase(c);
        outcomes.set(res.outcome, (outcomes.get(res.outcome) ?? 0) + 1);
        if (res.ms > CASE_LIMIT_MS) slow.push(`${res.ms.toFixed(0)} ms ${describeCase(c)}`);
        if (res.problems.length) broken.push(`${describeCase(c)}: ${res.problems.join("; ")}`);
        checks.push(res.check);
      } catch (e) {
        crashes.push(`${describeCase(c)}\n${(e as Error).stack}`);
      }
      if (checks.length === BATCH || i === CASES - 1) {
        try {
          const b = runBatch(checks, SEED, batch);
          if (b.problem) broken.push(`batch ${batch}: ${b.problem}`);
        } catch (e) {
          crashes.push(`consolidation of batch ${batch}\n${(e as Error).stack}`);
        }
        checks = [];
        batch++;
      }
    }
    expect(crashes).toEqual([]);
    expect(slow).toEqual([]);
    expect(broken).toEqual([]);
    // The slice is worth something only if the mutations reach the parsers: some files must still
    // read as reports, and some must be refused.
    expect(outcomes.get("report") ?? 0).toBeGreaterThan(CASES / 20);
    expect(outcomes.get("unreadable") ?? 0).toBeGreaterThan(CASES / 20);
  });
});
