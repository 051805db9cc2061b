/**
 * Thông tin ký biểu (issue 13 §1) in the production build inside the fake Excel: the fields filled in, the
 * consolidation's `Tổng hợp` sheet carries them, they are saved in the workbook's settings, and a pane
 * opened again on that workbook shows them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FakeExcel } from "../fakes/excel";
import { gridsOf } from "../support/files";
import { hasChromium } from "./support/browser";
import { officeStubScript } from "./support/build";
import { paneFor, servedFor } from "./support/pane";
import { privacyTests } from "./support/privacyTests";
import { heldSheet } from "./support/workbook";

type InPage = { __fakeExcel: FakeExcel };

const KEY = "TongHop.signing";
const FILES = ["examples/units/01-cap-nuoc.xlsx", "examples/units/05-agribank.xls"];
const FIELDS = {
  parent: "Đảng bộ Khối doanh nghiệp tỉnh",
  committee: "Đảng ủy Cụm II",
  place: "Hà Nội",
  title: "Phó Bí thư",
  name: "Nguyễn Văn An",
};

describe.skipIf(!hasChromium)("letterhead and signature settings inside (a fake of) Excel", () => {
  const s = servedFor(() => ({ kind: "excel", stub: officeStubScript(), seed: { displayLanguage: "vi-VN" } }), async (served) => {
    await served.page.goto(`${served.origin}/taskpane.html`);
    await served.page.getByTestId("tab-consolidate").waitFor({ timeout: 20_000 });
  });

  it("is collapsed at first; opened, every field is named by its label", async () => {
    const { page } = s;
    await page.getByTestId("tab-consolidate").click();
    const toggle = page.getByTestId("signing").getByRole("button", { name: "Thông tin ký biểu" });
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(page.getByTestId("signing-committee").count()).resolves.toBe(0);
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    for (const label of ["Cấp ủy cấp trên", "Tên cấp ủy tổng hợp", "Địa danh", "Thay mặt", "Chức vụ người ký", "Họ tên người ký"]) {
      await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.getByLabel("Tên cấp ủy tổng hợp", { exact: true }).getAttribute("data-testid")).resolves.toBe("signing-committee");
  });

  it("filled in, is saved in the workbook, and the consolidated Tổng hợp shows the committee, place and signatory", async () => {
    const { page } = s;
    for (const [key, value] of Object.entries(FIELDS)) await page.getByTestId(`signing-${key}`).fill(value);
    await page.getByTestId("signing-onBehalf").selectOption("BAN THƯỜNG VỤ");
    // Saved a moment after the last change, before any consolidation.
    await expect
      .poll(() => page.evaluate((key) => (globalThis as unknown as InPage).__fakeExcel.workbook.settings.get(key), KEY), { timeout: 10_000 })
      .toEqual({ committee: FIELDS.committee, parent: FIELDS.parent, place: FIELDS.place, signer: { title: FIELDS.title, name: FIELDS.name }, onBehalf: "BAN THƯỜNG VỤ" });

    await page.getByTestId("files").setInputFiles(FILES);
    await expect.poll(() => page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])').count(), { timeout: 60_000 }).toBe(FILES.length);
    await page.getByTestId("consolidate").click();
    await page.getByTestId("panel-consolidate").getByTestId("success").waitFor({ timeout: 60_000 });
    const texts = (await heldSheet(page, "Tổng hợp")).flat().map((c) => c.value).filter((v): v is string => typeof v === "string");
    const all = texts.join("\n");
    expect(all).toContain("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH");
    expect(all).toContain("ĐẢNG ỦY CỤM II");
    expect(all).toMatch(/Hà Nội, ngày/);
    expect(all).toContain("T/M BAN THƯỜNG VỤ");
    expect(all).toMatch(/PHÓ BÍ THƯ/i);
    expect(all).toContain(FIELDS.name);
    expect(all).not.toMatch(/ĐẢNG ỦY …/);
  });

  it("a pane opened again on the same workbook shows the saved values", async () => {
    const settings = await s.page.evaluate(() => Object.fromEntries((globalThis as unknown as InPage).__fakeExcel.workbook.settings.entries()));
    expect(settings[KEY]).toBeTruthy();
    const page = await s.context.newPage();
    try {
      await page.addInitScript((seed) => ((globalThis as Record<string, unknown>).__TONGHOP_FAKE_SEED__ = seed), { displayLanguage: "vi-VN", settings });
      await page.goto(`${s.origin}/taskpane.html`);
      await page.getByTestId("tab-consolidate").click();
      await page.getByTestId("signing-toggle").click();
      for (const [key, value] of Object.entries(FIELDS)) await expect.poll(() => page.getByTestId(`signing-${key}`).inputValue(), { timeout: 10_000 }).toBe(value);
      await expect(page.getByTestId("signing-onBehalf").inputValue()).resolves.toBe("BAN THƯỜNG VỤ");
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!hasChromium)("letterhead and signature settings in a plain browser (no Office)", () => {
  const s = paneFor(() => ({ kind: "browser" }), "banner-browser");

  it("says they are kept for the session only, and puts them on the downloaded workbook's Tổng hợp", async () => {
    const { page } = s;
    await page.getByTestId("signing-toggle").click();
    await expect(page.getByTestId("signing").textContent()).resolves.toContain("Chỉ giữ trong phiên làm việc này");
    await page.getByTestId("signing-committee").fill(FIELDS.committee);
    await page.getByTestId("signing-place").fill(FIELDS.place);
    await page.getByTestId("files").setInputFiles(FILES);
    await expect.poll(() => page.locator('[data-testid="file-row"]:not([data-status="đang đọc"])').count(), { timeout: 60_000 }).toBe(FILES.length);
    // Closed and opened again (its fields are gone from the page meanwhile): the values stay.
    await page.getByTestId("signing-toggle").click();
    await expect.poll(() => page.getByTestId("signing-committee").count()).toBe(0);
    await page.getByTestId("signing-toggle").click();
    await expect(page.getByTestId("signing-committee").inputValue()).resolves.toBe(FIELDS.committee);
    const download = page.waitForEvent("download");
    await page.getByTestId("consolidate").click();
    const file = await download;
    const grids = gridsOf(new Uint8Array(readFileSync((await file.path())!)));
    const sheet = grids.find((g) => g.name === "Tổng hợp")!;
    const all = sheet.cells.flat().map((c) => c?.v).filter((v): v is string => typeof v === "string").join("\n");
    expect(all).toContain("ĐẢNG ỦY CỤM II");
    expect(all).toMatch(/Hà Nội, ngày/);
    // Not given: dots to fill in by hand.
    expect(all).toMatch(/ĐẢNG BỘ …/);
  });

  privacyTests(s);
});
