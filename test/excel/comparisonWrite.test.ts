/**
 * `So sánh` written through the Excel door (issue 11): its SUMIFS over `Dữ liệu` are written naming the data
 * sheet's temporary name, and follow it through the rename as Excel's references do (the fake renames them
 * too), to `Dữ liệu`, or to `Dữ liệu (2)` beside a user's sheet of that name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeConsolidation } from "../../src/excel";
import { batchSheets, consolidateBatch, formSet } from "../../src/engine/batch";
import { snapshotsOfChecks } from "../../src/engine/history";
import { checkFileBytes } from "../../src/files/checkFile";
import { fakeExcel } from "./helpers";

const set = formSet();
const checksOf = (dir: string) => readdirSync(dir).sort().map((f) => checkFileBytes(new Uint8Array(readFileSync(join(dir, f))), f, set));
const history = snapshotsOfChecks(checksOf("test/fixtures/periods/bcxdd/2026-q2"), "quy-2");
const specs = batchSheets(consolidateBatch(checksOf("test/fixtures/periods/bcxdd/2026-q3"), set, { history }), set, "vi");

/** The formula of `So sánh`'s first total, and the sheet name it reads. */
function firstTotal(fake: ReturnType<typeof fakeExcel>, sheet: string) {
  const view = fake.workbook.sheet(sheet);
  for (let r = 1; r < 40; r++) {
    const f = view.cell(`E${r}`).formula;
    if (f?.startsWith("=SUMIFS(")) return f;
  }
  throw new Error("no SUMIFS on So sánh");
}

describe("So sánh in Excel", () => {
  it("reads the data sheet by its final name", async () => {
    const fake = fakeExcel();
    const out = await writeConsolidation(specs);
    expect(out.sheets).toContain("So sánh");
    expect(firstTotal(fake, "So sánh")).toMatch(/^=SUMIFS\('Dữ liệu'!\$L\$2:\$L\$\d+,'Dữ liệu'!\$G\$2/);
  });

  it("beside a user's sheet called Dữ liệu, reads ours, `Dữ liệu (2)`, and never the user's", async () => {
    const fake = fakeExcel({ sheets: [{ name: "Dữ liệu", rows: [["số liệu của tôi"]] }] });
    const out = await writeConsolidation(specs);
    expect(out.sheets).toContain("Dữ liệu (2)");
    expect(firstTotal(fake, "So sánh")).toMatch(/^=SUMIFS\('Dữ liệu \(2\)'!\$L\$2/);
  });
});
