/**
 * files/xlsb.ts: the .xlsb record walk that refuses what would make SheetJS spin. Each damaged input is
 * the fixture (SheetJS-written, see test/fixtures/files/README.md) with one record added or changed;
 * each is shown to hurt SheetJS on its own (in a capped worker, with Node's Buffer hidden so SheetJS
 * reads as in a browser), to be refused by the reader within the time limit, and to have a
 * well-formed twin that reads.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { checkFileBytes } from "../../src/files/checkFile";
import { XLSB_TOKEN_SIZES } from "../../src/files/xlsbFormula";
import { BCXDD } from "../../src/templates/bcxdd";
import { expectRefusedInTime, sheetjsIsolated } from "../support/isolated";
import { mdbCount, record, records, SHEET, u16, u32, wide, withRecordAfterFirst, withRecordBefore, withRecordUint32, xlsbWithPart } from "../support/xlsb";

const LIMIT_MS = 2000;
const NAME = "bao-cao.xlsb";

const read = (bytes: Uint8Array) => checkFileBytes(bytes, NAME, BCXDD);

/** The cell header of a cell record: column, style (3 bytes), flags. */
const cell = (col: number) => [...u32(col), 0, 0, 0, 0];

/** A formula as SheetJS reads it: token length, tokens, extra length, extra data. */
const formula = (tokens: number[], extra: number[] = []) => [...u32(tokens.length), ...tokens, ...u32(extra.length), ...extra];

/** BrtFmlaNum (0x09): cell, cached value (8 bytes), 2 flag bytes, formula. */
const formulaNum = (tokens: number[], extra: number[] = []) => record(0x09, [...cell(20), 1, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, ...formula(tokens, extra)]);

/** PtgMemArea (0x26: 4 reserved bytes, a 2-byte length) over a PtgInt, then its extra data: a count of 16-byte ranges. */
const memArea = (count: number, ranges: number) =>
  formulaNum([0x26, 0, 0, 0, 0, ...u16(3), 0x1e, ...u16(7)], [...u32(count), ...Array(16 * ranges).fill(0)]);

interface Case {
  what: string;
  damaged: () => Uint8Array;
  twin: () => Uint8Array;
  /** How SheetJS on its own fares with the damaged input, when it is not simply slow. */
  sheetjs: "hangs" | "reads";
}

/** A record put at the end of the first sheet's data, after its last row. */
const inSheet = (rec: Uint8Array) => withRecordBefore(SHEET, 0x92, rec);

/** PtgArray (0x20, 15 bytes with `biff: 12`), then its extra data: rows, columns, elements. */
const arrayConstant = (rows: number, cols: number, elements: number[]) => formulaNum([0x20, ...Array(14).fill(0)], [...u32(rows), ...u32(cols), ...elements]);

const CASES: Case[] = [
  {
    what: "a BrtMdb whose count (2^31 − 1) its record cannot hold",
    damaged: () => mdbCount(0x7fff_ffff, 0, "xl/metadata.bin"),
    twin: () => mdbCount(2, 2, "xl/metadata.bin"),
    sheetjs: "hangs",
  },
  {
    what: "a rich string whose run count (2^31) its record cannot hold",
    damaged: () => inSheet(record(0x3e, [...cell(20), 1, ...wide("x"), ...u32(0x7fff_ffff)])),
    twin: () => inSheet(record(0x3e, [...cell(20), 1, ...wide("x"), ...u32(1), 0, 0, 0, 0])),
    sheetjs: "hangs",
  },
  {
    what: "a text cell whose length (2^31 characters) its record cannot hold",
    damaged: () => inSheet(record(0x06, [...cell(20), ...u32(0x7fff_ffff), 0x41, 0])),
    twin: () => inSheet(record(0x06, [...cell(20), ...wide("Tổng hợp")])),
    sheetjs: "hangs",
  },
  {
    what: "a formula whose PtgMemArea extra data counts 2^31 ranges",
    damaged: () => inSheet(memArea(0x7fff_ffff, 0)),
    twin: () => inSheet(memArea(1, 1)),
    sheetjs: "hangs",
  },
  {
    what: "a formula whose array constant has 2^31 rows of no column",
    damaged: () => inSheet(arrayConstant(0x7fff_ffff, 0, [])),
    twin: () => inSheet(arrayConstant(1, 1, [0x00, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f])),
    sheetjs: "hangs",
  },
  {
    what: "the workbook's ExternSheet counting 2^31 entries",
    damaged: () => withRecordUint32("xl/workbook.bin", 0x16a, 0, 0x7fff_ffff),
    twin: () => withRecordUint32("xl/workbook.bin", 0x16a, 0, 4),
    sheetjs: "hangs",
  },
  {
    what: "a row header at row 2^31",
    damaged: () => inSheet(record(0x00, [...u32(0x8000_0000), ...Array(13).fill(0)])),
    twin: () => inSheet(record(0x00, [...u32(1_048_575), ...Array(13).fill(0)])),
    sheetjs: "reads",
  },
];

