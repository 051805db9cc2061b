/**
 * Mẫu của đơn vị (issue 10) in the built pane, inside (a fake of) Excel: learn the active sheet's form,
 * correct a row's relation, save the template in the workbook's settings; then Kiểm tra recognises a unit's
 * filled copy as that form (with the `Trong đó` row above its parent found), and Mẫu biểu offers and inserts
 * its blank. The template also downloads as a .json file that loads, and a committee that receives such a file
 * opens it on the same screen: kept in the workbook and used by Kiểm tra, or refused with a message.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseForm } from "../../src/templates/form";
import { hasChromium } from "./support/browser";
import { BLANK_SHEET, COPY_SHEET, learnWorkbook, sharedTemplate } from "./support/learnSeed";
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

describe.skipIf(!hasChromium)("Mẫu của đơn vị: opening another committee's .json", { timeout: 120_000 }, () => {
  const s = paneFor(() => learnWorkbook(), "tab-check");
  const open = (name: string, buffer: Buffer) => s.page.getByTestId("own-form-file").setInputFiles({ name, mimeType: "application/json", buffer });

  it("refuses a broken file and a hostile one with a message naming the problem, and keeps nothing", async () => {
    const { page } = s;
    await page.getByTestId("tab-own").click();
    await open("hong.json", Buffer.from('{ "id": "DV-1", "rows": ['));
    await page.getByTestId("problem").waitFor();
    expect(await page.getByTestId("problem").textContent()).toContain("Tệp “hong.json” không phải tệp mẫu .json");
    const hostile = JSON.parse(sharedTemplate().toString()) as { columns: { formula?: string }[] };
    hostile.columns[3].formula = 'constructor.constructor("return process")()';
    await open("doc.json", Buffer.from(JSON.stringify(hostile)));
    await expect.poll(() => page.getByTestId("problem").textContent()).toContain("“doc.json” không phải mẫu biểu dùng được: /columns/3/formula");
    await open("co-san.json", sharedTemplate("BTCTW-1"));
    await expect.poll(() => page.getByTestId("problem").textContent()).toContain("Mã “BTCTW-1” là của một biểu có sẵn");
    expect(await settings(page)).toEqual([]);
  });

  it("keeps a valid one in the workbook, lists it, says so and takes the focus there", async () => {
    const { page } = s;
    await open("mau-dv-nhan-tep.json", sharedTemplate());
    await page.getByTestId("own-form-imported").waitFor();
    expect(await page.getByTestId("problem").count()).toBe(0);
    expect(await page.getByTestId("own-form-imported").textContent()).toContain("(DV-NHAN-TEP)");
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("[data-testid=own-form-imported]"))).toBe(true);
    expect((await settings(page)).map((f) => f.id)).toEqual(["DV-NHAN-TEP"]);
    expect(await page.getByTestId("own-forms").textContent()).toContain("DV-NHAN-TEP");
  });

  it("Kiểm tra then checks a unit's copy as that form", async () => {
    const { page } = s;
    await activate(page, COPY_SHEET);
    await page.getByTestId("tab-check").click();
    await page.getByTestId("validate").click();
    await page.getByTestId("check-facts").waitFor();
    expect(await page.getByTestId("form").getAttribute("data-form")).toBe("DV-NHAN-TEP");
  });
});
