/**
 * The direct .xlsx reader (src/files/ooxml) against SheetJS: on every .xlsx and .xlsm we have, and on
 * packages written by hand with the markup other programs use, both must give the same Grids, cell
 * for cell. Where the reader steps aside, SheetJS must be the one that reads.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../src/files/index";
import { readOoxml } from "../../../src/files/ooxml/index";
import { workbookToGrids, type Converted } from "../../../src/files/grids";
import { parseWorkbook } from "../../../src/files/sheetjs";
import { DEFAULT_LIMITS, isFailure, type Failure } from "../../../src/files/types";
import { inspectZip } from "../../../src/files/zip";
import { handPackage, stylesPart, worksheet, type HandPackage } from "./package";

/** Both readings of a package: directly (null when the reader steps aside) and through SheetJS. */
function bothWays(bytes: Uint8Array): { direct: Converted | Failure | null; sheetjs: Converted | Failure } {
  const zip = inspectZip(bytes, DEFAULT_LIMITS);
  if (isFailure(zip)) throw new Error(zip.reason.en);
  const source = readOoxml(bytes, zip);
  const wb = parseWorkbook(bytes, false, false);
  return { direct: source && workbookToGrids(source, DEFAULT_LIMITS), sheetjs: isFailure(wb) ? wb : workbookToGrids(wb, DEFAULT_LIMITS) };
}

/** Plain data, so that an undefined property and a missing one compare alike. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

function expectSameAsSheetJS(bytes: Uint8Array): Converted {
  const { direct, sheetjs } = bothWays(bytes);
  expect(direct, "the direct reader stepped aside").not.toBeNull();
  expect(plain(direct)).toEqual(plain(sheetjs));
  if (!direct || isFailure(direct)) throw new Error("expected grids");
  return direct;
}

describe("every .xlsx and .xlsm of the repository", () => {
  const files = execFileSync("git", ["ls-files", "*.xlsx", "*.xlsm"], { encoding: "utf8" }).trim().split("\n");
  it("is a long list (LibreOffice's and our writer's workbooks)", () => expect(files.length).toBeGreaterThan(40));
  for (const file of files) {
    it(`${file}: read directly, the same as through SheetJS`, () => {
      const bytes = new Uint8Array(readFileSync(file));
      const zip = inspectZip(bytes, DEFAULT_LIMITS);
      // Damaged on purpose (test/fixtures/files/README.md): refused before any reader runs.
      if (isFailure(zip)) return;
      expectSameAsSheetJS(bytes);
    });
  }
});

const sheet1 = (rows: string, extra?: Parameters<typeof worksheet>[1]): HandPackage["sheets"] => [{ name: "Báo cáo", xml: worksheet(rows, extra) }];

/** Excel's way: shared strings with xml:space, rich text with phonetic runs, styles with custom formats. */
const EXCEL_STYLES = stylesPart(
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="#,##0.0&quot; đv&quot;"/></numFmts>',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="43" fontId="0" fillId="0" borderId="0" xfId="0"/><xf fontId="0" fillId="0" borderId="0" xfId="0"/>',
);

