import { describe, expect, it } from "vitest";
import type { RosterUnit } from "../../../src/engine/consolidate/units";
import { finding } from "../../../src/engine/findings";
import { consolidateForms } from "../../../src/engine/forms/consolidate/consolidateForms";
import { parsePeriod } from "../../../src/engine/period";
import { builtInForm } from "../../../src/templates/form/registry";
import { TEST_FORM, unitFile, type TestUnit } from "../../support/formChecks";

const U1: TestUnit = { name: "Đảng bộ Công ty A", code: "DB01", type: "Đảng bộ cơ sở", cluster: "Cụm II" };
const U2 = { name: "Chi bộ Trường B", code: "CB02", type: "Chi bộ cơ sở" as const, cluster: "Cụm II" };
const U3 = { name: "Đảng bộ Bệnh viện C", code: "DB03", type: "Đảng bộ cơ sở" as const, cluster: "Cụm II" };
const roster: RosterUnit[] = [U1, U2, U3].map((u) => ({ name: u.name, code: u.code ?? null, type: u.type ?? null, cluster: u.cluster ?? null }));

const one = (checks: Parameters<typeof consolidateForms>[0], options: Parameters<typeof consolidateForms>[2] = {}) => {
  const result = consolidateForms(checks, [TEST_FORM], options);
  expect(result.map((c) => c.form)).toEqual(["TEST-1"]);
  return result[0];
};

describe("totals of a form", () => {
  const a = unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 10, 3: 8 }, "A.NU": { 2: 4, 3: 3 }, TBQ: { 2: 40, 3: 42 }, K: { 2: 3 } } }]);
  const b = unitFile(U2, [{ form: TEST_FORM, values: { A: { 2: 5, 3: 7, 4: 71.4 }, "A.NU": { 2: 1 }, TBQ: { 2: 34, 3: 30 }, K: { 2: 2 } } }]);
  const c = one([a, b]);

  it("sums counts per row and column, over the units that have a figure", () => {
    expect(c.totals.A["2"].value).toBe(15);
    expect(c.totals.A["3"].value).toBe(15);
    // Unit B wrote nothing in A.NU column 3: the total is unit A's alone, not "missing".
    expect(c.totals["A.NU"]["3"].value).toBe(3);
    expect(c.totals.A["2"].how).toBe("sum");
  });

  it("keeps each figure's provenance: unit, file, sheet and cell", () => {
    expect(c.totals.A["2"].sources).toEqual([
      { unit: U1.name, code: "DB01", file: "DB01.xlsx", sheet: "TEST-1", cell: "B10", value: 10 },
      { unit: U2.name, code: "CB02", file: "CB02.xlsx", sheet: "TEST-1", cell: "B10", value: 5 },
    ]);
    expect(c.totals["A.NU"]["3"].sources.map((s) => [s.unit, s.cell])).toEqual([[U1.name, "C11"]]);
  });

  it("recomputes a ratio column from the summed parts, never summing or averaging the units' ratios", () => {
    // (10 + 5) × 100 / (8 + 7) = 100; the units' own ratios (125 and 71,4) are not used.
    expect(c.totals.A["4"]).toMatchObject({ value: 100, how: "recompute", sources: [] });
    expect(c.totals["A.NU"]["4"].value).toBeCloseTo((5 * 100) / 3, 12);
  });

  it("gives no ratio when the divisor sums to zero or has no figure", () => {
    const zero = one([unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 4, 3: 0 } } }]), unitFile(U2, [{ form: TEST_FORM, values: { A: { 2: 1, 3: 0 } } }])]);
    expect(zero.totals.A["3"].value).toBe(0);
    expect(zero.totals.A["4"].value).toBeNull();
    expect(zero.totals["A.NU"]["4"].value).toBeNull();
  });

  it("recomputes a ratio row from the rows it is made of, in every column", () => {
    expect(c.totals.R["2"].value).toBeCloseTo((5 * 100) / 15, 12);
    expect(c.totals.R["3"].value).toBeCloseTo((3 * 100) / 15, 12);
    // Column 4 of a ratio row: the column's own formula over the recomputed figures.
    expect(c.totals.R["4"].value).toBeCloseTo(((5 * 100) / 15) * 100 / ((3 * 100) / 15), 9);
  });

  it("weights an average by the row the template names, over the units that have both", () => {
    expect(c.totals.TBQ["2"].value).toBeCloseTo((40 * 10 + 34 * 5) / 15, 12);
    expect(c.totals.TBQ["2"].how).toBe("weightedMean");
    expect(c.totals.TBQ["2"].sources.map((s) => [s.value, s.weight])).toEqual([[40, 10], [34, 5]]);
  });

  it("leaves a unit without the weight out of the mean, and lists it", () => {
    const noWeight = unitFile(U3, [{ form: TEST_FORM, values: { A: { 3: 9 }, TBQ: { 2: 80, 3: 50 } } }]);
    const t = one([a, b, noWeight]).totals.TBQ;
    expect(t["2"].value).toBeCloseTo((40 * 10 + 34 * 5) / 15, 12);
    expect(t["2"].withoutWeight).toEqual([U3.name]);
    expect(t["3"].value).toBeCloseTo((42 * 8 + 30 * 7 + 50 * 9) / 24, 12);
    expect(t["3"].withoutWeight).toEqual([]);
  });

  it("keeps X cells X, even where a unit wrote a figure", () => {
    const wrote = unitFile(U3, [{ form: TEST_FORM, values: { K: { 2: 1, 3: 7 } } }]);
    const t = one([a, b, wrote]).totals.K;
    expect(t["3"]).toEqual({ value: null, how: "notApplicable", sources: [], withoutWeight: [] });
    expect(t["4"].how).toBe("notApplicable");
    expect(t["2"].value).toBe(6);
  });

  it("gives heading rows no totals, and no figure where no unit has one", () => {
    expect(c.totals.H).toBeUndefined();
    const empty = one([unitFile(U1, [{ form: TEST_FORM, values: {} }])]);
    expect(empty.totals.A["2"].value).toBeNull();
    expect(empty.totals.A["4"].value).toBeNull();
    expect(empty.totals.TBQ["2"].value).toBeNull();
  });
});

