import * as XLSX from "@e965/xlsx";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkBiffStream } from "../../src/files/biff";
import { openCompoundFile, workbookStream } from "../../src/files/cfb";
import { readWorkbook } from "../../src/files/index";
import { listZipEntries } from "../../src/files/zip";
import { expectFailure, expectOk, fixture, values } from "./helpers";

/** A BIFF record: type, length, body. */
function rec(type: number, body: number[] = []): number[] {
  return [type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body];
}
const BOF8 = rec(0x0809, [0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const BOF5 = rec(0x0809, [0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0]);
const EOF = rec(0x000a);
const stream = (...records: number[][]) => new Uint8Array(records.flat());

describe("the compound-file reader", () => {
  it("finds the same streams as SheetJS's, with the same content", () => {
    const bytes = fixture("bao-cao.xls");
    const ours = openCompoundFile(bytes)!;
    expect(ours.names()).toContain("WORKBOOK");
    const theirs = XLSX.CFB.read(bytes, { type: "array" });
    const wb = XLSX.CFB.find(theirs, "/Workbook")!;
    expect(Array.from(ours.stream("Workbook")!)).toEqual(Array.from(wb.content as Uint8Array));
    // A small stream lives in the mini stream.
    const small = XLSX.CFB.find(theirs, "/\u0005SummaryInformation")!;
    expect(Array.from(ours.stream("\u0005SummaryInformation")!)).toEqual(Array.from(small.content as Uint8Array));
  });

  it("refuses a sector chain that loops instead of following it", () => {
    const bytes = fixture("bao-cao.xls").slice();
    const view = new DataView(bytes.buffer);
    const fatSector = view.getUint32(76, true);
    const dirStart = view.getUint32(48, true);
    // Point the directory's first sector at itself in the FAT.
    view.setUint32((fatSector + 1) * 512 + 4 * dirStart, dirStart, true);
    expect(openCompoundFile(bytes)).toBeNull();
    expectFailure(readWorkbook(bytes, "loop.xls"), "corrupt");
  });

  it("takes an Excel 5/95 Book stream as the workbook, and finds a damaged one damaged", () => {
    // (Real Excel 95 files are read in excel95.test.ts.)
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/Book", new Uint8Array(5000));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayLike<number>);
    expect(Array.from(workbookStream(bytes) as Uint8Array)).toEqual(Array.from(new Uint8Array(5000)));
    expectFailure(readWorkbook(bytes, "cu.xls"), "corrupt");
  });
});

describe("a bare BIFF workbook stream", () => {
  it("reads like the .xls it came from", () => {
    const inner = workbookStream(fixture("bao-cao.xls")) as Uint8Array;
    const r = expectOk(readWorkbook(inner, "bao-cao.xls"));
    const whole = expectOk(readWorkbook(fixture("bao-cao.xls"), "bao-cao.xls"));
    expect(r.format).toBe("xls");
    expect(values(r.grids[0])).toEqual(values(whole.grids[0]));
  });

  it("Excel 2.x–4.x streams are refused as too old", () => {
    const biff2 = new Uint8Array([0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0x0a, 0x00, 0x00, 0x00]);
    expectFailure(readWorkbook(biff2, "cu.xls"), "unsupported");
  });
});

describe("the BIFF8 check before SheetJS (records that would make it loop forever)", () => {
  it("passes the real LibreOffice .xls", () => {
    expect(checkBiffStream(workbookStream(fixture("bao-cao.xls")) as Uint8Array)).toBeNull();
  });

  it("an ARRAY record too short to hold its formula length", () => {
    const s = stream(BOF8, rec(0x0221, [1, 0]), EOF);
    expect(checkBiffStream(s)?.failure).toBe("corrupt");
    expectFailure(readWorkbook(s, "x.xls"), "corrupt");
  });

  it("FORMULA and SHRFMLA records too short to hold their formula length", () => {
    expect(checkBiffStream(stream(BOF8, rec(0x0006, new Array(21).fill(0)), EOF))?.failure).toBe("corrupt");
    expect(checkBiffStream(stream(BOF8, rec(0x04bc, new Array(9).fill(0)), EOF))?.failure).toBe("corrupt");
    // A complete one (cce = 3: a string token with no characters) passes.
    const ok = [...new Array(20).fill(0), 3, 0, 0x17, 0, 0];
    expect(checkBiffStream(stream(BOF8, rec(0x0006, ok), EOF))).toBeNull();
  });

  it("a PtgMemArea whose range count is missing", () => {
    // cce = 7: one PtgMemArea token; the body is longer than the tokens, so SheetJS reads the
    // token's extra data, which starts with the count of ranges: here only one byte of it.
    const formula = [...new Array(20).fill(0), 7, 0, 0x26, 0, 0, 0, 0, 0, 0, 1];
    expect(checkBiffStream(stream(BOF8, rec(0x0006, formula), EOF))?.failure).toBe("corrupt");
  });

  it("leaves to SheetJS what it refuses by itself (a cut string token, an array constant cut short)", () => {
    const str = [...new Array(20).fill(0), 1, 0, 0x17];
    expect(checkBiffStream(stream(BOF8, rec(0x0006, str), EOF))).toBeNull();
    const array = [...new Array(20).fill(0), 8, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(checkBiffStream(stream(BOF8, rec(0x0006, array), EOF))).toBeNull();
    expectFailure(readWorkbook(stream(BOF8, rec(0x0006, array), EOF), "x.xls"), "corrupt");
  });

  it("an EXTERNSHEET record without its count, a NAME record is left to SheetJS", () => {
    expect(checkBiffStream(stream(BOF8, rec(0x0017, []), EOF))?.failure).toBe("corrupt");
    expect(checkBiffStream(stream(BOF8, rec(0x0018, [0, 0, 0]), EOF))).toBeNull();
  });

  it("a shared-strings record whose last string length is cut (SheetJS would fill memory)", () => {
    // SST: total 2, unique 2; "A" (cch 1, flags 0); then one byte of the next string's length.
    expect(checkBiffStream(stream(BOF8, rec(0x00fc, [2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0x41, 5]), EOF))?.failure).toBe("corrupt");
    expect(checkBiffStream(stream(BOF8, rec(0x00fc, [2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0x41]), EOF))).toBeNull();
  });

  it("a string continued in a CONTINUE record switches width where Excel says", () => {
    // SST with one 4-character string: 2 one-byte characters, then a CONTINUE whose first byte
    // (1) switches to two-byte characters for the last 2.
    const sst = rec(0x00fc, [1, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0x41, 0x42]);
    const cont = rec(0x003c, [1, 0x43, 0, 0x44, 0]);
    expect(checkBiffStream(stream(BOF8, sst, cont, EOF))).toBeNull();
  });

  it("a formula record header cut by the end of the stream", () => {
    expect(checkBiffStream(new Uint8Array([...BOF8, 0x06, 0x00, 0x05]))?.failure).toBe("corrupt");
  });

  it("a FILEPASS record means encrypted", () => {
    expect(checkBiffStream(stream(BOF8, rec(0x002f, [1, 0, 1, 0]), EOF))?.failure).toBe("encrypted");
  });

  it("a BIFF5 stream passes; a BIFF8 stream with a BIFF5 substream is damaged", () => {
    expect(checkBiffStream(stream(BOF5, EOF))).toBeNull();
    // SheetJS would take the BIFF5 version from the second BOF and misread the tokens that follow.
    expect(checkBiffStream(stream(BOF8, EOF, BOF5, EOF))?.failure).toBe("corrupt");
  });

  it("an Excel 2.x–4.x stream is too old", () => {
    const bof2 = rec(0x0009, [0x02, 0x00, 0x10, 0x00]);
    expect(checkBiffStream(stream(bof2, EOF))?.failure).toBe("unsupported");
    expect(checkBiffStream(stream(bof2, EOF))?.reason.vi).toContain("Excel 2.x–4.x");
  });
});

describe("the same check on BIFF5 (Excel 5.0/95) streams, where SheetJS's loops differ", () => {
  it("a formula record too short to hold its length is damaged, as in BIFF8", () => {
    expect(checkBiffStream(stream(BOF5, rec(0x0006, new Array(21).fill(0)), EOF))?.failure).toBe("corrupt");
    expect(checkBiffStream(stream(BOF5, rec(0x0221, [1, 0]), EOF))?.failure).toBe("corrupt");
    expect(checkBiffStream(stream(BOF5, rec(0x04bc, new Array(9).fill(0)), EOF))?.failure).toBe("corrupt");
  });

  it("the data after the tokens is not walked: SheetJS reads none in BIFF5", () => {
    // The PtgMemArea whose range count is cut, which would hang SheetJS in a BIFF8 stream.
    const formula = [...new Array(20).fill(0), 7, 0, 0x26, 0, 0, 0, 0, 0, 0, 1];
    expect(checkBiffStream(stream(BOF8, rec(0x0006, formula), EOF))?.failure).toBe("corrupt");
    expect(checkBiffStream(stream(BOF5, rec(0x0006, formula), EOF))).toBeNull();
    // EXTERNSHEET is one string in BIFF5, with no counted loop.
    expect(checkBiffStream(stream(BOF5, rec(0x0017, []), EOF))).toBeNull();
  });

  it("records whose text SheetJS reads character by character must hold their length (found by fuzzing)", () => {
    const cases: [type: number, short: number[], whole: number[]][] = [
      [0x041e, [1, 0], [1, 0, 0]], // FORMAT: index, then the length
      [0x005c, [], [0]], // WRITEACCESS
      [0x001e, [], [0]], // BIFF2 FORMAT
      [0x0004, [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0]], // BIFF2 LABEL: cell 7, then the length
    ];
    for (const [type, short, whole] of cases) {
      expect(checkBiffStream(stream(BOF5, rec(type, short), EOF))?.failure, type.toString(16)).toBe("corrupt");
      expect(checkBiffStream(stream(BOF5, rec(type, whole), EOF)), type.toString(16)).toBeNull();
      // In BIFF8 SheetJS reads these through a path that stops by itself.
      expect(checkBiffStream(stream(BOF8, rec(type, short), EOF)), type.toString(16)).toBeNull();
    }
  });

  it("passes the real Excel 95 fixtures", () => {
    for (const f of ["don-vi-95.xls", "don-vi-95-tcvn3.xls"]) expect(checkBiffStream(workbookStream(fixture(f)) as Uint8Array), f).toBeNull();
  });
});

describe("zip entries are checked before SheetJS inflates them", () => {
  it("a stored entry whose bytes do not match its CRC is damaged", () => {
    const zip = zipSync({
      "[Content_Types].xml": [strToU8("<Types/>"), { level: 0 }],
      "xl/workbook.xml": [strToU8("<workbook>12345</workbook>"), { level: 0 }],
    });
    const at = new TextDecoder("latin1").decode(zip).indexOf("12345");
    const bad = zip.slice();
    bad[at] = "9".charCodeAt(0); // same size, different content
    expect(listZipEntries(bad)).not.toBeNull();
    expectFailure(readWorkbook(bad, "crc.xlsx"), "corrupt");
  });

  it("a zip whose central directory lies about its entry count is damaged", () => {
    const zip = zipSync({ a: strToU8("x") }).slice();
    const view = new DataView(zip.buffer);
    const eocd = zip.length - 22;
    view.setUint16(eocd + 10, 5000, true);
    expect(listZipEntries(zip)).toBeNull();
    expectFailure(readWorkbook(zip, "a.xlsx"), "corrupt");
  });
});
