/**
 * The pane at its narrowest (issue 12, part 3): Excel gives a task pane 320 px at the least, and a user may
 * zoom it to 200 %. Every screen, in every state a user reaches on the main path, in both languages, inside
 * (a fake of) Excel and in browser mode, must fit: the page never scrolls sideways, no visible element sticks
 * out, and no box hides its content sideways.
 *
 * How 200 % is emulated: zooming a page in Chromium does two things, and only two — the layout viewport
 * shrinks to (window width ÷ zoom) CSS pixels, and each CSS pixel is drawn with zoom × as many device
 * pixels (window.devicePixelRatio becomes 2). A context whose viewport is 160 CSS px with
 * deviceScaleFactor 2 is exactly that state: media queries, container widths and text wrapping see 160 px,
 * as they would in a 320 px pane zoomed to 200 %. (CSS `zoom: 2` on the root would not be faithful: it
 * scales lengths but leaves the viewport at 320 px and devicePixelRatio at 1.)
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFromSpec } from "../fakes/excel/specSeed";
import { ROSTER } from "../support/files";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";
import { hasChromium, launch, openPane, type OfficeMode, type Session, type View } from "./support/browser";
import { ensureBuilt, officeStubScript } from "./support/build";
import { measureFit } from "./support/fit";
import { serveDist } from "./support/server";
import { shot } from "./support/shots";
import { learnWorkbook, sharedTemplate } from "./support/learnSeed";

const WIDTHS: { name: string; tag: string; view: View }[] = [
  { name: "320 px", tag: "320", view: { width: 320, height: 640 } },
  { name: "320 px at 200 % zoom", tag: "320x2", view: { width: 160, height: 320, deviceScaleFactor: 2 } },
];

/**
 * A file name with no space or hyphen to break at, as some units name their files: it must wrap
 * anywhere rather than push the list wider than the pane.
 */
const LONG_DIR = join("test", ".out", "narrow");
const LONG_NAME = "BaoCaoCongTacXayDungDangQuyI2023DangBoCongTyCoPhanCapNuocTinh.xlsx";
const FILES = ["examples/units/02-dien-luc.xlsx", "examples/units/05-agribank.xls", join(LONG_DIR, LONG_NAME), "test/fixtures/files/anh.xlsx"];

const REPORT = reportSheet(SAMPLE_UNITS[0], { statedPct: { KT_DV: "75,5%" } });
const EXCEL: () => OfficeMode = () => ({
  kind: "excel",
  stub: officeStubScript(),
  seed: {
    sheets: [{ ...seedFromSpec(REPORT, "Báo cáo Q1"), active: true }, seedFromSpec(reportSheet(SAMPLE_UNITS[1]), "Đảng bộ Điện lực Q1"), { name: "Ghi chú", rows: [["Không phải báo cáo"]] }],
    displayLanguage: "vi-VN",
  },
});

type Narrow = Session & { width: string };

/** The production build served, Chromium, and one page at this size, opened until `ready` shows. */
function narrowPane(mode: () => OfficeMode, view: View, ready: string): Narrow {
  const s = {} as Narrow;
  let close = async () => {};
  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(LONG_DIR, { recursive: true });
    copyFileSync("examples/units/01-cap-nuoc.xlsx", join(LONG_DIR, LONG_NAME));
    const server = await serveDist();
    const browser = await launch();
    close = async () => {
      await browser.close();
      await server.close();
    };
    Object.assign(s, await openPane(browser, server.origin, mode(), view));
    await s.page.goto(`${server.origin}/taskpane.html`);
    await s.page.getByTestId(ready).waitFor({ timeout: 20_000 });
  }, 600_000);
  afterAll(() => close());
  return s;
}

/**
 * Checks the page as it is now, in Vietnamese and in English (the language switch keeps every screen's
 * state), and returns what does not fit, labelled; the pane is left in Vietnamese.
 */
async function misfits(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const lang of ["vi", "en"] as const) {
    await page.getByTestId(`lang-${lang}`).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const fit = await measureFit(page);
    if (fit.scrollWidth > fit.width) found.push(`${state} [${lang}]: the page scrolls sideways (${fit.scrollWidth} px in ${fit.width} px)`);
    for (const m of fit.misfits) found.push(`${state} [${lang}]: ${m.what} ${m.hiddenWidth ? `hides ${m.hiddenWidth} px sideways` : `spans ${m.left}…${m.right} px of ${fit.width}`}`);
  }
  await page.getByTestId("lang-vi").click();
  return found;
}

