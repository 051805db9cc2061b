import { nodeReadOptions } from "../../src/cli/zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, readWorkbook } from "../../src/files/index";
import { listZipEntries } from "../../src/files/zip";
import { declareSize, expectFailure, expectOk, fixture, handXlsx, readFixture, smallXlsxZip, utf8 } from "./helpers";

describe("DEFAULT_LIMITS", () => {
  it("are the documented ones", () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 25 * 1024 * 1024,
      maxCells: 2_000_000,
      maxTextLength: 32_767,
      maxUncompressedBytes: 200 * 1024 * 1024,
      maxCompressionRatio: 100,
    });
  });
});

describe("maxBytes", () => {
  it("refuses a file over the limit before parsing it, naming the limit", () => {
    const r = expectFailure(readFixture("bao-cao.xlsx", { maxBytes: 4096 }), "too_large");
    expect(r.reason.vi).toContain("giới hạn 4 KB");
    expect(r.reason.en).toContain("4 KB limit");
  });

  it("names the default limit in MB", () => {
    const bytes = new Uint8Array(DEFAULT_LIMITS.maxBytes + 1);
    const r = expectFailure(readWorkbook(bytes, "big.xlsx"), "too_large");
    expect(r.reason.vi).toContain("25 MB");
    expect(r.reason.en).toContain("25 MB limit");
  });
});

describe("zip bombs", () => {
  it("the real xlsx fixture passes the zip checks with the default limits", () => {
    const entries = listZipEntries(fixture("bao-cao.xlsx"))!;
    expect(entries.map((e) => e.name)).toContain("xl/workbook.xml");
    expectOk(readFixture("bao-cao.xlsx"));
  });

  it("an entry declaring 300 MB is refused on the declared total, before inflating", () => {
    const bomb = declareSize(smallXlsxZip(), "xl/worksheets/sheet1.xml", 300 * 1024 * 1024);
    const r = expectFailure(readWorkbook(bomb, "bomb.xlsx"), "too_large");
    expect(r.reason.vi).toContain("giới hạn 200 MB");
    expect(r.reason.en).toContain("200 MB uncompressed limit");
  });

  it("a package expanding more than 100 times its size is refused on the ratio", () => {
    const bomb = declareSize(smallXlsxZip(), "xl/worksheets/sheet1.xml", 150 * 1024 * 1024);
    const r = expectFailure(readWorkbook(bomb, "bomb.xlsx"), "too_large");
    expect(r.reason.vi).toContain("giới hạn 100 lần");
    expect(r.reason.en).toContain("compression ratio limit of 100");
  });

  it("the ratio limit can be set, and is not judged on small packages", () => {
    const zeros = smallXlsxZip({ "xl/media/zeros.bin": new Uint8Array(4 * 1024 * 1024) });
    // 4 MB of zeros compress about 1000:1.
    const r = expectFailure(readWorkbook(zeros, "z.xlsx", { maxCompressionRatio: 500 }), "too_large");
    expect(r.reason.en).toContain("compression ratio limit of 500");
    const small = smallXlsxZip({ "xl/media/zeros.bin": new Uint8Array(100 * 1024) });
    // 100 KB of zeros is over 500:1 too, but under the 1 MB floor: whatever SheetJS then makes of this
    // skeleton package, it is not refused on the ratio.
    const res = readWorkbook(small, "z.xlsx", { maxCompressionRatio: 500 });
    if (!res.ok) expect(res.reason.en).not.toContain("ratio");
  });

  it("the uncompressed limit can be set", () => {
    const r = expectFailure(readFixture("bao-cao.xlsx", { maxUncompressedBytes: 10_000 }), "too_large");
    expect(r.reason.en).toContain("9.8 KB uncompressed limit");
  });

  it("an entry that inflates to more than it declares is refused before SheetJS sees it", () => {
    const liar = declareSize(smallXlsxZip({ "xl/media/zeros.bin": new Uint8Array(5 * 1024 * 1024) }), "xl/media/zeros.bin", 1000);
    expectFailure(readWorkbook(liar, "liar.xlsx"), "corrupt");
    // Declaring 0 is the worst case for SheetJS, whose inflater then grows without bound.
    const zero = declareSize(smallXlsxZip({ "xl/media/zeros.bin": new Uint8Array(5 * 1024 * 1024) }), "xl/media/zeros.bin", 0);
    expectFailure(readWorkbook(zero, "zero.xlsx"), "corrupt");
  });
});

