// `tonghop forms`, and `--form` on validate and consolidate over the BTCTW sample (examples/bieu-thong-ke,
// whose README lists the three documented mistakes and CB11's missing reports).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read as readXlsx, utils } from "@e965/xlsx";
import { hashes, tmp, tonghop } from "./helpers";

const UNITS = "examples/bieu-thong-ke/units";
const ROSTER = "examples/bieu-thong-ke/danh-sach-don-vi.xlsx";
const FORMS = ["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"];

interface FileJson {
  file: string;
  status: string;
  forms: { form: string; sheet: string; values: Record<string, Record<string, number | null>>; cells: Record<string, Record<string, string>> }[];
  findings: { rule: string; severity: string; sheet: string; cell: string; indicator: string; form?: string; column?: string }[];
}

describe("tonghop forms", () => {
  it("lists BC-XDĐ and the built-in forms with their shape, Vietnamese first, English with --lang en", async () => {
    const vi = await tonghop("forms");
    expect(vi.code).toBe(0);
    expect(vi.out).toContain("Các biểu Tổng hợp nhận biết (7):");
    expect(vi.out).toMatch(/BTCTW-1 +THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN \(Biểu số 1-BTCTW\)\n +17 dòng, 3 cột; có sẵn/);
    const en = await tonghop("forms", "--lang", "en");
    expect(en.out).toContain("17 rows, 3 columns; built in");

    const doc = JSON.parse((await tonghop("forms", "--json")).out);
    expect(doc.forms.map((f: { id: string }) => f.id)).toEqual(["BC-XDD", "BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-3DT", "BTCTW-5", "BTCTW-7"]);
    expect(doc.forms[1]).toEqual({
      id: "BTCTW-1",
      title: "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN",
      marker: "Biểu số 1-BTCTW",
      version: 1,
      periodKinds: ["half", "year"],
      rows: 17,
      columns: 3,
      source: "built-in",
    });
  });
});