/** Makes the workbook's sheet `name` the active one, through the (fake) Excel API. */
const activate = (page: Page, name: string) =>
  page.evaluate(async (sheet) => {
    type Ctx = { workbook: { worksheets: { getItem(n: string): { activate(): void } } }; sync(): Promise<void> };
    const excel = (globalThis as unknown as { Excel: { run(f: (ctx: Ctx) => Promise<void>): Promise<void> } }).Excel;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      await ctx.sync();
    });
  }, name);

const settled = (page: Page) => page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])');

for (const { name, tag, view } of WIDTHS) {
  describe.skipIf(!hasChromium)(`inside Excel, at ${name}`, () => {
    const s = narrowPane(EXCEL, view, "tab-check");

    it("Kiểm tra fits: first run, a failed request, findings, coloured cells, the findings report", async () => {
      const { page } = s;
      const found = await misfits(page, "check, first run");
      await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { failOnSync(n: number): void } }).__fakeExcel.failOnSync(1));
      await page.getByTestId("validate").click();
      await page.getByTestId("panel-check").getByTestId("problem").waitFor();
      found.push(...(await misfits(page, "check, problem")));
      await page.getByTestId("validate").click();
      await page.getByTestId("summary").waitFor();
      found.push(...(await misfits(page, "check, findings")));
      await page.getByTestId("highlight").click();
      await page.getByTestId("highlight-notice").waitFor();
      await page.getByTestId("findings-report").click();
      await page.getByTestId("panel-check").getByTestId("report-done").waitFor();
      found.push(...(await misfits(page, "check, highlighted and report opened")));
      await shot(page, `narrow-${tag}-kiem-tra`);
      await activate(page, "Ghi chú");
      await page.getByTestId("validate").click();
      await page.getByTestId("panel-check").getByTestId("not-report").waitFor();
      found.push(...(await misfits(page, "check, not a report")));
      await activate(page, "Báo cáo Q1");
      expect(found).toEqual([]);
    });

    it("Tỷ lệ kế hoạch fits: first run, the table, the formulas written", async () => {
      const { page } = s;
      await page.getByTestId("tab-plan").click();
      const found = await misfits(page, "plan, first run");
      await page.getByTestId("read-plan").click();
      await page.getByTestId("plan-table").waitFor();
      found.push(...(await misfits(page, "plan, table")));
      await shot(page, `narrow-${tag}-ty-le`);
      await page.getByTestId("write-formulas").click();
      await page.getByTestId("formulas-written").waitFor();
      found.push(...(await misfits(page, "plan, written")));
      expect(found).toEqual([]);
    });

    it("Tỷ lệ kế hoạch: one card per indicator here, each figure named; the five-column table, fitting, from 400 px up", async () => {
      const { page } = s;
      const row = page.locator('[data-testid="plan-row"][data-code="KT_DV"]');
      const display = (l: typeof row) => l.evaluate((el) => getComputedStyle(el).display);
      expect(await display(row)).toBe("flex");
      expect(await row.getByText("Kế hoạch", { exact: true }).isVisible()).toBe(true);
      // The header row stays for screen readers, clipped to a pixel.
      const head = page.getByTestId("plan-table").locator("thead");
      expect((await head.boundingBox())?.width).toBeLessThanOrEqual(1);
      await page.setViewportSize({ width: 400, height: view.height });
      try {
        expect(await display(row)).toBe("table-row");
        expect(await row.getByText("Kế hoạch", { exact: true }).isVisible()).toBe(false);
        expect((await head.boundingBox())?.width).toBeGreaterThan(300);
        expect(await misfits(page, "plan, table at 400 px")).toEqual([]);
      } finally {
        await page.setViewportSize({ width: view.width, height: view.height });
      }
    });

    it("Tổng hợp fits: first run, sheets ticked, files with a long name, the roster, the result", async () => {
      const { page } = s;
      await page.getByTestId("tab-consolidate").click();
      await page.getByTestId("sheet-option").first().waitFor();
      const found = await misfits(page, "consolidate, first run");
      await page.getByTestId("signing-toggle").click();
      await page.getByTestId("signing-committee").fill("Đảng ủy Cụm II thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
      found.push(...(await misfits(page, "consolidate, signing open")));
      await page.getByTestId("sheet-option").nth(1).click();
      await page.getByTestId("files").setInputFiles(FILES);
      await page.getByTestId("roster").setInputFiles(ROSTER);
      await expect.poll(() => settled(page).count(), { timeout: 60_000 }).toBe(FILES.length + 1);
      found.push(...(await misfits(page, "consolidate, files read")));
      await page.getByTestId("consolidate").click();
      await page.getByTestId("panel-consolidate").getByTestId("success").waitFor({ timeout: 60_000 });
      found.push(...(await misfits(page, "consolidate, done")));
      await shot(page, `narrow-${tag}-tong-hop`);
      expect(found).toEqual([]);
    });

    it("Mẫu biểu fits: first run, the form inserted", async () => {
      const { page } = s;
      await page.getByTestId("tab-form").click();
      const found = await misfits(page, "form, first run");
      await page.getByTestId("insert-form").click();
      await page.getByTestId("form-inserted").waitFor();
      found.push(...(await misfits(page, "form, inserted")));
      expect(found).toEqual([]);
    });
  });

  describe.skipIf(!hasChromium)(`in a browser, at ${name}`, () => {
    const s = narrowPane(() => ({ kind: "browser" }), view, "banner-browser");

    it("Tổng hợp fits: first run under the banner, files with a long name, the roster, the download", async () => {
      const { page } = s;
      const found = await misfits(page, "browser, first run");
      await page.getByTestId("files").setInputFiles(FILES);
      await page.getByTestId("roster").setInputFiles(ROSTER);
      await expect.poll(() => settled(page).count(), { timeout: 60_000 }).toBe(FILES.length);
      found.push(...(await misfits(page, "browser, files read")));
      const download = page.waitForEvent("download");
      await page.getByTestId("consolidate").click();
      await download;
      await page.getByTestId("success").waitFor();
      found.push(...(await misfits(page, "browser, downloaded")));
      await shot(page, `narrow-${tag}-trinh-duyet`);
      expect(found).toEqual([]);
    });
  });
}

