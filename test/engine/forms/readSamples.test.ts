/**
 * The sample bộ biểu (examples/bieu-thong-ke/, made with LibreOffice by scripts/make-form-examples.ts) and the
 * form fixtures (test/fixtures/forms/) read back through checkWorkbook: every form on its sheet, every row,
 * the unit, the period, and no reader finding (their documented mistakes are the checker's rules).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../../src/engine/forms/checkWorkbook";
import type { FormSheetReport } from "../../../src/engine/forms/types";
import { readWorkbook } from "../../../src/files/index";
import { BCXDD } from "../../../src/templates/bcxdd";
import { builtInForm, builtInForms } from "../../../src/templates/form/registry";

const FORMS = builtInForms();
const READER_RULES = ["FORM_NOT_FOUND", "FORM_DUPLICATE", "META_UNIT", "META_PERIOD", "ROW_MISSING", "ROW_UNKNOWN", "ROW_DUPLICATE", "VALUE_NOT_NUMBER", "VALUE_NEGATIVE", "VALUE_NOT_INTEGER", "VALUE_AMBIGUOUS"];
const SAMPLES = "examples/bieu-thong-ke/units";
const FIXTURES = "test/fixtures/forms";

function check(path: string) {
  const name = path.split("/").pop()!;
  const read = readWorkbook(new Uint8Array(readFileSync(path)), name);
  if (!read.ok) throw new Error(read.reason.en);
  return checkWorkbook(read.grids, name, { bcxdd: BCXDD, forms: FORMS });
}
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith(".md")).sort() : []);
const byForm = (forms: FormSheetReport[] | undefined) => Object.fromEntries((forms ?? []).map((r) => [r.form, r]));

/** Every row of the form found (an optional row may be absent). */
function expectAllRows(r: FormSheetReport) {
  const form = builtInForm(r.form)!;
  for (const row of form.rows) if (!row.optional) expect(r.rows[row.code], `${r.file} ${r.sheet} ${row.code}`).toBeDefined();
}

describe.skipIf(files(SAMPLES).length === 0)("the sample bộ biểu of ten units", () => {
  it.each(files(SAMPLES))("%s", (f) => {
    const c = check(join(SAMPLES, f));
    expect(c.findings.filter((x) => READER_RULES.includes(x.rule))).toEqual([]);
    expect(c.report).toBeNull();
    const forms = byForm(c.forms);
    expect(Object.keys(forms).sort()).toEqual(["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"]);
    for (const r of c.forms!) {
      expectAllRows(r);
      expect(r.unit.name).toMatch(/^(ĐẢNG ỦY|CHI BỘ|Đảng bộ|Chi bộ) /);
      expect(r.period?.label).toBe(r.form === "BTCTW-5" ? "Năm 2025" : "6 tháng đầu năm 2026");
      expect(r.reportDate).toMatch(/^202[56]-\d\d-\d\d$/);
    }
  });

  it("the cells the sample's README names are where the reader puts the figures", () => {
    const nuoc = byForm(check(join(SAMPLES, "03-nuoc-sach.xlsx")).forms);
    expect(nuoc["BTCTW-1"]).toMatchObject({ sheet: "B1" });
    expect(nuoc["BTCTW-1"].values["B.2"]["2"].cell).toBe("B13");
    const buu = byForm(check(join(SAMPLES, "05-buu-dien.xls")).forms);
    expect(buu["BTCTW-1"]).toMatchObject({ sheet: "Bieu 01" });
    expect(buu["BTCTW-1"].values.D["4"].cell).toBe("F26");
    const may = byForm(check(join(SAMPLES, "08-may-hoang-long.ods")).forms);
    expect(may["BTCTW-3"].values.I["2"].cell).toBe("C10");
    expect(may["BTCTW-1"].values.D["2"].cell).toBe("C26");
    // Biểu 3 counts one member more than Biểu 1's row D (the documented CROSS_FORM slip).
    expect(may["BTCTW-3"].values.I["2"].value).toBe(may["BTCTW-1"].values.D["2"].value! + 1);
  });
});

describe.skipIf(files(FIXTURES).length === 0)("the form fixtures made by LibreOffice", () => {
  const expected: Record<string, string[]> = {
    "bcxdd-va-btctw1.xlsx": ["BTCTW-1"],
    "btctw1-nfd.xlsx": ["BTCTW-1"],
    "btctw1.csv": ["BTCTW-1"],
    "btctw1.ods": ["BTCTW-1"],
    "btctw1.xls": ["BTCTW-1"],
    "btctw1.xlsx": ["BTCTW-1"],
    "btctw2-dao-dong-trong.ods": ["BTCTW-2"],
    "btctw2-tt-ba-dong-tieu-de.xlsx": ["BTCTW-2"],
    "btctw3-so-dang-van-ban.xls": ["BTCTW-3"],
    "btctw3dt.xlsx": ["BTCTW-3DT"],
    "btctw3dt-hai-nua.xlsx": ["BTCTW-3DT"],
    "btctw7.ods": ["BTCTW-7"],
  };
  it.each(files(FIXTURES))("%s", (f) => {
    const c = check(join(FIXTURES, f));
    expect(c.findings.filter((x) => READER_RULES.includes(x.rule))).toEqual([]);
    if (f in expected) expect((c.forms ?? []).map((r) => r.form)).toEqual(expected[f]);
    for (const r of c.forms ?? []) {
      expectAllRows(r);
      expect(r.unit.name).not.toBe("");
      expect(r.period).not.toBeNull();
    }
    expect(c.report !== null).toBe(f === "bcxdd-va-btctw1.xlsx");
  });

  it("vi-VN text figures are read as numbers (btctw3-so-dang-van-ban.xls)", () => {
    const r = byForm(check(join(FIXTURES, "btctw3-so-dang-van-ban.xls")).forms)["BTCTW-3"];
    expect(r.values.I["2"]).toMatchObject({ value: 1261, cell: "B10" }); // typed `1.261`
    expect(r.values.I["4"]).toMatchObject({ value: 100.88, decimals: 2 }); // typed `100,88`
    expect(Number.isInteger(r.values["II.2.TBQ"]["2"].value)).toBe(false);
  });
});