describe.each([
  ["fflate (browser default)", {}],
  ["native zlib (CLI)", nodeReadOptions],
])("every zip entry is proved honest before SheetJS, with %s", (_, options) => {
  it("refuses an entry that inflates to more than it declares, or to more than 0", () => {
    const liar = declareSize(smallXlsxZip({ "xl/media/zeros.bin": new Uint8Array(5 * 1024 * 1024) }), "xl/media/zeros.bin", 1000);
    expectFailure(readWorkbook(liar, "liar.xlsx", undefined, options), "corrupt");
    const zero = declareSize(smallXlsxZip({ "xl/media/zeros.bin": new Uint8Array(5 * 1024 * 1024) }), "xl/media/zeros.bin", 0);
    expectFailure(readWorkbook(zero, "zero.xlsx", undefined, options), "corrupt");
  });

  it("refuses damaged deflate data or a wrong CRC, and reads the intact file", () => {
    const good = fixture("bao-cao.xlsx");
    expectOk(readWorkbook(good, "ok.xlsx", undefined, options));
    // Flip one byte in the middle of every entry's compressed data, one entry at a time.
    const view = new DataView(good.buffer, good.byteOffset, good.byteLength);
    let damaged = 0;
    for (let i = 0; i + 46 <= good.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory: the sizes are here
      const size = view.getUint32(i + 20, true);
      const local = view.getUint32(i + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (size < 8) continue;
      const copy = good.slice();
      copy[start + (size >> 1)] ^= 0x5a;
      expectFailure(readWorkbook(copy, "hong.xlsx", undefined, options), "corrupt");
      damaged++;
    }
    expect(damaged).toBeGreaterThan(3);
  });
});

describe("maxCells", () => {
  it("counts the area of every sheet, and names the limit and the sheet", () => {
    // Báo cáo is 7 × 5 = 35 cells, Ghi chú 1.
    expectOk(readFixture("bao-cao.xlsx", { maxCells: 36 }));
    const r = expectFailure(readFixture("bao-cao.xlsx", { maxCells: 35 }), "too_many_cells");
    expect(r.reason.vi).toContain("35 ô");
    expect(r.reason.vi).toContain("Ghi chú");
    expect(r.reason.en).toContain("limit of 35 cells");
  });

  it("applies to CSV and HTML too", () => {
    expectFailure(readFixture("csv-cham-phay.csv", { maxCells: 19 }), "too_many_cells");
    expectOk(readFixture("csv-cham-phay.csv", { maxCells: 20 }));
    expectFailure(readFixture("bao-cao-web.xls", { maxCells: 19 }), "too_many_cells");
  });

  it("refuses a 2,000,001-cell sheet with the default limits (a quick bound: an xlsx of two cells far apart)", () => {
    const bytes = handXlsx("A1:A2000001", '<row r="1"><c r="A1"><v>1</v></c></row><row r="2000001"><c r="A2000001"><v>2</v></c></row>');
    const r = expectFailure(readWorkbook(bytes, "lon.xlsx"), "too_many_cells");
    expect(r.reason.vi).toContain("2.000.000 ô");
    expect(r.reason.en).toContain("2,000,000 cells");
  });

  it("refuses a CSV of 2,000,002 cells without building them", () => {
    const bytes = utf8("1;2\n".repeat(1_000_001));
    expectFailure(readWorkbook(bytes, "lon.csv"), "too_many_cells");
  });

  it("trims a declared range far beyond the data instead of refusing it", () => {
    // As when whole columns are formatted: the file declares far more than it holds.
    const bytes = handXlsx("A1:Z2000000", '<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>');
    const g = expectOk(readWorkbook(bytes, "s.xlsx")).grids[0];
    expect([g.rowCount, g.colCount]).toEqual([2, 2]);
    expect(g.cells[1][1]?.v).toBe("x");
  });

  it("keeps a declared range that fits (formatted empty cells are part of the used area)", () => {
    const g = expectOk(readWorkbook(handXlsx("A1:D10", '<row r="2"><c r="B2"><v>7</v></c></row>'), "s.xlsx")).grids[0];
    expect([g.rowCount, g.colCount]).toEqual([10, 4]);
    expect(g.cells).toHaveLength(10);
    expect(g.cells[1][1]?.v).toBe(7);
  });

  it("starts every grid at A1 even when the used range starts later", () => {
    const bytes = handXlsx(
      "C3:D4",
      '<row r="3"><c r="C3"><v>1</v></c><c r="D3"><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c r="D4" t="inlineStr"><is><t>bốn</t></is></c></row>',
    );
    const g = expectOk(readWorkbook(bytes, "s.xlsx")).grids[0];
    expect([g.rowCount, g.colCount]).toEqual([4, 4]);
    expect(g.cells[2][2]?.v).toBe(1);
    expect(g.cells[3][3]?.v).toBe("bốn");
    expect(g.cells[0]).toEqual([]);
  });
});

describe("maxTextLength", () => {
  it("refuses a cell over the limit (no silent truncation), naming the cell and the limit", () => {
    const r = expectFailure(readFixture("bao-cao.xlsx", { maxTextLength: 20 }), "too_large");
    expect(r.reason.vi).toContain("Báo cáo!A1");
    expect(r.reason.vi).toContain("giới hạn 20 ký tự");
    expect(r.reason.en).toContain("limit of 20 characters");
  });

  it("applies to CSV fields", () => {
    const r = expectFailure(readFixture("csv-cham-phay.csv", { maxTextLength: 30 }), "too_large");
    expect(r.reason.vi).toContain("csv-cham-phay!B3");
  });

  it("the default is Excel's own 32,767", () => {
    expectOk(readWorkbook(utf8(`a;${"x".repeat(32_767)}\n`), "a.csv"));
    const r = expectFailure(readWorkbook(utf8(`a;${"x".repeat(32_768)}\n`), "a.csv"), "too_large");
    expect(r.reason.vi).toContain("32.767");
  });
});
