/**
 * What a new user is told (issue 12, part 3): each screen says what to do first until it has been done,
 * and a button that cannot be pressed says why, in visible words tied to it by `aria-describedby` (so a
 * screen reader on the button hears the reason too). Inside (a fake of) Excel and in browser mode.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STRINGS } from "../../src/taskpane/i18n";
import { seedFromSpec } from "../fakes/excel/specSeed";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";
import { hasChromium } from "./support/browser";
import { officeStubScript } from "./support/build";
import { paneFor } from "./support/pane";

const { vi } = STRINGS;

/** A report whose rate column is missing (nothing to write the formulas to), and one with a wrong rate. */
const NO_RATE_COLUMN = "Không có cột tỷ lệ";
const WITH_ERROR = "Có lỗi";

/** The text of the element(s) the button's aria-describedby names, or null without one. */
async function description(button: Locator): Promise<string | null> {
  const ids = await button.getAttribute("aria-describedby");
  if (!ids) return null;
  const texts = await Promise.all(ids.split(/\s+/).map((id) => button.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

/** Whether the button refuses to be pressed, the native way or the focusable (aria-disabled) way. */
const refuses = async (button: Locator) => (await button.isDisabled()) || (await button.getAttribute("aria-disabled")) === "true";

/** Makes the workbook's sheet `name` the active one, through the (fake) Excel API, as a user's click would. */
const activate = (page: Page, name: string) =>
  page.evaluate(async (sheet) => {
    const excel = (globalThis as unknown as { Excel: { run(f: (ctx: { workbook: { worksheets: { getItem(n: string): { activate(): void } } }; sync(): Promise<void> }) => Promise<void>): Promise<void> } }).Excel;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      await ctx.sync();
    });
  }, name);

describe.skipIf(!hasChromium)("first-run hints and why a button is disabled, inside Excel", () => {
  const s = paneFor(() => {
    const sheets = [
      { ...seedFromSpec(reportSheet(SAMPLE_UNITS[0], { pct: "none" }), NO_RATE_COLUMN), active: true },
      seedFromSpec(reportSheet(SAMPLE_UNITS[1], { statedPct: { KT_DV: "75,5%" } }), WITH_ERROR),
    ];
    return { kind: "excel", stub: officeStubScript(), seed: { sheets, displayLanguage: "vi-VN" } };
  }, "tab-check");

  it("Kiểm tra: says to open the report and check it; Tô màu ô lỗi says why it waits, until there is something to colour", async () => {
    const panel = s.page.getByTestId("panel-check");
    const highlight = panel.getByTestId("highlight");
    for (const lang of ["en", "vi"] as const) {
      await s.page.getByTestId(`lang-${lang}`).click();
      expect(await panel.getByTestId("first-run-hint").textContent()).toBe(STRINGS[lang].checkFirst);
      expect(await refuses(highlight)).toBe(true);
      expect(await description(highlight)).toBe(STRINGS[lang].highlightWhy);
      expect(await panel.getByTestId("why-highlight").isVisible()).toBe(true);
    }

    // A sheet with no problem cell: still nothing to colour, and it says so.
    await panel.getByTestId("validate").click();
    await panel.getByTestId("summary").waitFor();
    expect(await panel.getByTestId("first-run-hint").count()).toBe(0);
    expect(await description(highlight)).toBe(vi.nothingToHighlight);

    await activate(s.page, WITH_ERROR);
    await panel.getByTestId("validate").click();
    await expect.poll(() => refuses(highlight)).toBe(false);
    expect(await description(highlight)).toBeNull();
    expect(await panel.getByTestId("why-highlight").count()).toBe(0);
    await activate(s.page, NO_RATE_COLUMN);
  });

  it("Tỷ lệ kế hoạch: says what to open and press; the formulas button says the form has no rate column", async () => {
    const { page } = s;
    await page.getByTestId("tab-plan").click();
    const panel = page.getByTestId("panel-plan");
    expect(await panel.getByTestId("first-run-hint").textContent()).toBe(vi.planFirst);
    await panel.getByTestId("read-plan").click();
    await panel.getByTestId("plan-table").waitFor();
    expect(await panel.getByTestId("first-run-hint").count()).toBe(0);
    const write = panel.getByTestId("write-formulas");
    expect(await refuses(write)).toBe(true);
    expect(await description(write)).toBe(vi.writeNoColumn);

    await activate(page, WITH_ERROR);
    await panel.getByTestId("read-plan").click();
    await expect.poll(() => refuses(write)).toBe(false);
    expect(await description(write)).toBeNull();
  });

  it("Tổng hợp: says to add files or tick sheets; both buttons say there is no report yet, until there is one", async () => {
    const { page } = s;
    await page.getByTestId("tab-consolidate").click();
    const panel = page.getByTestId("panel-consolidate");
    expect(await panel.getByTestId("first-run-hint").textContent()).toBe(vi.consolidateFirst);
    for (const id of ["consolidate", "findings-report-all"]) {
      expect(await refuses(panel.getByTestId(id)), id).toBe(true);
      expect(await description(panel.getByTestId(id)), id).toBe(vi.consolidateWhy);
    }
    await panel.locator(`[data-testid="sheet-option"][data-sheet="${WITH_ERROR}"]`).click();
    await expect.poll(() => refuses(panel.getByTestId("consolidate")), { timeout: 30_000 }).toBe(false);
    expect(await panel.getByTestId("first-run-hint").count()).toBe(0);
    for (const id of ["consolidate", "findings-report-all"]) expect(await description(panel.getByTestId(id)), id).toBeNull();
  });

  it("Mẫu biểu: says what the button does, until a form has been inserted", async () => {
    const { page } = s;
    await page.getByTestId("tab-form").click();
    const panel = page.getByTestId("panel-form");
    expect(await panel.getByTestId("first-run-hint").textContent()).toBe(vi.formFirst);
    await panel.getByTestId("insert-form").click();
    await panel.getByTestId("form-inserted").waitFor();
    expect(await panel.getByTestId("first-run-hint").count()).toBe(0);
  });
});

describe.skipIf(!hasChromium)("first-run hints and why a button is disabled, in a browser", () => {
  const s = paneFor(() => ({ kind: "browser" }), "banner-browser");

  it("says to add the units' files, and why the buttons wait, in both languages", async () => {
    const { page } = s;
    for (const lang of ["vi", "en"] as const) {
      await page.getByTestId(`lang-${lang}`).click();
      const t = STRINGS[lang];
      expect(await page.getByTestId("first-run-hint").textContent()).toBe(t.consolidateFirstBrowser);
      for (const id of ["consolidate", "findings-report-all"]) expect(await description(page.getByTestId(id)), id).toBe(t.consolidateWhyBrowser);
    }
    await page.getByTestId("files").setInputFiles(["examples/units/02-dien-luc.xlsx"]);
    await expect.poll(() => refuses(page.getByTestId("consolidate")), { timeout: 30_000 }).toBe(false);
    expect(await page.getByTestId("first-run-hint").count()).toBe(0);
    expect(await description(page.getByTestId("consolidate"))).toBeNull();
  });
});
