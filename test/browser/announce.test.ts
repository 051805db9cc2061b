/**
 * Issue 12: the outcome of each action is announced to screen readers (through Fluent's live announcer),
 * in the pane's current language: findings counted, cells highlighted and cleared, rates written, the
 * form inserted; and the same check twice is not met with silence.
 */
import { describe, expect, it } from "vitest";
import { announced, announcingPane } from "./support/announce";
import { hasChromium } from "./support/browser";
import { unitSheetsWorkbook } from "./support/seeds";

describe.skipIf(!hasChromium)("what the pane announces", () => {
  const s = announcingPane(() => unitSheetsWorkbook(), "tab-check");

  /** Runs `act`, then waits for an announcement made after it that matches. */
  async function expectAnnounced(act: () => Promise<void>, wanted: RegExp): Promise<void> {
    const before = (await announced(s.page)).length;
    await act();
    await expect.poll(async () => (await announced(s.page)).slice(before)).toContainEqual(expect.stringMatching(wanted));
  }

  it("counts the findings of a check, and says so when a second check finds the same", async () => {
    const { page } = s;
    await expectAnnounced(() => page.getByTestId("validate").click(), /^Đã kiểm tra xong: [1-9]\d* lỗi, \d+ cảnh báo, \d+ lưu ý\.$/);
    await expectAnnounced(() => page.getByTestId("validate").click(), /^Xong; kết quả như lần trước\.$/);
  });

  it("says how many cells were highlighted, then cleared (the same notice, its text changed)", async () => {
    const { page } = s;
    await expectAnnounced(() => page.getByTestId("highlight").click(), /Đã tô màu \d+ ô/);
    await expectAnnounced(() => page.getByTestId("clear-highlight").click(), /Đã xóa tô màu \d+ ô/);
  });

  it("says the rate column was written", async () => {
    const { page } = s;
    await page.getByTestId("tab-plan").click();
    await page.getByTestId("read-plan").click();
    await page.getByTestId("plan-table").waitFor();
    await expectAnnounced(() => page.getByTestId("write-formulas").click(), /Đã ghi \d+ công thức vào cột/);
  });

  it("says the form was inserted, in the language the pane speaks", async () => {
    const { page } = s;
    await page.getByTestId("tab-form").click();
    await expectAnnounced(() => page.getByTestId("insert-form").click(), /Đã chèn trang “BC-XDĐ”/);
    await page.getByTestId("lang-en").click();
    await page.getByTestId("form-inserted").getByRole("button").click();
    await expectAnnounced(() => page.getByTestId("insert-form").click(), /Inserted the sheet “BC-XDĐ \(2\)”/);
  });
});
