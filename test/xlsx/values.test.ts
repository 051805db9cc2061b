import { describe, expect, it } from "vitest";
import { blank, formula, num, text } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { parts, readBack, roundTrip, sheet } from "./helpers";

describe("cell values", () => {
  it("round-trips text, numbers, formulas and blanks with their types", () => {
    const ws = roundTrip(
      sheet("S", [
        [text("Đơn vị"), num(42), num(-3.25), num(0.1 + 0.2)],
        [text("Đảng bộ xã Tân Phú"), num(1e-7), num(1e21), num(-0)],
        [formula("SUM(B1:C1)", 38.75), formula('IF(B1>0,"có","")', "có"), formula("B1/0", null), blank("body")],
      ]),
    );
    expect(ws.A1).toMatchObject({ t: "s", v: "Đơn vị" });
    expect(ws.B1).toMatchObject({ t: "n", v: 42 });
    expect(ws.C1).toMatchObject({ t: "n", v: -3.25 });
    expect(ws.D1.v).toBe(0.1 + 0.2);
    expect(ws.A2).toMatchObject({ t: "s", v: "Đảng bộ xã Tân Phú" });
    expect(ws.B2.v).toBe(1e-7);
    expect(ws.C2.v).toBe(1e21);
    expect(ws.D2.v).toBe(0);
    expect(ws.A3).toMatchObject({ t: "n", v: 38.75, f: "SUM(B1:C1)" });
    expect(ws.B3).toMatchObject({ t: "s", v: "có", f: 'IF(B1>0,"có","")' });
    expect(ws.C3.f).toBe("B1/0"); // no cached value (SheetJS reports 0 for that)
    expect(ws.D3).toBeDefined(); // styled blank
    expect(ws.D3.v).toBeUndefined();
    expect(ws["!ref"]).toBe("A1:D3");
  });

  it("writes a formula without its leading '=' and escapes it", () => {
    const ws = roundTrip(sheet("S", [[num(1), formula('=IF(A1<2,"a&b","")', "a&b")]]));
    expect(ws.B1.f).toBe('IF(A1<2,"a&b","")');
    expect(ws.B1.v).toBe("a&b");
    const xml = parts(renderWorkbook([sheet("S", [[formula("IF(A1<2,1,0)", 1)]])]))["xl/worksheets/sheet1.xml"];
    expect(xml).toContain("<f>IF(A1&lt;2,1,0)</f><v>1</v>");
  });

  it("rejects an empty formula", () => {
    expect(() => renderWorkbook([sheet("S", [[null, formula("", 1)]])])).toThrow(/B1: the formula is empty/);
    expect(() => renderWorkbook([sheet("S", [[formula("=", 1)]])])).toThrow(/A1/);
  });

  it("writes NaN and Infinity as empty cells that keep their style", () => {
    const bytes = renderWorkbook([sheet("S", [[num(NaN, "0", "body"), num(Infinity), num(-Infinity, undefined, "total"), formula("1/0", NaN)]])]);
    const xml = parts(bytes)["xl/worksheets/sheet1.xml"];
    expect(xml).not.toMatch(/NaN|Infinity/);
    const ws = readBack(bytes).Sheets.S;
    expect(ws.A1.v).toBeUndefined();
    expect(ws.A1.z).toBe("0");
    expect(ws.B1).toBeUndefined(); // no style, no value: nothing to write
    expect(ws.C1).toBeDefined();
    expect(ws.C1.v).toBeUndefined();
    expect(ws.D1.f).toBe("1/0");
    expect(xml).toContain('<c r="D1"><f>1/0</f></c>'); // no cached value
  });

  it("skips empty rows and cells", () => {
    const ws = roundTrip(sheet("S", [[], [null, null], [null, text("x")], []]));
    expect(Object.keys(ws).filter((k) => !k.startsWith("!"))).toEqual(["B3"]);
    expect(ws["!ref"]).toBe("A1:B3");
  });

  it("renders an empty sheet", () => {
    const ws = roundTrip(sheet("Trống", []));
    expect(Object.keys(ws).filter((k) => !k.startsWith("!"))).toEqual([]);
  });
});

