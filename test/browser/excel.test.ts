/**
 * The production build in Debian's Chromium, inside a stubbed Excel: the page's request for office.js is
 * answered with the fake Excel (test/fakes), seeded with a unit's report sheet. What the fake workbook holds
 * afterwards is what Excel would hold: its formulas are recalculated by LibreOffice to check the totals.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { checkFileBytes } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import type { FakeExcel } from "../fakes/excel";
import { seedFromSpec } from "../fakes/excel/specSeed";
import { gridsOf, hasSoffice, resaveWithLibreOffice } from "../support/files";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";
import { checkGrids } from "../../src/engine/check";
import { specToGrid } from "../support/specToGrid";
import { hasChromium } from "./support/browser";
import { officeStubScript } from "./support/build";
import { paneFor } from "./support/pane";
import { shot } from "./support/shots";
import { privacyTests } from "./support/privacyTests";
import { createdCount, expectedRows, findingRows, lastCreatedWorkbook } from "./support/report";
import { heldSheet, heldToSpec, totalsMismatches } from "./support/workbook";

/** The page's window, where the office.js stub put the fake Excel. */
type InPage = { __fakeExcel: FakeExcel };

const FILES = ["examples/units/01-cap-nuoc.xlsx", "examples/units/05-agribank.xls", "examples/units/08-quy-dau-tu.ods"];
/** A unit's report with one rate stated wrong (11/40 is 27,5 %, not 75,5 %). */
const REPORT = reportSheet(SAMPLE_UNITS[0], { statedPct: { KT_DV: "75,5%" } });
const SHEET = "Báo cáo Q1";

