/**
 * The smallest failing inputs the fuzzer (scripts/fuzz, `npm run fuzz`) found, kept as regression
 * tests once fixed (a case not fixed yet would be pinned as `it.fails`; none is). The dangerous inputs run in a worker thread with a 512 MB heap and a 2 s limit
 * (isolated.ts), so a hang or an out-of-memory fails the test instead of killing the test process.
 * Timings below were measured in-process on this 2-core machine.
 *
 * 1. ODS repeat counts. ODF run-length encodes rows and cells (`table:number-rows-repeated`,
 *    `table:number-columns-repeated`); LibreOffice writes them for runs of identical rows or cells,
 *    up to 1,048,576 rows. SheetJS expands every repeated row or cell that has content, one object
 *    each, before files/sheetjs.ts can apply the 2,000,000-cell limit to the grids. On the 31 KB
 *    examples/units/08-quy-dau-tu.ods, one row repeated 65,536 times reads as ok in 0.3–2.6 s;
 *    1,048,576 times takes 3.5–21 s and +0.5–1 GB before "too big"; 100,000,000 times runs out of
 *    memory (~35 s). One cell with columns repeated 1,000,000 takes 1.6 s; 1,000,000,000 runs out of
 *    memory (~70 s). 41 of the 42 hangs of `npm run fuzz -- --seed 1` are this. A fix: before
 *    SheetJS, sum the repeat counts of content.xml's non-empty rows and cells against maxCells (as
 *    zip.ts checks sizes before inflating); the same holds for flat .fods text.
 *
 * 2. An .xlsb cell at a huge column. A cell record can name any 32-bit column; SheetJS stores the row
 *    as a sparse array that long, and `sheetToGrid` (files/sheetjs.ts) counts cells with
 *    `for (c = 0; c < row.length; c++)`, visiting every hole: column 100,000,000 takes ~3.7 s,
 *    1,000,000,000 ~44 s, then "too big" (seed 1, case #4313: a flip and a 21-byte deletion inside
 *    sheet1.bin). The row loop is the same. Iterating present entries only, or refusing a row index
 *    over 1,048,575 / column over 16,383 first, fixes it.
 *
 * 3. An .xlsb record BrtMdb (type 0x0033) with a huge count. SheetJS's `parse_BrtMdb` loops `count`
 *    times (a uint32 from the file) pushing pairs, without checking the record's length, and
 *    recordhopper calls it wherever the record appears. Six bytes in a sheet part: count 10,000,000
 *    takes over 4 s, 2^31−1 runs out of memory (seed 2, cases #3386 and #8614 with --avoid-known:
 *    byte insertions and deletions in sheet1.bin/sheet2.bin that made such a record). A fix: walk
 *    .xlsb record streams before SheetJS (as biff.ts does for .xls) and refuse a BrtMdb whose count
 *    exceeds its length / 8.
 *
 * 4. An .ods run of spaces. `<text:s text:c="100000000"/>` is one element for a hundred million spaces;
 *    SheetJS builds the string, once per repeated cell: a single such cell repeated 100 times ran out of
 *    a 4 GB heap after 53 s (seed 2, case #5094: one cell replaced in 09-bql-kcn.ods). Fixed in
 *    files/ods.ts: a cell whose runs of spaces exceed the 32,767-character cell limit is refused, named.
 */
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cellAtColumn, mdbCount } from "../support/xlsb";
import { describe, expect, it } from "vitest";
import { checkFileBytes } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";
import { expectRefusedInTime } from "../support/isolated";

const LIMIT_MS = 2000;

function timedCheck(bytes: Uint8Array, name: string) {
  const start = performance.now();
  const check = checkFileBytes(bytes, name, BCXDD);
  return { check, ms: performance.now() - start };
}

const refusedInTime = (bytes: Uint8Array, name: string, message?: RegExp) => expectRefusedInTime(bytes, name, LIMIT_MS, message);

// --- 1. ODS repeat counts ----------------------------------------------------------------------------

const ODS = "examples/units/08-quy-dau-tu.ods";

