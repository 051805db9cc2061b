import { describe, expect, it } from "vitest";
import { NUMBER_FORMATS, STYLE_ROLES, blank, formula, num, text, type StyleRole } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { XLSX, parts, readBack, roundTrip, sheet } from "./helpers";

describe("number formats", () => {
  it("come back as the cell's number format", () => {
    const ws = roundTrip(
      sheet("S", [
        [
          num(1234.5, NUMBER_FORMATS.count),
          num(1234.5, NUMBER_FORMATS.amount),
          num(0.256, NUMBER_FORMATS.percent),
          num(7, NUMBER_FORMATS.integer),
          num(45000, NUMBER_FORMATS.date),
          num(3),
          num(0.5, "0%"),
          num(0.5, "0.00%"),
          num(2, "0.00"),
          num(2, "General"),
          formula("A1*2", 2469, NUMBER_FORMATS.count, "total"),
          num(5, '#,##0" đv"'),
        ],
      ]),
    );
    expect(ws.A1.z).toBe("#,##0");
    expect(ws.A1.w).toBe("1,235");
    expect(ws.B1.z).toBe("#,##0.00");
    expect(ws.C1.z).toBe("0.0%");
    expect(ws.C1.w).toBe("25.6%");
    expect(ws.D1.z).toBe("0");
    expect(ws.E1.z).toBe("dd/mm/yyyy");
    expect(ws.F1.z).toBe("General");
    expect(ws.G1.z).toBe("0%");
    expect(ws.H1.z).toBe("0.00%");
    expect(ws.I1.z).toBe("0.00");
    expect(ws.J1.z).toBe("General");
    expect(ws.K1.z).toBe("#,##0");
    expect(ws.L1.z).toBe('#,##0" đv"');
  });

  it("use builtin ids for builtin formats and ids from 164 for custom ones", () => {
    const bytes = renderWorkbook([
      sheet("S", [[num(1, "#,##0"), num(1, "0.0%"), num(1, "dd/mm/yyyy"), num(1, "0.0%", "total"), num(1, "0%"), num(1, "#,##0.00")]]),
    ]);
    const styles = parts(bytes)["xl/styles.xml"];
    expect(styles).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>');
    expect(styles).toMatch(/<xf numFmtId="3" /);
    expect(styles).toMatch(/<xf numFmtId="9" /);
    expect(styles).toMatch(/<xf numFmtId="4" /);
    expect(styles).not.toMatch(/formatCode="#,##0"/);
  });
});

describe("styles", () => {
  const roles = Object.keys(STYLE_ROLES) as StyleRole[];

  it("uses Times New Roman 12 by default and the role's size when it has one", () => {
    const styles = parts(renderWorkbook([sheet("S", [[text("a"), text("Tiêu đề", "title")]])]))["xl/styles.xml"];
    expect(styles).toContain('<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>');
    expect(styles).toContain('<font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font>');
  });

  it("builds one cell format per distinct look, with fonts, fills and borders shared", () => {
    const bytes = renderWorkbook([sheet("S", [roles.map((r) => text(r, r)), roles.map((r) => blank(r))])]);
    const styles = parts(bytes)["xl/styles.xml"];
    const xfs = /<cellXfs count="(\d+)">/.exec(styles)![1];
    // Roles that look the same (total/totalPercent, body/percent) share an entry; entry 0 is the default.
    const looks = new Set(roles.map((r) => JSON.stringify(Object.entries(STYLE_ROLES[r]).sort())));
    expect(looks.size).toBeLessThan(roles.length);
    expect(Number(xfs)).toBe(looks.size + 1);
    const fills = new Set(roles.map((r) => STYLE_ROLES[r].fill).filter(Boolean));
    expect(styles).toContain(`<fills count="${fills.size + 2}">`);
    expect(styles).toContain('<borders count="2">');
    expect(styles).toContain('<fgColor rgb="FFD9E1F2"/>');
    expect(styles).toContain('<color rgb="FF9C0006"/>');
    expect(styles).toContain('<alignment horizontal="center" wrapText="1"/>');
    expect(styles).toContain('<left style="thin"><color indexed="64"/></left>');

    const ws = readBack(bytes).Sheets.S;
    const header = roles.indexOf("header");
    const cell = ws[XLSX.utils.encode_cell({ r: 0, c: header })];
    expect(cell.s?.fgColor?.rgb).toBe("D9E1F2");
    expect(cell.v).toBe("header");
  });

  it("writes only the styles actually used", () => {
    const styles = parts(renderWorkbook([sheet("S", [[text("x")]])]))["xl/styles.xml"];
    expect(styles).toContain('<cellXfs count="1">');
    expect(styles).not.toContain("<numFmts");
  });
});

