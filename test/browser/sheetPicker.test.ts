/**
 * Issue 12, the blocker: the sheet picker's boxes shared one id (they sat in one Fluent Field), so a click
 * on the second sheet's name ticked the first and the wrong sheet was consolidated. Here each sheet's name
 * (the label's text, not the box) is clicked in turn; exactly that sheet must be ticked, listed and
 * written into the consolidation.
 */
import { describe, expect, it } from "vitest";
import { DATA_COLUMNS } from "../../src/engine/sheets/data";
import { hasChromium } from "./support/browser";
import { paneFor } from "./support/pane";
import { UNIT_SHEETS, unitSheetsWorkbook } from "./support/seeds";
import { heldSheet } from "./support/workbook";

/** The distinct values of one column of the `Dữ liệu` sheet the page wrote, under its header. */
async function dataColumn(page: import("playwright-core").Page, column: (typeof DATA_COLUMNS)[number]): Promise<string[]> {
  const rows = await heldSheet(page, "Dữ liệu");
  const c = DATA_COLUMNS.indexOf(column);
  return [...new Set(rows.slice(1).map((row) => String(row[c]?.value ?? "")))];
}

describe.skipIf(!hasChromium)("the sheet picker (Tổng hợp in Excel)", () => {
  const s = paneFor(() => unitSheetsWorkbook(), "tab-check");

  it("gives every sheet's box its own id, and its name as its only label", async () => {
    const { page } = s;
    await page.getByTestId("tab-consolidate").click();
    const boxes = page.getByTestId("sheet-option");
    await expect.poll(() => boxes.count()).toBe(UNIT_SHEETS.length);
    const named = await boxes.evaluateAll((inputs) =>
      inputs.map((i) => ({ id: i.id, labels: Array.from((i as HTMLInputElement).labels ?? []).map((l) => l.textContent) })),
    );
    expect(new Set(named.map((n) => n.id)).size).toBe(UNIT_SHEETS.length);
    expect(named.map((n) => n.labels)).toEqual(UNIT_SHEETS.map((u) => [u.sheet]));
    // The group is named by the picker's label, and each box by its sheet (what a screen reader says).
    for (const u of UNIT_SHEETS) await expect(page.getByRole("checkbox", { name: u.sheet, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole("group", { name: "Trang tính trong sổ làm việc này" }).count()).resolves.toBe(1);
  });

  for (const [i, target] of UNIT_SHEETS.entries()) {
    it(`a click on the name “${target.sheet}” ticks that sheet alone, and consolidates that sheet alone`, async () => {
      const { page } = s;
      const list = page.getByTestId("sheet-list");
      await list.locator("label").getByText(target.sheet, { exact: true }).click();

      const ticked = () => page.getByTestId("sheet-option").evaluateAll((inputs) => inputs.map((b) => (b as HTMLInputElement).checked));
      await expect.poll(ticked).toEqual(UNIT_SHEETS.map((_, j) => j === i));
      const rows = page.locator('[data-testid="file-row"][data-source="sheet"]');
      await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(target.sheet)]);
      await expect.poll(() => rows.first().getAttribute("data-status"), { timeout: 30_000 }).not.toBe("đang đọc");

      const panel = page.getByTestId("panel-consolidate");
      // A new tick clears the earlier outcome, so the success seen next is this run's.
      await expect.poll(() => panel.getByTestId("success").count()).toBe(0);
      await page.getByTestId("consolidate").click();
      await panel.getByTestId("success").waitFor({ timeout: 60_000 });
      expect(await dataColumn(page, "Trang tính")).toEqual([target.sheet]);
      expect(await dataColumn(page, "Đơn vị")).toEqual([target.unit]);

      // Untick it by its name again, for the next sheet's turn.
      await list.locator("label").getByText(target.sheet, { exact: true }).click();
      await expect.poll(ticked).toEqual(UNIT_SHEETS.map(() => false));
    });
  }
});
