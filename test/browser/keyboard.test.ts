/**
 * Issue 12: the main path by keyboard alone (Tab, Shift+Tab, Space, Enter, and the arrows inside the tab
 * list as its ARIA pattern asks): check the active sheet, go to a finding, switch to Tổng hợp, tick a
 * sheet, consolidate, dismiss the outcome, remove the row. The focus must never fall to the page's body;
 * it stays on the busy button, then moves to the outcome; each outcome is announced to screen readers.
 */
import { describe, expect, it } from "vitest";
import { DATA_COLUMNS } from "../../src/engine/sheets/data";
import { ROSTER } from "../support/files";
import { announced, announcingPane } from "./support/announce";
import { hasChromium } from "./support/browser";
import { focusedName, focusLosses, tabUntil, watchFocusLoss } from "./support/focus";
import { UNIT_SHEETS, unitSheetsWorkbook } from "./support/seeds";
import { learnWorkbook } from "./support/learnSeed";
import { heldSheet } from "./support/workbook";

type InPage = { __fakeExcel: { workbook: { selection: unknown } } };

describe.skipIf(!hasChromium)("the main path by keyboard alone", () => {
  const s = announcingPane(() => unitSheetsWorkbook(), "tab-check");

  it("checks the active sheet: the focus stays on the busy button, then moves to the summary, which is announced", async () => {
    const { page } = s;
    await watchFocusLoss(page);
    await tabUntil(page, (el) => el.testid === "validate");
    // Watched while it works: it turns busy, and loses the focus only once, to the outcome.
    await page.evaluate(() => {
      const button = document.querySelector<HTMLElement>('[data-testid="validate"]')!;
      const out = { busy: 0, focusWentTo: [] as string[] };
      (globalThis as unknown as { __seen: typeof out }).__seen = out;
      new MutationObserver((records) => (out.busy += records.filter((r) => r.attributeName === "aria-busy" && r.oldValue === null).length)).observe(button, {
        attributes: true,
        attributeOldValue: true,
      });
      button.addEventListener("focusout", (e) => out.focusWentTo.push((e.relatedTarget as HTMLElement | null)?.dataset.testid ?? "body"));
    });
    await page.keyboard.press("Enter");
    await page.getByTestId("summary").waitFor();
    await expect.poll(() => focusedName(page)).toBe("summary");
    expect(await page.evaluate(() => (globalThis as unknown as { __seen: unknown }).__seen)).toEqual({ busy: 1, focusWentTo: ["summary"] });
    await expect.poll(() => announced(page)).toContainEqual(expect.stringMatching(/^Đã kiểm tra xong: \d+ lỗi, \d+ cảnh báo, \d+ lưu ý\.$/));
  });

  it("goes on to a finding and selects its cell with Enter; the focus stays on the finding", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.testid === "finding");
    const cell = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.workbook.selection)).toEqual({ sheet: UNIT_SHEETS[0].sheet, address: cell });
    expect(await focusedName(page)).toBe("finding");
  });

  it("switches to Tổng hợp from the tab list", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.testid === "tab-check", true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await focusedName(page)).toBe("tab-consolidate");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("panel-consolidate").isVisible()).toBe(true);
  });

  it("ticks the second sheet with Space, and hears that it was read", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.sheet === UNIT_SHEETS[1].sheet);
    await page.keyboard.press("Space");
    const ticked = () => page.getByTestId("sheet-option").evaluateAll((inputs) => inputs.map((b) => (b as HTMLInputElement).checked));
    await expect.poll(ticked).toEqual([false, true, false]);
    const row = page.locator('[data-testid="file-row"][data-source="sheet"]');
    await expect.poll(() => row.getAttribute("data-status"), { timeout: 30_000 }).not.toBe("đang đọc");
    await expect.poll(() => announced(page)).toContainEqual(expect.stringMatching(/^Đã đọc xong 1 tệp: .+: 1\.$/));
  });

  it("consolidates with Enter: the focus moves to the outcome, which is announced, and the ticked sheet alone is written", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.testid === "consolidate");
    await page.keyboard.press("Enter");
    const success = page.getByTestId("panel-consolidate").getByTestId("success");
    await success.waitFor({ timeout: 60_000 });
    await expect.poll(() => focusedName(page)).toBe("success");
    await expect.poll(() => announced(page)).toContainEqual(expect.stringContaining("Đã ghi các trang"));
    const rows = await heldSheet(page, "Dữ liệu");
    const c = DATA_COLUMNS.indexOf("Trang tính");
    expect([...new Set(rows.slice(1).map((r) => r[c]?.value))]).toEqual([UNIT_SHEETS[1].sheet]);
  });

  it("dismisses the outcome with Đóng: the focus goes to a neighbour, not the body", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.text === "Đóng");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("panel-consolidate").getByTestId("success").count()).toBe(0);
    expect(await focusedName(page)).not.toBe("body");
  });

  it("removes the sheet's row with Bỏ: the focus goes to a neighbour and the sheet is unticked", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.testid === "remove-file");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("file-row").count()).toBe(0);
    expect(await focusedName(page)).not.toBe("body");
    expect(await page.getByTestId("sheet-option").evaluateAll((inputs) => inputs.map((b) => (b as HTMLInputElement).checked))).toEqual([false, false, false]);
  });

  it("removes the roster with its button: the focus goes back to choosing one", async () => {
    const { page } = s;
    // The file dialog is the system's, not the page's: the file is given to the input directly.
    await page.getByTestId("roster").setInputFiles(ROSTER);
    await page.getByTestId("roster-loaded").waitFor({ timeout: 30_000 });
    await tabUntil(page, (el) => el.testid === "remove-roster", true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("roster-loaded").count()).toBe(0);
    expect(await focusedName(page)).toBe("choose-roster");
  });

  it("never let the focus fall to the body on the way", async () => {
    expect(await focusLosses(s.page)).toEqual([]);
  });
});

describe.skipIf(!hasChromium)("Mẫu của đơn vị by keyboard alone (issue 10)", () => {
  const s = announcingPane(() => learnWorkbook(), "tab-check");

  it("reaches the tab with the arrows, learns with Enter, and the focus moves to the learned template", async () => {
    const { page } = s;
    await watchFocusLoss(page);
    await tabUntil(page, (el) => el.testid === "tab-check");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect(await focusedName(page)).toBe("tab-own");
    await page.keyboard.press("Enter");
    await tabUntil(page, (el) => el.testid === "learn-sheet");
    await page.keyboard.press("Enter");
    await page.getByTestId("learned").waitFor();
    await expect.poll(() => focusedName(page)).toBe("learned-title");
  });

  it("corrects a row's relation with the keyboard and saves with Enter; the outcome is announced", async () => {
    const { page } = s;
    await tabUntil(page, (el) => el.testid === "row-relation-I.2.DVN");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByTestId("row-relation-I.2.DVN").inputValue()).toBe("disjointSubset");
    await tabUntil(page, (el) => el.testid === "save-own-form");
    await page.keyboard.press("Enter");
    await page.getByTestId("own-form-saved").waitFor();
    expect(await focusedName(page)).not.toBe("body");
    await expect.poll(() => announced(page)).toContainEqual(expect.stringContaining("Đã lưu mẫu"));
  });

  it("never let the focus fall to the body on the way", async () => {
    expect(await focusLosses(s.page)).toEqual([]);
  });
});
