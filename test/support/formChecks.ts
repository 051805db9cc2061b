/**
 * FileChecks holding FormSheetReports, built directly (no reader): the consolidation and the sheets of the
 * forms are tested on units' figures as the reader would give them, each with a cell address.
 */
import type { FileCheck } from "../../src/engine/check";
import type { Finding } from "../../src/engine/findings";
import type { FormFigure, FormSheetReport } from "../../src/engine/forms/types";
import { a1 } from "../../src/engine/grid";
import { parsePeriod } from "../../src/engine/period";
import type { UnitType } from "../../src/engine/read/meta";
import { loadForm } from "../../src/templates/form/load";
import type { FormTemplate } from "../../src/templates/form/types";
import { formatProblems } from "../../src/templates/form/problems";

/** A unit's cell as a test writes it: a number, blank (null), or `X`. */
export type TestValue = number | null | "X";
export type TestValues = Record<string, Record<string, TestValue>>;

export interface TestUnit {
  name: string;
  code?: string | null;
  type?: UnitType | null;
  cluster?: string | null;
}

export interface ReportOptions {
  file?: string;
  sheet?: string;
  /** Written as on a sheet: `Năm 2023`, `6 tháng đầu năm 2023`. */
  period?: string | null;
  reportDate?: string | null;
}

/** Sheet row of the first form row and sheet column of each column: where the figures "were read". */
const FIRST_ROW = 9;

export function formReport(form: FormTemplate, unit: TestUnit, values: TestValues, o: ReportOptions = {}): FormSheetReport {
  const columns: Record<string, number> = {};
  form.columns.filter((c) => c.printed !== false).forEach((c, i) => (columns[c.code] = i));
  const rows: FormSheetReport["rows"] = {};
  const figures: FormSheetReport["values"] = {};
  form.rows.forEach((row, i) => {
    const r = FIRST_ROW + i;
    rows[row.code] = { r, label: row.label, cell: a1(r, 0) };
    if (row.kind === "heading") return;
    const byColumn: Record<string, FormFigure> = {};
    for (const c of form.columns) {
      if ((c.kind !== "value" && c.kind !== "ratio") || columns[c.code] === undefined) continue;
      const v = values[row.code]?.[c.code] ?? null;
      byColumn[c.code] = { value: typeof v === "number" ? v : null, invalid: false, marked: v === "X", cell: a1(r, columns[c.code]) };
    }
    figures[row.code] = byColumn;
  });
  const periodText = o.period === null ? null : (o.period ?? "Năm 2023");
  return {
    form: form.id,
    version: form.version,
    file: o.file ?? `${unit.code ?? unit.name}.xlsx`,
    sheet: o.sheet ?? form.id,
    unit: { name: unit.name, code: unit.code ?? null, type: unit.type ?? null, cluster: unit.cluster ?? null },
    period: periodText === null ? null : parsePeriod(periodText),
    periodText: periodText === null ? null : { text: periodText, cell: "A5" },
    reportDate: o.reportDate ?? null,
    header: { first: 6, last: 7, numberingRow: 8 },
    columns,
    rows,
    values: figures,
  };
}

export function formCheck(file: string, reports: FormSheetReport[], o: { modified?: number | null; findings?: Finding[] } = {}): FileCheck {
  return { file, modified: o.modified ?? null, report: null, findings: (o.findings ?? []).map((f) => ({ ...f, file })), unreadable: false, forms: reports.map((r) => ({ ...r, file })) };
}

/** One unit's file holding its copies of several forms. */
export function unitFile(unit: TestUnit, copies: { form: FormTemplate; values: TestValues; options?: ReportOptions }[], o: { file?: string; modified?: number | null; findings?: Finding[] } = {}): FileCheck {
  const file = o.file ?? `${unit.code ?? unit.name}.xlsx`;
  return formCheck(file, copies.map((c) => formReport(c.form, unit, c.values, { ...c.options, file })), o);
}

/** A template written in a test, checked by the real loader (schema and lint) so that it is a valid form. */
export function testForm(json: unknown): FormTemplate {
  const r = loadForm(json);
  if (!r.ok) throw new Error(formatProblems(r.problems, "en"));
  return r.form;
}

/** A small deterministic generator, so that "random" figures are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Plausible figures for every figure cell of a form: whole numbers on count rows, one decimal on averages,
 * sometimes blank; `X` where the form marks the cell; ratio columns as the unit would state them.
 */
export function fillForm(form: FormTemplate, random: () => number, blankShare = 0.1): TestValues {
  const values: TestValues = {};
  for (const row of form.rows) {
    if (row.kind === "heading") continue;
    values[row.code] = {};
    for (const c of form.columns) {
      if (c.kind !== "value" || c.printed === false) continue;
      if (row.notApplicable?.includes(c.code)) {
        values[row.code][c.code] = "X";
        continue;
      }
      if (random() < blankShare) continue;
      values[row.code][c.code] = row.kind === "average" ? Math.round((25 + random() * 40) * 10) / 10 : Math.floor(random() * 200);
    }
  }
  return values;
}

/** A small form with every kind of cell: counts, a subset, a heading, an average, a ratio row, X cells. */
export const TEST_FORM = testForm({
  id: "TEST-1",
  version: 1,
  title: "BIỂU THỬ",
  marker: "Biểu số T-1",
  periodKinds: ["half", "year"],
  columns: [
    { code: "1", label: "Tiêu chí", numbering: "1", kind: "label" },
    { code: "2", label: "Kỳ này", headerPath: ["Thực hiện"], numbering: "2", kind: "value" },
    { code: "3", label: "Cùng kỳ năm trước", headerPath: ["Thực hiện"], numbering: "3", kind: "value" },
    { code: "4", label: "Tỷ lệ (%)", numbering: "4(=2*100/3)", kind: "ratio", formula: 'col("2") * 100 / col("3")', decimals: 2 },
  ],
  rows: [
    { code: "A", numbering: "A -", label: "Đảng viên", kind: "count" },
    { code: "A.NU", numbering: "Trong đó:", label: "Nữ", kind: "count", under: "A", parent: { row: "A", relation: "subset" } },
    { code: "H", numbering: "I.", label: "Phân tích", kind: "heading" },
    { code: "TBQ", numbering: "-", label: "Tuổi bình quân", kind: "average", under: "H", aggregate: { kind: "weightedMean", weight: "A" } },
    { code: "R", numbering: "-", label: "Tỷ lệ nữ", kind: "ratio", under: "H", formula: 'row("A.NU") * 100 / row("A")' },
    { code: "K", numbering: "-", label: "Chỉ kỳ này", kind: "count", under: "H", notApplicable: ["3", "4"] },
  ],
});
