import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { BCXDD } from "../../src/templates/bcxdd";
import { checkFile, exampleChecks } from "../support/files";
import { SAMPLE_UNITS } from "../support/units";

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
