/**
 * Issue 12: axe-core (WCAG 2.1 A and AA) on every screen and state of the pane, in Vietnamese and in
 * English, at 320 px (the narrowest task pane) and 450 px: no violation, and no needs-review item that
 * has not been checked by hand (REVIEWED, each with its reason). Only `aria-hidden-focus` is switched off
 * (support/axe.ts says why).
 */
import { describe, expect, it } from "vitest";
import { hasChromium } from "./support/browser";
import { scanViews, type Reviewed } from "./support/axe";
import { holdRequests } from "./support/hold";
import { paneFor } from "./support/pane";
import { UNIT_SHEETS, unitSheetsWorkbook } from "./support/seeds";
import { learnWorkbook, sharedTemplate } from "./support/learnSeed";

/** Four axe runs a state (two languages, two widths): slow on a loaded two-core machine. */
const SCANS = 240_000;

/**
 * Needs-review items confirmed by hand, each with its reason. None is left: the ones axe raised before
 * issue 12 were real and are fixed — `duplicate-id-aria` and `form-field-multiple-labels` (the sheet
 * picker's boxes in one Field), `aria-valid-attr-value` (a Notice without a title pointing at a missing
 * id), and `color-contrast` on the Mẫu biểu tab at 320 px (cut off by the pane's edge, so axe could not
 * see its background; the tabs now wrap). A new one fails the test until it is fixed or listed here.
 */
const REVIEWED: Reviewed[] = [];

const FILES = ["examples/units/01-cap-nuoc.xlsx", "examples/units/05-agribank.xls", "test/fixtures/files/anh.xlsx"];
/** Not a roster (a picture sent instead of a workbook): the roster picker shows why. */
const NOT_A_ROSTER = "test/fixtures/files/anh.xlsx";

describe.skipIf(!hasChromium)("accessibility inside (a fake of) Excel", { timeout: SCANS }, () => {
  const s = paneFor(() => unitSheetsWorkbook(), "tab-check");
  const expectClean = async (state: string) => expect(await scanViews(s.page, state, REVIEWED)).toEqual([]);

  it("Kiểm tra, before a check", async () => {
    await expectClean("check: start");
  });

  it("Kiểm tra, with a check's findings and the cells highlighted", async () => {
    const { page } = s;
    await page.getByTestId("validate").click();
    await page.getByTestId("summary").waitFor();
    await page.getByTestId("findings-error").waitFor();
    await page.getByTestId("highlight").click();
    await page.getByTestId("highlight-notice").waitFor();
    await expectClean("check: findings");
  });

  it("Tỷ lệ kế hoạch, before the rates are read", async () => {
    await s.page.getByTestId("tab-plan").click();
    await expectClean("plan: start");
  });

  it("Tỷ lệ kế hoạch, with the rates and the rate column written", async () => {
    const { page } = s;
    await page.getByTestId("read-plan").click();
    await page.getByTestId("plan-table").waitFor();
    await page.getByTestId("write-formulas").click();
    await page.getByTestId("formulas-written").waitFor();
    await expectClean("plan: rates");
  });

  it("Tổng hợp, before anything is added", async () => {
    await s.page.getByTestId("tab-consolidate").click();
    await s.page.getByTestId("sheet-option").first().waitFor();
    await expectClean("consolidate: start");
  });

  it("Tổng hợp, with the letterhead and signature section open (it stays open for the states below)", async () => {
    await s.page.getByTestId("signing-toggle").click();
    await s.page.getByTestId("signing-committee").waitFor();
    await expectClean("consolidate: signing open");
  });

  it("Tổng hợp, while files are read (the progress bar)", async () => {
    const { page } = s;
    const release = await holdRequests(page);
    await page.getByTestId("files").setInputFiles(FILES);
    await page.getByTestId("progress").waitFor();
    try {
      await expectClean("consolidate: reading");
    } finally {
      await release();
    }
  });

  it("Tổng hợp, with files read, a sheet ticked and a roster that is not one", async () => {
    const { page } = s;
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="đang đọc"]').count(), { timeout: 60_000 }).toBe(0);
    await page.getByTestId("sheet-list").locator("label").getByText(UNIT_SHEETS[1].sheet, { exact: true }).click();
    await page.getByTestId("roster").setInputFiles(NOT_A_ROSTER);
    await page.getByTestId("roster-error").waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="đang đọc"]').count(), { timeout: 60_000 }).toBe(0);
    await expectClean("consolidate: files");
  });

  it("Tổng hợp, with the consolidation written and the findings report opened", async () => {
    const { page } = s;
    const panel = page.getByTestId("panel-consolidate");
    await page.getByTestId("consolidate").click();
    await panel.getByTestId("success").waitFor({ timeout: 60_000 });
    await page.getByTestId("findings-report-all").click();
    await panel.getByTestId("report-done").waitFor({ timeout: 60_000 });
    await expectClean("consolidate: results");
  });

  it("Mẫu biểu, before the form is inserted", async () => {
    await s.page.getByTestId("tab-form").click();
    await expectClean("form: start");
  });

  it("Mẫu biểu, after the form is inserted", async () => {
    const { page } = s;
    await page.getByTestId("insert-form").click();
    await page.getByTestId("form-inserted").waitFor();
    await expectClean("form: inserted");
  });
});

