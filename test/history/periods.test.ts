/** Which earlier period is which (issue 11): directly preceding, the same period a year earlier, year-to-date continuing. */
import { describe, expect, it } from "vitest";
import { continuesYearToDate, directlyPrecedes, sameLastYear } from "../../src/engine/history/periods";
import { parsePeriod, type Period } from "../../src/engine/period";

const p = (s: string): Period => parsePeriod(s)!;

describe("periods across years", () => {
  it.each([
    ["Quý I/2026", "Quý II/2026", true],
    ["Quý II/2026", "Quý III/2026", true],
    ["6 tháng đầu năm 2026", "Quý III/2026", true],
    ["Quý IV/2025", "Quý I/2026", true],
    ["Năm 2025", "Quý I/2026", true],
    ["Năm 2025", "6 tháng đầu năm 2026", true],
    ["6 tháng cuối năm 2025", "Năm 2026", true],
    ["6 tháng đầu năm 2026", "6 tháng cuối năm 2026", true],
    ["Quý I/2026", "Quý III/2026", false],
    ["Quý III/2025", "Quý III/2026", false],
    ["6 tháng đầu năm 2026", "Năm 2026", false],
  ])("%s directly precedes %s: %s", (a, b, want) => {
    expect(directlyPrecedes(p(a), p(b))).toBe(want);
  });

  it("the same period a year earlier is the same kind and index", () => {
    expect(sameLastYear(p("Quý III/2025"), p("Quý III/2026"))).toBe(true);
    expect(sameLastYear(p("6 tháng đầu năm 2025"), p("6 tháng đầu năm 2026"))).toBe(true);
    expect(sameLastYear(p("Năm 2025"), p("6 tháng đầu năm 2026"))).toBe(false);
    expect(sameLastYear(p("Quý III/2024"), p("Quý III/2026"))).toBe(false);
  });

  it("year-to-date continues only within a year", () => {
    expect(continuesYearToDate(p("Quý II/2026"), p("Quý III/2026"))).toBe(true);
    expect(continuesYearToDate(p("Quý IV/2025"), p("Quý I/2026"))).toBe(false);
    expect(continuesYearToDate(p("Năm 2025"), p("6 tháng đầu năm 2026"))).toBe(false);
  });
});
