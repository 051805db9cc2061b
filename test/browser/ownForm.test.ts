/**
 * Mẫu của đơn vị (issue 10) in the built pane, inside (a fake of) Excel: learn the active sheet's form,
 * correct a row's relation, save the template in the workbook's settings; then Kiểm tra recognises a unit's
 * filled copy as that form (with the `Trong đó` row above its parent found), and Mẫu biểu offers and inserts
 * its blank. The template also downloads as a .json file that loads.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseForm } from "../../src/templates/form";
import { hasChromium } from "./support/browser";
import { BLANK_SHEET, COPY_SHEET, learnWorkbook } from "./support/learnSeed";
import { paneFor } from "./support/pane";
import type { Page } from "playwright-core";

const activate = (page: Page, name: string) =>
  page.evaluate(async (sheet) => {
    type Ctx = { workbook: { worksheets: { getItem(n: string): { activate(): void } } }; sync(): Promise<void> };
    const excel = (globalThis as unknown as { Excel: { run(f: (ctx: Ctx) => Promise<void>): Promise<void> } }).Excel;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      await ctx.sync();
    });
  }, name);

const settings = (page: Page) =>
  page.evaluate(() => {
    const fake = (globalThis as unknown as { __fakeExcel: { workbook: { settings: Map<string, unknown> } } }).__fakeExcel;
    const raw = fake.workbook.settings.get("TongHop.forms");
    type Stored = { id: string; rows: { code: string; parent?: { relation: string } }[] }[];
    return (typeof raw === "string" ? JSON.parse(raw) : (raw ?? [])) as Stored;
  });

describe.skipIf(!hasChromium)("Mẫu của đơn vị", { timeout: 120_000 }, () => {
  const s = paneFor(() => learnWorkbook(), "tab-check");

  it("learns the active sheet's form: rows, columns, rules and the questions", async () => {
    const { page } = s;
    await page.getByTestId("tab-own").click();
    await page.getByTestId("learn-sheet").click();
    await page.getByTestId("learned").waitFor();
    expect(await page.getByTestId("learned-title").textContent()).toContain(BLANK_SHEET);
    expect(await page.getByTestId("own-form-id").inputValue()).toBe("DV-02-BC-DU");
    expect(await page.getByTestId("learned-rows").locator("li").count()).toBe(23);
    expect(await page.getByTestId("learned-columns").locator("li").count()).toBe(9);
    expect(await page.getByTestId("row-relation-II.1.a").inputValue()).toBe("partition");
    expect(await page.getByTestId("row-relation-I.2.DVT").inputValue()).toBe("subset");
    expect(await page.getByTestId("learned-rules").textContent()).toContain('ROW_FORMULA row("II.5") == row("II.2") + row("II.3") - row("II.4")');
  });

  it("takes a correction, refuses an id a built-in form has, and saves the template in the workbook", async () => {
    const { page } = s;
    await page.getByTestId("row-relation-I.2.DVN").selectOption("disjointSubset");
    await page.getByTestId("own-form-id").fill("BTCTW-1");
    await page.getByTestId("own-form-problems").waitFor();
    expect(await page.getByTestId("save-own-form").isDisabled()).toBe(true);
    await page.getByTestId("own-form-id").fill("BC-QUY-DU");
    await page.getByTestId("own-form-problems").waitFor({ state: "detached" });
    const download = page.waitForEvent("download");
    await page.getByTestId("download-own-form").click();
    const file = await (await download).path();
    const loaded = parseForm(readFileSync(file, "utf8"));
    expect(loaded.ok).toBe(true);
    await page.getByTestId("save-own-form").click();
    await page.getByTestId("own-form-saved").waitFor();
    const stored = await settings(page);
    expect(stored.map((f) => f.id)).toEqual(["BC-QUY-DU"]);
    expect(stored[0].rows.find((r) => r.code === "I.2.DVN")?.parent?.relation).toBe("disjointSubset");
    expect(await page.getByTestId("own-forms").textContent()).toContain("BC-QUY-DU");
  });

  it("Kiểm tra then checks a unit's copy as that form and finds its `Trong đó` row above the parent", async () => {
    const { page } = s;
    await activate(page, COPY_SHEET);
    await page.getByTestId("tab-check").click();
    await page.getByTestId("validate").click();
    await page.getByTestId("check-facts").waitFor();
    expect(await page.getByTestId("form").getAttribute("data-form")).toBe("BC-QUY-DU");
    expect(await page.getByTestId("panel-check").textContent()).toContain("lớn hơn dòng I.2");
  });

  it("Mẫu biểu offers the form and inserts its blank", async () => {
    const { page } = s;
    await page.getByTestId("tab-form").click();
    await page.getByTestId("form-choice").selectOption("BC-QUY-DU");
    await page.getByTestId("insert-form").click();
    await page.getByTestId("form-inserted").waitFor();
    expect(await page.getByTestId("form-inserted").textContent()).toContain("Biểu BC-QUY-DU");
  });
});
