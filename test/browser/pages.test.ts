/**
 * The ribbon's pages under their Content-Security-Policy: commands.html (the function file) runs the
 * "Kiểm tra báo cáo" command against the fake Excel, and result.html (the dialog it opens) shows the
 * outcome; neither trips the policy nor asks anything of another host.
 */
import { describe, expect, it } from "vitest";
import type { FakeExcel } from "../fakes/excel";
import { seedFromSpec } from "../fakes/excel/specSeed";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";
import { hasChromium } from "./support/browser";
import { officeStubScript } from "./support/build";
import { servedFor } from "./support/pane";
import { violationsOf } from "./support/privacy";

type InPage = { __fakeExcel: FakeExcel };

describe.skipIf(!hasChromium)("the ribbon command's pages", () => {
  const s = servedFor(() => {
    const seed = { sheets: [{ ...seedFromSpec(reportSheet(SAMPLE_UNITS[0], { statedPct: { KT_DV: "75,5%" } }), "Báo cáo"), active: true }] };
    return { kind: "excel", stub: officeStubScript(), seed };
  });

  it("commands.html runs the command and opens result.html, which shows the finding", async () => {
    const { page, origin } = s;
    await page.goto(`${origin}/commands.html`);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.office.actions.has("validateReport"))).toBe(true);
    await page.evaluate(() => void (globalThis as unknown as InPage).__fakeExcel.office.invokeAction("validateReport"));
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.office.dialogs.length), { timeout: 20_000 }).toBe(1);
    const dialog = await page.evaluate(() => (globalThis as unknown as InPage).__fakeExcel.office.dialogs[0].url);
    expect(dialog.startsWith(`${origin}/result.html#`)).toBe(true);
    expect(await violationsOf(page)).toEqual([]);

    await page.goto(dialog);
    await page.locator("#result .line.error").first().waitFor();
    expect(await page.locator("#result").textContent()).toContain("75,5%");
    expect(await violationsOf(page)).toEqual([]);
  });

  it("raised no page error and asked for nothing outside the add-in's origin", () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
