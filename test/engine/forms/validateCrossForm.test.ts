import { describe, expect, it } from "vitest";
import type { FormSheetReport } from "../../../src/engine/forms/types";
import { crossFormFindings, validateFormReport, validateFormReports } from "../../../src/engine/forms/validate";
import { builtInForm, builtInForms, type FormTemplate } from "../../../src/templates/form";
import { cellOf, consistentWorkbook, figureOf, withFigure, type FillOptions } from "../../support/formReport";

const form = (id: string) => builtInForm(id) as FormTemplate;
const forms = builtInForms();

/** BTCTW-1 then BTCTW-3 (and more), consistent, for one unit and period. */
const workbook = (ids: string[], options: FillOptions = {}) => consistentWorkbook(ids.map(form), options);
const bump = (reports: FormSheetReport[], formId: string, row: string, column: string, delta: number) =>
  reports.map((r) => (r.form === formId ? withFigure(r, row, column, figureOf(r, row, column) + delta) : r));

describe("CROSS_FORM between the forms of one workbook", () => {
  it("the builder makes Biểu 1 D and Biểu 3 I agree", () => {
    const [b1, b3] = workbook(["BTCTW-1", "BTCTW-3"]);
    expect(figureOf(b3, "I", "2")).toBe(figureOf(b1, "D", "2"));
    expect(crossFormFindings([b1, b3], forms)).toEqual([]);
  });

  it("a disagreement is reported once, though both forms state it, at the first form's cell, naming both cells", () => {
    const reports = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-3", "I", "2", 2);
    const [b1, b3] = reports;
    const found = crossFormFindings(reports, forms);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({ rule: "CROSS_FORM", severity: "error", form: "BTCTW-1", sheet: b1.sheet, cell: cellOf(b1, "D", "2"), indicator: "D", column: "2" });
    for (const text of [f.message.vi, f.message.en]) {
      expect(text).toContain(b1.sheet);
      expect(text).toContain(cellOf(b1, "D", "2"));
      expect(text).toContain(b3.sheet);
      expect(text).toContain(cellOf(b3, "I", "2"));
      expect(text).toContain("BTCTW-3");
    }
    expect(f.message.vi).toContain(`ghi ${figureOf(b1, "D", "2")}`);
  });

  it("from the other side when that form comes first", () => {
    const reports = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-3", "I", "2", 2).reverse();
    const found = crossFormFindings(reports, forms);
    expect(found.map((f) => `${f.form} ${f.indicator}/${f.column} ${f.cell}`)).toEqual([`BTCTW-3 I/2 ${cellOf(reports[0], "I", "2")}`]);
  });

  it("each pair of cells once: column 3 and the B.1 = Biểu 2 I relation are their own pairs", () => {
    let reports = workbook(["BTCTW-1", "BTCTW-2", "BTCTW-3"]);
    reports = bump(reports, "BTCTW-3", "I", "2", 1);
    reports = bump(reports, "BTCTW-3", "I", "3", 1);
    reports = bump(reports, "BTCTW-2", "I", "2", 1);
    expect(crossFormFindings(reports, forms).map((f) => `${f.form} ${f.indicator}/${f.column}`).sort()).toEqual(["BTCTW-1 B.1/2", "BTCTW-1 D/2", "BTCTW-1 D/3"]);
  });

  it("skipped when the other form is absent", () => {
    const [b1] = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-1", "D", "2", 5);
    expect(crossFormFindings([b1], forms)).toEqual([]);
  });

  it("skipped when either cell has no figure", () => {
    const reports = workbook(["BTCTW-1", "BTCTW-3"]);
    expect(crossFormFindings([withFigure(reports[0], "D", "2", null), reports[1]], forms)).toEqual([]);
    expect(crossFormFindings([reports[0], withFigure(reports[1], "I", "2", { value: null, invalid: true })], forms)).toEqual([]);
  });

  it("skipped between two periods, and between two unit codes", () => {
    const [b1] = workbook(["BTCTW-1"], { period: "6 tháng đầu năm 2023" });
    const [, b3] = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-3", "I", "2", 2);
    expect(crossFormFindings([b1, b3], forms)).toEqual([]);
    const coded = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-3", "I", "2", 2);
    expect(crossFormFindings([{ ...coded[0], unit: { ...coded[0].unit, code: "DV01" } }, { ...coded[1], unit: { ...coded[1].unit, code: "DV02" } }], forms)).toEqual([]);
    expect(crossFormFindings([{ ...coded[0], unit: { ...coded[0].unit, code: "DV01" } }, { ...coded[1], unit: { ...coded[1].unit, code: "dv01" } }], forms)).toHaveLength(1);
  });

  it("a year-only relation (Biểu 1 D = Biểu 5 Cộng, a year-end stock) is checked in a year's workbook only", () => {
    const year = bump(workbook(["BTCTW-1", "BTCTW-5"]), "BTCTW-5", "CONG", "7", 3);
    expect(crossFormFindings(year, forms).map((f) => `${f.form} ${f.indicator}/${f.column}`)).toEqual(["BTCTW-1 D/2"]);
    const half = bump(workbook(["BTCTW-1", "BTCTW-5"], { period: "6 tháng đầu năm 2023" }), "BTCTW-5", "CONG", "7", 3);
    expect(crossFormFindings(half, forms)).toEqual([]);
  });

  it("with one period unknown, the other decides; with both unknown, year-only relations are skipped", () => {
    const reports = bump(workbook(["BTCTW-1", "BTCTW-3DT"]), "BTCTW-3DT", "I", "3", 4);
    const unknown3dt = [reports[0], { ...reports[1], period: null, periodText: null }];
    expect(crossFormFindings(unknown3dt, forms)).toHaveLength(1);
    const bothUnknown = unknown3dt.map((r) => ({ ...r, period: null, periodText: null }));
    expect(crossFormFindings(bothUnknown, forms)).toEqual([]);
    const b3 = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-3", "I", "2", 1).map((r) => ({ ...r, period: null, periodText: null }));
    expect(crossFormFindings(b3, forms)).toHaveLength(1); // no period restriction: one workbook, one period
  });

  it("validateFormReport leaves CROSS_FORM to the workbook; validateFormReports adds it once", () => {
    const reports = bump(workbook(["BTCTW-1", "BTCTW-3"]), "BTCTW-1", "D", "2", 2);
    const own = reports.flatMap((r) => validateFormReport(r, form(r.form)));
    expect(own.map((f) => `${f.rule} ${f.form} ${f.indicator}/${f.column}`).sort()).toEqual(["PCT_STATED BTCTW-1 D/4", "ROW_FORMULA BTCTW-1 D/2"]);
    const whole = validateFormReports(reports, forms);
    expect(whole.slice(0, own.length)).toEqual(own);
    expect(whole.slice(own.length).map((f) => `${f.rule} ${f.form} ${f.indicator}/${f.column}`)).toEqual(["CROSS_FORM BTCTW-1 D/2"]);
  });
});

describe("a consistent workbook of every BTCTW form", () => {
  const ids = forms.map((f) => f.id).filter((id) => id.startsWith("BTCTW"));
  it.each(["Năm 2023", "6 tháng đầu năm 2023"])("%s: no finding, within or between forms", (period) => {
    const reports = consistentWorkbook(ids.map(form), { period });
    expect(validateFormReports(reports, forms)).toEqual([]);
  });
  it("Năm 2023: the relations between forms were checked (one changed cell, one finding per relation it takes part in)", () => {
    const reports = consistentWorkbook(ids.map(form), { period: "Năm 2023" });
    const changed = reports.map((r) => (r.form === "BTCTW-1" ? withFigure(r, "D", "2", figureOf(r, "D", "2") + 1) : r));
    const cross = validateFormReports(changed, forms).filter((f) => f.rule === "CROSS_FORM");
    // Biểu 1 D/2 equals Biểu 3 I/2, Biểu 5 Cộng/7 and Biểu 3DT I/3.
    expect(cross.map((f) => f.message.en.match(/but Form ([\w-]+)/)?.[1]).sort()).toEqual(["BTCTW-3", "BTCTW-3DT", "BTCTW-5"]);
  });
});
