import { describe, expect, it } from "vitest";
import { consolidateForms } from "../../../src/engine/forms/consolidate/consolidateForms";
import { formBlankSheet, formConsolidatedSheet, formsConsolidationSheets } from "../../../src/engine/forms/sheets";
import { FORM_DATA_COLUMNS, FORMS_DATA_SHEET, formSheetName, uniqueFormSheetNames } from "../../../src/engine/forms/sheets/names";
import { a1 } from "../../../src/engine/grid";
import type { SheetSpec, SpecCell } from "../../../src/engine/sheetspec";
import { SHEET } from "../../../src/engine/sheets/names";
import { builtInForm, builtInForms } from "../../../src/templates/form/registry";
import { check } from "../../support/build";
import { TEST_FORM, unitFile } from "../../support/formChecks";

const B1 = builtInForm("BTCTW-1")!;
const B5 = builtInForm("BTCTW-5")!;
const textOf = (c: SpecCell | null | undefined) => (c?.t === "text" ? c.v : undefined);
const cellText = (s: SheetSpec, r: number, c: number) => textOf(s.rows[r]?.[c]);
/** The sheet row whose cells say `text` (first found). */
const rowOf = (s: SheetSpec, text: string) => s.rows.findIndex((row) => row?.some((c) => textOf(c) === text));
const mergeAt = (s: SheetSpec, r: number, c: number) => s.merges?.find((m) => m.r1 === r && m.c1 === c);

