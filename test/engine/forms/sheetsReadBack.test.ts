import { describe, expect, it } from "vitest";
import { consolidateForms } from "../../../src/engine/forms/consolidate/consolidateForms";
import { readFormSheet } from "../../../src/engine/forms/read";
import { formBlankSheet, formConsolidatedSheet } from "../../../src/engine/forms/sheets";
import { builtInForms } from "../../../src/templates/form/registry";
import { specToGrid } from "../../support/specToGrid";
import { fillForm, seeded, unitFile } from "../../support/formChecks";

const forms = builtInForms().filter((f) => f.id !== "BC-XDD");

/**
 * The sheets go back through the forms' reader: the blank form is the form (every row found), and the
 * consolidated sheet is the committee's own report of the form, so a higher committee consolidates the
 * committees' workbooks the same way ("từ cơ sở trở lên").
 */
describe("the form sheets read back as the forms they are", () => {
  for (const form of forms) {
    it(`${form.id}: the consolidated sheet is the committee's own report, every total where the reader looks`, () => {
      const random = seeded(form.id.length);
      const checks = [1, 2, 3].map((i) => unitFile({ name: `Đảng bộ ${i}`, code: `D${i}` }, [{ form, values: fillForm(form, random), options: { period: "Năm 2023" } }]));
      const [c] = consolidateForms(checks, [form]);
      const read = readFormSheet(specToGrid(formConsolidatedSheet(c, form)), form, "tong-hop.xlsx");
      const report = read.report!;
      expect(report.period?.label).toBe("Năm 2023");
      expect(read.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
      for (const [row, byColumn] of Object.entries(c.totals)) {
        for (const [column, total] of Object.entries(byColumn)) {
          const got = report.values[row]?.[column]?.value ?? null;
          if (total.value === null) expect(got, `${row}/${column}`).toBeNull();
          // A ratio reads as the sheet shows it, with the column's decimals.
          else if (total.how === "recompute") expect(Math.abs(got! - total.value), `${row}/${column}`).toBeLessThanOrEqual(0.005 + 1e-9);
          else expect(got, `${row}/${column}`).toBeCloseTo(total.value, 9);
        }
      }
    });
    it(`${form.id}: the blank form is recognised with every row`, () => {
      const read = readFormSheet(specToGrid(formBlankSheet(form)), form, "mau.xlsx");
      const report = read.report!;
      expect(Object.keys(report.rows).sort()).toEqual(form.rows.map((r) => r.code).sort());
    });
  }
});
