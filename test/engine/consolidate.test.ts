import { describe, expect, it } from "vitest";
import type { FileCheck } from "../../src/engine/check";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import type { RosterUnit } from "../../src/engine/consolidate/units";
import { BCXDD } from "../../src/templates/bcxdd";
import { check, unitWith } from "../support/build";
import { CLUSTER, MISSING_UNIT, SAMPLE_UNITS } from "../support/units";

const roster: RosterUnit[] = [...SAMPLE_UNITS, MISSING_UNIT].map((u) => ({ code: u.code, name: u.name, type: u.type, cluster: CLUSTER }));
const clean = SAMPLE_UNITS.filter((u) => !u.mistake);
const checks = (units = clean) => units.map((u) => check(u, {}, `${u.code}.xlsx`));
const rulesOf = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe("totals", () => {
  const c = consolidate(checks(), BCXDD);

  it("sums each row over the units", () => {
    const expected = clean.reduce((s, u) => s + u.figures.DV_CUOI[1]!, 0);
    expect(c.totals.DV_CUOI.actual).toBe(expected);
    expect(c.totals.DV_CUOI.ytd).toBe(expected);
    expect(c.totals.DN_DT.actual).toBeCloseTo(clean.reduce((s, u) => s + (u.figures.DN_DT[1] ?? 0), 0), 9);
  });

  it("weights the income by staff over the units that have both", () => {
    let num = 0, den = 0;
    for (const u of clean) {
      num += u.figures.DN_TN[1]! * u.figures.DN_LD[1]!;
      den += u.figures.DN_LD[1]!;
    }
    expect(c.totals.DN_TN.actual).toBeCloseTo(num / den, 12);
    const partial = consolidate([check(unitWith({ DN_TN: [null, null, null] }, clean[0]), {}, "a.xlsx"), check(clean[1], {}, "b.xlsx")], BCXDD);
    expect(partial.totals.DN_TN.actual).toBeCloseTo(clean[1].figures.DN_TN[1]!, 12);
  });

  it("computes the cluster's rate from summed figures and plans, listing units without a plan", () => {
    const a = check(unitWith({ KT_TC: [80, 62, 62] }, clean[0]), {}, "a.xlsx");
    const b = check(unitWith({ KT_TC: [20, 20, 20] }, clean[1]), {}, "b.xlsx");
    const d = check(unitWith({ KT_TC: [null, 5, 5] }, clean[2]), {}, "d.xlsx");
    const t = consolidate([a, b, d], BCXDD).totals.KT_TC;
    expect(t.plan).toBe(100);
    expect(t.ytd).toBe(87);
    expect(t.pct).toBeCloseTo(82, 12); // (62 + 20) / (80 + 20), not 87/100 nor the mean of 77,5 % and 100 %
    expect(t.status).toBe("chưa đạt");
    expect(t.unitsWithoutPlan).toEqual([clean[2].name]);
  });

  it("counts reporting TCCS from the units received, or from the roster", () => {
    expect(c.totals.ORG_TCCS.actual).toBe(clean.length);
    const withRoster = consolidate(checks(), BCXDD, { roster });
    expect(withRoster.totals.ORG_TCCS.actual).toBe(11);
    expect(withRoster.totals.ORG_DBCS.actual).toBe(roster.filter((u) => u.type === "Đảng bộ cơ sở").length);
    expect(withRoster.totals.ORG_CBCS.actual).toBe(roster.filter((u) => u.type === "Chi bộ cơ sở").length);
  });
});

