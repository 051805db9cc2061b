import { describe, expect, it } from "vitest";
import { formula, num, text, type SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { crc32 } from "../../src/xlsx/crc32";
import { NODE_ZIP, nodeCrc32 } from "../../src/cli/deflate";
import { inspectZip } from "../../src/files/zip";
import { DEFAULT_LIMITS } from "../../src/files/types";
import { parts, readBack, sheet } from "./helpers";

function sample(): SheetSpec[] {
  return [
    sheet("Tổng hợp", [[text("Tổng", "total"), formula("SUM('Dữ liệu'!B2:B3)", 19, "#,##0", "total")]], { freeze: { rows: 1, cols: 0 } }),
    sheet("Dữ liệu", [[text("Đơn vị", "header"), text("Số", "header")], [text("A"), num(12)], [text("B"), num(7)]], {
      table: { name: "DuLieu", headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 2, style: "TableStyleMedium2" },
    }),
    sheet("Kiểm tra", [[text("Lỗi", "error")]], { tabColor: "C00000" }),
    sheet("Đơn vị", [[text("Chi bộ 1")]]),
  ];
}

describe("workbook", () => {
  it("keeps Vietnamese sheet names, in order", () => {
    const wb = readBack(renderWorkbook(sample()));
    expect(wb.SheetNames).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"]);
    expect(wb.Sheets["Tổng hợp"].B1).toMatchObject({ f: "SUM('Dữ liệu'!B2:B3)", v: 19 });
    expect(wb.Sheets["Dữ liệu"].B3.v).toBe(7);
  });

  it("takes each part's CRC-32 from the checksum it is given: Node's gives the writer's own bytes, a wrong one a package that fails its check", () => {
    const bytes = renderWorkbook(sample());
    expect(nodeCrc32(new TextEncoder().encode("Tổng hợp"))).toBe(crc32(new TextEncoder().encode("Tổng hợp")));
    expect(renderWorkbook(sample(), { checksum: nodeCrc32 })).toEqual(bytes);
    expect("format" in inspectZip(renderWorkbook(sample(), NODE_ZIP), DEFAULT_LIMITS)).toBe(true);
    expect(readBack(renderWorkbook(sample(), NODE_ZIP)).Sheets["Dữ liệu"].B3.v).toBe(7);
    const wrong = renderWorkbook(sample(), { checksum: (data) => crc32(data) ^ 1 });
    expect("format" in inspectZip(wrong, DEFAULT_LIMITS)).toBe(false);
  });

  it("gives identical bytes for identical input", () => {
    const a = renderWorkbook(sample(), { creator: "Văn phòng Đảng ủy" });
    const b = renderWorkbook(sample(), { creator: "Văn phòng Đảng ủy" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("asks for a full recalculation on open", () => {
    expect(parts(renderWorkbook(sample()))["xl/workbook.xml"]).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it("writes the creator, with no timestamps", () => {
    const p = parts(renderWorkbook(sample(), { creator: "Ban Tổ chức <Huyện ủy> & Văn phòng" }));
    expect(p["docProps/core.xml"]).toContain("<dc:creator>Ban Tổ chức &lt;Huyện ủy&gt; &amp; Văn phòng</dc:creator>");
    expect(p["docProps/core.xml"]).not.toContain("dcterms:created");
    expect(p["docProps/app.xml"]).toContain("<vt:lpstr>Tổng hợp</vt:lpstr><vt:lpstr>Dữ liệu</vt:lpstr>");
    expect(parts(renderWorkbook(sample()))["docProps/core.xml"]).toContain("<dc:creator>Tổng hợp</dc:creator>");
  });

  it("lists every part in the content types and relationships", () => {
    const p = parts(renderWorkbook(sample()));
    expect(Object.keys(p)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/worksheets/sheet3.xml",
      "xl/worksheets/sheet4.xml",
      "xl/tables/table1.xml",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
    ]);
    for (const path of Object.keys(p).filter((k) => k.endsWith(".xml") && k !== "[Content_Types].xml")) {
      expect(p["[Content_Types].xml"]).toContain(`PartName="/${path}"`);
    }
    const rels = p["xl/_rels/workbook.xml.rels"];
    for (let i = 1; i <= 4; i++) expect(rels).toContain(`Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"`);
    expect(rels).toContain('Target="styles.xml"');
    expect(rels).toContain('Target="sharedStrings.xml"');
  });

  it("selects the active sheet", () => {
    const p = parts(renderWorkbook(sample(), { activeSheet: 2 }));
    expect(p["xl/workbook.xml"]).toContain('<workbookView activeTab="2"/>');
    expect(p["xl/worksheets/sheet3.xml"]).toContain('tabSelected="1"');
    expect(p["xl/worksheets/sheet1.xml"]).not.toContain("tabSelected");
    expect(() => renderWorkbook(sample(), { activeSheet: 4 })).toThrow(/activeSheet/);
  });

  it("escapes sheet names in workbook.xml", () => {
    const wb = readBack(renderWorkbook([sheet("A & B <C>", [[text("x")]]), sheet("O'Neil", [])]));
    expect(wb.SheetNames).toEqual(["A & B <C>", "O'Neil"]);
  });
});

describe("sheet names", () => {
  const bad: [string, string[], RegExp][] = [
    ["blank", [""], /blank/],
    ["spaces only", ["   "], /blank/],
    ["too long", ["Báo cáo tổng hợp kết quả công tác đảng viên"], /31/],
    ["slash", ["Quý 1/2025"], /contains/],
    ["backslash", ["a\\b"], /contains/],
    ["question mark", ["Sao?"], /contains/],
    ["asterisk", ["*"], /contains/],
    ["colon", ["a:b"], /contains/],
    ["brackets", ["[1]"], /contains/],
    ["apostrophe", ["'Tổng"], /apostrophe/],
    ["control character", ["a\u0001"], /control/],
    ["reserved", ["history"], /reserved/],
    ["duplicate", ["Tổng hợp", "TỔNG HỢP"], /duplicates sheet 1/],
    ["duplicate (NFD)", ["Tổng hợp", "Tổng hợp".normalize("NFD")], /duplicates/],
  ];

  it.each(bad)("rejects a %s name", (_, names, message) => {
    expect(() => renderWorkbook(names.map((n) => sheet(n, [])))).toThrow(message);
  });

  it("accepts 31 characters and Vietnamese letters", () => {
    const name = "Tổng hợp đảng viên theo chi bộ.".slice(0, 31);
    expect(name).toHaveLength(31);
    expect(readBack(renderWorkbook([sheet(name, [])])).SheetNames).toEqual([name]);
  });

  it("needs at least one sheet", () => {
    expect(() => renderWorkbook([])).toThrow(/at least one sheet/);
  });
});
