import type { CompiledRule } from "./compile";
import { readComparison, type ReadComparison, type Resolve } from "./comparison";
import { holds, refOf } from "./evaluate";
import { judgeStatedRatio, type RatioVerdict } from "./percent";

/** What is wrong with one rule at one place. */
export type Judgement =
  /** A comparison that does not hold (the first one, for `a && b`). */
  | { kind: "comparison"; read: ReadComparison }
  /** A stated ratio off by rounding, off by more, or stated where there is no figure to state. */
  | { kind: "ratio"; read: ReadComparison; verdict: Exclude<RatioVerdict, { kind: "ok" }> };

/** Checks one rule in the current row and column (`resolve` knows them); null when it holds or is skipped. */
export function judgeRule(c: CompiledRule, resolve: Resolve): Judgement | null {
  if (isRatioRule(c)) {
    const read = readComparison(c.comparisons[0], resolve, c.policy);
    if (!read || read.left.value === undefined) return null;
    const stated = read.left.terms[0].figure;
    const verdict = judgeStatedRatio(read.left.value, read.right.value, stated.state === "number" ? stated.decimals : undefined);
    return verdict.kind === "ok" ? null : { kind: "ratio", read, verdict };
  }
  for (const cmp of c.comparisons) {
    const read = readComparison(cmp, resolve, c.policy);
    // A side that divides by zero has no figure: nothing to compare.
    if (!read || read.left.value === undefined || read.right.value === undefined) continue;
    if (!holds(read.op, read.left.value, read.right.value)) return { kind: "comparison", read };
  }
  return null;
}

/** A stated ratio (`col("4") == col("2") * 100 / col("3")`): judged with the stated-percentage tolerance. */
function isRatioRule(c: CompiledRule): boolean {
  const [cmp] = c.comparisons;
  return c.rule.id === "PCT_STATED" && c.comparisons.length === 1 && cmp.op === "==" && refOf(cmp.left) !== undefined;
}
