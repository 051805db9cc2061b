import * as XLSX from "@e965/xlsx";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { readWorkbook, type WorkbookRead } from "../../src/files/index";
import { quietly } from "../../src/files/quiet";
import { expectFailure, expectOk, fixture, prng, readFixture, utf8 } from "./helpers";

describe("broken and hostile files end as the right failure", () => {
  it("an empty file", () => {
    const r = expectFailure(readFixture("rong.xlsx"), "empty");
    expect(r.reason.vi).toContain("rỗng");
  });

  it("a truncated xlsx (the first 60 % of the bytes)", () => {
    expectFailure(readFixture("cut.xlsx"), "corrupt");
  });

  it("random bytes named .xlsx", () => {
    expectFailure(readFixture("ngau-nhien.xlsx"), "not_workbook");
  });

  it("a PNG named .xlsx, said to be an image", () => {
    const r = expectFailure(readFixture("anh.xlsx"), "not_workbook");
    expect(r.reason.vi).toContain("ảnh PNG");
    expect(r.reason.en).toContain("PNG image");
  });

  it("a plain text letter named .xls", () => {
    const r = expectFailure(readFixture("van-ban.xls"), "not_workbook");
    expect(r.reason.vi).toContain("văn bản thường");
  });

  for (const file of ["mat-khau.xls", "mat-khau.ods", "mat-khau.xlsx"]) {
    it(`a password-protected file: ${file}`, () => {
      const r = expectFailure(readFixture(file), "encrypted");
      expect(r.reason.vi).toContain("mật khẩu");
      expect(r.reason.en).toContain("password-protected");
    });
  }

  it("zips that are not workbooks: a Word document, a plain archive, an Apple Numbers file", () => {
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    expect(expectFailure(readWorkbook(docx, "a.xlsx"), "not_workbook").reason.en).toContain("Word");
    const plain = zipSync({ "ghi-chu.txt": strToU8("xin chào") });
    expect(expectFailure(readWorkbook(plain, "a.xlsx"), "not_workbook").reason.en).toContain("zip");
    const numbers = zipSync({ "Index/Document.iwa": new Uint8Array(10) });
    expectFailure(readWorkbook(numbers, "a.xlsx"), "unsupported");
  });

  it("an ODF text document zipped like an ods", () => {
    const odt = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }], "content.xml": strToU8("<x/>") });
    expectFailure(readWorkbook(odt, "a.ods"), "not_workbook");
  });

  it("a zip entry encrypted by the zip tool itself (flag bit 0)", () => {
    const zip = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") });
    // Set "encrypted" in the general-purpose flags of the central directory entries.
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02) zip[i + 8] |= 1;
    }
    expectFailure(readWorkbook(zip, "a.xlsx"), "encrypted");
  });

  it("a compound file that is a Word document, and one with no known stream", () => {
    const doc = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(doc, "/WordDocument", new Uint8Array(600));
    const bytes = new Uint8Array(XLSX.CFB.write(doc, { type: "array" }) as ArrayLike<number>);
    expect(expectFailure(readWorkbook(bytes, "a.xls"), "not_workbook").reason.vi).toContain("Word");
    const other = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(other, "/Contents", new Uint8Array(600));
    expectFailure(readWorkbook(new Uint8Array(XLSX.CFB.write(other, { type: "array" }) as ArrayLike<number>), "a.xls"), "not_workbook");
  });

  it("a compound-file header with nothing behind it", () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectFailure(readWorkbook(bytes, "a.xls"), "corrupt");
  });

  it("XML that is not SpreadsheetML, HTML without a table, a single-file web page", () => {
    expectFailure(readWorkbook(utf8('<?xml version="1.0"?><note>xin chào</note>'), "a.xls"), "not_workbook");
    expectFailure(readWorkbook(utf8("<html><body><p>Báo cáo</p></body></html>"), "a.xls"), "not_workbook");
    expectFailure(readWorkbook(utf8("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n"), "a.xls"), "unsupported");
  });

  it("broken SpreadsheetML is corrupt, not an exception", () => {
    const text = new TextDecoder().decode(fixture("bao-cao-2003.xls"));
    const r = readWorkbook(utf8(text.slice(0, Math.floor(text.length / 2))), "a.xls");
    // SheetJS may salvage the first rows of a cut XML file; either way it must not throw.
    if (!r.ok) expect(["corrupt", "empty"]).toContain(r.failure);
  });

  it("other known binary kinds are named", () => {
    expect(expectFailure(readWorkbook(utf8("%PDF-1.7\n%\u00e2\u00e3\n"), "a.xlsx"), "not_workbook").reason.en).toContain("PDF");
    expect(expectFailure(readWorkbook(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "a.xlsx"), "not_workbook").reason.en).toContain("JPEG");
  });

  it("something that is not a Uint8Array", () => {
    expectFailure(readWorkbook(null as unknown as Uint8Array, "a.xlsx"), "not_workbook");
  });
});

describe("never throws", () => {
  const shape = (r: WorkbookRead) => {
    if (r.ok) {
      for (const g of r.grids) {
        expect(g.cells.length).toBe(g.rowCount);
        for (const row of g.cells) expect(row.length).toBeLessThanOrEqual(g.colCount);
      }
    } else {
      expect(typeof r.reason.vi).toBe("string");
      expect(typeof r.reason.en).toBe("string");
    }
  };

  for (const file of ["bao-cao.xlsx", "bao-cao.xls", "bao-cao.ods", "bao-cao-2003.xls", "csv-utf8.csv"]) {
    it(`on damaged copies of ${file}`, () => {
      const original = fixture(file);
      const random = prng(file.length * 7919);
      for (let i = 0; i < 60; i++) {
        const bytes = original.slice(0, 1 + Math.floor(random() * original.length));
        const flips = Math.floor(random() * 8);
        for (let k = 0; k < flips; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        let r: WorkbookRead | undefined;
        expect(() => (r = readWorkbook(bytes, file))).not.toThrow();
        shape(r!);
      }
    });
  }

  it("on short byte strings of every first byte", () => {
    for (let b = 0; b < 256; b++) {
      for (const tail of [[], [0], [0x4b, 3, 4], [0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]) {
        expect(() => shape(readWorkbook(new Uint8Array([b, ...tail]), "x"))).not.toThrow();
      }
    }
  });
});

describe("SheetJS's console output", () => {
  it("is silenced during a call and the console restored after, even when the call throws", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      quietly(() => console.error("ODS number format may be incorrect"));
      expect(spy).not.toHaveBeenCalled();
      expect(() =>
        quietly(() => {
          throw new Error("boom");
        }),
      ).toThrow("boom");
      expect(console.error).toBe(spy);
      console.error("after");
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("does not reach the console while reading any fixture", () => {
    const spies = (["error", "warn", "log"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    try {
      for (const f of ["bao-cao.ods", "bao-cao.xls", "bao-cao-2003.xls", "cut.xlsx", "mat-khau.xls"]) readFixture(f);
      for (const s of spies) expect(s).not.toHaveBeenCalled();
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});

describe("extension does not decide", () => {
  it("an xlsx named .csv is read as xlsx, a CSV named .xlsx as CSV", () => {
    expect(expectOk(readWorkbook(fixture("bao-cao.xlsx"), "bao-cao.csv")).format).toBe("xlsx");
    expect(expectOk(readWorkbook(fixture("csv-cham-phay.csv"), "bao-cao.xlsx")).format).toBe("csv");
  });
});