describe("the blank form in its own layout", () => {
  const sheet = formBlankSheet(B1);

  it("has the header block, the marker top right and the title with a period to fill", () => {
    expect(cellText(sheet, 0, 0)).toMatch(/^ĐẢNG BỘ …/);
    expect(cellText(sheet, 0, 3)).toBe("Biểu số 1-BTCTW");
    expect(cellText(sheet, 1, 3)).toBe("Đvt: Người");
    const title = rowOf(sheet, B1.title);
    expect(mergeAt(sheet, title, 0)).toEqual({ r1: title, c1: 0, r2: title, c2: 3 });
    expect(cellText(sheet, title + 1, 0)).toBe("………… NĂM 20……");
  });

  it("merges the table header from the columns' paths: Thực hiện across, the others down", () => {
    const top = rowOf(sheet, "Tiêu chí");
    expect(cellText(sheet, top, 1)).toBe("Thực hiện");
    expect(mergeAt(sheet, top, 1)).toEqual({ r1: top, c1: 1, r2: top, c2: 2 });
    expect(mergeAt(sheet, top, 0)).toEqual({ r1: top, c1: 0, r2: top + 1, c2: 0 });
    expect(mergeAt(sheet, top, 3)).toEqual({ r1: top, c1: 3, r2: top + 1, c2: 3 });
    expect([cellText(sheet, top + 1, 1), cellText(sheet, top + 1, 2)]).toEqual(["Kỳ này", "Cùng kỳ năm trước"]);
    expect(cellText(sheet, top, 3)).toBe("(%) kỳ này so với cùng kỳ năm trước");
  });

  it("prints the column-numbering row as the form does", () => {
    const numbering = rowOf(sheet, "4(=2*100/3)");
    expect([0, 1, 2, 3].map((c) => cellText(sheet, numbering, c))).toEqual(["1", "2", "3", "4(=2*100/3)"]);
    expect(numbering).toBe(rowOf(sheet, "Tiêu chí") + 2);
  });

  it("lists every row in order with its printed numbering and label, indented by depth", () => {
    const first = rowOf(sheet, "4(=2*100/3)") + 1;
    const labels = B1.rows.map((_, i) => cellText(sheet, first + i, 0)!);
    expect(labels.map((l) => l.trim())).toEqual(B1.rows.map((r) => `${r.numbering} ${r.label}`));
    expect(labels[B1.rows.findIndex((r) => r.code === "B.2.a")]).toBe("      a. Tỉnh khác chuyển đến");
    expect(labels[0]).toBe("A - Tổng số đảng viên cuối kỳ trước chuyển sang");
  });

  it("builds a three-row header where the form has one (BTCTW-5)", () => {
    const s = formBlankSheet(B5);
    const top = rowOf(s, "Số tổ chức cơ sở đảng");
    expect(mergeAt(s, top, 1)).toEqual({ r1: top, c1: 1, r2: top, c2: 3 });
    expect(mergeAt(s, top + 1, 2)).toEqual({ r1: top + 1, c1: 2, r2: top + 1, c2: 3 });
    expect(mergeAt(s, top + 1, 1)).toEqual({ r1: top + 1, c1: 1, r2: top + 2, c2: 1 });
    expect(mergeAt(s, top, 6)).toEqual({ r1: top, c1: 6, r2: top + 2, c2: 6 });
    expect(cellText(s, top + 3, 1)).toBe("2 (=3+4)");
    // Only the rows below the header are the form's rows: the last one is the total line, printed last.
    expect(cellText(s, top + 4 + B5.rows.length - 1, 0)).toBe("Cộng (1+….+11)");
  });

  it("makes value cells inputs with whole-number validation, ratio cells live formulas", () => {
    const a = rowOf(sheet, "4(=2*100/3)") + 1;
    expect(sheet.rows[a][1]).toMatchObject({ t: "blank", role: "input" });
    expect(sheet.validations).toContainEqual(expect.objectContaining({ ref: `${a1(a, 1)}:${a1(a, 2)}`, type: "whole", min: 0 }));
    expect(sheet.validations).toHaveLength(B1.rows.length);
    expect(sheet.rows[a][3]).toMatchObject({ t: "formula", f: `IF(COUNT(B${a + 1},C${a + 1})<2,"",IF(C${a + 1}=0,"",((B${a + 1}*100)/C${a + 1})))`, result: "" });
  });

  it("shows X cells, bold headings, and decimals allowed on averages", () => {
    const s = formBlankSheet(TEST_FORM, "en");
    const first = rowOf(s, "4(=2*100/3)") + 1;
    const at = (code: string) => first + TEST_FORM.rows.findIndex((r) => r.code === code);
    expect([cellText(s, at("K"), 2), cellText(s, at("K"), 3)]).toEqual(["X", "X"]);
    expect(s.rows[at("K")][1]).toMatchObject({ role: "input" });
    expect(s.rows[at("H")][0]).toMatchObject({ t: "text", v: "I. Phân tích", role: "section" });
    expect(s.rows[at("H")][1]).toMatchObject({ t: "blank", role: "section" });
    expect(s.validations).toContainEqual(expect.objectContaining({ ref: `${a1(at("TBQ"), 1)}:${a1(at("TBQ"), 2)}`, type: "decimal" }));
    expect(s.validations!.find((v) => v.ref.startsWith(a1(at("K"), 1)))!.ref).toBe(a1(at("K"), 1));
    expect(s.validations![0].error).toMatch(/whole number/);
    // The ratio row is computed from the rows it is made of.
    expect(s.rows[at("R")][1]).toMatchObject({ t: "formula", f: expect.stringContaining(`B${at("A.NU") + 1}`) });
  });

  it("gives every built-in form a printable sheet within Excel's names", () => {
    for (const form of builtInForms().filter((f) => f.id !== "BC-XDD")) {
      const s = formBlankSheet(form);
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.widths!.length).toBe(form.columns.filter((c) => c.printed !== false).length);
      expect(s.rows.filter((r) => r?.some((c) => c?.role === "header")).length).toBeGreaterThanOrEqual(1);
    }
    expect(formSheetName(B1)).toBe("Biểu 1-BTCTW");
    expect(formSheetName(builtInForm("BTCTW-3DT")!)).toBe("Biểu 3DT-BTCTW");
    expect(formSheetName({ id: "Biểu riêng: [tháng]/quý của Đảng ủy Khối cơ quan" }).length).toBeLessThanOrEqual(31);
    expect(formSheetName({ id: "a[b]:c" })).not.toMatch(/[[\]:*?/\\]/);
  });
});