/** The .ods with `attribute` added to the first `tag` (`table:table-row` or `table:table-cell`) before `text`. */
function odsWith(tag: string, attribute: string, text: string): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(ODS)));
  const xml = strFromU8(files["content.xml"]);
  const at = xml.lastIndexOf(`<${tag}`, xml.indexOf(text));
  if (at < 0 || xml.indexOf(text) < 0) throw new Error(`the fixture changed: no ${tag} before ${text}`);
  files["content.xml"] = strToU8(`${xml.slice(0, at)}<${tag} ${attribute}${xml.slice(at + tag.length + 1)}`);
  return zipSync(files, { level: 6 });
}

const rowRepeated = (n: number) => odsWith("table:table-row", `table:number-rows-repeated="${n}"`, "Kết nạp đảng viên mới");
const cellRepeated = (n: number) => odsWith("table:table-cell", `table:number-columns-repeated="${n}"`, "Cụm II");

const spacesRepeated = (spaces: number, times: number) =>
  odsWith("table:table-cell", `table:number-columns-repeated="${times}" office:value-type="string"><text:p>a<text:s text:c="${spaces}"/>b</text:p></table:table-cell><table:table-cell`, "Cụm II");

describe("known: .ods runs of spaces", () => {
  it("the input is the fixture with one cell added, and reads fine with a short run", () => {
    const { check, ms } = timedCheck(spacesRepeated(100, 100), "08-quy-dau-tu.ods");
    expect(check.unreadable).toBe(false);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it.concurrent("refuses a run of 100,000,000 spaces repeated 100 times, within 2 s and without running out of memory", () =>
    refusedInTime(spacesRepeated(100_000_000, 100), "08-quy-dau-tu.ods", /100,000,000 characters, over the limit of 32,767/),
  );
});

describe("known: .ods repeat counts", () => {
  it("the inputs are the fixture with one attribute added, and read fine with small counts", () => {
    for (const bytes of [rowRepeated(2), cellRepeated(2)]) {
      const { check, ms } = timedCheck(bytes, "08-quy-dau-tu.ods");
      expect(check.unreadable).toBe(false);
      expect(check.report).not.toBeNull();
      expect(ms).toBeLessThan(LIMIT_MS);
    }
  });

  it.concurrent("refuses a row repeated 1,048,576 times within 2 s", () => refusedInTime(rowRepeated(1_048_576), "08-quy-dau-tu.ods"));

  it.concurrent("refuses a row repeated 100,000,000 times, within 2 s and without running out of memory", () =>
    refusedInTime(rowRepeated(100_000_000), "08-quy-dau-tu.ods"),
  );

  it.concurrent("refuses a cell repeated over 1,000,000,000 columns, within 2 s and without running out of memory", () =>
    refusedInTime(cellRepeated(1_000_000_000), "08-quy-dau-tu.ods"),
  );
});

// --- 2 and 3. .xlsb ----------------------------------------------------------------------------------

describe("known: .xlsb cells far to the right", () => {
  it("the input is the fixture with one column changed: column 16,383 reads, 1,000,000 is refused in time", () => {
    const fine = timedCheck(cellAtColumn(16_383), "bao-cao.xlsb");
    expect(fine.check.unreadable).toBe(false);
    expect(fine.ms).toBeLessThan(LIMIT_MS);
    const refused = timedCheck(cellAtColumn(1_000_000), "bao-cao.xlsb");
    expect(refused.check.unreadable).toBe(true);
    expect(refused.ms).toBeLessThan(LIMIT_MS);
  });

  // Our loop over SheetJS's sparse row was fixed first (44 s → about 2.5 s, the rest inside SheetJS);
  // files/xlsb.ts now refuses a column past Excel's last before SheetJS runs.
  it.concurrent("refuses a cell at column 1,000,000,000 within 2 s", () => refusedInTime(cellAtColumn(1_000_000_000), "bao-cao.xlsb"));
});

describe("known: an .xlsb BrtMdb record with a huge count", () => {
  it("the input is the fixture with one record added: it reads when the record holds its pairs, not when it claims more", () => {
    const { check, ms } = timedCheck(mdbCount(1000, 1000), "bao-cao.xlsb");
    expect(check.unreadable).toBe(false);
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(timedCheck(mdbCount(1001, 1000), "bao-cao.xlsb").check.unreadable).toBe(true);
  });

  // Fixed by files/xlsb.ts: a count larger than its record can hold is refused before SheetJS runs.
  it.concurrent("refuses a BrtMdb count of 2^31 − 1 within 2 s, without running out of memory", () =>
    refusedInTime(mdbCount(0x7fff_ffff), "bao-cao.xlsb"),
  );
});
