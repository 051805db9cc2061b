import { describe, expect, it } from "vitest";
import { validateFormReport } from "../../../src/engine/forms/validate";
import { compiledRules } from "../../../src/engine/forms/validate/compile";
import { builtInForms } from "../../../src/templates/form";
import { consistentReport, figureOf, withFigure } from "../../support/formReport";

/**
 * Honest data gives no finding: a rule that misfires on a consistent report of any built-in form fails here.
 * And the rules did run: in every form, changing one figure of each rule's anchor row gives a finding.
 */
describe("a consistently filled report of every built-in form", () => {
  it.each(builtInForms().map((f) => [f.id, f] as const))("%s: no finding", (_, form) => {
    for (const period of form.periodKinds.map((k) => ({ year: "Năm 2023", half: "6 tháng đầu năm 2023", quarter: "Quý I/2023", nine_months: "9 tháng năm 2023" })[k])) {
      expect(validateFormReport(consistentReport(form, { period }), form)).toEqual([]);
    }
  });

  it.each(builtInForms().map((f) => [f.id, f] as const))("%s: is not empty, and its rules are not all skipped", (_, form) => {
    const report = consistentReport(form);
    const figures = Object.values(report.values).flatMap((byCol) => Object.values(byCol)).filter((f) => f.value !== null);
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.every((f) => (f.value as number) >= 0)).toBe(true);
    // The anchor of each rule over rows, in its first column, moved far off: the rule must say so.
    const ruleIds = new Set<string>();
    for (const c of compiledRules(form)) {
      if (c.crossForm || !c.rule.columns || !c.rule.anchor) continue;
      const column = c.rule.columns[0];
      const value = report.values[c.rule.anchor]?.[column]?.value;
      if (value === null || value === undefined) continue;
      const moved = withFigure(report, c.rule.anchor, column, figureOf(report, c.rule.anchor, column) + 100_000);
      const found = validateFormReport(moved, form).filter((f) => f.indicator === c.rule.anchor && f.column === column);
      expect(found.map((f) => f.rule), `${c.rule.id} ${c.rule.expr}`).not.toEqual([]);
      ruleIds.add(c.rule.id);
    }
    expect(ruleIds.size).toBeGreaterThan(0);
  });
});