for (const { name, view } of WIDTHS) {
  describe.skipIf(!hasChromium)(`Mẫu của đơn vị (issue 10), at ${name}`, () => {
    const s = narrowPane(() => learnWorkbook(), view, "tab-check");

    it("fits: first run, the learned template with its selects, a problem, saved, a .json refused and opened", async () => {
      const { page } = s;
      await page.getByTestId("tab-own").click();
      const found = await misfits(page, "own form, first run");
      await page.getByTestId("learn-sheet").click();
      await page.getByTestId("learned").waitFor();
      found.push(...(await misfits(page, "own form, learned")));
      await page.getByTestId("own-form-id").fill("BTCTW-1");
      await page.getByTestId("own-form-problems").waitFor();
      found.push(...(await misfits(page, "own form, problem")));
      await page.getByTestId("own-form-id").fill("BC-QUY");
      await page.getByTestId("save-own-form").click();
      await page.getByTestId("own-form-saved").waitFor();
      found.push(...(await misfits(page, "own form, saved")));
      await page.getByTestId("own-form-file").setInputFiles({ name: "mau-cua-mot-dang-bo-co-ten-rat-dai-khong-co-dau-cach.json", mimeType: "application/json", buffer: Buffer.from("{") });
      await page.getByTestId("problem").waitFor();
      found.push(...(await misfits(page, "own form, file refused")));
      await page.getByTestId("own-form-file").setInputFiles({ name: "mau.json", mimeType: "application/json", buffer: sharedTemplate("DV-NHAN-TEP-CO-MA-RAT-DAI") });
      await page.getByTestId("own-form-imported").waitFor();
      found.push(...(await misfits(page, "own form, file opened")));
      expect(found).toEqual([]);
    });
  });
}

describe.skipIf(!hasChromium)("the fit measure itself", () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("sees a box wider than the page, text cut off sideways, and the page scrolling; not what nobody sees", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 400 } });
    const measure = async (body: string) => {
      await page.setContent(`<body style="margin:0">${body}</body>`);
      return measureFit(page);
    };
    const wide = await measure('<div style="width:400px" data-testid="wide">x</div>');
    expect(wide.scrollWidth).toBe(400);
    expect(wide.misfits.map((m) => m.what)).toEqual(['div#wide "x"']);
    const cut = await measure('<div style="width:100px;overflow:hidden;white-space:nowrap" data-testid="cut">Tạo bảng tổng hợp của cụm</div>');
    expect(cut.scrollWidth).toBe(320);
    expect(cut.misfits).toEqual([expect.objectContaining({ what: expect.stringContaining("div#cut"), hiddenWidth: expect.any(Number) })]);
    const unseen = await measure(
      '<div style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"><div style="width:500px">for screen readers</div></div>' +
        '<div hidden style="width:500px">a hidden panel</div><p style="overflow-wrap:anywhere">Tệp_BaoCaoCongTacXayDungDangQuyI2023DangBoCongTy.xlsx</p>',
    );
    expect(unseen.misfits).toEqual([]);
    expect(unseen.scrollWidth).toBe(320);
    await page.close();
  });
});

