/**
 * Kỳ trước in the production build, in Chromium with no Office (issue 11): this quarter's files and last quarter's
 * units' files picked as the earlier period; the pane names the period it found, and the downloaded workbook
 * holds `So sánh` and the findings across periods.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gridsOf } from "../support/files";
import { hasChromium } from "./support/browser";
import { paneFor } from "./support/pane";

const dir = (q: string) => join("test/fixtures/periods/bcxdd", q);
const filesOf = (d: string) => readdirSync(d).sort().map((f) => join(d, f));

describe.skipIf(!hasChromium)("Kỳ trước in a plain browser", () => {
  const s = paneFor(() => ({ kind: "browser" }), "banner-browser");

  it("reads the earlier period, names it, and the workbook compares and checks against it", async () => {
    const { page } = s;
    await page.getByTestId("files").setInputFiles(filesOf(dir("2026-q3")));
    await page.getByTestId("previous").setInputFiles(filesOf(dir("2026-q2")));
    await expect.poll(() => page.getByTestId("previous-loaded").textContent(), { timeout: 60_000 }).toContain("Quý II/2026");
    const settled = page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])');
    await expect.poll(() => settled.count(), { timeout: 60_000 }).toBe(6);

    const download = page.waitForEvent("download");
    await page.getByTestId("consolidate").click();
    const grids = gridsOf(new Uint8Array(readFileSync((await (await download).path())!)));
    expect(grids.map((g) => g.name)).toContain("So sánh");
    const rules = grids.find((g) => g.name === "Kiểm tra")!.cells.flatMap((row) => row?.map((c) => c?.v) ?? []);
    expect(rules).toEqual(expect.arrayContaining(["CARRY_OVER", "YTD_CONTINUITY", "SHARP_CHANGE"]));

    await page.getByTestId("remove-previous").click();
    await expect.poll(() => page.getByTestId("previous-loaded").count()).toBe(0);
  });
});
