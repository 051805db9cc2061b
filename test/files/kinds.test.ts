import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import type { FileCheck } from "../../src/engine/check";
import { checkFileBytesAsync } from "../../src/files/checkFile";
import { DEFAULT_LIMITS } from "../../src/files/index";
import { parseWorkbook } from "../../src/files/sheetjs";
import { BCXDD } from "../../src/templates/bcxdd";
import { declareSize, fixture, handXlsx, smallXlsxZip, utf8 } from "./helpers";

/**
 * Every kind of file a user may pick that cannot be read (issue 4, point 2) ends as one finding,
 * FILE_UNREADABLE, whose Vietnamese message says what the file is and what to do. (The kinds that are
 * read, Excel 95 and 97, HTML and XML ".xls", CSV in every encoding, .xlsm and .xlsb, are in
 * sameReport.test.ts; the CLI's paths in test/cli.)
 */
async function unreadable(bytes: Uint8Array, name: string): Promise<FileCheck["findings"][number]> {
  const c = await checkFileBytesAsync(bytes, name, BCXDD);
  expect(c.unreadable, name).toBe(true);
  expect(c.report).toBeNull();
  expect(c.findings).toHaveLength(1);
  const [f] = c.findings;
  expect(f).toMatchObject({ rule: "FILE_UNREADABLE", severity: "error", file: name });
  expect(f.message.vi).toMatch(/^Không đọc được tệp: /);
  return f;
}

const excel2 = new Uint8Array([0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0x0a, 0x00, 0x00, 0x00]);

const KINDS: [name: string, bytes: () => Uint8Array, says: string[]][] = [
  ["mat-khau.xlsx", () => fixture("mat-khau.xlsx"), ["bảo vệ bằng mật khẩu", "gửi bản không đặt mật khẩu"]],
  ["mat-khau.xls", () => fixture("mat-khau.xls"), ["bảo vệ bằng mật khẩu", "gửi bản không đặt mật khẩu"]],
  ["mat-khau.ods", () => fixture("mat-khau.ods"), ["bảo vệ bằng mật khẩu", "gửi bản không đặt mật khẩu"]],
  ["rong.xlsx", () => fixture("rong.xlsx"), ["Tệp rỗng", "gửi lại"]],
  ["anh.xlsx", () => fixture("anh.xlsx"), ["ảnh PNG, không phải bảng tính", "(.xlsx, .xls)"]],
  ["ngau-nhien.xlsx", () => fixture("ngau-nhien.xlsx"), ["không phải bảng tính"]],
  ["van-ban.xls", () => fixture("van-ban.xls"), ["văn bản thường, không có dạng bảng"]],
  ["cut.xlsx", () => fixture("cut.xlsx"), ["bị hỏng hoặc chưa tải về đầy đủ", "lưu lại thành .xlsx"]],
  ["trang-web.xls", () => utf8("<html><body><h1>Báo cáo quý I</h1><p>Xem tệp đính kèm.</p></body></html>"), ["trang web không có bảng"]],
  ["du-lieu.xls", () => utf8('<?xml version="1.0"?><baocao><donvi>DB01</donvi></baocao>'), ["tệp XML không phải bảng tính"]],
  ["cu.xls", () => excel2, ["Excel 2.x–4.x", "lưu lại thành .xlsx"]],
];

describe("files that cannot be read end as FILE_UNREADABLE with a clear Vietnamese message", () => {
  for (const [name, bytes, says] of KINDS) {
    it(name, async () => {
      const f = await unreadable(bytes(), name);
      for (const s of says) expect(f.message.vi).toContain(s);
      expect(f.message.en.length).toBeGreaterThan(30);
    });
  }
});

describe("each limit ends as FILE_UNREADABLE naming the limit, in bounded time (default limits)", () => {
  const LIMITS: [what: string, bytes: () => Uint8Array, name: string, says: string][] = [
    ["file size", () => new Uint8Array(DEFAULT_LIMITS.maxBytes + 1).fill(0x41), "lon.csv", "vượt giới hạn 25 MB một tệp"],
    ["declared uncompressed size", () => declareSize(smallXlsxZip(), "xl/worksheets/sheet1.xml", 300 * 1024 * 1024), "bom.xlsx", "vượt giới hạn 200 MB sau giải nén"],
    ["compression ratio", () => declareSize(smallXlsxZip(), "xl/worksheets/sheet1.xml", 150 * 1024 * 1024), "bom.xlsx", "vượt giới hạn 100 lần"],
    ["cells", () => handXlsx("A1:A2000001", '<row r="1"><c r="A1"><v>1</v></c></row><row r="2000001"><c r="A2000001"><v>2</v></c></row>'), "lon.xlsx", "vượt giới hạn 2.000.000 ô"],
    ["text length", () => utf8(`STT;Chỉ tiêu\n1;${"x".repeat(DEFAULT_LIMITS.maxTextLength + 1)}\n`), "dai.csv", "vượt giới hạn 32.767 ký tự một ô"],
  ];
  for (const [what, bytes, name, says] of LIMITS) {
    it(what, async () => {
      const input = bytes();
      const start = performance.now();
      const f = await unreadable(input, name);
      expect(performance.now() - start).toBeLessThan(2000);
      expect(f.message.vi).toContain(says);
    });
  }
});

describe("macros are neither run nor kept", () => {
  for (const file of ["don-vi-macro.xlsm", "don-vi-macro.xlsb"]) {
    it(`${file}: the fixture holds a VBA project, which the reader never asks SheetJS for`, () => {
      // Control: asked for it, SheetJS finds the project in the fixture.
      const withVba = XLSX.read(fixture(file), { type: "array", bookVBA: true });
      expect(withVba.vbaraw).toBeInstanceOf(Uint8Array);
      const wb = parseWorkbook(fixture(file));
      if ("failure" in wb) throw new Error(wb.reason.en);
      expect(wb.vbaraw).toBeUndefined();
    });
  }
});
