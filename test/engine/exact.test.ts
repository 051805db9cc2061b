import { describe, expect, it } from "vitest";
import {
  classifyStated,
  completionStatus,
  decimalPlaces,
  percentPoints,
  roundHalfAway,
  roundPercent,
  scaleByPowerOfTen,
} from "../../src/engine/exact";

describe("percentPoints", () => {
  it.each([
    [62, 80, 77.5],
    [142, 547, 25.95978062157221],
    [1, 3, 33.333333333333336],
    [2, 3, 66.66666666666667],
    [1, 8, 12.5],
    [80, 80, 100],
    [0, 80, 0],
    [120, 80, 150],
    [0.1, 0.3, 33.333333333333336],
    [1, 7, 14.285714285714286],
    [2465, 5606, 43.97074562968248],
    [8.1, 2.7, 300],
    [-3, 4, -75],
    [1e-7, 3, 3.3333333333333333e-6],
    [123456789, 1, 12345678900],
  ])("%d / %d → %d", (figure, plan, expected) => {
    expect(percentPoints(figure, plan)).toBe(expected);
  });

  it.each([
    [5, 0],
    [5, -1],
    [5, NaN],
    [5, Infinity],
    [NaN, 5],
    [Infinity, 5],
  ])("%d / %d → null", (figure, plan) => {
    expect(percentPoints(figure, plan)).toBeNull();
  });

  // IEEE division of two integers below 2^53 is correctly rounded, so it is the reference here.
  it("is the nearest double for integer operands", () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const figure = next() % 100000;
      const plan = (next() % 99999) + 1;
      expect(percentPoints(figure, plan)).toBe((figure * 100) / plan);
    }
  });
});

describe("roundPercent", () => {
  it.each([
    [62, 80, 1, 77.5],
    [62, 80, undefined, 77.5],
    [62, 80, 0, 78],
    [1, 8, 1, 12.5],
    [1, 8, 0, 13],
    [1, 16, 1, 6.3],
    [1, 16, 2, 6.25],
    [3, 16, 1, 18.8],
    [142, 547, 1, 26],
    [142, 547, 2, 25.96],
    [142, 547, 0, 26],
    [1, 3, 1, 33.3],
    [2, 3, 1, 66.7],
    [1, 3, 4, 33.3333],
    [0, 5, 1, 0],
    [5, 5, 1, 100],
    [-1, 16, 1, -6.3],
    [1, 200, 0, 1],
    [1, 2000, 2, 0.05],
    [1, 40000, 2, 0.0],
    [0.1, 0.3, 2, 33.33],
  ])("%d / %d to %s decimals → %d", (figure, plan, decimals, expected) => {
    expect(roundPercent(figure, plan, decimals)).toBe(expected);
  });

  it.each([
    [1, 0],
    [1, -5],
    [1, NaN],
  ])("%d / %d → null", (figure, plan) => {
    expect(roundPercent(figure, plan)).toBeNull();
  });

  it("rejects a bad number of decimals", () => {
    expect(() => roundPercent(1, 2, -1)).toThrow(RangeError);
    expect(() => roundPercent(1, 2, 1.5)).toThrow(RangeError);
  });
});

describe("roundHalfAway", () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.015, 2, 1.02],
    [77.45, 1, 77.5],
    [77.55, 1, 77.6],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-0.5, 0, -1],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [-0.04, 1, 0],
    [25.96, 1, 26],
    [25.95978062157221, 10, 25.9597806216],
    [0.1 + 0.2, 10, 0.3],
    [123.456, 0, 123],
    [5, 3, 5],
    [1e-7, 6, 0],
    [5e-7, 6, 0.000001],
    [1e21, 2, 1e21],
  ])("%d to %d → %d", (value, decimals, expected) => {
    expect(roundHalfAway(value, decimals)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfAway(-0.04, 1), 0)).toBe(true);
  });

  it("passes non-finite values through", () => {
    expect(roundHalfAway(NaN, 1)).toBeNaN();
    expect(roundHalfAway(Infinity, 1)).toBe(Infinity);
  });
});

