import { describe, expect, it } from "vitest";
import { completionOf, ytdFigure } from "../../src/engine/completion";
import { parsePeriod } from "../../src/engine/period";

const fig = (value: number | null) => ({ value, invalid: false, cell: null });

describe("completion against plan", () => {
  it.each([
    [62, 80, 77.5, "chưa đạt"],
    [80, 80, 100, "đạt"],
    [81, 80, 101.3, "vượt"],
    [142, 547, 26, "chưa đạt"],
    [1, 8, 12.5, "chưa đạt"],
    [0, 5, 0, "chưa đạt"],
  ])("%s / %s → %s %% (%s)", (figure, plan, rounded, status) => {
    const c = completionOf(figure, plan);
    expect(c.pctRounded).toBe(rounded);
    expect(c.status).toBe(status);
  });

  it("has no rate without a plan (blank, 0 or negative), never a division error", () => {
    for (const plan of [null, 0, -3]) expect(completionOf(5, plan)).toMatchObject({ plan: null, pct: null, status: null });
  });

  it("compares the year-to-date figure, or the period's figure when there is none or the period is the year", () => {
    const q2 = parsePeriod("Quý II/2023");
    const year = parsePeriod("Năm 2023");
    expect(ytdFigure({ actual: fig(3), ytd: fig(7) }, q2)).toBe(7);
    expect(ytdFigure({ actual: fig(3), ytd: fig(null) }, q2)).toBe(3);
    expect(ytdFigure({ actual: fig(12), ytd: fig(11) }, year)).toBe(12);
  });
});