describe("coverage per form", () => {
  const B1 = builtInForm("BTCTW-1")!;
  const both = (u: TestUnit) => unitFile(u, [{ form: TEST_FORM, values: { A: { 2: 1 } } }, { form: B1, values: { A: { 2: 100 } } }]);
  const onlyTest = (u: TestUnit) => unitFile(u, [{ form: TEST_FORM, values: { A: { 2: 1 } } }]);

  it("consolidates each form found, in the order of the templates given, and no other", () => {
    const result = consolidateForms([both(U1), onlyTest(U2)], [builtInForm("BTCTW-2")!, TEST_FORM, B1]);
    expect(result.map((c) => [c.form, c.used.length])).toEqual([["TEST-1", 2], ["BTCTW-1", 1]]);
    expect(consolidateForms([both(U1)], [])).toEqual([]);
  });

  it("UNIT_MISSING: a roster unit that sent one form but not another is missing for that form only", () => {
    const [test, b1] = consolidateForms([both(U1), onlyTest(U2)], [TEST_FORM, B1], { roster });
    expect(test.coverage).toMatchObject({ expected: 3, received: 2, missing: ["DB03"] });
    expect(b1.coverage).toMatchObject({ expected: 3, received: 1, missing: ["CB02", "DB03"] });
    const missing = b1.findings.filter((f) => f.rule === "UNIT_MISSING");
    expect(missing.map((f) => [f.form, f.severity])).toEqual([["BTCTW-1", "warning"], ["BTCTW-1", "warning"]]);
    expect(missing[0].message.vi).toContain("Biểu số 1-BTCTW");
    expect(b1.entries.filter((e) => e.status === "missing").map((e) => e.code)).toEqual(["CB02", "DB03"]);
  });

  it("UNIT_UNEXPECTED: a unit off the roster is listed, not added", () => {
    const stranger = unitFile({ name: "Chi bộ Lạ", code: "XX9" }, [{ form: TEST_FORM, values: { A: { 2: 50 } } }]);
    const c = one([onlyTest(U1), stranger], { roster });
    expect(c.totals.A["2"].value).toBe(1);
    expect(c.coverage.unexpected).toEqual(["XX9"]);
    expect(c.findings.filter((f) => f.rule === "UNIT_UNEXPECTED").map((f) => [f.form, f.file])).toEqual([["TEST-1", "XX9.xlsx"]]);
    expect(c.entries.find((e) => e.code === "XX9")!.status).toBe("unexpected");
  });

  it("matches units to the roster by name when the report has no code, in roster order", () => {
    const c = one([onlyTest({ name: "Cty CP B", code: null }), onlyTest({ ...U2, code: null }), onlyTest(U1)], { roster });
    expect(c.used.map((u) => u.code)).toEqual(["DB01", "CB02"]);
    expect(c.coverage.unexpected).toEqual(["Cty CP B"]);
  });

  it("marks a unit invalid when its file has error findings about that form, not about another", () => {
    const bad = unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 1 } } }], { findings: [{ ...finding("SUM_ROWS", "error", { vi: "", en: "" }, "TEST-1", "B10", "A"), form: "TEST-1", column: "2" }] });
    const otherForm = unitFile(U2, [{ form: TEST_FORM, values: { A: { 2: 1 } } }], { findings: [{ ...finding("SUM_ROWS", "error", { vi: "", en: "" }, "X", "B10", "A"), form: "BTCTW-1" }] });
    const warned = unitFile(U3, [{ form: TEST_FORM, values: { A: { 2: 1 } } }], { findings: [{ ...finding("VALUE_RANGE", "warning", { vi: "", en: "" }, "TEST-1", "B10", "A"), form: "TEST-1" }] });
    const c = one([bad, otherForm, warned]);
    expect(c.entries.map((e) => [e.code, e.status])).toEqual([["DB01", "invalid"], ["CB02", "ok"], ["DB03", "ok"]]);
    expect(c.used).toHaveLength(3);
  });
});

