import { describe, expect, it } from "vitest";
import type { FormFigure } from "../../../src/engine/forms/types";
import { validateFormReport } from "../../../src/engine/forms/validate";
import { builtInForm, type FormTemplate } from "../../../src/templates/form";
import { consistentReport, figureOf, withFigure } from "../../support/formReport";

const form = (id: string) => builtInForm(id) as FormTemplate;
const rulesAt = (f: FormTemplate, r: ReturnType<typeof consistentReport>) => validateFormReport(r, f).map((x) => `${x.rule} ${x.indicator}/${x.column} ${x.severity}`);

describe("PCT_STATED / PCT_ROUNDING: BTCTW-1 column 4(=2*100/3), tolerance of FORM.md", () => {
  const f = form("BTCTW-1");
  // Row A: 940 this period against 900 a year earlier: 104,444… %. D follows from A (D = A + B − C).
  const base = consistentReport(f, { inputs: { A: { "2": 940, "3": 900 } } });
  const stating = (v: number | null, extra: Partial<FormFigure> = {}) => rulesAt(f, withFigure(base, "A", "4", v === null ? null : { value: v, ...extra }));

  it("the builder states 104,44", () => expect(figureOf(base, "A", "4")).toBe(104.44));
  it.each([
    [104.44, []],
    [104.4, []],
    [104, []],
    [104.444, []],
    [104.44444444444444, []],
    [104.45, ["PCT_ROUNDING A/4 warning"]],
    [104.5, ["PCT_ROUNDING A/4 warning"]],
    [105, ["PCT_ROUNDING A/4 warning"]],
    [104.43, ["PCT_STATED A/4 error"]],
    [104.3, ["PCT_STATED A/4 error"]],
    [103, ["PCT_STATED A/4 error"]],
    [95.74, ["PCT_STATED A/4 error"]], // 900/940: the columns swapped
    [95.74468085106383, ["PCT_STATED A/4 error"]], // the same, a formula's full-precision result
    [null, []],
  ])("stated %s", (v, expected) => expect(stating(v)).toEqual(expected));

  it("judges on the decimals the cell shows when the reader knows them: 104,40 is not 104,4", () => {
    expect(stating(104.4, { decimals: 2 })).toEqual(["PCT_STATED A/4 error"]);
    expect(stating(104.4, { decimals: 1 })).toEqual([]);
  });

  it("a ratio cell that is not a number is VALUE_NOT_NUMBER's, not ours", () => {
    expect(rulesAt(f, withFigure(base, "A", "4", { value: null, invalid: true }))).toEqual([]);
  });
});

describe("the FORM.md examples: truncated, mistyped, and 'within one unit' strict", () => {
  const f = form("BTCTW-7");
  // II.HH30 is an independent count: its ratio can be set freely.
  const ratio = (two: number, three: number, stated: number) =>
    rulesAt(f, withFigure(consistentReport(f, { inputs: { "II.HH30": { "2": two, "3": three } } }), "II.HH30", "4", stated));
  it.each([
    [142, 547, 25.9, ["PCT_ROUNDING II.HH30/4 warning"]], // 25,96… truncated
    [142, 547, 25.96, []],
    [142, 547, 26, []],
    [62, 80, 77.5, []], // exactly 77,5, not 77,49999…
    [62, 80, 75.5, ["PCT_STATED II.HH30/4 error"]], // the article's slip
    [62, 80, 77, ["PCT_ROUNDING II.HH30/4 warning"]],
    [62, 80, 78, []], // 77,5 rounds half away from zero to 78
    [649, 2500, 25.95, ["PCT_STATED II.HH30/4 error"]], // 25,96 exactly: one unit off is not within one unit
    [649, 2500, 25.97, ["PCT_STATED II.HH30/4 error"]],
    [200, 3, 6666.67, []],
    [200, 3, 6666.66, ["PCT_ROUNDING II.HH30/4 warning"]], // truncated
  ])("%s × 100 / %s stated %s", (two, three, stated, expected) => expect(ratio(two, three, stated)).toEqual(expected));
});

describe("a ratio with no figure to state (a divisor blank or 0)", () => {
  const f = form("BTCTW-7");
  const report = (three: number | null, stated: number | null, two: number | null = 5) => {
    let r = consistentReport(f, { inputs: { "II.HH40": { "2": 5, "3": 4 } } });
    r = withFigure(r, "II.HH40", "2", two);
    r = withFigure(r, "II.HH40", "3", three);
    return rulesAt(f, withFigure(r, "II.HH40", "4", stated));
  };
  it("a stated 0 over a 0 or a blank, as exports write it: nothing", () => {
    expect(report(0, 0)).toEqual([]);
    expect(report(null, 0)).toEqual([]);
  });
  it("no ratio stated: nothing", () => expect(report(0, null)).toEqual([]));
  it("a figure stated over a 0 or a blank: PCT_NO_PLAN, a warning (FORM.md: a percentage where there is none)", () => {
    expect(report(0, 125)).toEqual(["PCT_NO_PLAN II.HH40/4 warning"]);
    expect(report(null, 125)).toEqual(["PCT_NO_PLAN II.HH40/4 warning"]);
  });
  it("this period blank, last year's there: the ratio is 0", () => {
    expect(report(4, 0, null)).toEqual([]);
    expect(report(4, 125, null)).toEqual(["PCT_STATED II.HH40/4 error"]);
  });
});

describe("BTCTW-3DT column 5: each row's share of its section", () => {
  const f = form("BTCTW-3DT");
  const base = consistentReport(f);
  const share = (row: string, base3: string) => (figureOf(base, row, "3") * 100) / figureOf(base, base3, "3");

  it("rows I and II state 100, their sections' own totals", () => {
    expect(figureOf(base, "I", "5")).toBe(100);
    expect(figureOf(base, "II", "5")).toBe(100);
    expect(rulesAt(f, base)).toEqual([]);
  });
  it("an ethnic group's share is of row I", () => {
    expect(figureOf(base, "I.1", "5")).toBeCloseTo(share("I.1", "I"), 2);
    expect(rulesAt(f, withFigure(base, "I.1", "5", figureOf(base, "I.1", "5") + 1))).toEqual(["PCT_STATED I.1/5 error"]);
  });
  it("a religion's share is of row II, not of row I", () => {
    const ofI = Math.round(share("II.2", "I") * 100) / 100;
    expect(ofI).not.toBeCloseTo(figureOf(base, "II.2", "5"), 1);
    expect(rulesAt(f, withFigure(base, "II.2", "5", ofI))).toEqual(["PCT_STATED II.2/5 error"]);
  });
  it("row II's 100 is of its own total: the share of row I there is wrong", () => {
    expect(rulesAt(f, withFigure(base, "II", "5", Math.round(share("II", "I") * 100) / 100))).toEqual(["PCT_STATED II/5 error"]);
  });
});
