import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/engine/grid";
import { workbookStream } from "../../src/files/cfb";
import { codepagesLoaded, loadCodepages, needsCodepages, readWorkbook, readWorkbookAsync, type WorkbookRead } from "../../src/files/index";
import { expectFailure, expectOk, fixture, prng, readFixture, values } from "./helpers";

/**
 * Excel 5.0/95 workbooks (BIFF5), written by Gnumeric (see test/fixtures/files/README.md): one in code
 * page 1258 (Vietnamese Windows), one in 1252 holding TCVN3 text (.VnTime fonts). The tests of this
 * file run in order: first without the code-page tables, then after loading them.
 */
const CP1258 = "don-vi-95.xls";
const TCVN3 = "don-vi-95-tcvn3.xls";
const ORIGINAL = "src/don-vi.xlsx";
/** Read before the tables are loaded, to compare after. */
const OTHERS = ["bao-cao.xlsx", "bao-cao.xls", "bao-cao.ods", "bao-cao-2003.xls", "bao-cao-web.xls", "bao-cao.xlsb", "csv-ansi-1258.csv", "don-vi.xls", ORIGINAL];

const textsOf = (grids: Grid[]) => grids.flatMap((g) => [g.name, ...g.cells.flat().flatMap((c) => [c?.v, c?.f, c?.w].filter((x): x is string => typeof x === "string"))]);

/** The other formats as read before any table was loaded, to compare after. */
const earlier = new Map<string, Grid[]>();

describe("before the code-page tables are loaded", () => {
  it("readWorkbook refuses Excel 95 as not read (rather than garbling its Vietnamese)", () => {
    expect(codepagesLoaded()).toBe(false);
    for (const f of OTHERS) earlier.set(f, expectOk(readFixture(f)).grids);
    for (const f of [CP1258, TCVN3]) {
      const r = expectFailure(readFixture(f), "unsupported");
      expect(r.reason.vi).toContain("Excel 5.0/95");
      expect(r.reason.vi).toContain("lưu lại thành .xlsx");
    }
  });

  it("needsCodepages says which files need them: Excel 95 only, in its compound file or bare", () => {
    expect(needsCodepages(fixture(CP1258))).toBe(true);
    expect(needsCodepages(fixture(TCVN3))).toBe(true);
    expect(needsCodepages(workbookStream(fixture(CP1258)) as Uint8Array)).toBe(true);
    for (const f of ["don-vi.xls", "bao-cao.xlsx", "bao-cao.ods", "csv-utf8.csv", "mat-khau.xls", "ngau-nhien.xlsx", "rong.xlsx"]) {
      expect(needsCodepages(fixture(f)), f).toBe(false);
    }
    expect(needsCodepages(null as unknown as Uint8Array)).toBe(false);
  });

  it("a file over the size limit is refused without loading anything", async () => {
    const r = expectFailure(await readWorkbookAsync(fixture(CP1258), CP1258, { maxBytes: 1000 }), "too_large");
    expect(r.reason.vi).toContain("giới hạn");
    expect(codepagesLoaded()).toBe(false);
  });

  describe("readWorkbookAsync loads them when a file needs them", () => {
    it("and reads the code page 1258 file like the .xlsx it came from", async () => {
      const r = expectOk(await readWorkbookAsync(fixture(CP1258), CP1258));
      expect(codepagesLoaded()).toBe(true);
      expect(r.format).toBe("xls");
      const original = expectOk(readFixture(ORIGINAL)).grids[0];
      const g = r.grids[0];
      expect(g.name).toBe("BC-XDĐ");
      expect([g.rowCount, g.colCount]).toEqual([original.rowCount, original.colCount]);
      // Every cell: the same value, text included, letter for letter. The rate formulas whose cached
      // result is empty were written as blanks (see the README: Gnumeric's N() of a blank is #NUM!).
      let compared = 0;
      original.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          const mine = g.cells[i]?.[j];
          if (cell?.f !== undefined && cell.v === "") return expect(mine).toBeUndefined();
          expect(mine?.v ?? null, `${i},${j}`).toEqual(cell?.v ?? null);
          if (typeof cell?.v === "string") compared++;
        }),
      );
      expect(compared).toBeGreaterThan(100);
      expect(values(g)[5]).toEqual([null, "Đơn vị báo cáo:", "Đảng bộ Công ty Cổ phần Cấp nước tỉnh"]);
    });

    it("composes the text (code page 1258 writes most tones as combining marks)", async () => {
      const texts = textsOf(expectOk(await readWorkbookAsync(fixture(CP1258), CP1258)).grids);
      expect(texts.some((t) => /[ảạẻẹ]/.test(t))).toBe(true);
      for (const t of texts) expect(t).toBe(t.normalize("NFC"));
    });

    it("reads the TCVN3 file's text as the bytes it holds, for the engine to decode", async () => {
      const g = expectOk(await readWorkbookAsync(fixture(TCVN3), TCVN3)).grids[0];
      expect(g.name).toBe("BC-XDD");
      // "Đơn vị báo cáo:" typed in TCVN3, read through code page 1252.
      expect(g.cells[5][1]?.v).toBe("§¬n vÞ b¸o c¸o:");
      expect(g.cells[5][2]?.v).toBe("§¶ng bé C«ng ty Cæ phÇn CÊp n­íc tØnh");
    });
  });
});