describe("files/xlsb: records SheetJS would spin on are refused", () => {
  for (const c of CASES) {
    it.concurrent(`${c.what}: refused in time; its well-formed twin reads`, async () => {
      const twin = read(c.twin());
      expect(twin.unreadable).toBe(false);
      expect(twin.report).not.toBeNull();
      await expectRefusedInTime(c.damaged(), NAME, LIMIT_MS, /damaged/);
    });

    if (c.sheetjs === "hangs") {
      it.concurrent(`${c.what}: SheetJS alone does not finish in ${LIMIT_MS} ms (what the walk protects from)`, async () => {
        const r = await sheetjsIsolated(c.damaged(), LIMIT_MS, 256);
        expect(["timeout", "out_of_memory"]).toContain(r.state);
      });
    }
  }

  it("a formula in the styles part (parsed before the workbook, with other token sizes) is refused; in a sheet it reads", () => {
    const num = formulaNum([0x1e, ...u16(7)]);
    expect(read(withRecordAfterFirst("xl/styles.bin", num)).unreadable).toBe(true);
    const sheet = read(inSheet(num));
    expect(sheet.unreadable).toBe(false);
    expect(sheet.report).not.toBeNull();
  });

  it("every binary part of the untouched fixtures passes", () => {
    for (const file of ["test/fixtures/files/bao-cao.xlsb", "test/fixtures/files/don-vi-macro.xlsb"]) {
      expect(read(new Uint8Array(readFileSync(file))).unreadable).toBe(false);
    }
  });
});

/**
 * The walk's token sizes must be SheetJS's: measured here on SheetJS's own token parsers (loaded from
 * its source in a VM context, since they are not exported), with `biff: 12`, so that an upgrade that
 * changes them fails this test rather than the walk.
 */
describe("files/xlsb: token sizes are SheetJS's", () => {
  const source = readFileSync("node_modules/@e965/xlsx/xlsx.js", "utf8").replace(
    "XLSX.version = '0.20.3';",
    "XLSX.version = '0.20.3'; XLSX.__ptg = function () { return { PtgTypes: PtgTypes, Ptg18: Ptg18, Ptg19: Ptg19, PtgDupes: PtgDupes, prep_blob: prep_blob }; };",
  );
  const exportsObject: Record<string, unknown> = {};
  runInNewContext(source, { exports: exportsObject, Uint8Array, ArrayBuffer, DataView, console });
  type Blob = number[] & { l: number };
  type Parser = { f?: (blob: Blob, length: number, opts: { biff: number }) => unknown };
  const sheetjs = (exportsObject.__ptg as () => Record<string, Record<number, Parser> & ((b: Blob, l: number) => void)>)();

  /** How far SheetJS's parser moves over `bytes` (padded), given 100 bytes to the formula's end. */
  function advance(parser: Parser, bytes: number[]): number | "skip" {
    const blob = [...bytes, ...Array(200 - bytes.length).fill(0)] as Blob;
    (sheetjs.prep_blob as unknown as (b: Blob, l: number) => void)(blob, 0);
    if (!parser.f) return "skip";
    parser.f(blob, 100, { biff: 12 });
    return blob.l === 100 ? "skip" : blob.l;
  }

  it("main tokens (and their class variants)", () => {
    const { PTG_SIZE, PTG_DUPES } = XLSB_TOKEN_SIZES;
    for (let id = 0x01; id <= 0x7f; id++) {
      if (id === 0x17 || id === 0x18 || id === 0x19) continue;
      const parser = sheetjs.PtgTypes[id] ?? sheetjs.PtgTypes[(sheetjs.PtgDupes as unknown as Record<number, number>)[id]];
      const ours = PTG_SIZE[id] ?? PTG_SIZE[PTG_DUPES[id]];
      expect(ours, `token 0x${id.toString(16)}`).toEqual(parser ? advance(parser, [id]) : undefined);
    }
    // PtgStr: a 2-byte length, then UTF-16.
    expect(advance(sheetjs.PtgTypes[0x17], [0x17, 5, 1])).toBe(3 + 2 * 0x105);
  });

  it("0x18 and 0x19 sub-tokens", () => {
    const { PTG18_SIZE, PTG19 } = XLSB_TOKEN_SIZES;
    for (let sub = 0; sub < 0x100; sub++) {
      const p18 = sheetjs.Ptg18[sub];
      expect(PTG18_SIZE[sub], `0x18 0x${sub.toString(16)}`).toEqual(p18?.f ? advance(p18, [0x18, sub]) : undefined);
      const p19 = sheetjs.Ptg19[sub];
      expect(PTG19.has(sub), `0x19 0x${sub.toString(16)}`).toBe(Boolean(p19?.f));
      if (p19?.f) expect(advance(p19, [0x19, sub, 3, 0])).toBe(sub === 0x04 ? 4 + 2 * 4 : 4);
    }
  });
});

describe("files/xlsb: one sheet part listed twice", () => {
  it("is refused (SheetJS would parse it once per entry); the fixture's own list reads", () => {
    // The workbook's two BrtBundleSh records (0x9C) point at sheet1 and sheet2: give the second the first's id.
    const twice = xlsbWithPart("xl/workbook.bin", (b) => {
      const [first, second] = [...records(b)].filter((r) => r.type === 0x9c);
      // State 4 bytes, tab id 4, then the relationship id ("rId…", the same length in both).
      const idOf = (r: { data: number }) => b.slice(r.data + 8, r.data + 12 + 2 * b[r.data + 8]);
      expect(idOf(second).length).toBe(idOf(first).length);
      b.set(idOf(first), second.data + 8);
      return b;
    });
    expect(read(twice).unreadable).toBe(true);
    expect(read(new Uint8Array(readFileSync("test/fixtures/files/bao-cao.xlsb"))).unreadable).toBe(false);
  });
});
