/**
 * The form sheets end to end: consolidate every built-in form but BC-XDĐ (and a test form with X cells and a
 * ratio row) over units with plausible figures, render the sheets to .xlsx with our writer, have LibreOffice
 * recalculate every formula with every cached result removed, and read the committee's figures back: each
 * one must be the engine's total, row by row and column by column.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileCheck } from "../../src/engine/check";
import { consolidateForms } from "../../src/engine/forms/consolidate/consolidateForms";
import type { FormConsolidation } from "../../src/engine/forms/consolidate/types";
import { formsConsolidationSheets } from "../../src/engine/forms/sheets";
import { formLayout } from "../../src/engine/forms/sheets/layout";
import { FORM_DATA_COLUMNS, FORMS_DATA_SHEET } from "../../src/engine/forms/sheets/names";
import { cellAt, type Grid } from "../../src/engine/grid";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { builtInForms } from "../../src/templates/form/registry";
import { renderWorkbook } from "../../src/xlsx/index";
import { fillForm, seeded, TEST_FORM, unitFile, type TestUnit } from "../support/formChecks";
import { gridsOf, hasSoffice } from "../support/files";

const forms = [...builtInForms().filter((f) => f.id !== "BC-XDD"), TEST_FORM];
const random = seeded(9);
const units: TestUnit[] = Array.from({ length: 7 }, (_, i) => ({ name: i === 3 ? "=HYPERLINK(\"x\")" : `Đảng bộ cơ sở số ${i + 1}`, code: `DB${i + 1}`, cluster: "Đảng bộ Khối" }));
const checks: FileCheck[] = units.map((u, i) =>
  unitFile(u, forms.map((form) => {
    const values = fillForm(form, random);
    // Every unit writes 0 women last year on the test form: the ratios over that row divide by zero.
    if (form.id === "TEST-1") values["A.NU"] = { ...values["A.NU"], 3: 0 };
    // Unit 5 gives ages but not the number of members they are about: left out of the weighted mean.
    if (i === 4 && form.id === "BTCTW-3") delete values.I;
    return { form, values, options: { period: "Năm 2023" } };
  })),
);
const result = consolidateForms(checks, forms);
const sheets = formsConsolidationSheets(result, forms);

/** The committee's figure of every (row, column) of a form sheet, read back from a grid. */
function totalsOnGrid(grid: Grid, c: FormConsolidation) {
  const layout = formLayout(c.template, { superior: "", unit: "", period: "", minHeaderRows: 2 });
  const out: { row: string; column: string; want: number | null; have: unknown }[] = [];
  for (const [row, byColumn] of Object.entries(c.totals)) {
    for (const [column, total] of Object.entries(byColumn)) {
      if (total.how === "notApplicable") continue;
      out.push({ row, column, want: total.value, have: cellAt(grid, layout.row.get(row)!, layout.col.get(column)!)?.v ?? null });
    }
  }
  return out;
}

function expectTotals(grids: Grid[]) {
  let compared = 0;
  result.forEach((c, i) => {
    const grid = grids.find((g) => g.name === sheets[i].name)!;
    for (const { row, column, want, have } of totalsOnGrid(grid, c)) {
      const where = `${c.form} ${row} / ${column}`;
      if (want === null) expect(have === null || have === "", `${where}: ${String(have)}`).toBe(true);
      else {
        expect(typeof have, where).toBe("number");
        expect(have as number, where).toBeCloseTo(want, 9);
      }
      compared++;
    }
  });
  return compared;
}

/** LibreOffice with its own profile (other suites use theirs at the same time), converting to .xlsx. */
function recalculate(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-forms-lo-"));
  const src = join(dir, "in");
  mkdirSync(src);
  writeFileSync(join(src, "forms.xlsx"), bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${join(tmpdir(), "tonghop-forms-lo-profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, join(src, "forms.xlsx")], { stdio: "ignore", timeout: 180_000 });
  return new Uint8Array(readFileSync(join(dir, "forms.xlsx")));
}

describe("the forms' consolidation as a workbook", () => {
  it("has cases worth checking: ratios without a figure, a mean with a unit left out, a text-safe unit name", () => {
    expect(result.map((c) => c.form)).toEqual(forms.map((f) => f.id));
    expect(result.find((c) => c.form === "TEST-1")!.totals.A["4"].value).not.toBeNull();
    expect(Object.values(result.find((c) => c.form === "TEST-1")!.totals).some((r) => r["4"]?.how === "recompute" && r["4"].value === null)).toBe(true);
    expect(result.find((c) => c.form === "BTCTW-3")!.totals["II.2.TBQ"]["2"].withoutWeight).toContain(units[4].name);
    expect(sheets.map((s) => s.name)).toEqual(["Biểu 1-BTCTW", "Biểu 2-BTCTW", "Biểu 3-BTCTW", "Biểu 3DT-BTCTW", "Biểu 5-BTCTW", "Biểu 7-BTCTW", "Biểu 1-TEST", FORMS_DATA_SHEET]);
  });

  const grids = gridsOf(renderWorkbook(sheets));

  it("reads back with the engine's totals cached in every formula", () => {
    expect(expectTotals(grids)).toBeGreaterThan(500);
  });

  it("keeps a unit name that looks like a formula as text, and the data table's columns", () => {
    const data = grids.find((g) => g.name === FORMS_DATA_SHEET)!;
    expect(Array.from({ length: FORM_DATA_COLUMNS.length }, (_, c) => cellAt(data, 0, c)?.v)).toEqual([...FORM_DATA_COLUMNS]);
    const names = new Set(Array.from({ length: data.rowCount - 1 }, (_, r) => cellAt(data, r + 1, 2)?.v));
    expect(names).toContain(units[3].name);
    // On the form sheet, the unit's column header holds the name as text, never as a formula.
    const sheet1 = grids.find((g) => g.name === "Biểu 1-BTCTW")!;
    const cells = sheet1.cells.flat().filter((c) => c?.v === units[3].name);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c!.f === undefined)).toBe(true);
  });
});

describe.skipIf(!hasSoffice)("LibreOffice recalculates the form sheets to the engine's totals", () => {
  it("with every cached result removed first", () => {
    const stripped: SheetSpec[] = sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((c) => (c?.t === "formula" ? { ...c, result: undefined } : c))) }));
    const recalculated = gridsOf(recalculate(renderWorkbook(stripped)));
    expect(expectTotals(recalculated)).toBeGreaterThan(500);
  }, 240_000);
});