describe("tonghop validate, every form of the sample", () => {
  it("gives each file's forms and the documented mistakes with their form and column", async () => {
    const r = await tonghop("validate", "--json", UNITS);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { files: FileJson[]; summary: { files: number; errors: number } };
    expect(doc.summary).toMatchObject({ files: 10, errors: 3 });
    for (const f of doc.files) expect(f.forms.map((x) => x.form)).toEqual(FORMS);

    const errors = doc.files.flatMap((f) => f.findings.filter((x) => x.severity === "error").map((x) => ({ file: f.file.split("/").pop(), ...x })));
    expect(errors.map(({ file, rule, form, column, sheet, cell, indicator }) => ({ file, rule, form, column, sheet, cell, indicator }))).toEqual([
      { file: "03-nuoc-sach.xlsx", rule: "SUM_ROWS", form: "BTCTW-1", column: "2", sheet: "B1", cell: "B13", indicator: "B.2" },
      { file: "05-buu-dien.xls", rule: "PCT_STATED", form: "BTCTW-1", column: "4", sheet: "Bieu 01", cell: "F26", indicator: "D" },
      { file: "08-may-hoang-long.ods", rule: "CROSS_FORM", form: "BTCTW-1", column: "2", sheet: "Biểu 1", cell: "C26", indicator: "D" },
    ]);
    // Every figure keeps its cell: Biểu 1 row D, column 2, of the unit whose Biểu 3 disagrees with it.
    const may = doc.files.find((f) => f.file.endsWith("08-may-hoang-long.ods"))!;
    const b1 = may.forms.find((x) => x.form === "BTCTW-1")!;
    expect(b1.cells.D["2"]).toBe("C26");
    expect(b1.values.D["2"]).toBe(13);
  });

  it("prints each form found with its count, and names form and column beside the cell", async () => {
    const r = await tonghop("validate", join(UNITS, "03-nuoc-sach.xlsx"), join(UNITS, "01-dien-luc.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain('  Biểu số 1-BTCTW (trang "B1", 6 tháng đầu năm 2026): 1 lỗi\n');
    expect(r.out).toContain('  Biểu số 5-BTCTW (trang "B5", Năm 2025): hợp lệ\n');
    expect(r.out).toContain('✗ Lỗi SUM_ROWS (Biểu số 1-BTCTW, trang "B1", ô B13, cột 2): ');
    expect(r.out).toContain("Tổng: 2 tệp, 1 lỗi, 0 cảnh báo.");
    const en = await tonghop("validate", "--lang", "en", join(UNITS, "03-nuoc-sach.xlsx"));
    expect(en.out).toContain('  Biểu số 1-BTCTW (sheet "B1", 6 tháng đầu năm 2026): 1 error\n');
    expect(en.out).toContain('(Biểu số 1-BTCTW, sheet "B1", cell B13, column 2)');
  });

  it("--report lists each form's finding with the unit its workbook names", async () => {
    const out = join(tmp(), "kiem-tra.xlsx");
    const r = await tonghop("validate", "--report", out, join(UNITS, "05-buu-dien.xls"));
    expect(r.code).toBe(1);
    const rows = utils.sheet_to_json<Record<string, string>>(readXlsx(readFileSync(out)).Sheets["Kiểm tra"]);
    const pct = rows.find((row) => Object.values(row).includes("PCT_STATED"))!;
    expect(Object.values(pct)).toEqual(expect.arrayContaining(["ĐẢNG ỦY BƯU ĐIỆN TỈNH NINH BÌNH", "Bieu 01", "F26"]));
  });

  it("--form ID restricts the run to that form (any spelling of the id); an unknown id is a usage error", async () => {
    const doc = JSON.parse((await tonghop("validate", "--json", "--form", "btctw-3", join(UNITS, "03-nuoc-sach.xlsx"), join(UNITS, "08-may-hoang-long.ods"))).out);
    expect(doc.files.map((f: FileJson) => f.forms.map((x) => x.form))).toEqual([["BTCTW-3"], ["BTCTW-3"]]);
    // Biểu 1 is not read: neither its SUM_ROWS nor the CROSS_FORM anchored on it.
    expect(doc.summary.errors).toBe(0);

    const bad = await tonghop("validate", "--form", "BTCTW-9", UNITS);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Không có biểu "BTCTW-9". Các mã biểu: BC-XDD, BTCTW-1, BTCTW-2, BTCTW-3, BTCTW-3DT, BTCTW-5, BTCTW-7');
    const two = await tonghop("validate", "--form", "BTCTW-1", "--form", "BTCTW-2", UNITS);
    expect(two.code).toBe(2);
    expect(two.err).toContain("mỗi lần chỉ chọn được một biểu");
  });
});

describe("tonghop consolidate, every form of the sample", () => {
  it("writes a sheet per form, gives each form's totals per row and column, and the summary paragraph", async () => {
    const dir = tmp();
    const out = join(dir, "tong-hop-bieu.xlsx");
    const before = hashes("examples/bieu-thong-ke");
    const r = await tonghop("consolidate", "--json", "--roster", ROSTER, "--out", out, "--parent", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình", UNITS);
    expect(r.code).toBe(1);
    expect(hashes("examples/bieu-thong-ke")).toEqual(before);
    const doc = JSON.parse(r.out);

    expect(Object.keys(doc.forms)).toEqual(FORMS);
    const unexpected = (form: string) => doc.findings.filter((f: { rule: string; form?: string }) => f.rule === "UNIT_UNEXPECTED" && f.form === form).length;
    for (const form of FORMS) {
      expect(doc.forms[form].units).toBe(10 - unexpected(form));
      const missing = doc.findings.filter((f: { rule: string; form?: string; message: string }) => f.rule === "UNIT_MISSING" && f.form === form);
      expect(missing.some((f: { message: string }) => f.message.includes("Chi bộ Công ty Cổ phần Thương mại Ninh Bình"))).toBe(true);
    }
    // Biểu 1's totals hold its own relations: D = A + B − C, and column 4 is 2 × 100 / 3 recomputed, unrounded.
    const t = doc.forms["BTCTW-1"].totals;
    for (const col of ["2", "3"]) expect(t.D[col]).toBe(t.A[col] + t.B[col] - t.C[col]);
    expect(t.D["4"]).toBeCloseTo((t.D["2"] * 100) / t.D["3"], 9);
    expect(doc.findings.filter((f: { severity: string }) => f.severity === "error").map((f: { rule: string }) => f.rule).sort()).toEqual(["CROSS_FORM", "PCT_STATED", "SUM_ROWS"]);
    expect(doc.summary.text).toMatch(/tổng số đảng viên cuối kỳ là \d+ đồng chí/);
    expect(doc.summary.text).toContain(`tổng số đảng viên cuối kỳ là ${t.D["2"]} đồng chí`);

    const book = readXlsx(readFileSync(out));
    expect(book.SheetNames).toEqual(["Biểu 1-BTCTW", "Biểu 2-BTCTW", "Biểu 3-BTCTW", "Biểu 5-BTCTW", "Dữ liệu biểu", "Kiểm tra"]);
  });

  it("prints a line per form consolidated, with the units used and those missing", async () => {
    const r = await tonghop("consolidate", "--roster", ROSTER, "--out", join(tmp(), "x.xlsx"), UNITS);
    expect(r.out).toMatch(/^Biểu số 1-BTCTW — 6 tháng đầu năm 2026: tổng hợp \d+\/11 đơn vị\n {2}Chưa nộp: [^\n]*CB11/m);
    expect(r.out).toMatch(/^Biểu số 5-BTCTW — Năm 2025: tổng hợp \d+\/11 đơn vị$/m);
    expect(r.out).toContain("Tổng: 10 tệp, 3 lỗi,");
  });

  it("--form BTCTW-1 consolidates that form alone", async () => {
    const out = join(tmp(), "b1.xlsx");
    const doc = JSON.parse((await tonghop("consolidate", "--json", "--form", "BTCTW-1", "--roster", ROSTER, "--out", out, UNITS)).out);
    expect(Object.keys(doc.forms)).toEqual(["BTCTW-1"]);
    expect(doc.findings.every((f: { form?: string }) => f.form === "BTCTW-1")).toBe(true);
    expect(readXlsx(readFileSync(out)).SheetNames).toEqual(["Biểu 1-BTCTW", "Dữ liệu biểu", "Kiểm tra"]);
  });
});

describe("the sample as shipped", () => {
  it("has the ten units' workbooks the tests above read", () => {
    expect(readdirSync(UNITS)).toHaveLength(10);
    expect(existsSync(ROSTER)).toBe(true);
  });
});
