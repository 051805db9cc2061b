/**
 * The production build in Debian's Chromium with no Office at all: Microsoft's real office.js (from npm,
 * routed in place of the CDN) reports no host, so the page is the browser mode: files in, workbook out.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { readRoster } from "../../src/engine/consolidate/roster";
import { checkFileBytes } from "../../src/files/checkFile";
import { BCXDD } from "../../src/templates/bcxdd";
import { gridsOf, ROSTER } from "../support/files";
import { hasChromium } from "./support/browser";
import { privacyTests } from "./support/privacyTests";
import { expectedRows, findingRows } from "./support/report";
import { paneFor } from "./support/pane";
import { shot } from "./support/shots";
import { totalsMismatches } from "./support/workbook";

const FILES = ["examples/units/02-dien-luc.xlsx", "examples/units/06-duoc-pham.xls", "examples/units/09-bql-kcn.ods", "test/fixtures/files/anh.xlsx"];

describe.skipIf(!hasChromium)("the task pane in a plain browser (no Office)", () => {
  const s = paneFor(() => ({ kind: "browser" }), "banner-browser");

  it("says it is not inside Excel and offers only the consolidation", async () => {
    expect(await s.page.getByTestId("tab-consolidate").isVisible()).toBe(true);
    expect(await s.page.getByTestId("tab-check").count()).toBe(0);
  });

  it("reads the files, one status each, and downloads the consolidated workbook with the right totals", async () => {
    const { page } = s;
    await page.getByTestId("files").setInputFiles(FILES);
    await page.getByTestId("roster").setInputFiles(ROSTER);
    const settled = page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])');
    await expect.poll(() => settled.count(), { timeout: 60_000 }).toBe(FILES.length);
    const status = (name: string) => page.locator('[data-testid="file-row"]', { hasText: name }).getAttribute("data-status");
    expect(await status("anh.xlsx")).toBe("không đọc được");
    expect(await status("02-dien-luc.xlsx")).toBe("hợp lệ");
    await expect.poll(() => page.getByTestId("coverage").getAttribute("data-missing")).toBe("8");
    await shot(page, "5-trinh-duyet");

    const download = page.waitForEvent("download");
    await page.getByTestId("consolidate").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tong-hop.*\.xlsx$/);
    const grids = gridsOf(new Uint8Array(readFileSync((await file.path())!)));
    // BC-XDĐ's four sheets first, then the report sheets of issue 13 (`Tóm tắt`…).
    expect(grids.slice(0, 4).map((g) => g.name)).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"]);
    expect(grids.map((g) => g.name)).toContain("Tóm tắt");

    const roster = readRoster(gridsOf(new Uint8Array(readFileSync(ROSTER)), ROSTER)[0]);
    if (!roster.ok) throw new Error("roster");
    const checks = FILES.map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f.split("/").pop()!, BCXDD, null));
    expect(totalsMismatches(grids[0], consolidate(checks, BCXDD, { roster: roster.units }))).toEqual([]);
  });

  it("downloads the findings report of all the files, and of one file to send back to its unit", async () => {
    const { page } = s;
    const roster = readRoster(gridsOf(new Uint8Array(readFileSync(ROSTER)), ROSTER)[0]);
    if (!roster.ok) throw new Error("roster");
    const checks = FILES.map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f.split("/").pop()!, BCXDD, null));
    const c = consolidate(checks, BCXDD, { roster: roster.units });
    const unitOf = (file: string | undefined) => c.entries.find((e) => e.file === file)?.name ?? "";

    let download = page.waitForEvent("download");
    await page.getByTestId("findings-report-all").click();
    let file = await download;
    expect(file.suggestedFilename()).toBe("kiem-tra-quy-i-2023.xlsx");
    const all = findingRows(new Uint8Array(readFileSync((await file.path())!)));
    expect(all).toEqual(expectedRows(c.findings, unitOf));
    expect(all.map((r) => r[3])).toEqual(expect.arrayContaining(["FILE_UNREADABLE", "UNIT_MISSING"]));
    expect(await page.getByTestId("report-done").getAttribute("data-delivery")).toBe("downloaded");

    // A file with no unit in it is named by its file: the picture someone sent instead of the report.
    download = page.waitForEvent("download");
    await page.locator('[data-testid="file-row"]', { hasText: "anh.xlsx" }).getByTestId("send-back").click();
    file = await download;
    expect(file.suggestedFilename()).toBe("kiem-tra-anh.xlsx");
    const picture = checks.find((k) => k.file === "anh.xlsx")!;
    expect(findingRows(new Uint8Array(readFileSync((await file.path())!)))).toEqual(expectedRows(picture.findings, unitOf));
  });

  privacyTests(s);
});