const VARIANTS: { name: string; pkg: HandPackage; check?: (grids: Converted) => void }[] = [
  {
    name: "Excel's shared formulas, copied down and across",
    pkg: {
      sheets: sheet1(
        '<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f>A1+B1</f><v>3</v></c><c r="D1"><f t="shared" ref="D1:E3" si="0">SUM($A1:B1)*C$1</f><v>9</v></c><c r="E1"><f t="shared" si="0"/><v>18</v></c></row>' +
          '<row r="2" spans="1:5"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><f>A2+B2</f><v>9</v></c><c r="D2"><f t="shared" si="0"/><v>27</v></c><c r="E2"><f t="shared" si="0"/><v>54</v></c></row>' +
          '<row r="3" spans="1:5"><c r="D3"><f t="shared" si="0"/><v>0</v></c><c r="E3" s="0"><f t="shared" si="0"></f><v>0</v></c></row>',
      ),
    },
    check: ({ grids: [g] }) => {
      expect(g.cells[0][4]?.f).toBe("SUM($A1:C1)*D$1");
      expect(g.cells[1][3]?.f).toBe("SUM($A2:B2)*C$1");
      expect(g.cells[2][4]?.f).toBe("SUM($A3:C3)*D$1");
    },
  },
  {
    name: "shared strings: plain, spaces kept, rich text with phonetic runs, entities, Excel's _x000D_",
    pkg: {
      strings: [
        "<t>Số đảng viên</t>",
        '<t xml:space="preserve">  Trong đó: nữ  </t>',
        '<r><rPr><b/><sz val="11"/></rPr><t>Kết nạp</t></r><r><t xml:space="preserve"> đảng viên </t></r><rPh sb="0" eb="1"><t>ケツ</t></rPh><phoneticPr fontId="1"/>',
        "<t>A &amp; B &lt;5&gt; &quot;x&quot; &#7871; &#x1EA1;</t>",
        "<t>dòng 1_x000D_\r\ndòng 2</t>",
        "<t/>",
      ],
      sheets: sheet1(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>',
      ),
    },
    check: ({ grids: [g] }) => {
      expect(g.cells[0].map((c) => c?.v)).toEqual(["Số đảng viên", "  Trong đó: nữ  ", "Kết nạp đảng viên "]);
      expect(g.cells[1][0]?.v).toBe('A & B <5> "x" ế ạ');
      // _x000D_ is a CR of its own; the CR LF after it is one line break.
      expect(g.cells[1][1]?.v).toBe("dòng 1\r\ndòng 2");
    },
  },
  {
    name: "inline strings, formula strings, booleans, errors, a formula with no cached value",
    pkg: {
      sheets: sheet1(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị A</t></is></c><c r="B1" t="inlineStr"><is><r><t>Chi </t></r><r><rPr><i/></rPr><t>bộ</t></r></is></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>Đơn vị Ax</v></c></row>' +
          '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>_xlfn.IFS(A2,1)</f></c></row>' +
          '<row r="3"><c r="A3" t="str"><f>"a"&amp;CHAR(13)&amp;CHAR(10)&amp;"b"</f><v>a\r\nb</v></c><c r="B3" t="n"><v>-1.5E-3</v></c><c r="C3" t="s"/><c r="D3" t="n"><v></v></c></row>',
      ),
    },
    check: ({ grids: [g] }) => {
      expect(g.cells[0][1]?.v).toBe("Chi bộ");
      expect(g.cells[1].slice(0, 4).map((c) => c?.v)).toEqual([true, false, { error: "#DIV/0!" }, { error: "#N/A" }]);
      // No cached value: a formula cell with no value, not a 0.
      expect(g.cells[1][4]).toEqual({ v: null, f: "IFS(A2,1)", z: "General" });
      expect(g.cells[2][0]?.v).toBe("a\nb");
    },
  },
  {
    name: "number formats: custom, built-in, ones SheetJS gives no code, a style past the list",
    pkg: {
      styles: EXCEL_STYLES,
      sheets: sheet1(
        '<row r="1"><c r="A1" s="1"><v>0.775</v></c><c r="B1" s="2"><v>12.5</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>1000</v></c><c r="E1" s="5"><v>7</v></c></row>' +
          '<row r="2"><c r="A2" s="40"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2" s="01"><v>3</v></c><c r="D2" s="2"/></row>',
      ),
    },
    check: ({ grids: [g] }) => {
      expect(g.cells[0].map((c) => c?.z)).toEqual(["0.0%", '#,##0.0" đv"', "0%", undefined, "General"]);
    },
  },
  {
    name: "cells and rows without their r, empty rows written both ways, no dimension",
    pkg: {
      sheets: sheet1(
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="2"/><row r="3"></row><row><c r="B4" t="inlineStr"><is><t>x</t></is></c></row><row r="9"/>',
        { before: "", after: "" },
      ),
    },
    check: ({ grids: [g] }) => {
      expect(g.cells[0].map((c) => c?.v)).toEqual([1, 2, undefined, undefined, 5, 6]);
      expect(g.rowCount).toBe(9);
    },
  },
  {
    name: "merged cells, a one-cell dimension, an array formula over a range",
    pkg: {
      sheets: sheet1(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>BÁO CÁO</t></is></c></row><row r="3"><c r="B3"><f t="array" ref="B3:C4">A1:B2*2</f><v>0</v></c><c r="C3"/></row><row r="4"><c r="B4"/><c r="C4"></c></row>',
        { before: '<dimension ref="A1"/>', after: '<mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="B3:C3"/></mergeCells>' },
      ),
    },
    check: ({ grids: [g] }) => expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 4 }, { r1: 2, c1: 1, r2: 2, c2: 2 }]),
  },
  {
    name: "several sheets, hidden and very hidden",
    pkg: {
      sheets: [
        { name: "Biểu 1", xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { name: "Ẩn &amp; phụ", xml: worksheet('<row r="1"><c r="A1"><v>2</v></c></row>'), state: "hidden" },
        { name: "Rất ẩn", xml: worksheet('<row r="2"><c r="B2"><v>3</v></c></row>'), state: "veryHidden" },
      ],
    },
    check: (r) => {
      expect(r.grids.map((g) => g.name)).toEqual(["Biểu 1", "Ẩn & phụ", "Rất ẩn"]);
      expect(r.hiddenSheets).toEqual(["Ẩn & phụ", "Rất ẩn"]);
    },
  },
];

