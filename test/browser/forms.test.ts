/**
 * The BTCTW forms through the task pane (issue 9 §6), in Debian's Chromium on the production build: in browser
 * mode two units' bộ biểu are recognised and consolidated into each form's sheet, with the engine's totals; in
 * (a fake of) Excel the Mẫu biểu screen inserts Biểu số 1-BTCTW blank and the Kiểm tra screen names it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { batchSheets, batchSummary, consolidateBatch, formSet } from "../../src/engine/batch";
import type { Grid } from "../../src/engine/grid";
import { checkFileBytes } from "../../src/files/checkFile";
import { renderWorkbook } from "../../src/xlsx/index";
import { gridsOf } from "../support/files";
import { scan } from "./support/axe";
import { hasChromium } from "./support/browser";
import { officeStubScript } from "./support/build";
import { paneFor } from "./support/pane";

const FILES = ["examples/bieu-thong-ke/units/01-dien-luc.xlsx", "examples/bieu-thong-ke/units/02-thuy-loi.xlsx"];

/** The values a sheet shows (formulas by their cached results), row by row. */
const shown = (g: Grid) => g.cells.map((row) => row.map((c) => (c ? c.v : null)));

describe.skipIf(!hasChromium)("the BTCTW forms in a plain browser", () => {
  const s = paneFor(() => ({ kind: "browser" }), "banner-browser");

  it("lists each file's forms and downloads each form's sheet with the engine's totals", async () => {
    const { page } = s;
    await page.getByTestId("files").setInputFiles(FILES);
    const settled = page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])');
    await expect.poll(() => settled.count(), { timeout: 60_000 }).toBe(FILES.length);
    for (const row of await page.getByTestId("file-row").all()) {
      expect(await row.getAttribute("data-status")).not.toBe("không đọc được");
      expect(await row.getByTestId("file-forms").textContent()).toBe("Có: Biểu 1, 2, 3, 5-BTCTW");
    }

    const download = page.waitForEvent("download");
    await page.getByTestId("consolidate").click();
    const got = gridsOf(new Uint8Array(readFileSync((await (await download).path())!)));

    // The engine, run here on the same files.
    const set = formSet();
    const checks = FILES.map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f.split("/").pop()!, set, null));
    const batch = consolidateBatch(checks, set, { roster: null });
    const want = gridsOf(renderWorkbook(batchSheets(batch, set, "vi", batchSummary(batch, set, "vi"))));
    expect(got.map((g) => g.name)).toEqual(want.map((g) => g.name));
    const formSheets = got.filter((g) => /BTCTW/.test(g.name));
    expect(formSheets.map((g) => g.name)).toHaveLength(4);
    for (const g of formSheets) expect(shown(g), g.name).toEqual(shown(want.find((w) => w.name === g.name)!));

    // And those totals are the two units' sums: Biểu 1, row D (cuối kỳ), column 2 (kỳ này).
    const b1 = batch.forms.find((f) => f.form === "BTCTW-1")!;
    const units = checks.map((c) => c.forms!.find((f) => f.form === "BTCTW-1")!.values.D["2"].value!);
    expect(b1.totals.D["2"].value).toBe(units[0] + units[1]);
    const sheet = formSheets.find((g) => /1-BTCTW/.test(g.name))!;
    expect(shown(sheet).flat()).toContain(units[0] + units[1]);

    // The summary paragraph, shown and offered to copy.
    await expect.poll(() => page.getByTestId("summary-text").inputValue()).toBe(batchSummary(batch, set, "vi").paragraph.text);
    await page.getByTestId("copy-summary").click();
    await expect.poll(() => page.getByTestId("copy-outcome").getAttribute("data-outcome")).toMatch(/^(copied|select)$/);
    // The new controls (forms of each file, the paragraph's box, Sao chép, its live outcome) pass axe.
    expect((await scan(page)).violations).toEqual([]);
  });
});

describe.skipIf(!hasChromium)("the BTCTW forms inside (a fake of) Excel", () => {
  const s = paneFor(() => {
    const seed = { sheets: [{ name: "Sheet1", rows: [[null]], active: true }], displayLanguage: "vi-VN" };
    return { kind: "excel", stub: officeStubScript(), seed };
  }, "tab-check");

  it("Mẫu biểu inserts Biểu số 1-BTCTW blank, and Kiểm tra on it names the form", async () => {
    const { page } = s;
    await page.getByTestId("tab-form").click();
    expect((await scan(page)).violations).toEqual([]);
    await page.getByTestId("form-choice").selectOption("BTCTW-1");
    await page.getByTestId("insert-form").click();
    await page.getByTestId("form-inserted").waitFor();
    const names: string[] = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { workbook: { sheetNames(): string[] } } }).__fakeExcel.workbook.sheetNames());
    expect(names.length).toBe(2);

    await page.getByTestId("tab-check").click();
    await page.getByTestId("validate").click();
    await page.getByTestId("check-facts").waitFor();
    expect(await page.getByTestId("form").getAttribute("data-form")).toBe("BTCTW-1");
    expect(await page.getByTestId("form").textContent()).toBe("Biểu số 1-BTCTW");
    expect((await scan(page)).violations).toEqual([]);
  });
});