describe("hostile text stays text", () => {
  const hostile = [
    "=1+1",
    "=SUM(A1:A2)",
    "+1",
    "-1+2",
    "-5",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "\r\n=1+1",
    "＝1+1",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://x\",\"y\")",
    "12",
    "1e5",
    "TRUE",
    "01/02/2024",
    "#REF!",
    "<b>&amp;</b>",
    ']]><script>',
    '"quoted"',
  ];

  it.each(hostile)("%j is a string cell without a formula", (v) => {
    const ws = roundTrip(sheet("S", [[text(v)]]));
    expect(ws.A1.t).toBe("s");
    expect(ws.A1.f).toBeUndefined();
    // SheetJS itself turns CRLF into LF when it reads strings; the file keeps the CR (next test).
    expect(ws.A1.v).toBe(v.replace(/\r\n/g, "\n"));
  });

  it("keeps a carriage return as _x000D_ (XML parsers would turn a raw CR into LF)", () => {
    const sst = parts(renderWorkbook([sheet("S", [[text("\r\n=1+1")]])]))["xl/sharedStrings.xml"];
    expect(sst).toContain('<t xml:space="preserve">_x000D_\n=1+1</t>');
  });

  it("never writes text as a formula or inline value in the sheet XML", () => {
    const bytes = renderWorkbook([sheet("S", [hostile.map((v) => text(v))])]);
    const xml = parts(bytes)["xl/worksheets/sheet1.xml"];
    expect(xml).not.toContain("<f>");
    expect(xml.match(/t="s"/g)).toHaveLength(hostile.length);
  });
});

describe("text escaping", () => {
  it("encodes control characters as _xHHHH_ and protects literal _xHHHH_ sequences", () => {
    const values = ["a\u0001b", "nul\u0000!", "bell\u0007", "vt\u000Bff\u000C", "esc\u001B[0m", "_x0041_", "a_x005F_b", "_x00_", "\uFFFE\uFFFF"];
    const bytes = renderWorkbook([sheet("S", [values.map((v) => text(v))])]);
    const sst = parts(bytes)["xl/sharedStrings.xml"];
    expect(sst).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(sst).toContain("a_x0001_b");
    expect(sst).toContain("<t>_x005F_x0041_</t>");
    expect(sst).toContain("<t>_x00_</t>");
    const ws = readBack(bytes).Sheets.S;
    values.forEach((v, c) => expect(ws[String.fromCharCode(65 + c) + "1"].v).toBe(v));
  });

  it("keeps tabs, newlines and leading/trailing spaces", () => {
    const values = ["  thụt đầu dòng", "cuối dòng  ", "dòng 1\ndòng 2", "a\tb", " ", "\n"];
    const bytes = renderWorkbook([sheet("S", [values.map((v) => text(v))])]);
    expect(parts(bytes)["xl/sharedStrings.xml"]).toContain('<t xml:space="preserve">  thụt đầu dòng</t>');
    const ws = readBack(bytes).Sheets.S;
    values.forEach((v, c) => expect(ws[String.fromCharCode(65 + c) + "1"].v).toBe(v));
  });

  it("caps text at Excel's 32,767 characters without splitting a surrogate pair", () => {
    const long = "x".repeat(40_000);
    const emoji = "a".repeat(32_766) + "😀tail";
    const ws = roundTrip(sheet("S", [[text(long), text(emoji), text("y".repeat(32_767))]]));
    expect(ws.A1.v).toHaveLength(32_767);
    expect(ws.B1.v).toBe("a".repeat(32_766));
    expect(ws.C1.v).toHaveLength(32_767);
  });

  it("shares repeated strings", () => {
    const bytes = renderWorkbook([sheet("S", Array.from({ length: 50 }, (_, r) => [text("Chi bộ"), text(`Mã ${r % 5}`)]))]);
    const sst = parts(bytes)["xl/sharedStrings.xml"];
    expect(sst).toContain('count="100" uniqueCount="6"');
  });

  it("coerces non-string text values from untyped callers to strings", () => {
    const ws = roundTrip(sheet("S", [[{ t: "text", v: 12 as unknown as string }]]));
    expect(ws.A1).toMatchObject({ t: "s", v: "12" });
  });
});

describe("large sheets", () => {
  it("round-trips thousands of rows and wide rows", () => {
    const rows = Array.from({ length: 5000 }, (_, r) => [
      text(`Đơn vị ${r % 300}`, "body"),
      ...Array.from({ length: 15 }, (_, c) => num(r * c + 0.5, "#,##0", "body")),
      formula(`SUM(B${r + 1}:P${r + 1})`, 0, "#,##0", "total"),
    ]);
    const wide = [Array.from({ length: 3000 }, (_, c) => (c % 2 ? num(c) : text(`C${c}`)))];
    const wb = readBack(renderWorkbook([sheet("Lớn", rows), sheet("Rộng", wide)]));
    const big = wb.Sheets["Lớn"];
    expect(big["!ref"]).toBe("A1:Q5000");
    expect(big.A5000.v).toBe("Đơn vị 199");
    expect(big.P5000.v).toBe(4999 * 14 + 0.5);
    expect(big.Q5000.f).toBe("SUM(B5000:P5000)");
    expect(wb.Sheets["Rộng"]["!ref"]).toBe("A1:DKJ1"); // column 2999
    expect(wb.Sheets["Rộng"].DKJ1.v).toBe(2999);
    expect(wb.Sheets["Rộng"].DKI1.v).toBe("C2998");
  });
});