describe("the consolidated sheet of a form", () => {
  const U1 = { name: "Đảng bộ Công ty A", code: "DB01" };
  const U2 = { name: "=cmd|' /C calc'!A0", code: "CB02" };
  const checks = [
    unitFile(U1, [{ form: TEST_FORM, values: { A: { 2: 10, 3: 8 }, "A.NU": { 2: 4, 3: 3 }, TBQ: { 2: 40, 3: 42 }, K: { 2: 3, 3: "X" } } }]),
    unitFile(U2, [{ form: TEST_FORM, values: { A: { 2: 5, 3: 7 }, "A.NU": { 2: 1 }, TBQ: { 2: 34 }, K: { 2: 2 } } }]),
  ];
  const [c] = consolidateForms(checks, [TEST_FORM]);
  const s = formConsolidatedSheet(c, TEST_FORM);
  const first = rowOf(s, "4(=2*100/3)") + 1;
  const at = (code: string) => first + TEST_FORM.rows.findIndex((r) => r.code === code);

  it("writes each total as a formula over the units' columns, with the engine's total cached", () => {
    // Columns: A–D the form, E empty, F–G column 2 of each unit, H–I column 3.
    const r = at("A") + 1;
    expect(s.rows[at("A")][1]).toMatchObject({ t: "formula", f: `IF(COUNT(F${r}:G${r})=0,"",SUM(F${r}:G${r}))`, result: 15, role: "total" });
    expect(s.rows[at("A")][2]).toMatchObject({ f: `IF(COUNT(H${r}:I${r})=0,"",SUM(H${r}:I${r}))`, result: 15 });
    expect(s.rows[at("A")].slice(5, 9).map((x) => (x?.t === "number" ? x.v : null))).toEqual([10, 5, 8, 7]);
  });

  it("recomputes ratios from the sheet's own summed cells", () => {
    const r = at("A.NU") + 1;
    expect(s.rows[at("A.NU")][3]).toMatchObject({ t: "formula", f: `IF(COUNT(B${r},C${r})<2,"",IF(C${r}=0,"",((B${r}*100)/C${r})))` });
    expect((s.rows[at("A.NU")][3] as { result: number }).result).toBeCloseTo(500 / 3, 12);
    const ratioRow = s.rows[at("R")][1];
    expect(ratioRow).toMatchObject({ t: "formula", f: `IF(COUNT(B${at("A.NU") + 1},B${at("A") + 1})<2,"",IF(B${at("A") + 1}=0,"",((B${at("A.NU") + 1}*100)/B${at("A") + 1})))` });
  });

  it("weights averages with a SUMPRODUCT over the weight row's cells of the same units", () => {
    const [r, w] = [at("TBQ") + 1, at("A") + 1];
    expect(s.rows[at("TBQ")][2]).toMatchObject({
      f: `IF(SUMPRODUCT(ISNUMBER(H${r}:I${r})*H${w}:I${w})>0,SUMPRODUCT(H${r}:I${r},H${w}:I${w})/SUMPRODUCT(ISNUMBER(H${r}:I${r})*H${w}:I${w}),"")`,
      result: 42,
    });
  });

  it("lists beside the row the units a weighted mean left out", () => {
    const lacking = unitFile({ name: "Chi bộ thiếu số", code: "C9" }, [{ form: TEST_FORM, values: { TBQ: { 2: 70 } } }]);
    const [withGap] = consolidateForms([...checks, lacking], [TEST_FORM]);
    const sheet = formConsolidatedSheet(withGap, TEST_FORM);
    const notes = sheet.rows[at("TBQ")].map(textOf).filter((t) => t?.startsWith("Cột"));
    expect(notes).toEqual(["Cột 2: không tính vào bình quân vì thiếu số của dòng A: Chi bộ thiếu số"]);
    expect(s.rows[at("TBQ")].map(textOf).filter((t) => t?.startsWith("Cột"))).toEqual([]);
  });

  it("keeps X cells X, headings without totals, and a unit's name as text", () => {
    expect(cellText(s, at("K"), 2)).toBe("X");
    expect(cellText(s, at("K"), 3)).toBe("X");
    expect(s.rows[at("H")].slice(0, 4).map((x) => x?.role)).toEqual(["section", "section", "section", "section"]);
    const header = s.rows.find((row) => row?.some((x) => textOf(x) === U2.name))!;
    expect(header.find((x) => textOf(x) === U2.name)).toEqual({ t: "text", v: U2.name, role: "header" });
  });

  it("says the period in the title and who was consolidated", () => {
    expect(s.rows.flat().map(textOf)).toContain("NĂM 2023");
    expect(s.rows.flat().map(textOf).some((t) => t?.startsWith("Tổng hợp 2/2 đơn vị"))).toBe(true);
  });
});