describe("sheet layout", () => {
  const spec = sheet(
    "Tổng hợp",
    [
      [text("BÁO CÁO TỔNG HỢP", "title"), null, null, null],
      [text("STT", "header"), text("Đơn vị", "header"), text("Số đảng viên", "header"), text("Tỷ lệ", "header")],
      [num(1, undefined, "numbering"), text("Chi bộ 1", "body"), num(10, "#,##0", "input"), num(0.5, "0.0%", "percent")],
    ],
    {
      widths: [6, 40, 14, 14],
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }],
      freeze: { rows: 2, cols: 2 },
      tabColor: "1F4E78",
      validations: [{ ref: "C3:C100", type: "whole", min: 0, error: "Nhập số nguyên không âm" }],
    },
  );

  it("writes column widths, merges and the used range", () => {
    const ws = roundTrip(spec);
    expect(ws["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }]);
    expect(ws["!cols"]!.map((c) => c.width)).toEqual([6, 40, 14, 14]);
    expect(ws["!ref"]).toBe("A1:D3");
  });

  it("freezes panes, colours the tab and adds validations", () => {
    const xml = parts(renderWorkbook([spec]))["xl/worksheets/sheet1.xml"];
    expect(xml).toContain('<pane xSplit="2" ySplit="2" topLeftCell="C3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<sheetPr><tabColor rgb="FF1F4E78"/></sheetPr>');
    expect(xml).toContain(
      '<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorStyle="stop" error="Nhập số nguyên không âm" sqref="C3:C100"><formula1>0</formula1></dataValidation>',
    );
  });

  it("freezes rows only or columns only", () => {
    const rows = parts(renderWorkbook([sheet("S", [[text("a")]], { freeze: { rows: 3, cols: 0 } })]))["xl/worksheets/sheet1.xml"];
    expect(rows).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    const cols = parts(renderWorkbook([sheet("S", [[text("a")]], { freeze: { rows: 0, cols: 1 } })]))["xl/worksheets/sheet1.xml"];
    expect(cols).toContain('<pane xSplit="1" topLeftCell="B1" activePane="topRight" state="frozen"/>');
    const none = parts(renderWorkbook([sheet("S", [[text("a")]], { freeze: { rows: 0, cols: 0 } })]))["xl/worksheets/sheet1.xml"];
    expect(none).not.toContain("<pane");
  });

  it("orders the worksheet's children as the schema requires", () => {
    const withTable = { ...spec, table: { name: "T", headerRow: 1, firstCol: 0, lastCol: 3, lastRow: 2, style: "TableStyleLight9" } };
    const xml = parts(renderWorkbook([withTable]))["xl/worksheets/sheet1.xml"];
    const order = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells", "dataValidations", "pageMargins", "tableParts"];
    const children = [...xml.matchAll(/<(\w+)[ >/]/g)].map((m) => m[1]).filter((t) => order.includes(t));
    expect(children).toEqual(order);
  });

  it("groups equal neighbouring widths and skips missing ones", () => {
    const xml = parts(renderWorkbook([sheet("S", [[text("a")]], { widths: [10, 10, 10, undefined as unknown as number, 0, 20, 20] })]))[
      "xl/worksheets/sheet1.xml"
    ];
    expect(xml).toContain('<cols><col min="1" max="3" width="10" customWidth="1"/><col min="6" max="7" width="20" customWidth="1"/></cols>');
  });

  it("rejects overlapping merges and bad colours, and drops one-cell merges", () => {
    expect(() =>
      renderWorkbook([sheet("S", [[text("a")]], { merges: [{ r1: 0, c1: 0, r2: 1, c2: 1 }, { r1: 1, c1: 1, r2: 2, c2: 2 }] })]),
    ).toThrow(/overlap/);
    expect(() => renderWorkbook([sheet("S", [[text("a")]], { tabColor: "red" })])).toThrow(/RRGGBB/);
    const xml = parts(renderWorkbook([sheet("S", [[text("a")]], { merges: [{ r1: 0, c1: 0, r2: 0, c2: 0 }] })]))["xl/worksheets/sheet1.xml"];
    expect(xml).not.toContain("mergeCell");
  });

  it("rejects validations it cannot express", () => {
    expect(() => renderWorkbook([sheet("S", [], { validations: [{ ref: "not a range", type: "whole", min: 0, error: "x" }] })])).toThrow(/A1 range/);
    expect(() => renderWorkbook([sheet("S", [], { validations: [{ ref: "A1:A2", type: "whole", min: NaN, error: "x" }] })])).toThrow(/finite/);
  });
});