describe.skipIf(!hasChromium)("the task pane inside (a fake of) Excel", () => {
  const s = paneFor(() => {
    const seed = { sheets: [{ ...seedFromSpec(REPORT, SHEET), active: true }], displayLanguage: "vi-VN" };
    return { kind: "excel", stub: officeStubScript(), seed };
  }, "tab-check");

  it("starts inside Excel, in Vietnamese, with the four screens and no browser-mode banner", async () => {
    for (const tab of ["tab-check", "tab-plan", "tab-consolidate", "tab-form"]) await expect(s.page.getByTestId(tab).isVisible()).resolves.toBe(true);
    expect(await s.page.getByTestId("banner-browser").count()).toBe(0);
    expect(await s.page.getByTestId("tab-check").textContent()).toContain("Kiểm tra");
  });

  it("validates the active sheet, lists the finding, and a click selects its cell", async () => {
    const { page } = s;
    await page.getByTestId("tab-check").click();
    await page.getByTestId("validate").click();
    const finding = page.locator('[data-testid="finding"][data-rule="PCT_STATED"]');
    await finding.first().waitFor();
    const cell = await finding.first().getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await shot(page, "1-kiem-tra");
    await finding.first().click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.workbook.selection)).toEqual({ sheet: SHEET, address: cell });
  });

  it("opens the sheet's findings report as a new workbook (ExcelApi 1.8), which reads back with every finding", async () => {
    const { page } = s;
    const before = await createdCount(page);
    await page.getByTestId("findings-report").click();
    const done = page.getByTestId("panel-check").locator('[data-testid="report-done"][data-delivery="opened"]');
    await done.waitFor();
    expect(await createdCount(page)).toBe(before + 1);
    const unit = SAMPLE_UNITS[0].name;
    expect(await done.getAttribute("data-file-name")).toBe("kiem-tra-dang-bo-cong-ty-co-phan-cap-nuoc-tinh.xlsx");
    const expected = checkGrids([{ ...specToGrid(REPORT), name: SHEET }], SHEET, BCXDD).findings;
    expect(expected.some((f) => f.rule === "PCT_STATED")).toBe(true);
    expect(findingRows(await lastCreatedWorkbook(page))).toEqual(expectedRows(expected, () => unit));
  });

  it("colours the findings' cells and restores them", async () => {
    const { page } = s;
    const cell = (await page.locator('[data-testid="finding"][data-rule="PCT_STATED"]').first().getAttribute("data-cell"))!;
    const fillOf = () => page.evaluate(([sheet, ref]) => (globalThis as unknown as InPage).__fakeExcel.workbook.sheet(sheet).cell(ref).fill, [SHEET, cell]);
    const before = await fillOf();
    await page.getByTestId("highlight").click();
    await expect.poll(fillOf).toBe("#FFC7CE");
    await page.getByTestId("clear-highlight").click();
    await expect.poll(fillOf).toBe(before);
  });

  it("shows each row's completion and writes the rate column as formulas", async () => {
    const { page } = s;
    await page.getByTestId("tab-plan").click();
    await page.getByTestId("read-plan").click();
    await page.locator('[data-testid="plan-row"][data-code="KT_DV"]').waitFor();
    expect(await page.locator('[data-testid="plan-row"][data-code="KT_DV"]').getAttribute("data-status")).toBe("chưa đạt");
    await shot(page, "2-ty-le-ke-hoach");
    await page.getByTestId("write-formulas").click();
    await page.getByTestId("formulas-written").waitFor();
    const formulas = await page.evaluate((sheet) => (globalThis as unknown as InPage).__fakeExcel.workbook.sheet(sheet).formulasGrid(), SHEET);
    const written = formulas.flat().filter((v: unknown) => typeof v === "string" && v.startsWith("=IF("));
    expect(written.length).toBeGreaterThan(10);
  });

  it("consolidates three units' files (.xlsx, .xls, .ods) into the four sheets, with the right totals", async () => {
    const { page } = s;
    await page.getByTestId("tab-consolidate").click();
    await page.getByTestId("files").setInputFiles(FILES);
    await expect.poll(() => page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])').count(), { timeout: 60_000 }).toBe(3);
    await shot(page, "3-tong-hop");
    await page.getByTestId("consolidate").click();
    await page.getByTestId("panel-consolidate").getByTestId("success").waitFor({ timeout: 60_000 });
    const names: string[] = await page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.workbook.sheetNames());
    for (const name of ["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"]) expect(names).toContain(name);
    expect(names).toContain(SHEET);

    if (!hasSoffice) return;
    // The fake does not calculate: LibreOffice recalculates what the page wrote, with nothing cached.
    const specs = [];
    for (const name of ["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"]) specs.push(heldToSpec(name, await heldSheet(page, name)));
    const recalculated = gridsOf(resaveWithLibreOffice(renderWorkbook(specs)));
    const expected = consolidate(FILES.map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f.split("/").pop()!, BCXDD, null)), BCXDD, {});
    expect(totalsMismatches(recalculated[0], expected)).toEqual([]);
  });

  it("sends one unit its own findings, and the whole list, each as a new workbook", async () => {
    const { page } = s;
    const checks = FILES.map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f.split("/").pop()!, BCXDD, null));
    const agribank = checks[1];
    const unitOf = (file: string | undefined) => checks.find((c) => c.file === file)?.report?.unit.name ?? "";

    const panel = page.getByTestId("panel-consolidate");
    await panel.locator('[data-testid="file-row"]', { hasText: "05-agribank.xls" }).getByTestId("send-back").click();
    const one = panel.locator('[data-testid="report-done"][data-delivery="opened"]');
    await one.waitFor();
    expect(await one.getAttribute("data-file-name")).toBe("kiem-tra-dang-bo-ngan-hang-nong-nghiep-va-phat-trien-nong-thon-chi-nhanh-tinh.xlsx");
    const rows = findingRows(await lastCreatedWorkbook(page));
    expect(rows).toEqual(expectedRows(agribank.findings, unitOf));
    expect(rows.find((r) => r[3] === "PCT_STATED")).toEqual(["05-agribank.xls", agribank.report!.unit.name, "Lỗi", "PCT_STATED", expect.stringContaining("75,5%"), "BC-XDĐ", "H34"]);

    await panel.getByTestId("findings-report-all").click();
    await expect.poll(() => panel.getByTestId("report-done").getAttribute("data-file-name")).toBe("kiem-tra-quy-i-2023.xlsx");
    expect(findingRows(await lastCreatedWorkbook(page))).toEqual(expectedRows(consolidate(checks, BCXDD, {}).findings, unitOf));
  });

  it("inserts the blank form as a new sheet", async () => {
    const { page } = s;
    await page.getByTestId("tab-form").click();
    await shot(page, "4-mau-bieu");
    await page.getByTestId("insert-form").click();
    await page.getByTestId("form-inserted").waitFor();
    const names: string[] = await page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.workbook.sheetNames());
    expect(names).toContain("BC-XDĐ");
  });

  privacyTests(s);
});
