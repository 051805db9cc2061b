import { describe, expect, it } from "vitest";
import { ByteBudget } from "../../src/cli/byteBudget";

/** Which of `takes` have been let through so far, after the microtasks ran. */
async function through(takes: Promise<void>[]): Promise<boolean[]> {
  const done = takes.map(() => false);
  takes.forEach((t, i) => void t.then(() => (done[i] = true)));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe("the bytes read ahead", () => {
  it("let files through while they fit, and the next one when bytes are given back", async () => {
    const budget = new ByteBudget(100);
    const takes = [budget.take(60), budget.take(30), budget.take(20), budget.take(5)];
    // The 20 does not fit (60 + 30 + 20 > 100); the 5 would, but waits its turn.
    expect(await through(takes)).toEqual([true, true, false, false]);
    budget.give(60);
    expect(await through(takes)).toEqual([true, true, true, true]);
  });

  it("always lets one file through, however big", async () => {
    const budget = new ByteBudget(10);
    const big = budget.take(1_000);
    const small = budget.take(1);
    expect(await through([big, small])).toEqual([true, false]);
    budget.give(1_000);
    expect(await through([big, small])).toEqual([true, true]);
  });
});
