/**
 * Damaged .xlsx parts: the direct reader either reads exactly what SheetJS reads or steps aside, so
 * that a damaged file is never read two ways. Every case mutates one XML part of a LibreOffice-made
 * fixture (markup inserted, cut or swapped, as a broken download or a hand edit would), from a fixed
 * seed, so any failing case can be regenerated alone.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readOoxml } from "../../../src/files/ooxml/index";
import { workbookToGrids } from "../../../src/files/grids";
import { parseWorkbook } from "../../../src/files/sheetjs";
import { DEFAULT_LIMITS, isFailure } from "../../../src/files/types";
import { inspectZip } from "../../../src/files/zip";
import { rng, type Rng } from "../../../scripts/fuzz/rng";

const FIXTURES = ["examples/units/01-cap-nuoc.xlsx", "test/fixtures/files/bao-cao.xlsx", "examples/bieu-thong-ke/units/03-nuoc-sach.xlsx", "test/fixtures/learn/bao-cao-nhiem-vu-quy-mau.xlsx"];
const PARTS = /^xl\/(?:worksheets\/sheet\d+|sharedStrings|styles|workbook)\.xml$/;
/** Pieces of the markup these parts hold, and of markup out of place. */
const PIECES = ['<c r="B2" t="s"><v>0</v></c>', "<v>", "</v>", ' t="str"', ' t="b"', ' t="e"', ' s="3"', ' s="999"', "&amp;", "&#x41;", "_x000D_", "<f>A1+1</f>",
  '<f t="shared" si="0"/>', '<f t="shared" ref="A1:C3" si="0">A1*2</f>', "<row>", "</row>", '<row r="7"/>', "<c>", "</c>", "<is><t>x</t></is>", ' t="inlineStr"', ' r="ZZ9"',
  '"', "<", ">", "/", " ", "\r\n", "<![CDATA[a<b]]>", '<mergeCell ref="A1:B2"/>', '<dimension ref="B2:C9"/>', "<t>", "</t>", "<r><t>q</t></r>", '<xf numFmtId="170"/>'];

function mutate(xml: string, r: Rng): string {
  for (let n = r.int(1, 3); n > 0; n--) {
    const at = r.int(0, xml.length - 1);
    const op = r.next();
    if (op < 0.4) xml = xml.slice(0, at) + r.pick(PIECES) + xml.slice(at);
    else if (op < 0.7) xml = xml.slice(0, at) + xml.slice(at + r.int(1, 20));
    else {
      const tags = [...xml.matchAll(/<[^>]+>/g)];
      const t = r.pick(tags);
      xml = xml.slice(0, t.index) + r.pick(PIECES) + xml.slice(t.index + t[0].length);
    }
  }
  return xml;
}

const plain = (x: unknown) => JSON.stringify(x);

describe("a damaged part", () => {
  it("is read as SheetJS reads it, or left to SheetJS (600 cases, seed 12)", () => {
    const sources = FIXTURES.map((f) => unzipSync(new Uint8Array(readFileSync(f))));
    let direct = 0;
    let aside = 0;
    for (let i = 0; i < 600; i++) {
      const r = rng(12 * 1_000_003 + i);
      const parts = { ...r.pick(sources) };
      const name = r.pick(Object.keys(parts).filter((n) => PARTS.test(n)));
      parts[name] = strToU8(mutate(strFromU8(parts[name]), r));
      const bytes = zipSync(parts);
      const zip = inspectZip(bytes, DEFAULT_LIMITS);
      if (isFailure(zip)) continue;
      const source = readOoxml(bytes, zip);
      if (!source) {
        aside++;
        continue;
      }
      direct++;
      const wb = parseWorkbook(bytes, false, false);
      const sheetjs = isFailure(wb) ? wb : workbookToGrids(wb, DEFAULT_LIMITS);
      expect(plain(workbookToGrids(source, DEFAULT_LIMITS)), `case ${i}: ${name}`).toBe(plain(sheetjs));
    }
    // Both ways are exercised: most damage is left to SheetJS, harmless damage (a space) is read.
    expect(direct).toBeGreaterThan(100);
    expect(aside).toBeGreaterThan(100);
  });
});
