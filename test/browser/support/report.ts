import { cellAt, type Grid } from "../../../src/engine/grid";
import type { Finding } from "../../../src/engine/findings";
import { findingsSheet } from "../../../src/engine/sheets/checks";
import { readWorkbook } from "../../../src/files/index";
import type { Page } from "playwright-core";
import type { FakeExcel } from "../../fakes/excel";

/** A findings workbook as its reader sees it: the `Kiểm tra` sheet's rows under the header, as text. */
export function findingRows(bytes: Uint8Array): string[][] {
  const read = readWorkbook(bytes, "kiem-tra.xlsx");
  if (!read.ok) throw new Error(`the findings report does not read back: ${read.reason.en}`);
  assertOnlySheet(read.grids.map((g) => g.name), "Kiểm tra");
  return rowsOf(read.grids[0]).slice(1);
}

function assertOnlySheet(names: string[], name: string) {
  if (names.length !== 1 || names[0] !== name) throw new Error(`expected one sheet "${name}", got ${JSON.stringify(names)}`);
}

function rowsOf(grid: Grid): string[][] {
  return Array.from({ length: grid.rowCount }, (_, r) => Array.from({ length: 7 }, (_, c) => String(cellAt(grid, r, c)?.v ?? "")));
}

/** The rows the engine's `Kiểm tra` sheet has for these findings, as the report must hold them. */
export function expectedRows(findings: Finding[], unitOf: (file: string | undefined) => string): string[][] {
  return findingsSheet(findings, unitOf, "vi")
    .rows.slice(1)
    .map((row) => Array.from({ length: 7 }, (_, c) => {
      const cell = row[c];
      return cell?.t === "text" ? cell.v : "";
    }));
}

/** The last workbook the page opened with `Excel.createWorkbook`, as bytes. */
export async function lastCreatedWorkbook(page: Page): Promise<Uint8Array> {
  const base64 = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.createdWorkbooks.at(-1) ?? "");
  if (!base64) throw new Error("the page opened no workbook");
  return new Uint8Array(Buffer.from(base64, "base64"));
}

/** How many workbooks the page opened with `Excel.createWorkbook` so far. */
export function createdCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.createdWorkbooks.length);
}
