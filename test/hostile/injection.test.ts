/**
 * Formula injection is impossible (issue 4, point 3). Units' reports carry the payloads of `hostile.ts`
 * as unit names, unit codes, cluster names, indicator-row labels, text in figure cells, sheet names (where
 * Excel allows them) and file names; some of the reports have been through LibreOffice. Every renderer must
 * then write each payload as text: the .xlsx writer (consolidation and findings workbooks, also once
 * LibreOffice has opened and saved them), the Excel door (on the fake Excel, which turns typed `=…`, `+…`,
 * `-…`, `@…` into formulas unless the cell is formatted as text) and the command line's workbook.
 * The task pane's part is in pane.test.ts.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { consolidate, consolidationSheets, findingsSheet, type Consolidation, type FileCheck, type SheetSpec } from "../../src/engine";
import { insertSheet, writeConsolidation } from "../../src/excel";
import { checkFileBytes } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import { createFakeExcel, type FakeExcel } from "../fakes/excel";
import { hasSoffice, resaveWithLibreOffice } from "../support/files";
import { fakeTextProblems, isHostileText, missingPayloads, textCells, xlsxTextProblems } from "./compare";
import { HOSTILE, hostileFiles, type HostileFile } from "./hostile";
import { readXmlWorkbook } from "./xlsxCells";

/** These units' files are re-saved by LibreOffice before they are read: a real spreadsheet's output. */
const RESAVED = ["equals", "cr"];

let files: HostileFile[];
let checks: FileCheck[];
let consolidation: Consolidation;
let specs: SheetSpec[];
let findings: SheetSpec;

beforeAll(() => {
  files = hostileFiles().map((f) => (hasSoffice && RESAVED.includes(f.hostile.id) ? { ...f, bytes: resaveWithLibreOffice(f.bytes) } : f));
  checks = files.map((f) => checkFileBytes(f.bytes, f.name, BCXDD, null));
  consolidation = consolidate(checks, BCXDD, {});
  specs = consolidationSheets(consolidation, BCXDD, "vi");
  const unitOf = new Map(consolidation.entries.filter((e) => e.file).map((e) => [e.file!, e.name]));
  findings = findingsSheet(consolidation.findings, (file) => (file ? unitOf.get(file) ?? "" : ""), "vi");
}, 120_000);

describe("hostile reports", () => {
  it("are read as reports, and every payload reaches the engine's sheets as text cells", () => {
    expect(checks.map((c) => c.report !== null)).toEqual(HOSTILE.map(() => true));
    // Eleven distinct units: none is merged into another as a resubmission.
    expect(consolidation.used.length).toBe(HOSTILE.length);
    expect(missingPayloads([...specs, findings], files.map((f) => f.name))).toEqual([]);
    if (hasSoffice) expect(checks.find((c) => c.file.startsWith("=1+1"))?.report?.sheet).toBe("=1+1");
  });
});

describe("(a) the .xlsx writer", () => {
  it("writes every text of the consolidation workbook as a shared string, and only the engine's formulas", () => {
    const wb = readXmlWorkbook(renderWorkbook(specs));
    expect(xlsxTextProblems(specs, wb)).toEqual([]);
    for (const h of HOSTILE) expect(wb.sharedStrings).toContain(h.text.trim());
  });

  it("does the same for the findings workbook a unit is sent back", () => {
    const wb = readXmlWorkbook(renderWorkbook([findings]));
    expect(xlsxTextProblems([findings], wb)).toEqual([]);
    expect(wb.sheets[0].cells.size).toBeGreaterThan(HOSTILE.length * 2 * 7);
    expect([...wb.sheets[0].cells.values()].every((c) => c.formula === null)).toBe(true);
  });

  it.skipIf(!hasSoffice)("LibreOffice opens both workbooks and saves them again with every payload still text", () => {
    // LibreOffice stores a carriage return as a line feed; the payload after it is what matters.
    const normalize = (s: string) => s.replace(/\r\n?/g, "\n");
    const again = readXmlWorkbook(resaveWithLibreOffice(renderWorkbook([...specs, findings].map((s, i) => (i === specs.length ? { ...s, name: "Gửi lại" } : s)))));
    const resavedSpecs = [...specs, { ...findings, name: "Gửi lại" }];
    expect(xlsxTextProblems(resavedSpecs, again, { hostileOnly: true, normalize })).toEqual([]);
    const hostileCells = resavedSpecs.flatMap((s) => textCells(s)).filter((c) => isHostileText(c.text));
    expect(hostileCells.length).toBeGreaterThan(HOSTILE.length * 5);
  });
});

describe("(b) the Excel door, on the fake Excel that makes formulas of typed text", () => {
  let fake: FakeExcel | null = null;
  afterEach(() => {
    fake?.uninstall();
    fake = null;
  });

  it("the fake would indeed turn the payloads into formulas, were the cells not formatted as text", async () => {
    fake = createFakeExcel({ apiVersion: "1.12" });
    fake.install();
    const typed = HOSTILE.filter((h) => /^[=+\-@]/.test(h.text));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      typed.forEach((h, i) => (sheet.getRange(`A${i + 1}`).values = [[h.text]]));
      await context.sync();
    });
    const formulas = typed.map((_, i) => fake!.workbook.sheet("Sheet1").cell(`A${i + 1}`).formula);
    expect(formulas.every((f) => f !== null)).toBe(true);
  });

  it("writeConsolidation keeps every text of the four sheets as text", async () => {
    fake = createFakeExcel({ apiVersion: "1.12" });
    fake.install();
    const outcome = await writeConsolidation(specs);
    expect(fakeTextProblems(specs, fake, outcome.sheets)).toEqual([]);
    const held = outcome.sheets.flatMap((name) => fake!.workbook.sheet(name).grid().flat());
    for (const h of HOSTILE) expect(held).toContain(h.text.trim());
  });

  it("insertSheet keeps the findings sheet's texts as text", async () => {
    fake = createFakeExcel({ apiVersion: "1.12" });
    fake.install();
    const name = await insertSheet(findings);
    expect(fakeTextProblems([findings], fake, [name])).toEqual([]);
  });
});

describe("(c) the command line", () => {
  it("tonghop consolidate writes every payload as text in its workbook", () => {
    const dir = mkdtempSync(join(tmpdir(), "tonghop-hostile-"));
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    // Run where the files are, so that the workbook names them as a user's shell would: `=1+1.xlsx`
    // (after `--`, as `-2+3.xlsx` would otherwise be an option).
    const run = spawnSync(process.execPath, [resolve("bin/tonghop.js"), "consolidate", "--out", "tong-hop.xlsx", "--", ...files.map((f) => f.name)], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(1); // the payloads in figure cells are errors
    const wb = readXmlWorkbook(new Uint8Array(readFileSync(join(dir, "tong-hop.xlsx"))));
    // The same engine on the same files gives the sheets the command line had to write.
    const expected = consolidationSheets(consolidate(files.map((f) => checkFileBytes(f.bytes, f.name, BCXDD, null)), BCXDD, {}), BCXDD, "vi");
    expect(xlsxTextProblems(expected, wb)).toEqual([]);
    for (const h of HOSTILE) expect(wb.sharedStrings).toContain(h.text.trim());
  });
});
