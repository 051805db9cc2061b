import { describe, expect, it } from "vitest";
import type { FileCheck } from "../../src/engine/check";
import { checkFileBytesAsync } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";
import { fixture } from "./helpers";

/**
 * One unit's full report (test/fixtures/files/src/don-vi.xlsx) in every shape a unit may send it, each
 * made by real software (see the fixtures' README): every one must give the same report as the
 * original, figure for figure and cell for cell, and no finding.
 */
const SHAPES: [file: string, what: string][] = [
  ["don-vi.xls", "Excel 97–2003 (BIFF8), LibreOffice"],
  ["don-vi.ods", "OpenDocument, LibreOffice"],
  ["don-vi-95.xls", "Excel 5.0/95 (BIFF5), code page 1258, Gnumeric"],
  ["don-vi-95-tcvn3.xls", "Excel 5.0/95, code page 1252, TCVN3 (.VnTime) text"],
  ["don-vi-web.xls", "an HTML page named .xls, LibreOffice"],
  ["don-vi-2003.xls", "XML Spreadsheet 2003 named .xls, LibreOffice"],
  ["don-vi-utf8.csv", "CSV UTF-8"],
  ["don-vi-utf8-bom.csv", "CSV UTF-8 with BOM"],
  ["don-vi-utf16le.csv", "CSV UTF-16 LE with BOM"],
  ["don-vi-utf16be.csv", "CSV UTF-16 BE with BOM"],
  ["don-vi-macro.xlsm", "macro-enabled workbook with a vbaProject.bin"],
  ["don-vi-macro.xlsb", "binary workbook with a vbaProject.bin"],
];

/** What must not depend on the file's format: the unit, the period and every figure with its cell. */
function essence(c: FileCheck) {
  const r = c.report;
  if (!r) throw new Error(`${c.file}: no report (${c.findings.map((f) => f.message.en).join("; ")})`);
  const rows = Object.fromEntries(
    Object.values(r.rows).map((row) => [
      row.code,
      {
        name: row.name,
        cells: [row.nameCell, row.plan.cell, row.actual.cell, row.ytd.cell],
        figures: [row.plan.value, row.actual.value, row.ytd.value],
        statedCell: row.statedPct?.cell ?? null,
      },
    ]),
  );
  return { unit: r.unit, period: r.period, reportDate: r.reportDate, rows };
}

/**
 * The stated rates, in points. The engine takes them as shown, so they follow the format the file
 * kept: 33.3 under `0.0%`, 33.33 from the SpreadsheetML export's `0.00%`, 33.3333333333333 from a CSV
 * of raw values. They agree within half a step of one decimal.
 */
function statedRates(c: FileCheck): Record<string, number> {
  return Object.fromEntries(Object.values(c.report!.rows).flatMap((row) => (row.statedPct ? [[row.code, row.statedPct.points]] : [])));
}

const TCVN3 = "don-vi-95-tcvn3.xls";
const check = async (file: string) => checkFileBytesAsync(fixture(file), file, BCXDD);

describe("one report in every shape reads to the same figures as the .xlsx original", async () => {
  const original = await check("src/don-vi.xlsx");

  it("the original is a clean, complete report", () => {
    expect(original.findings).toEqual([]);
    const e = essence(original);
    expect(Object.keys(e.rows)).toHaveLength(30);
    expect(e.unit.name).toBe("Đảng bộ Công ty Cổ phần Cấp nước tỉnh");
    expect(e.period?.label).toBe("Quý I/2023");
    expect(e.rows.KT_TC).toMatchObject({ figures: [6, 2, 2], cells: ["C34", "E34", "F34", "G34"] });
  });

  for (const [file, what] of SHAPES) {
    it(`${file}: ${what}`, async () => {
      const c = await check(file);
      expect(c.findings.map((f) => `${f.rule}: ${f.message.vi}`)).toEqual([]);
      const mine = essence(c);
      const theirs = essence(original);
      expect(mine).toEqual(theirs);
      const rates = statedRates(c);
      const expected = statedRates(original);
      expect(Object.keys(rates).sort()).toEqual(Object.keys(expected).sort());
      expect(Object.keys(rates).length).toBeGreaterThan(10);
      for (const code of Object.keys(expected)) expect(Math.abs(rates[code] - expected[code]), code).toBeLessThanOrEqual(0.05);
    });
  }

  it("the TCVN3 file's cluster (label \"Côm:\", value \"Côm II\") is decoded too, the sheet being TCVN3 throughout", async () => {
    expect((await check(TCVN3)).report?.unit.cluster).toBe("Cụm II");
  });
});
