/**
 * Browser entry for the Playwright tests: bundled (esbuild, IIFE) and served in place of office.js.
 * It builds a fake Excel from `window.__TONGHOP_FAKE_SEED__` (the `createFakeExcel` options; without
 * `sheets`, one sheet "Báo cáo" holding a valid BC-XDĐ report), installs `Office`, `Excel` and
 * `OfficeExtension` on `window`, and exposes the fake as `window.__fakeExcel` so a test can assert
 * through `page.evaluate(() => window.__fakeExcel.workbook.sheet("Tổng hợp").grid())`.
 */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "./excel";
import { seedFromSpec } from "./excel/specSeed";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";

type StubWindow = { __TONGHOP_FAKE_SEED__?: FakeExcelOptions; __fakeExcel?: FakeExcel };

/** The first sample unit: a report with no planted mistake. */
export function defaultStubSheets(): FakeExcelOptions["sheets"] {
  return [{ ...seedFromSpec(reportSheet(SAMPLE_UNITS[0]), "Báo cáo"), active: true }];
}

const w = globalThis as unknown as StubWindow;
const seed = w.__TONGHOP_FAKE_SEED__ ?? {};
const fake = createFakeExcel({ ...seed, sheets: seed.sheets ?? defaultStubSheets() });
fake.install(globalThis);
w.__fakeExcel = fake;
