import { describe, expect, it } from "vitest";
import { formSheet } from "../../src/engine";
import { FORM_HEADER, FORM_HEADER_ROW } from "../../src/engine/sheets/form";
import { ExcelDoorError, OWN_SHEETS_KEY, insertSheet, writeConsolidation } from "../../src/excel";
import { widthPoints } from "../../src/excel/renderSpec";
import { BCXDD } from "../../src/templates/bcxdd";
import { consolidationOf, fakeExcel, rejection, unitChecks } from "./helpers";

const form = formSheet(BCXDD);
const header = FORM_HEADER_ROW + 1; // 1-based row of the header

describe("insertSheet: the blank form", () => {
  it("draws the form: text, live rate formulas, formats, look, widths, merge, freeze, validation", async () => {
    const fake = fakeExcel();
    fake.stats.reset();
    const name = await insertSheet(form);
    expect(name).toBe("BC-XDĐ");
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    const sheet = fake.workbook.sheet(name);
    expect(fake.workbook.activeSheet).toBe(name);

    expect(FORM_HEADER.map((_, c) => sheet.cell(`${String.fromCharCode(65 + c)}${header}`).value)).toEqual(FORM_HEADER);
    const headerCell = sheet.cell(`A${header}`);
    expect(headerCell).toMatchObject({ bold: true, fill: "#D9E1F2", horizontalAlignment: "Center", wrapText: true, numberFormat: "@" });
    expect(headerCell.borders).toEqual({ top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" });
    expect(sheet.cell("A3")).toMatchObject({ bold: true, fontSize: 14, merge: "A3:I3" });

    // The first indicator row: codes as text, inputs empty with their number format, the rate a formula.
    const r = header + 3;
    expect(sheet.cell(`B${r}`).value).toBe(BCXDD.sections[0].indicators[0].code);
    expect(sheet.cell(`E${r}`)).toMatchObject({ value: null, numberFormat: "#,##0", fill: "#FFFFFF" });
    expect(sheet.cell(`H${r}`).formula).toMatch(/^=IF\(AND\(N\(E\d+\)>0/);
    expect(sheet.cell(`H${r}`).numberFormat).toBe("0.0%");
    expect(sheet.cell(`F${r}`).validation?.rule).toMatchObject({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });

    expect(sheet.freeze).toEqual({ rows: FORM_HEADER_ROW + 2, cols: 0 });
    expect(sheet.columnWidths.C).toBeCloseTo(widthPoints(50), 1);
    expect(sheet.columnWidths.E).toBeCloseTo(widthPoints(13), 1);
  });

  it("takes the next free name, stays the user's (not recorded as own), survives a consolidation", async () => {
    const fake = fakeExcel();
    expect(await insertSheet(form)).toBe("BC-XDĐ");
    expect(await insertSheet(form)).toBe("BC-XDĐ (2)");
    expect(fake.workbook.settings.has(OWN_SHEETS_KEY)).toBe(false);
    await writeConsolidation(consolidationOf(unitChecks(3)));
    await writeConsolidation(consolidationOf(unitChecks(3)));
    expect(fake.workbook.sheetNames().slice(0, 3)).toEqual(["Sheet1", "BC-XDĐ", "BC-XDĐ (2)"]);
  });

  it("takes the half-drawn sheet away again when a request fails", async () => {
    const fake = fakeExcel();
    const before = fake.workbook.snapshot();
    fake.failOnSync(2, "InvalidArgument");
    const error = (await rejection(insertSheet(form))) as ExcelDoorError;
    expect(error).toBeInstanceOf(ExcelDoorError);
    expect(error.code).toBe("InvalidArgument");
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("leaves data validation out where ExcelApi 1.8 is missing", async () => {
    const fake = fakeExcel({ apiVersion: "1.7" });
    const name = await insertSheet(form);
    expect(fake.workbook.sheet(name).validations).toEqual([]);
    expect(fake.workbook.sheet(name).cell(`B${header + 3}`).value).toBe(BCXDD.sections[0].indicators[0].code);
  });
});