describe("coverage rules", () => {
  it("UNIT_MISSING: one finding per roster unit that sent nothing", () => {
    const c = consolidate(checks(), BCXDD, { roster });
    const missing = c.findings.filter((f) => f.rule === "UNIT_MISSING");
    expect(missing).toHaveLength(3);
    expect(missing[2].message.vi).toContain(MISSING_UNIT.name);
    expect(missing[2].severity).toBe("warning");
    expect(c.coverage.missing).toEqual(["DB05", "DB07", "DB11"]);
    expect(c.coverage.expected).toBe(11);
    expect(c.coverage.received).toBe(8);
    expect(rulesOf(consolidate(checks(), BCXDD).findings)).not.toContain("UNIT_MISSING");
  });

  it("UNIT_UNEXPECTED: a unit not on the roster is listed, not added", () => {
    const stranger = check({ ...clean[0], code: "X99", name: "Chi bộ Trường Chính trị tỉnh" }, {}, "x.xlsx");
    const c = consolidate([...checks(), stranger], BCXDD, { roster });
    expect(c.findings.filter((f) => f.rule === "UNIT_UNEXPECTED").map((f) => f.file)).toEqual(["x.xlsx"]);
    expect(c.coverage.unexpected).toEqual(["X99"]);
    expect(c.used.map((u) => u.file)).not.toContain("x.xlsx");
    expect(c.totals.DV_CUOI.actual).toBe(consolidate(checks(), BCXDD, { roster }).totals.DV_CUOI.actual);
  });

  it("matches roster units by name when the code is missing, abbreviations and all", () => {
    const u = { ...clean[3], code: "" };
    const renamed = check({ ...u, name: "CB Cty TNHH MTV Xổ số kiến thiết" }, {}, "cb04.xlsx");
    const c = consolidate([renamed], BCXDD, { roster });
    expect(c.used.map((e) => e.code)).toEqual(["CB04"]);
    expect(rulesOf(c.findings)).not.toContain("UNIT_UNEXPECTED");
  });

  it("UNIT_DUPLICATE: the later report date wins, both stay listed", () => {
    const first = check(clean[0], {}, "DB01.xlsx");
    const again = check({ ...unitWith({ DV_KN: [9, 4, 4], DV_CUOI: [null, 185, 185], DV_CT: [null, 178, 178] }, clean[0]), reportDate: "2023-04-09" }, {}, "DB01-sua.xlsx");
    const c = consolidate([again, first, ...checks().slice(1)], BCXDD, { roster });
    const dup = c.findings.filter((f) => f.rule === "UNIT_DUPLICATE");
    expect(dup).toHaveLength(1);
    expect(dup[0].file).toBe("DB01.xlsx");
    expect(dup[0].message.vi).toContain("09/04/2023");
    expect(c.coverage.duplicates).toEqual([["DB01-sua.xlsx", "DB01.xlsx"]]);
    expect(c.used.find((u) => u.code === "DB01")!.file).toBe("DB01-sua.xlsx");
    expect(c.entries.find((e) => e.file === "DB01.xlsx")!.status).toBe("duplicate");
    expect(c.totals.DV_KN.actual).toBe(clean.reduce((s, u) => s + u.figures.DV_KN[1]!, 0) + 1);
  });

  it("UNIT_DUPLICATE: with the same date, the file modified later wins", () => {
    const older: FileCheck = { ...check(clean[0], {}, "a.xlsx"), modified: 1000 };
    const newer: FileCheck = { ...check(clean[0], {}, "b.xlsx"), modified: 2000 };
    const c = consolidate([newer, older], BCXDD);
    expect(c.used.map((u) => u.file)).toEqual(["b.xlsx"]);
    expect(c.findings.find((f) => f.rule === "UNIT_DUPLICATE")!.file).toBe("a.xlsx");
  });

  it("UNIT_DUPLICATE: a resubmission without its code, or with the name abbreviated, is the same unit", () => {
    const first = check(clean[0], {}, "a.xlsx");
    const again = check({ ...clean[0], code: "", name: "ĐB Cty CP Cấp nước tỉnh", reportDate: "2023-04-08" }, {}, "b.xlsx");
    const other = check(clean[1], {}, "c.xlsx");
    const c = consolidate([first, again, other], BCXDD);
    expect(c.coverage.duplicates).toEqual([["a.xlsx", "b.xlsx"]]);
    expect(c.used.map((u) => u.file)).toEqual(["b.xlsx", "c.xlsx"]);
    const twoUnits = consolidate([first, check({ ...clean[0], code: "DB99" }, {}, "d.xlsx")], BCXDD);
    expect(twoUnits.coverage.duplicates).toEqual([]); // same name, different codes: two units
  });

  it("PERIOD_MISMATCH: a report of another period is left out", () => {
    const other = check(clean[1], { period: "Quý II/2023" }, "q2.xlsx");
    const c = consolidate([...checks().filter((x) => x.file !== `${clean[1].code}.xlsx`), other], BCXDD, { roster });
    const f = c.findings.filter((x) => x.rule === "PERIOD_MISMATCH");
    expect(f.map((x) => [x.file, x.severity])).toEqual([["q2.xlsx", "error"]]);
    expect(c.period?.label).toBe("Quý I/2023");
    expect(c.used.map((u) => u.file)).not.toContain("q2.xlsx");
    expect(rulesOf(consolidate(checks(), BCXDD).findings)).not.toContain("PERIOD_MISMATCH");
  });

  it("a clean cluster has no coverage finding", () => {
    expect(consolidate(checks(), BCXDD).findings).toEqual([]);
  });
});