describe("after the tables are loaded", () => {
  it("the sync reader reads Excel 95 too", async () => {
    await loadCodepages();
    expect(expectOk(readFixture(CP1258)).grids[0].name).toBe("BC-XDĐ");
  });

  it("every other format reads exactly as before (the tables change nothing else)", async () => {
    await loadCodepages();
    expect(earlier.size).toBe(OTHERS.length);
    for (const f of OTHERS) expect(expectOk(readWorkbook(fixture(f), f.split("/").pop()!)).grids, f).toEqual(earlier.get(f));
  });
});

/** A record: type, length, body. */
const rec = (type: number, body: number[] = []) => [type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body];

/** Records whose parsing in SheetJS's BIFF5 path reads lengths and strings: the ones worth damaging. */
const TOUCHY = [0x0004, 0x0006, 0x0007, 0x0017, 0x0018, 0x001c, 0x001e, 0x0021, 0x0023, 0x0031, 0x0042, 0x005c, 0x0085, 0x00d6, 0x00e0, 0x00fc, 0x0203, 0x0204, 0x0207, 0x0221, 0x041e, 0x04bc];

describe("damaged Excel 95 files never throw and never hang (fixed seeds)", () => {
  const bounded = (bytes: Uint8Array) => {
    const start = performance.now();
    let r: WorkbookRead | undefined;
    expect(() => (r = readWorkbook(bytes, "hong.xls"))).not.toThrow();
    expect(performance.now() - start).toBeLessThan(2000);
    return r!;
  };

  it("the minimal stream that made SheetJS fill memory ends as damaged", async () => {
    await loadCodepages();
    const bof5 = rec(0x0809, [0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0]);
    const r = bounded(new Uint8Array([...bof5, ...rec(0x041e, [1, 0]), ...rec(0x000a)]));
    expect(r.ok ? "ok" : r.failure).toBe("corrupt");
  });

  it("byte flips and cuts of the whole file", async () => {
    await loadCodepages();
    const original = fixture(CP1258);
    const random = prng(95);
    for (let i = 0; i < 150; i++) {
      const bytes = random() < 0.3 ? original.slice(0, 1 + Math.floor(random() * original.length)) : original.slice();
      for (let k = 1 + Math.floor(random() * 8); k > 0; k--) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      bounded(bytes);
    }
  });

  it("records of the workbook stream retyped, shortened or scribbled on", async () => {
    await loadCodepages();
    const original = workbookStream(fixture(TCVN3)) as Uint8Array;
    const records: [at: number, length: number][] = [];
    for (let p = 0; p + 4 <= original.length; p += 4 + (original[p + 2] | (original[p + 3] << 8))) records.push([p, original[p + 2] | (original[p + 3] << 8)]);
    const random = prng(1995);
    for (let i = 0; i < 200; i++) {
      const [at, length] = records[1 + Math.floor(random() * (records.length - 2))];
      let bytes = original.slice();
      const how = random();
      if (how < 0.4) {
        const type = TOUCHY[Math.floor(random() * TOUCHY.length)];
        [bytes[at], bytes[at + 1]] = [type & 0xff, type >> 8];
      } else if (how < 0.8) {
        const keep = Math.floor(random() * (length + 1));
        bytes = new Uint8Array([...original.subarray(0, at), ...rec(original[at] | (original[at + 1] << 8), [...original.subarray(at + 4, at + 4 + keep)]), ...original.subarray(at + 4 + length)]);
      } else {
        for (let k = 0; k < 3; k++) bytes[at + 4 + Math.floor(random() * Math.max(1, length))] = Math.floor(random() * 256);
      }
      bounded(bytes);
    }
  });
});
