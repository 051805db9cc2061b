import { describe, expect, it } from "vitest";
import { csvToGrid, detectDelimiter, parseRecords } from "../../src/files/csv";
import { readWorkbook, DEFAULT_LIMITS } from "../../src/files/index";
import { expectFailure, expectOk, readFixture, utf8, values } from "./helpers";

const TABLE = [
  ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
  ["5", "Kết nạp đảng viên mới", "25", "8"],
  ["14", "Số quần chúng ưu tú được bồi dưỡng", "80", "62"],
  ["24", "Thu nhập bình quân (triệu đồng)", null, "8,1"],
  ["25", "Số lao động", null, "2.465"],
];

describe("CSV files as units send them", () => {
  for (const file of ["csv-cham-phay.csv", "csv-utf8-bom.csv", "csv-tab.csv", "csv-utf16le.csv", "csv-ansi-1258.csv"]) {
    it(`${file}: one grid of text cells, vi-VN numbers untouched`, () => {
      const r = expectOk(readFixture(file));
      expect(r.format).toBe("csv");
      expect(r.grids).toHaveLength(1);
      const g = r.grids[0];
      expect(g.name).toBe(file.replace(/\.csv$/, ""));
      expect(values(g)).toEqual(TABLE);
      expect(g.rowCount).toBe(5);
      expect(g.colCount).toBe(4);
      // No BOM left in the first cell, whatever the encoding.
      expect(g.cells[0][0]?.v).toBe("STT");
    });
  }

  it("comma-delimited UTF-8: quoted fields keep their commas, quotes and line breaks", () => {
    const r = expectOk(readFixture("csv-utf8.csv"));
    expect(values(r.grids[0])).toEqual([
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["5", "Kết nạp đảng viên mới", "25", "8"],
      ["24", "Thu nhập bình quân (triệu đồng)", null, "8,1"],
      ["25", 'Ghi chú: "đạt", vượt', null, "2.465"],
      [null, "Người lập biểu\n(ký, ghi rõ họ tên)"],
    ]);
  });

  it("every field stays a string, even ones that look like numbers, dates or booleans", () => {
    const r = expectOk(readWorkbook(utf8("a;b;c;d;e\n0012;1e3;TRUE;31/03/2025;=1+2\n"), "x.csv"));
    for (const c of r.grids[0].cells[1]) expect(typeof c?.v).toBe("string");
    expect(r.grids[0].cells[1].map((c) => c?.v)).toEqual(["0012", "1e3", "TRUE", "31/03/2025", "=1+2"]);
    expect(r.grids[0].cells[1][4]?.f).toBeUndefined();
  });

  it("reads what SheetJS's sniffing would misread (DIF, RTF, HTML-looking first fields)", () => {
    expect(values(expectOk(readWorkbook(utf8("TABLE;x\n1;2\n"), "t.csv")).grids[0])).toEqual([["TABLE", "x"], ["1", "2"]]);
    expect(values(expectOk(readWorkbook(utf8("ID;Tên\n1;a\n"), "t.csv")).grids[0])).toEqual([["ID", "Tên"], ["1", "a"]]);
    expect(values(expectOk(readWorkbook(utf8("<5 tuổi;x\n1;2\n"), "t.csv")).grids[0])).toEqual([["<5 tuổi", "x"], ["1", "2"]]);
  });

  it("a file of blank lines or only delimiters is empty", () => {
    expectFailure(readWorkbook(utf8("\r\n\r\n  \n"), "x.csv"), "empty");
    expectFailure(readWorkbook(utf8(";;;\n;;;\n"), "x.csv"), "empty");
    expectFailure(readWorkbook(utf8("\ufeff"), "x.csv"), "empty");
  });

  it("Excel's sep= line names the delimiter and is not data", () => {
    const r = expectOk(readWorkbook(utf8("sep=,\r\na;b,c\r\n1;2,3\r\n"), "x.csv"));
    expect(values(r.grids[0])).toEqual([["a;b", "c"], ["1;2", "3"]]);
  });
});

describe("parseRecords", () => {
  const all = (text: string, d = ",") => {
    const out: string[][] = [];
    parseRecords(text, d, (f) => (out.push(f), true));
    return out;
  };

  it("follows RFC 4180: quotes, doubled quotes, CRLF, LF, CR and embedded newlines", () => {
    expect(all('a,"b,c","d""e"\r\n1,"2\r\n3",4\n5,6,7\r8,9,10')).toEqual([
      ["a", "b,c", 'd"e'],
      ["1", "2\r\n3", "4"],
      ["5", "6", "7"],
      ["8", "9", "10"],
    ]);
  });

  it("keeps empty fields, a trailing delimiter, and blank lines", () => {
    expect(all("a,,b,\n\nc")).toEqual([["a", "", "b", ""], [""], ["c"]]);
  });

  it("is lenient like Excel: text after a closing quote, an unterminated quote, a quote inside a field", () => {
    expect(all('"a"b,c')).toEqual([["ab", "c"]]);
    expect(all('x,"never closed\nstill,field')).toEqual([["x", "never closed\nstill,field"]]);
    expect(all('5 "inch",x')).toEqual([['5 "inch"', "x"]]);
  });
});

describe("detectDelimiter", () => {
  it("chooses the delimiter that splits the lines consistently, ignoring quoted ones", () => {
    expect(detectDelimiter("STT;Chỉ tiêu;Thực hiện\n24;Thu nhập;8,1\n25;Lao động;2,5\n")).toBe(";");
    expect(detectDelimiter('STT,Chỉ tiêu,Thực hiện\n24,Thu nhập,"8,1"\n25,"Lao động; khác",3\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2,5\t3\n")).toBe("\t");
  });

  it("prefers the semicolon on a tie (the vi-VN list separator)", () => {
    expect(detectDelimiter("a;b,c\n1;2,3\n")).toBe(";");
  });

  it("finds none in prose", () => {
    expect(detectDelimiter("Kính gửi: Ban Tổ chức\nĐơn vị xin gửi báo cáo, bản giấy gửi sau.\nTrân trọng.\n")).toBeNull();
    expect(detectDelimiter("")).toBeNull();
  });
});

describe("csvToGrid", () => {
  it("trims trailing empty fields and padded blank rows, keeps blank rows inside", () => {
    const g = csvToGrid("a;b;;\n;;;\nc;;;\n;;;\n;;;\n", "S", DEFAULT_LIMITS);
    if ("failure" in g) throw new Error(g.reason.en);
    expect(g.rowCount).toBe(3);
    expect(g.colCount).toBe(2);
    expect(values(g)).toEqual([["a", "b"], [], ["c"]]);
  });
});
