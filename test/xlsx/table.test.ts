import { describe, expect, it } from "vitest";
import { blank, num, text, type SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { parts, readBack, sheet } from "./helpers";

function dataSheet(name: string, header: SheetSpec["rows"][number], table: Partial<NonNullable<SheetSpec["table"]>> = {}): SheetSpec {
  return sheet(
    name,
    [
      [text("Danh sách", "title")],
      header,
      [text("Chi bộ 1", "body"), num(12, "#,##0", "body"), num(0.25, "0.0%", "percent")],
      [text("Chi bộ 2", "body"), num(7, "#,##0", "body"), num(0.5, "0.0%", "percent")],
    ],
    { table: { name: "DuLieu", headerRow: 1, firstCol: 0, lastCol: 2, lastRow: 3, style: "TableStyleMedium2", ...table } },
  );
}

describe("Excel table", () => {
  it("writes the table part, its relationship and its content type", () => {
    const bytes = renderWorkbook([dataSheet("Dữ liệu", [text("Đơn vị", "header"), text("Số lượng", "header"), text("Tỷ lệ", "header")])]);
    const p = parts(bytes);
    expect(p["xl/tables/table1.xml"]).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="DuLieu" displayName="DuLieu" ref="A2:C4" totalsRowShown="0">' +
        '<autoFilter ref="A2:C4"/>' +
        '<tableColumns count="3"><tableColumn id="1" name="Đơn vị"/><tableColumn id="2" name="Số lượng"/><tableColumn id="3" name="Tỷ lệ"/></tableColumns>' +
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
        "</table>",
    );
    expect(p["[Content_Types].xml"]).toContain(
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    );
    expect(p["xl/worksheets/_rels/sheet1.xml.rels"]).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"',
    );
    expect(p["xl/worksheets/sheet1.xml"]).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    const ws = readBack(bytes).Sheets["Dữ liệu"];
    expect(ws.A2.v).toBe("Đơn vị");
    expect(ws.B3.v).toBe(12);
  });

  it("makes column names unique and non-empty, and writes the same text into the header cells", () => {
    const bytes = renderWorkbook([dataSheet("S", [text("Số", "header"), text("số", "header"), blank("header")])]);
    const p = parts(bytes);
    expect(p["xl/tables/table1.xml"]).toContain('<tableColumn id="1" name="Số"/><tableColumn id="2" name="số2"/><tableColumn id="3" name="Column3"/>');
    const ws = readBack(bytes).Sheets.S;
    expect([ws.A2.v, ws.B2.v, ws.C2.v]).toEqual(["Số", "số2", "Column3"]);
    expect(ws.C2.t).toBe("s");
    expect(ws.C2.s?.fgColor?.rgb).toBe("D9E1F2"); // the header cell keeps its style
  });

  it("turns number headers into text and escapes names like the cells", () => {
    const bytes = renderWorkbook([dataSheet("S", [text("A & B <1>"), num(2024), text("Dòng 1\nDòng 2")])]);
    const p = parts(bytes);
    expect(p["xl/tables/table1.xml"]).toContain('name="A &amp; B &lt;1&gt;"');
    expect(p["xl/tables/table1.xml"]).toContain('name="2024"');
    // A newline in an attribute would be normalised to a space by XML parsers.
    expect(p["xl/tables/table1.xml"]).toContain('name="Dòng 1_x000A_Dòng 2"');
    const ws = readBack(bytes).Sheets.S;
    expect(ws.B2).toMatchObject({ t: "s", v: "2024" });
    expect(ws.C2.v).toBe("Dòng 1\nDòng 2");
  });

  it("repairs table names and keeps them unique across the workbook", () => {
    const header = [text("a"), text("b"), text("c")];
    const bytes = renderWorkbook([
      dataSheet("S1", header, { name: "Bảng tổng hợp" }),
      dataSheet("S2", header, { name: "Bảng tổng hợp" }),
      dataSheet("S3", header, { name: "1abc" }),
      dataSheet("S4", header, { name: "A1" }),
      dataSheet("S5", header, { name: "R1C1" }),
      dataSheet("S6", header, { name: "" }),
    ]);
    const p = parts(bytes);
    const names = [1, 2, 3, 4, 5, 6].map((i) => /displayName="([^"]*)"/.exec(p[`xl/tables/table${i}.xml`])![1]);
    expect(names).toEqual(["Bảng_tổng_hợp", "Bảng_tổng_hợp_2", "_1abc", "_A1", "_R1C1", "Table"]);
    for (let i = 1; i <= 6; i++) expect(p[`xl/tables/table${i}.xml`]).toContain(` id="${i}" `);
  });

  it("extends a table without data rows by one empty row", () => {
    const spec = sheet("S", [[text("a"), text("b")]], { table: { name: "T", headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 0, style: "TableStyleLight1" } });
    expect(parts(renderWorkbook([spec]))["xl/tables/table1.xml"]).toContain('ref="A1:B2"');
  });

  it("rejects a table over merged cells or with inverted bounds", () => {
    const merged = { ...dataSheet("S", [text("a"), text("b"), text("c")]), merges: [{ r1: 1, c1: 0, r2: 1, c2: 1 }] };
    expect(() => renderWorkbook([merged])).toThrow(/merged/);
    expect(() => renderWorkbook([dataSheet("S", [text("a")], { firstCol: 2, lastCol: 0 })])).toThrow(/lastCol/);
    expect(() => renderWorkbook([dataSheet("S", [text("a")], { headerRow: -1 })])).toThrow(/headerRow/);
  });
});