describe("packages written the way other programs write them", () => {
  for (const v of VARIANTS) {
    it(`${v.name}: read directly, the same as through SheetJS`, () => {
      const grids = expectSameAsSheetJS(handPackage(v.pkg));
      v.check?.(grids);
    });
  }
});

/** What the direct reader leaves to SheetJS, and SheetJS then reads (or refuses) as before. */
const ASIDE: { name: string; pkg: HandPackage }[] = [
  {
    name: "prefixed elements (<x:worksheet>, as the Open XML SDK writes)",
    pkg: {
      sheets: [
        {
          name: "S",
          xml: '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        },
      ],
    },
  },
  { name: "a Strict OOXML workbook", pkg: { namespace: "http://purl.oclc.org/ooxml/spreadsheetml/main", sheets: sheet1('<row r="1"><c r="A1"><v>1</v></c></row>') } },
  { name: "an ISO date cell (t=\"d\")", pkg: { sheets: sheet1('<row r="1"><c r="A1" t="d"><v>2026-06-30T00:00:00</v></c></row>') } },
  { name: "a data table formula", pkg: { sheets: sheet1('<row r="1"><c r="A1"><f t="dataTable" ref="A1:B2" dt2D="0" dtr="0" r1="C1"/><v>1</v></c></row>') } },
  { name: "a string index past the shared strings", pkg: { strings: ["<t>a</t>"], sheets: sheet1('<row r="1"><c r="A1" t="s"><v>3</v></c></row>') } },
  { name: "a lower-case cell reference", pkg: { sheets: sheet1('<row r="1"><c r="a1"><v>1</v></c></row>') } },
  {
    name: "a chart sheet among the worksheets",
    pkg: {
      sheets: [
        { name: "S", xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { name: "Chart", xml: worksheet(""), type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" },
      ],
    },
  },
  // Damage the mutation fuzzing found read one way here and another by SheetJS, before the reader stepped aside for it.
  { name: "a line break inside a cell's tag (t= then CR LF)", pkg: { sheets: sheet1('<row r="1"><c r="A1" t=\r\n"n"><v>3</v></c></row>') } },
  { name: "a line break inside an attribute's value", pkg: { strings: ["<t>a</t>"], sheets: sheet1('<row r="1"><c r="A1" t="\r\ns"><v>0</v></c></row>') } },
  { name: "text after a cell's start tag", pkg: { sheets: sheet1('<row r="1"><c r="A1"><v>1</v></c><c> r="D1" t="n"><v>3</v></c></row>') } },
  { name: "a stray end tag in a cell", pkg: { sheets: sheet1('<row r="1"><c r="A1" t="b"><f t="shared" si="0"/>A1&gt;0</f><v>1</v></c></row>') } },
  { name: "a value element with damage in its tag", pkg: { sheets: sheet1('<row r="1"><c r="A1"><v&amp;>11</v></c></row>') } },
  { name: "a row's end inside a formula", pkg: { sheets: sheet1('<row r="1"><c r="A1"><f>IF(N(B1)</row>&gt;0,1,2)</f><v>1</v></c></row>') } },
  { name: "a row never ended before the next", pkg: { sheets: sheet1('<row r="1"><c r="A1"><v>1</v></c><row r="7"/>') } },
];

/** A type written empty (`t=""`) is a number to SheetJS (`tag.t || "n"`): read so here too. */
describe("a cell typed t=\"\"", () => {
  it("is read directly, as SheetJS reads it: a number", () => {
    const bytes = handPackage({ sheets: sheet1('<row r="1"><c r="A1" t=""><v>26</v></c><c r="B1" t=""/></row>') });
    const { direct, sheetjs } = bothWays(bytes);
    expect(direct).not.toBeNull();
    expect(plain((direct as Converted).grids)).toEqual(plain((sheetjs as Converted).grids));
    expect((direct as Converted).grids[0].cells[0][0]?.v).toBe(26);
  });
});

describe("markup the direct reader leaves to SheetJS", () => {
  for (const a of ASIDE) {
    it(`${a.name}: SheetJS reads it, as before`, () => {
      const bytes = handPackage(a.pkg);
      expect(bothWays(bytes).direct).toBeNull();
      const read = readWorkbook(bytes, "x.xlsx");
      const { sheetjs } = bothWays(bytes);
      if (read.ok) expect(plain(read.grids)).toEqual(plain((sheetjs as Converted).grids));
      else expect(isFailure(sheetjs) || !(sheetjs as Converted).grids.some((g) => g.rowCount > 0)).toBe(true);
    });
  }
});
