/**
 * files/sheetList.ts: a workbook naming one sheet part many times (SheetJS parses it once per entry)
 * is refused before SheetJS runs. The input is a sample made by LibreOffice, its workbook.xml edited.
 */
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkFileBytes } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";

const SAMPLE = "examples/units/04-xo-so.xlsx";

/** The sample with its first `<sheet …/>` entry repeated `times` times, under other names and ids. */
function sheetRepeated(times: number, sameTarget: boolean): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const xml = strFromU8(files["xl/workbook.xml"]);
  const entry = /<sheet [^>]*\/>/.exec(xml)?.[0];
  if (!entry) throw new Error("the sample changed: no <sheet/> in workbook.xml");
  const copies = Array.from({ length: times }, (_, i) =>
    entry.replace(/name="[^"]*"/, `name="Copy${i}"`).replace(/sheetId="\d+"/, `sheetId="${100 + i}"`).replace(/r:id="[^"]*"/, (id) => (sameTarget ? id : `r:id="rIdMissing${i}"`)),
  );
  files["xl/workbook.xml"] = strToU8(xml.replace(entry, entry + copies.join("")));
  return zipSync(files);
}

const check = (bytes: Uint8Array) => {
  const start = performance.now();
  return { check: checkFileBytes(bytes, "04-xo-so.xlsx", BCXDD), ms: performance.now() - start };
};

describe("files/sheetList", () => {
  it("refuses a sheet part listed 120 times, at once", () => {
    const { check: c, ms } = check(sheetRepeated(120, true));
    expect(c.unreadable).toBe(true);
    expect(c.findings[0].message.en).toMatch(/damaged/);
    expect(ms).toBeLessThan(500);
  });

  it("refuses it listed twice", () => {
    expect(check(sheetRepeated(1, true)).check.unreadable).toBe(true);
  });

  it("leaves alone entries that point at different parts (here, missing ones SheetJS skips), and the sample", () => {
    expect(check(sheetRepeated(3, false)).check.unreadable).toBe(false);
    expect(check(new Uint8Array(readFileSync(SAMPLE))).check.report).not.toBeNull();
  });
});
