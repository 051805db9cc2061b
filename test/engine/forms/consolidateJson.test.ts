import { describe, expect, it } from "vitest";
import type { FileCheck } from "../../../src/engine/check";
import { consolidateForms } from "../../../src/engine/forms/consolidate/consolidateForms";
import { formsConsolidationJson, formsValidationJson } from "../../../src/engine/forms/json";
import { builtInForm } from "../../../src/templates/form/registry";
import { consolidate } from "../../../src/engine/consolidate/consolidate";
import { BCXDD } from "../../../src/templates/bcxdd";
import { check } from "../../support/build";
import { TEST_FORM, unitFile } from "../../support/formChecks";

const B1 = builtInForm("BTCTW-1")!;
const U1 = { name: "Đảng bộ Công ty A", code: "DB01" };
const U2 = { name: "Chi bộ Trường B", code: "CB02" };

describe("consolidate --json: forms", () => {
  const a = unitFile(U1, [{ form: B1, values: { A: { 2: 60, 3: 50 }, D: { 2: 61, 3: 55 } } }, { form: TEST_FORM, values: { K: { 2: 3, 3: 4 } } }]);
  const b = unitFile(U2, [{ form: B1, values: { A: { 2: 34, 3: 40 }, D: { 2: 30 } } }]);
  const json = formsConsolidationJson(consolidateForms([a, b], [B1, TEST_FORM]));

  it("gives per form the units added and every non-heading row's totals per column", () => {
    expect(Object.keys(json)).toEqual(["BTCTW-1", "TEST-1"]);
    expect(json["BTCTW-1"].units).toBe(2);
    expect(Object.keys(json["BTCTW-1"].totals)).toEqual(B1.rows.filter((r) => r.kind !== "heading").map((r) => r.code));
    expect(json["BTCTW-1"].totals.A).toEqual({ 2: 94, 3: 90, 4: (94 * 100) / 90 });
    expect(Object.keys(json["TEST-1"].totals)).not.toContain("H");
  });

  it("carries a ratio column's recomputed ratio in points, unrounded (104.44…)", () => {
    expect(json["BTCTW-1"].totals.A["4"]).toBeCloseTo(104.4444444444, 9);
    expect(String(json["BTCTW-1"].totals.A["4"]).length).toBeGreaterThan(8);
  });

  it("writes null for a missing figure, a division by zero and an X cell", () => {
    expect(json["BTCTW-1"].totals.B).toEqual({ 2: null, 3: null, 4: null });
    expect(json["BTCTW-1"].totals.D).toEqual({ 2: 91, 3: 55, 4: (91 * 100) / 55 });
    expect(json["TEST-1"].totals.K).toEqual({ 2: 3, 3: null, 4: null });
  });

  it("is an empty object when no form other than BC-XDĐ was consolidated", () => {
    expect(formsConsolidationJson(consolidateForms([check()], [B1]))).toEqual({});
  });

  it("puts BC-XDĐ first when its consolidation is given, its columns keyed by role", () => {
    const bc = consolidate([check()], BCXDD);
    const both = formsConsolidationJson(consolidateForms([a, b], [B1]), bc);
    expect(Object.keys(both)).toEqual(["BC-XDD", "BTCTW-1"]);
    expect(both["BC-XDD"].units).toBe(1);
    const t = bc.totals.KT_TC;
    expect(both["BC-XDD"].totals.KT_TC).toEqual({ plan: t.plan, actual: t.actual, ytd: t.ytd, pct: t.pct });
    expect(formsConsolidationJson([], consolidate([], BCXDD))).toEqual({});
  });
});

describe("validate --json: forms", () => {
  it("lists each form of the file with its values and cells", () => {
    const file = unitFile(U1, [{ form: B1, values: { A: { 2: 60, 3: 50, 4: 120 } } }]);
    const [entry] = formsValidationJson(file);
    expect(entry.form).toBe("BTCTW-1");
    expect(entry.sheet).toBe("BTCTW-1");
    expect(entry.values.A).toEqual({ 2: 60, 3: 50, 4: 120 });
    expect(entry.cells.A).toEqual({ 2: "B10", 3: "C10", 4: "D10" });
    expect(entry.values.B).toEqual({ 2: null, 3: null, 4: null });
  });

  it("puts BC-XDĐ first, its columns keyed by role, its rate as stated in points", () => {
    const bcxdd: FileCheck = check();
    const both: FileCheck = { ...bcxdd, forms: unitFile(U1, [{ form: B1, values: {} }]).forms };
    const entries = formsValidationJson(both);
    expect(entries.map((e) => e.form)).toEqual(["BC-XDD", "BTCTW-1"]);
    const kt = bcxdd.report!.rows.KT_TC;
    expect(entries[0].values.KT_TC).toEqual({ plan: kt.plan.value, actual: kt.actual.value, ytd: kt.ytd.value, pct: kt.statedPct?.points ?? null });
    expect(entries[0].cells.KT_TC.actual).toBe(kt.actual.cell);
    expect(entries[0].sheet).toBe(bcxdd.report!.sheet);
  });
});
