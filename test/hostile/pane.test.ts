/**
 * Formula injection, the task pane's part (issue 4, point 3 (d)): the production build in Chromium inside
 * the fake Excel, here an Excel without ExcelApi 1.8 (so findings reports fall back to a download). The
 * active sheet is a hostile unit's report, and every hostile unit's file is added. The pane must show each
 * payload literally, write it into the workbook as text, and put it as text into the reports it downloads.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { consolidate, consolidationSheets, findingsSheet, type SheetSpec } from "../../src/engine";
import { checkGrids } from "../../src/engine/check";
import { checkFileBytes } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";
import { findingsFileName } from "../../src/taskpane/format";
import { hasChromium } from "../browser/support/browser";
import { officeStubScript } from "../browser/support/build";
import { paneFor } from "../browser/support/pane";
import { heldSheet } from "../browser/support/workbook";
import { seedFromSpec } from "../fakes/excel/specSeed";
import { specToGrid } from "../support/specToGrid";
import { textCells, xlsxTextProblems } from "./compare";
import { HOSTILE, hostileFiles, hostileReport } from "./hostile";
import { readXmlWorkbook } from "./xlsxCells";

const ACTIVE = HOSTILE.findIndex((h) => h.id === "dde-cmd");
const ACTIVE_SPEC = hostileReport(HOSTILE[ACTIVE], ACTIVE);
const SHEET = ACTIVE_SPEC.name;
const FILES = hostileFiles();

/** Differences between the engine's text cells and what the page's fake Excel holds. */
async function heldTextProblems(page: Page, spec: SheetSpec, sheetName = spec.name): Promise<string[]> {
  const held = await heldSheet(page, sheetName);
  const problems: string[] = [];
  for (const { ref, text } of textCells(spec)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const c = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const cell = held[Number(m[2]) - 1]?.[c];
    const where = `${sheetName}!${ref} ${JSON.stringify(text)}`;
    if (!cell) problems.push(`${where}: missing`);
    else if (cell.formula !== null) problems.push(`${where}: became the formula ${JSON.stringify(cell.formula)}`);
    else if (cell.value !== text) problems.push(`${where}: holds ${JSON.stringify(cell.value)}`);
    else if (cell.numberFormat !== "@") problems.push(`${where}: not formatted as text (${cell.numberFormat})`);
  }
  return problems;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent("download");
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

describe.skipIf(!hasChromium)("the task pane, given hostile reports", () => {
  const s = paneFor(() => {
    const seed = { sheets: [{ ...seedFromSpec(ACTIVE_SPEC, SHEET), active: true }], displayLanguage: "vi-VN", apiVersion: "1.7" };
    return { kind: "excel", stub: officeStubScript(), seed };
  }, "tab-check");

  it("Kiểm tra shows the active sheet's payload literally, and its report holds it as text", async () => {
    const { page } = s;
    const payload = HOSTILE[ACTIVE].text;
    await page.getByTestId("validate").click();
    await page.getByTestId("unit").waitFor();
    expect(await page.getByTestId("unit").textContent()).toBe(payload);
    const finding = page.locator('[data-testid="finding"][data-rule="VALUE_NOT_NUMBER"]');
    expect(await finding.textContent()).toContain(`“${payload}”`);

    const report = await downloaded(page, () => page.getByTestId("findings-report").click());
    expect(report.name).toBe(findingsFileName(payload));
    expect(report.name).toMatch(/^kiem-tra-[a-z0-9-]+\.xlsx$/);
    const check = checkGrids([{ ...specToGrid(ACTIVE_SPEC), name: SHEET }], SHEET, BCXDD);
    const expected = findingsSheet(check.findings, () => payload, "vi");
    expect(xlsxTextProblems([expected], readXmlWorkbook(report.bytes))).toEqual([]);
  });

  it("Tổng hợp lists every hostile file by its literal name and unit", async () => {
    const { page } = s;
    await page.getByTestId("tab-consolidate").click();
    await page.getByTestId("files").setInputFiles(FILES.map((f) => ({ name: f.name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(f.bytes) })));
    const rows = page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(FILES.length);
    const shown = await page.locator('[data-testid="file-row"]').evaluateAll((els) =>
      els.map((el) => ({ name: el.querySelector('[data-testid="file-name"]')?.textContent ?? "", unit: el.querySelector('[data-testid="file-unit"]')?.textContent ?? "" })),
    );
    expect(shown.map((r) => r.name)).toEqual(FILES.map((f) => f.name));
    shown.forEach((r, i) => expect(r.unit.startsWith(FILES[i].hostile.text.trim())).toBe(true));
  });

  it("writes the consolidation with every payload held as text by Excel", async () => {
    const { page } = s;
    await page.getByTestId("consolidate").click();
    await page.getByTestId("panel-consolidate").getByTestId("success").waitFor({ timeout: 60_000 });
    const specs = consolidationSheets(consolidate(FILES.map((f) => checkFileBytes(f.bytes, f.name, BCXDD, null)), BCXDD, {}), BCXDD, "vi");
    for (const spec of specs) expect(await heldTextProblems(page, spec)).toEqual([]);
    const held = (await heldSheet(page, "Đơn vị")).flat().map((c) => c.value);
    for (const h of HOSTILE) expect(held).toContain(h.text.trim());
  });

  it("sends a hostile unit its findings as a download whose cells are text", async () => {
    const { page } = s;
    const file = FILES[0];
    const report = await downloaded(page, () => page.locator('[data-testid="file-row"]', { hasText: file.name }).first().getByTestId("send-back").click());
    expect(report.name).toBe(findingsFileName(file.hostile.text));
    expect(await page.getByTestId("panel-consolidate").getByTestId("report-done").getAttribute("data-delivery")).toBe("downloaded");
    const check = checkFileBytes(file.bytes, file.name, BCXDD, null);
    const expected = findingsSheet(check.findings, () => check.report!.unit.name, "vi");
    expect(xlsxTextProblems([expected], readXmlWorkbook(report.bytes))).toEqual([]);
  });

  it("raised no page error and asked for nothing outside the add-in's origin", () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
