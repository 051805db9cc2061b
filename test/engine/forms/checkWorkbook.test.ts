import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkGrids } from "../../../src/engine/check";
import { checkWorkbook } from "../../../src/engine/forms/checkWorkbook";
import { gridFromRows, type Grid } from "../../../src/engine/grid";
import { readWorkbook } from "../../../src/files/index";
import { BCXDD } from "../../../src/templates/bcxdd";
import { builtInForm, builtInForms } from "../../../src/templates/form/registry";
import { layOutForm } from "../../support/formGrid";
import { reportSheet } from "../../support/reportSheet";
import { specToGrid } from "../../support/specToGrid";
import { SAMPLE_UNITS } from "../../support/units";

const FORMS = builtInForms();
const BTCTW = FORMS.filter((f) => f.id !== "BC-XDD");
const form = (id: string) => builtInForm(id)!;
const options = { bcxdd: BCXDD, forms: FORMS };

/** The reader's rules (FORM.md); the forms' own rules (SUM_ROWS, PCT_STATED, …) are the checker's, tested beside it. */
const READER_RULES = new Set(["FORM_NOT_FOUND", "FORM_DUPLICATE", "META_UNIT", "META_PERIOD", "ROW_MISSING", "ROW_UNKNOWN", "ROW_DUPLICATE", "VALUE_NOT_NUMBER", "VALUE_NEGATIVE", "VALUE_NOT_INTEGER", "VALUE_AMBIGUOUS"]);
const readerFindings = (c: { findings: { rule: string }[] }) => c.findings.filter((f) => READER_RULES.has(f.rule));

const notes = () => gridFromRows("Ghi chú", [["Ghi chú: số liệu lấy từ phần mềm quản lý đảng viên"], ["Người lập: Nguyễn Văn A"]]);
const unitWorkbook = () => [
  layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1" }).grid,
  layOutForm(form("BTCTW-2"), { sheetName: "Biểu 2" }).grid,
  notes(),
  layOutForm(form("BTCTW-3"), { sheetName: "Biểu 3", numberingIn: "tt" }).grid,
  layOutForm(form("BTCTW-5"), { sheetName: "Biểu 5", period: "Có đến 31/12/2022" }).grid,
];

/** Every file a BC-XDĐ test reads: the samples, the report fixtures, the file-format fixtures. */
function bcxddWorkbooks(): { name: string; grids: Grid[] }[] {
  const out: { name: string; grids: Grid[] }[] = [];
  for (const dir of ["examples/units", "test/fixtures/reports", "test/fixtures/files"]) {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".md") || statSync(join(dir, f)).isDirectory()) continue;
      const read = readWorkbook(new Uint8Array(readFileSync(join(dir, f))), f);
      if (read.ok) out.push({ name: `${dir}/${f}`, grids: read.grids });
    }
  }
  return out;
}

describe("checkWorkbook: BC-XDĐ and unknown workbooks exactly as checkGrids", () => {
  it("every BC-XDĐ sample and fixture file", () => {
    const books = bcxddWorkbooks();
    expect(books.length).toBeGreaterThan(30);
    for (const { name, grids } of books) expect(checkWorkbook(grids, name, options, 123), name).toEqual(checkGrids(grids, name, BCXDD, 123));
  });

  it("generated BC-XDĐ sheets in many layouts, alone and beside notes and a blank copy", () => {
    for (const unit of SAMPLE_UNITS) {
      for (const layout of [{}, { codeColumn: false, header: "two-row" as const }, { nfd: true, reorder: true, numbersAsText: true }, { periodInTitle: true, metaInline: true }]) {
        const sheet = specToGrid(reportSheet(unit, layout));
        for (const grids of [[sheet], [notes(), sheet], [sheet, specToGrid(reportSheet(unit, { ...layout, sheetName: "Bản sao" }))]]) {
          expect(checkWorkbook(grids, "u.xlsx", options)).toEqual(checkGrids(grids, "u.xlsx", BCXDD));
        }
      }
    }
  });

  it("a workbook holding no known form: today's FORM_NOT_FOUND, unchanged", () => {
    const grids = [notes(), gridFromRows("Sheet2", [])];
    const check = checkWorkbook(grids, "x.xlsx", options);
    expect(check).toEqual(checkGrids(grids, "x.xlsx", BCXDD));
    expect(check.findings.map((f) => f.rule)).toEqual(["FORM_NOT_FOUND"]);
    expect(check.forms).toBeUndefined();
  });

  it("--form BC-XDD is today's check", () => {
    const grids = [specToGrid(reportSheet(SAMPLE_UNITS[0]))];
    expect(checkWorkbook(grids, "u.xlsx", { ...options, only: "BC-XDD" })).toEqual(checkGrids(grids, "u.xlsx", BCXDD));
  });

  it("the forms given need not list BC-XDD: its template file is added for matching", () => {
    const grids = [specToGrid(reportSheet(SAMPLE_UNITS[1]))];
    expect(checkWorkbook(grids, "u.xlsx", { bcxdd: BCXDD, forms: BTCTW })).toEqual(checkGrids(grids, "u.xlsx", BCXDD));
  });
});