describe("duplicates and periods per form", () => {
  it("UNIT_DUPLICATE: the later report date wins; both stay listed; the finding names the form", () => {
    const early = unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 1 } }, options: { reportDate: "2023-07-05" } }], { file: "a-early.xlsx", modified: 2000 });
    const late = unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 7 } }, options: { reportDate: "2023-07-10" } }], { file: "a-late.xlsx", modified: 1000 });
    for (const order of [[early, late], [late, early]]) {
      const c = one(order);
      expect(c.totals.A["2"].value).toBe(7);
      expect(c.coverage.duplicates).toEqual([order.map((x) => x.file)]);
      const dup = c.findings.filter((f) => f.rule === "UNIT_DUPLICATE");
      expect(dup.map((f) => [f.file, f.form, f.severity])).toEqual([["a-early.xlsx", "TEST-1", "error"]]);
      expect(dup[0].message.vi).toContain("10/07/2023");
      const listed = c.entries.find((e) => e.status === "duplicate")!;
      expect(listed.file).toBe("a-early.xlsx");
      expect(listed.supersededBy).toMatchObject({ file: "a-late.xlsx" });
    }
  });

  it("UNIT_DUPLICATE: with equal report dates, the file modified later wins", () => {
    const older = unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 1 } } }], { file: "old.xlsx", modified: 1000 });
    const newer = unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 9 } } }], { file: "new.xlsx", modified: 5000 });
    const c = one([newer, older]);
    expect(c.totals.A["2"].value).toBe(9);
    expect(c.entries.find((e) => e.status === "duplicate")!.supersededBy!.why.en).toBe("file modified later");
  });

  it("PERIOD_MISMATCH: a copy of another period than most is listed, flagged at its period cell, not added", () => {
    const y = (u: typeof U1, value: number, period: string) => unitFile(u, [{ form: TEST_FORM, values: { A: { 2: value } }, options: { period } }]);
    const c = one([y(U1, 1, "Năm 2023"), y(U2, 2, "Năm 2023"), y(U3, 40, "6 tháng đầu năm 2023")]);
    expect(c.period?.label).toBe("Năm 2023");
    expect(c.totals.A["2"].value).toBe(3);
    const f = c.findings.filter((x) => x.rule === "PERIOD_MISMATCH");
    expect(f.map((x) => [x.file, x.form, x.cell, x.severity])).toEqual([["DB03.xlsx", "TEST-1", "A5", "error"]]);
    expect(c.entries.find((e) => e.code === "DB03")!.status).toBe("period_mismatch");
  });

  it("PERIOD_MISMATCH against the period asked for", () => {
    const c = one([unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 1 } } }])], { period: parsePeriod("6 tháng đầu năm 2023") });
    expect(c.used).toHaveLength(0);
    expect(c.findings.map((f) => f.rule)).toEqual(["PERIOD_MISMATCH"]);
    expect(c.totals.A["2"].value).toBeNull();
  });

  it("periods are decided per form: a year-end form beside a half-year one is no mismatch", () => {
    const b5 = builtInForm("BTCTW-5")!;
    const file = (u: TestUnit) => unitFile(u, [{ form: TEST_FORM, values: { A: { 2: 1 } }, options: { period: "6 tháng đầu năm 2023" } }, { form: b5, values: { CONG: { 7: 10 } }, options: { period: "Năm 2022" } }]);
    const result = consolidateForms([file(U1), file(U2)], [TEST_FORM, b5]);
    expect(result.map((c) => [c.form, c.period?.label, c.used.length])).toEqual([["TEST-1", "6 tháng đầu năm 2023", 2], ["BTCTW-5", "Năm 2022", 2]]);
    expect(result.flatMap((c) => c.findings)).toEqual([]);
  });
});
