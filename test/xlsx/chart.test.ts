import { describe, expect, it } from "vitest";
import type { ChartSpec } from "../../src/engine/charts";
import { num, text, type SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { parts, readBack, sheet } from "./helpers";

const bar: ChartSpec = {
  kind: "bar",
  title: "Tỷ lệ hoàn thành <kế hoạch> & mốc",
  categories: "A2:A4",
  series: [
    { name: "Tỷ lệ % KH", values: "B2:B4", color: "2E75B6", labels: true },
    { name: "Mốc 100% KH", values: "C2:C4", style: "outline", color: "C00000" },
  ],
  valueAxis: { title: "Tỷ lệ (%)", format: "0%", min: 0 },
  overlap: 100,
  gapWidth: 60,
  topDown: true,
  anchor: { from: { row: 6, col: 0 }, to: { row: 20, col: 4 } },
};

function chartSheet(extra: Partial<SheetSpec> = {}): SheetSpec {
  return sheet(
    "Biểu đồ",
    [
      [text("Chỉ tiêu", "header"), text("Tỷ lệ", "header"), text("Mốc", "header")],
      [text("Kết nạp đảng viên mới"), num(0.775, "0.0%"), num(1, "0.0%")],
      [text("Kiểm tra tổ chức đảng"), null, num(1, "0.0%")],
      [text("Giám sát & <đảng viên>"), num(1.25, "0.0%"), num(1, "0.0%")],
    ],
    { charts: [bar], ...extra },
  );
}

describe("xlsx charts: the package", () => {
  it("writes the drawing and chart parts with their relationships and content types", () => {
    const p = parts(renderWorkbook([chartSheet()]));
    expect(Object.keys(p)).toEqual(expect.arrayContaining(["xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml", "xl/worksheets/_rels/sheet1.xml.rels"]));
    expect(p["[Content_Types].xml"]).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(p["[Content_Types].xml"]).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(p["xl/worksheets/_rels/sheet1.xml.rels"]).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(p["xl/drawings/_rels/drawing1.xml.rels"]).toContain('Target="../charts/chart1.xml"');
    // `<drawing>` sits after the page margins, as CT_Worksheet orders it.
    const ws = p["xl/worksheets/sheet1.xml"];
    expect(ws.indexOf('<drawing r:id="rId1"/>')).toBeGreaterThan(ws.indexOf("<pageMargins"));
    // Anchored to cells: from A7 to E21 (exclusive corner).
    expect(p["xl/drawings/drawing1.xml"]).toMatch(/<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>6<\/xdr:row>.*<xdr:to><xdr:col>4<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>20<\/xdr:row>/);
  });

  it("gives the drawing the next relationship id on a sheet that also has a table, and numbers charts across sheets", () => {
    const withTable = chartSheet({ table: { name: "BieuDo", headerRow: 0, firstCol: 0, lastCol: 2, lastRow: 3, style: "TableStyleLight1" } });
    const second = { ...chartSheet(), name: "Biểu đồ 2", charts: [bar, { ...bar, kind: "line" as const, title: "Xu hướng" }] };
    const p = parts(renderWorkbook([withTable, second]));
    expect(p["xl/worksheets/_rels/sheet1.xml.rels"]).toMatch(/Id="rId1"[^>]*\/table"[^>]*table1\.xml".*Id="rId2"[^>]*\/drawing"[^>]*drawing1\.xml"/);
    const ws = p["xl/worksheets/sheet1.xml"];
    expect(ws.indexOf('<drawing r:id="rId2"/>')).toBeLessThan(ws.indexOf("<tableParts"));
    expect(p["xl/drawings/_rels/drawing2.xml.rels"]).toMatch(/rId1.*chart2\.xml.*rId2.*chart3\.xml/);
    expect(p["xl/charts/chart3.xml"]).toContain("<c:lineChart>");
  });

  it("references the sheet's cells and caches what they hold; an empty cell is a gap, not a zero", () => {
    const xml = parts(renderWorkbook([chartSheet()]))["xl/charts/chart1.xml"];
    expect(xml).toContain("<c:f>'Biểu đồ'!$A$2:$A$4</c:f>");
    expect(xml).toContain("<c:f>'Biểu đồ'!$B$2:$B$4</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>Kết nạp đảng viên mới</c:v></c:pt>');
    expect(xml).toContain('<c:pt idx="2"><c:v>Giám sát &amp; &lt;đảng viên&gt;</c:v></c:pt>');
    const firstSeries = xml.slice(xml.indexOf("<c:ser>"), xml.indexOf("</c:ser>"));
    expect(firstSeries).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>0.775</c:v></c:pt><c:pt idx="2"><c:v>1.25</c:v></c:pt>');
    expect(xml).toContain("<a:t>Tỷ lệ hoàn thành &lt;kế hoạch&gt; &amp; mốc</a:t>");
    // Horizontal bars, top-down, value axis kept at the bottom, percent labels, the 100 % box drawn without fill.
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:crosses val="max"/>');
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).toMatch(/<c:v>Mốc 100% KH<\/c:v><\/c:tx><c:spPr><a:noFill\/><a:ln w="22225"><a:solidFill><a:srgbClr val="C00000"\/>/);
  });

  it("refuses a chart that points at a missing sheet, or whose series and categories differ in length", () => {
    expect(() => renderWorkbook([chartSheet({ charts: [{ ...bar, categories: "'Không có'!A2:A4" }] })])).toThrow(/Không có/);
    expect(() => renderWorkbook([chartSheet({ charts: [{ ...bar, series: [{ name: "x", values: "B2:B3" }] }] })])).toThrow(/2 values for 3 categories/);
    expect(() => renderWorkbook([chartSheet({ charts: [{ ...bar, anchor: { from: { row: 5, col: 3 }, to: { row: 5, col: 4 } } }] })])).toThrow(/below and right/);
  });

  it("SheetJS still reads the sheet's cells, as before charts", () => {
    const wb = readBack(renderWorkbook([chartSheet()]));
    expect(wb.SheetNames).toEqual(["Biểu đồ"]);
    expect(wb.Sheets["Biểu đồ"]["A2"].v).toBe("Kết nạp đảng viên mới");
    expect(wb.Sheets["Biểu đồ"]["B2"].v).toBeCloseTo(0.775, 12);
  });
});