describe("checkWorkbook: workbooks holding other forms", () => {
  it("a unit's bộ biểu: one report per form, in sheet order; no BC-XDĐ report and no FORM_NOT_FOUND", () => {
    const check = checkWorkbook(unitWorkbook(), "dien-luc.xlsx", options, 42);
    expect(check.report).toBeNull();
    expect(check.unreadable).toBe(false);
    expect(check.modified).toBe(42);
    expect(check.forms!.map((r) => `${r.sheet}=${r.form}`)).toEqual(["Biểu 1=BTCTW-1", "Biểu 2=BTCTW-2", "Biểu 3=BTCTW-3", "Biểu 5=BTCTW-5"]);
    expect(readerFindings(check)).toEqual([]);
    // The layout helper's figures do not add up: the forms' own rules ran on what was read (./validate).
    expect(check.findings.some((f) => f.rule === "SUM_ROWS" && f.form === "BTCTW-1" && f.file === "dien-luc.xlsx")).toBe(true);
    for (const r of check.forms!) {
      expect(r.file).toBe("dien-luc.xlsx");
      expect(r.unit.name).toBe("ĐẢNG ỦY CÔNG TY ĐIỆN LỰC");
    }
    expect(check.forms![3].period?.label).toBe("Năm 2022");
  });

  it("findings carry file, form, sheet, cell, row and column", () => {
    const grids = unitWorkbook();
    const laid = layOutForm(form("BTCTW-2"), { sheetName: "Biểu 2", values: { I: { "3": "abc" } }, omit: ["I.KNL"] });
    grids[1] = laid.grid;
    const check = checkWorkbook(grids, "dien-luc.xlsx", options);
    expect(readerFindings(check)).toHaveLength(2);
    expect(check.findings).toContainEqual(expect.objectContaining({ rule: "VALUE_NOT_NUMBER", file: "dien-luc.xlsx", form: "BTCTW-2", sheet: "Biểu 2", cell: laid.cellOf("I", "3"), indicator: "I", column: "3" }));
    expect(check.findings).toContainEqual(expect.objectContaining({ rule: "ROW_MISSING", file: "dien-luc.xlsx", form: "BTCTW-2", sheet: "Biểu 2", indicator: "I.KNL" }));
  });

  it("a BC-XDĐ sheet the matcher does not take is still found by today's reader when other forms are there", () => {
    // Only two indicators by name: too few for the matcher, enough for today's reader, as before.
    const bc = gridFromRows("BC", [
      ["Đơn vị báo cáo:", "Đảng bộ Công ty A"],
      ["Kỳ báo cáo:", "Quý I/2023"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Số chi bộ trực thuộc", null, 5],
      [2, "Kết nạp đảng viên mới", 4, 2],
    ]);
    const b1 = layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1" }).grid;
    const check = checkWorkbook([bc, b1], "u.xlsx", options);
    expect(check.report).toEqual(checkGrids([bc], "u.xlsx", BCXDD).report);
    expect(check.report!.rows.DV_KN.actual.value).toBe(2);
    expect(check.forms!.map((r) => r.form)).toEqual(["BTCTW-1"]);
  });

  it("BC-XDĐ beside BTCTW-1: today's reader reads the BC-XDĐ sheet, the other goes to forms", () => {
    const bc = specToGrid(reportSheet(SAMPLE_UNITS[0], { sheetName: "BC-XDĐ" }));
    const b1 = layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1" }).grid;
    const check = checkWorkbook([bc, b1], "u.xlsx", options);
    const today = checkGrids([bc], "u.xlsx", BCXDD);
    expect(check.report).toEqual(today.report);
    expect(check.findings.filter((f) => !f.form)).toEqual(today.findings);
    expect(check.forms!.map((r) => r.form)).toEqual(["BTCTW-1"]);
  });

  it("a second sheet holding the same form is not read: FORM_DUPLICATE names the sheet used", () => {
    const blank = layOutForm(form("BTCTW-1"), { sheetName: "Mẫu trắng", blank: true }).grid;
    const filled = layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1" }).grid;
    const check = checkWorkbook([blank, filled], "u.xlsx", options);
    expect(check.forms!.map((r) => r.sheet)).toEqual(["Biểu 1"]);
    expect(readerFindings(check)).toEqual([
      expect.objectContaining({ rule: "FORM_DUPLICATE", severity: "warning", form: "BTCTW-1", sheet: "Mẫu trắng", cell: null, file: "u.xlsx" }),
    ]);
    const dup = readerFindings(check)[0] as (typeof check.findings)[number];
    expect(dup.message.vi).toContain("Biểu 1");
    expect(dup.message.en).toContain("Biểu số 1-BTCTW");
  });

  it("--form ID: only that form is read; FORM_NOT_FOUND naming it when no sheet holds it", () => {
    const only2 = checkWorkbook(unitWorkbook(), "u.xlsx", { ...options, only: "BTCTW-2" });
    expect(only2.forms!.map((r) => r.form)).toEqual(["BTCTW-2"]);
    expect(readerFindings(only2)).toEqual([]);
    expect(only2.findings.every((f) => f.form === "BTCTW-2")).toBe(true);
    const only7 = checkWorkbook(unitWorkbook(), "u.xlsx", { ...options, only: "BTCTW-7" });
    expect(only7.forms).toEqual([]);
    expect(only7.findings).toEqual([expect.objectContaining({ rule: "FORM_NOT_FOUND", severity: "error", form: "BTCTW-7", file: "u.xlsx" })]);
    expect(only7.findings[0].message.vi).toContain("Biểu số 7-BTCTW");
  });
});