describe("the sheets appended after BC-XDĐ's", () => {
  it("are none when no other form was found", () => {
    expect(formsConsolidationSheets(consolidateForms([check()], builtInForms()), builtInForms())).toEqual([]);
  });

  it("are one sheet per form, then Dữ liệu biểu, with names that never take BC-XDĐ's", () => {
    const checks = [unitFile({ name: "A", code: "A1" }, [{ form: B1, values: { A: { 2: 1 } } }, { form: B5, values: { CONG: { 7: 3 } } }])];
    const sheets = formsConsolidationSheets(consolidateForms(checks, builtInForms()), builtInForms());
    expect(sheets.map((x) => x.name)).toEqual(["Biểu 1-BTCTW", "Biểu 5-BTCTW", FORMS_DATA_SHEET]);
    const reserved = [...Object.values(SHEET), "Pivot", FORMS_DATA_SHEET];
    expect(uniqueFormSheetNames([{ id: "Pivot" }, { id: "X-1" }, { id: "X-1" }])).toEqual(["Biểu Pivot", "Biểu 1-X", "Biểu 1-X (2)"]);
    for (const x of sheets.slice(0, -1)) expect(reserved).not.toContain(x.name);
  });

  it("Dữ liệu biểu: one row per unit × form × row × value column, used or not, with provenance", () => {
    const a = unitFile({ name: "A", code: "A1" }, [{ form: TEST_FORM, values: { A: { 2: 1, 3: 2 } } }], { file: "a.xlsx", modified: 1 });
    const again = unitFile({ name: "A", code: "A1" }, [{ form: TEST_FORM, values: { A: { 2: 5 } } }], { file: "a2.xlsx", modified: 2 });
    const sheets = formsConsolidationSheets(consolidateForms([a, again], [TEST_FORM]), [TEST_FORM]);
    const data = sheets[sheets.length - 1];
    expect(data.rows[0].map(textOf)).toEqual([...FORM_DATA_COLUMNS]);
    const figureRows = TEST_FORM.rows.filter((r) => r.kind !== "heading");
    // Two value columns, less the X cell of row K in column 3; two copies (one a duplicate).
    expect(data.rows.length - 1).toBe(2 * (figureRows.length * 2 - 1));
    const col = (name: string) => FORM_DATA_COLUMNS.indexOf(name as (typeof FORM_DATA_COLUMNS)[number]);
    const rowA2 = data.rows.filter((r) => textOf(r[col("Mã dòng")]) === "A" && textOf(r[col("Cột")]) === "2");
    expect(rowA2.map((r) => [textOf(r[col("Tệp")]), (r[col("Giá trị")] as { v: number }).v, textOf(r[col("Dùng trong tổng")]), textOf(r[col("Ô")])])).toEqual([
      ["a2.xlsx", 5, "Có", "B10"],
      ["a.xlsx", 1, "Không", "B10"],
    ]);
    expect(data.table).toMatchObject({ name: "DuLieuBieu", headerRow: 0, lastCol: FORM_DATA_COLUMNS.length - 1, lastRow: data.rows.length - 1 });
  });
});
