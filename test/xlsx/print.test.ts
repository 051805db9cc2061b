import { describe, expect, it } from "vitest";
import { printSetupFor } from "../../src/engine/print";
import { text, type SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { parts, readBack, sheet } from "./helpers";

const rows = Array.from({ length: 40 }, (_, r) => [text(`Dòng ${r}`, r < 2 ? "header" : "body"), text("x", "body")]);
const withPrint = (name: string, extra: Partial<SheetSpec> = {}): SheetSpec => {
  const spec = sheet(name, rows, { widths: [40, 12], ...extra });
  return { ...spec, print: printSetupFor(spec, { r1: 0, r2: 1 }) };
};

/** Where each of `names` first appears in `xml` (-1 when absent). */
const positions = (xml: string, names: string[]) => names.map((n) => xml.indexOf(`<${n}`));

describe("xlsx: a sheet's print setup", () => {
  it("writes pageSetUpPr after tabColor, then printOptions, pageMargins and pageSetup in the schema's order", () => {
    const spec: SheetSpec = {
      ...withPrint("In", { tabColor: "1F4E78", validations: [{ ref: "B3:B40", type: "whole", min: 0, error: "x" }] }),
      table: undefined,
    };
    spec.print = { ...spec.print!, gridlines: true };
    const xml = parts(renderWorkbook([spec]))["xl/worksheets/sheet1.xml"];
    expect(xml).toContain('<sheetPr><tabColor rgb="FF1F4E78"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    const order = positions(xml, ["sheetData", "dataValidations", "printOptions", "pageMargins", "pageSetup"]);
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml).toContain('<printOptions gridLines="1"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    // 30 mm, 15 mm, 20 mm in inches.
    expect(xml).toMatch(/<pageMargins left="1\.1811" right="0\.5906" top="0\.7874" bottom="0\.7874"/);
  });

  it("turns a wide sheet landscape and keeps pageSetup before tableParts", () => {
    const wide: SheetSpec = {
      ...sheet("Rộng", [Array.from({ length: 30 }, (_, c) => text(`C${c}`, "header")), Array.from({ length: 30 }, () => text("1"))], { widths: Array(30).fill(12) }),
      table: { name: "T", headerRow: 0, firstCol: 0, lastCol: 29, lastRow: 1, style: "TableStyleMedium2" },
    };
    wide.print = printSetupFor(wide, { r1: 0, r2: 0 });
    const xml = parts(renderWorkbook([wide]))["xl/worksheets/sheet1.xml"];
    expect(xml).toContain('orientation="landscape"');
    expect(xml.indexOf("<pageSetup")).toBeLessThan(xml.indexOf("<tableParts"));
  });

  it("names each sheet's print titles _xlnm.Print_Titles, local to its sheet, quoting the name", () => {
    const book = [sheet("Không in", [[text("a")]]), withPrint("Tổng hợp"), withPrint("Của 'tôi' A")];
    const wb = parts(renderWorkbook(book))["xl/workbook.xml"];
    expect(wb).toContain(`<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'Tổng hợp'!$1:$2</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Của ''tôi'' A'!$1:$2</definedName>`);
    expect(wb.indexOf("<definedNames>")).toBeGreaterThan(wb.indexOf("</sheets>"));
    expect(wb.indexOf("<definedNames>")).toBeLessThan(wb.indexOf("<calcPr"));
    // SheetJS reads the names back on the right sheets.
    const names = readBack(renderWorkbook(book)).Workbook?.Names ?? [];
    expect(names.filter((n) => n.Name === "_xlnm.Print_Titles").map((n) => [n.Sheet, n.Ref])).toEqual([
      [1, "'Tổng hợp'!$1:$2"],
      [2, "'Của ''tôi'' A'!$1:$2"],
    ]);
  });

  it("leaves a sheet without a print setup exactly as before: Excel's default margins, no sheetPr, no names", () => {
    const p = parts(renderWorkbook([sheet("Cũ", [[text("a")]])]));
    expect(p["xl/worksheets/sheet1.xml"]).toContain('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    expect(p["xl/worksheets/sheet1.xml"]).not.toContain("<sheetPr");
    expect(p["xl/workbook.xml"]).not.toContain("definedNames");
  });
});