describe("classifyStated", () => {
  it.each([
    // [stated points, stated decimals, figure, plan, expected]
    [75.5, 1, 62, 80, "wrong"], // the article's slip
    [77.5, 1, 62, 80, "ok"],
    [77.5, 2, 62, 80, "ok"],
    [78, 0, 62, 80, "ok"], // 77.5 rounds half away to 78
    [77, 0, 62, 80, "rounding"], // |77 − 77.5| = 0.5 < 1
    [76, 0, 62, 80, "wrong"], // 1.5
    [79, 0, 62, 80, "wrong"], // 1.5
    [76.5, 1, 62, 80, "wrong"], // 1.0 ≥ 0.1
    [77.4, 1, 62, 80, "wrong"], // exactly one unit: strict
    [77.6, 1, 62, 80, "wrong"], // exactly one unit: strict
    [77.45, 2, 62, 80, "wrong"], // 0.05 ≥ 0.01
    [77.49, 2, 62, 80, "wrong"], // exactly one unit at two decimals
    [25.9, 1, 142, 547, "rounding"], // truncated 25,96
    [26, 1, 142, 547, "ok"],
    [26, 0, 142, 547, "ok"],
    [25.96, 2, 142, 547, "ok"],
    [25.95, 2, 142, 547, "rounding"],
    [25.97, 2, 142, 547, "wrong"], // 0.0102… ≥ 0.01
    [25.94, 2, 142, 547, "wrong"],
    [25, 0, 142, 547, "rounding"], // 0.96 < 1
    [27, 0, 142, 547, "wrong"], // 1.04
    [25.8, 1, 142, 547, "wrong"],
    [12.5, 1, 1, 8, "ok"],
    [13, 0, 1, 8, "ok"],
    [12, 0, 1, 8, "rounding"],
    [6.3, 1, 1, 16, "ok"],
    [6.2, 1, 1, 16, "rounding"],
    [100, 0, 80, 80, "ok"],
    [100, 1, 80, 80, "ok"],
    [99, 0, 80, 80, "wrong"], // exactly one unit
    [0, 0, 0, 5, "ok"],
    [33.3, 1, 1, 3, "ok"],
    [33.4, 1, 1, 3, "rounding"],
    [33.2, 1, 1, 3, "wrong"],
    [77.5, 1, 62, 0, "wrong"], // no plan
    [NaN, 1, 62, 80, "wrong"],
  ])("%d (%d dec) for %d/%d → %s", (stated, decimals, figure, plan, expected) => {
    expect(classifyStated(stated, decimals, figure, plan)).toBe(expected);
  });
});

describe("completionStatus", () => {
  it.each<[number, number | null, string | null]>([
    [62, 80, "below"],
    [80, 80, "met"],
    [81, 80, "exceeded"],
    [0, 80, "below"],
    [0.3, 0.1 + 0.2, "below"],
    [0.1 + 0.2, 0.3, "exceeded"],
    [8.1, 8.1, "met"],
    [5, 0, null],
    [5, null, null],
    [5, -1, null],
    [5, NaN, null],
    [NaN, 5, null],
  ])("%d of %d → %s", (figure, plan, expected) => {
    expect(completionStatus(figure, plan)).toBe(expected);
  });
});

describe("decimal helpers", () => {
  it.each([
    [0, 0],
    [77.5, 1],
    [25.96, 2],
    [2465, 0],
    [1e21, 0],
    [1e-7, 7],
    [1.5e-7, 8],
    [-0.25, 2],
    [0.1 + 0.2, 17],
    [NaN, 0],
  ])("decimalPlaces(%d) → %d", (x, expected) => {
    expect(decimalPlaces(x)).toBe(expected);
  });

  it.each([
    [0.775, 2, 77.5],
    [0.145, 2, 14.5],
    [1.005, 2, 100.5],
    [77.5, -2, 0.775],
    [-0.035, 2, -3.5],
    [0, 2, 0],
    [1e-7, 2, 1e-5],
  ])("scaleByPowerOfTen(%d, %d) → %d", (x, k, expected) => {
    expect(scaleByPowerOfTen(x, k)).toBe(expected);
  });
});