describe.skipIf(!hasChromium)("accessibility in a plain browser (no Office)", { timeout: SCANS }, () => {
  const s = paneFor(() => ({ kind: "browser" }), "banner-browser");
  const expectClean = async (state: string) => expect(await scanViews(s.page, state, REVIEWED)).toEqual([]);

  it("the browser mode, before anything is added", async () => {
    await expectClean("browser: start");
  });

  it("the browser mode, with files read and the workbook downloaded", async () => {
    const { page } = s;
    await page.getByTestId("files").setInputFiles(FILES);
    await expect.poll(() => page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])').count(), { timeout: 60_000 }).toBe(FILES.length);
    const download = page.waitForEvent("download");
    await page.getByTestId("consolidate").click();
    await download;
    await page.getByTestId("success").waitFor();
    await expectClean("browser: downloaded");
  });

  it("in forced colours (high contrast), tells each file status by its shape, not by its colour alone", async () => {
    const { page } = s;
    await page.emulateMedia({ forcedColors: "active" });
    try {
      const badges = await page.getByTestId("file-row").evaluateAll((rows) =>
        rows.map((row) => ({ status: (row as HTMLElement).dataset.status!, shape: row.querySelector('[data-testid="file-status"] svg')?.innerHTML ?? "" })),
      );
      const statuses = new Set(badges.map((b) => b.status));
      // The three files end valid, with errors and unreadable (support/units plants the mistakes).
      expect(statuses.size).toBe(3);
      expect(badges.every((b) => b.shape !== "")).toBe(true);
      const shapeOf = new Map(badges.map((b) => [b.status, b.shape]));
      expect(new Set(shapeOf.values()).size).toBe(statuses.size);
    } finally {
      await page.emulateMedia({ forcedColors: "none" });
    }
  });
});

describe.skipIf(!hasChromium)("accessibility of Mẫu của đơn vị (issue 10)", { timeout: SCANS }, () => {
  const s = paneFor(() => learnWorkbook(), "tab-check");
  const expectClean = async (state: string) => expect(await scanViews(s.page, state, REVIEWED)).toEqual([]);

  it("before a template is learned", async () => {
    await s.page.getByTestId("tab-own").click();
    await s.page.getByTestId("learn-sheet").waitFor();
    await expectClean("own form: start");
  });

  it("with the learned template, its questions, and a problem to correct", async () => {
    const { page } = s;
    await page.getByTestId("learn-sheet").click();
    await page.getByTestId("learned").waitFor();
    await expectClean("own form: learned");
    await page.getByTestId("own-form-id").fill("BTCTW-1");
    await page.getByTestId("own-form-problems").waitFor();
    await expectClean("own form: problem");
  });

  it("saved in the workbook, listed with its button to remove it", async () => {
    const { page } = s;
    await page.getByTestId("own-form-id").fill("BC-QUY");
    await page.getByTestId("save-own-form").click();
    await page.getByTestId("own-form-saved").waitFor();
    await expectClean("own form: saved");
  });

  it("a template .json refused with its problem, then one opened and kept", async () => {
    const { page } = s;
    const open = (name: string, buffer: Buffer) => page.getByTestId("own-form-file").setInputFiles({ name, mimeType: "application/json", buffer });
    await open("hong.json", Buffer.from("{"));
    await page.getByTestId("problem").waitFor();
    await expectClean("own form: file refused");
    await open("mau.json", sharedTemplate("DV-NHAN-TEP"));
    await page.getByTestId("own-form-imported").waitFor();
    await expectClean("own form: file opened");
  });
});
