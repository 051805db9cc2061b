import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { BCXDD } from "../../src/templates/bcxdd";
import { checkFile, exampleChecks } from "../support/files";
import { SAMPLE_UNITS } from "../support/units";
import { reportSheet } from "../support/reportSheet";
import { readWorkbook } from "../../src/files/index";
import { checkGrids } from "../../src/engine/check";

const dir = "test/fixtures/reports";

describe("report files saved by LibreOffice", () => {
  it.each(["hai-dong-tieu-de.xls", "hai-dong-tieu-de.ods"])("%s: two-row header, no code column", (file) => {
    const c = checkFile(`${dir}/${file}`);
    expect(c.findings).toEqual([]);
    expect(c.report!.rows.DV_CUOI.actual.value).toBe(SAMPLE_UNITS[1].figures.DV_CUOI[1]);
    expect(c.report!.columns).toMatchObject({ name: 1, actual: 4, ytd: 5 });
  });

  it("reads vi-VN figures typed as text in an .xls", () => {
    const c = checkFile(`${dir}/chu-so-dang-van-ban.xls`);
    expect(c.findings).toEqual([]);
    expect(c.report!.rows.DN_DT.actual.value).toBe(612.3);
    expect(c.report!.rows.DN_NS.actual.value).toBe(45.75);
  });

  it("reads decomposed Unicode in reordered rows", () => {
    const c = checkFile(`${dir}/nfd-khong-ma.xlsx`);
    expect(c.findings).toEqual([]);
    expect(c.report!.unit.code).toBe("DB03");
  });

  it("a second-quarter report among first-quarter ones is PERIOD_MISMATCH", () => {
    const q2 = checkFile(`${dir}/quy-hai.ods`);
    expect(q2.report!.period?.label).toBe("Quý II/2023");
    const c = consolidate([...exampleChecks(), q2], BCXDD);
    expect(c.findings.filter((f) => f.rule === "PERIOD_MISMATCH").map((f) => f.file)).toEqual([`${dir}/quy-hai.ods`]);
  });
});

describe("a report exported as CSV by a web system", () => {
  it("reads semicolon-separated vi-VN text with a BOM, quoted fields and all", () => {
    const spec = reportSheet(SAMPLE_UNITS[4], { numbersAsText: true, pct: "text", codeColumn: false });
    const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = spec.rows.map((row) => row.map((c) => (c?.t === "text" ? quote(c.v) : "")).join(";"));
    const bytes = new TextEncoder().encode(`\ufeff${lines.join("\r\n")}\r\n`);
    const read = readWorkbook(bytes, "05-agribank.csv");
    if (!read.ok) throw new Error(read.reason.en);
    const c = checkGrids(read.grids, "05-agribank.csv", BCXDD);
    expect(c.findings.map((f) => f.rule)).toEqual([]);
    expect(c.report!.rows.KT_TC).toMatchObject({ plan: { value: 80 }, actual: { value: 62 } });
    expect(c.report!.rows.DN_NS.actual.value).toBe(45.75);
  });
});
