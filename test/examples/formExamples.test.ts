import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { breachKey } from "../../scripts/forms/check";
import { setFigure } from "../../scripts/forms/figures";
import { checkWorkbook, expectedBreaches, SAMPLE_FORMS, sampleWorkbooks, type UnitWorkbook } from "../../scripts/forms/sample";
import { MISSING_UNIT, PERIOD, PERIOD_BTCTW5 } from "../../scripts/forms/units";
import { quietOdsFormatWarnings } from "./quietOds";
import { readForms, readWorkbook, rounded, shownFigures } from "./readBack";

// The second sample set (examples/bieu-thong-ke/, `npm run examples:forms`): the files must be what the
// generator makes, and each unit's figures must break exactly the relations its README documents.
const DIR = join("examples", "bieu-thong-ke");
const books = sampleWorkbooks();
const fileOf = (b: UnitWorkbook) => join(DIR, "units", `${b.unit.file}.${b.unit.format}`);
const formsOf = (b: UnitWorkbook) => Object.fromEntries(SAMPLE_FORMS.map((id, i) => [id, { sheet: b.unit.sheets[i], layout: b.forms[id] }]));

describe("the BTCTW sample", () => {
  beforeAll(quietOdsFormatWarnings);

  it("has ten units in .xlsx, .xls and .ods, two of them with a mistake-free unrelated sheet", () => {
    expect(books).toHaveLength(10);
    expect(new Set(books.map((b) => b.unit.format))).toEqual(new Set(["xlsx", "xls", "ods"]));
    for (const b of books) expect(existsSync(fileOf(b)), fileOf(b)).toBe(true);
    expect(books.filter((b) => b.unit.extraSheet).length).toBeGreaterThanOrEqual(2);
  });

  it.each(books.map((b) => [b.unit.file, b] as const))("%s holds the four forms and the figures its generator printed", (_f, b) => {
    const wb = readWorkbook(fileOf(b));
    const want = [...b.unit.sheets];
    if (b.unit.extraSheet) want.splice(b.unit.extraSheet.at, 0, b.unit.extraSheet.name);
    expect(wb.SheetNames).toEqual(want);
    for (const [id, { sheet, layout }] of Object.entries(formsOf(b))) {
      const ws = wb.Sheets[sheet];
      for (const [row, { at, text }] of Object.entries(layout.labels)) expect(String(ws[at]?.v ?? ""), `${id} ${row} ${at}`).toBe(text);
      const top = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: "" }).slice(0, 8).flat().join(" ");
      expect(top).toContain(id === "BTCTW-5" ? PERIOD_BTCTW5 : PERIOD);
    }
    expect(rounded(readForms(wb, formsOf(b)))).toEqual(rounded(shownFigures(b.forms)));
  });

  it.each(books.map((b) => [b.unit.file, b] as const))("%s breaks exactly the relations its README documents", (_f, b) => {
    const read = readForms(readWorkbook(fileOf(b)), formsOf(b));
    expect(checkWorkbook(read).map(breachKey).sort()).toEqual(expectedBreaches(b.mistakes).map(breachKey).sort());
    // The year-end BTCTW-5 (31/12/2025) counts the members BTCTW-1 starts the half-year with.
    expect(read["BTCTW-5"].CONG["7"]).toBe(read["BTCTW-1"].A["2"]);
  });

  it("documents two or three mistakes, each with its file, sheet, cell and rule id", () => {
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    const mistakes = books.flatMap((b) => b.mistakes.map((m) => ({ b, m })));
    expect(mistakes.length).toBeGreaterThanOrEqual(2);
    expect(mistakes.length).toBeLessThanOrEqual(3);
    expect(new Set(mistakes.map((x) => x.m.rule))).toEqual(new Set(["SUM_ROWS", "PCT_STATED", "CROSS_FORM"]));
    for (const { b, m } of mistakes) {
      const line = readme.split("\n").find((l) => l.includes(`units/${b.unit.file}.${b.unit.format}`) && l.includes(`\`${m.rule}\``));
      expect(line, `${b.unit.file} ${m.rule}`).toBeDefined();
      expect(line).toContain(b.forms[m.form].cells[m.row][m.column]);
      expect(line).toContain(`\`${b.unit.sheets[SAMPLE_FORMS.indexOf(m.form as never)]}\``);
    }
  });

  it("would notice a figure changed in a clean unit (the check is not vacuous)", () => {
    const clean = books.find((b) => b.mistakes.length === 0) as UnitWorkbook;
    const read = readForms(readWorkbook(fileOf(clean)), formsOf(clean));
    setFigure(read["BTCTW-1"], "B.1", "2", (read["BTCTW-1"]["B.1"]["2"] ?? 0) + 1);
    const got = checkWorkbook(read).map(breachKey);
    expect(got).toContain("BTCTW-1 SUM_ROWS B/2");
    expect(got).toContain("CROSS_FORM BTCTW-1/B.1/2 = BTCTW-2/I/2");
  });

  it("has a roster of the ten units and one that sent nothing", () => {
    const wb = readWorkbook(join(DIR, "danh-sach-don-vi.xlsx"));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, defval: "" });
    expect(rows[0]).toEqual(["Mã đơn vị", "Tên đơn vị", "Loại hình"]);
    const codes = rows.slice(1).map((r) => r[0]);
    expect(codes).toHaveLength(11);
    expect(codes.filter((c) => !books.some((b) => b.unit.code === c))).toEqual([MISSING_UNIT.code]);
    for (const r of rows.slice(1)) expect(["Đảng bộ cơ sở", "Chi bộ cơ sở"]).toContain(r[2]);
  });
});
