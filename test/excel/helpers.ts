import { consolidate, consolidationSheets, type SheetSpec } from "../../src/engine";
import type { FileCheck } from "../../src/engine/check";
import { BCXDD } from "../../src/templates/bcxdd";
import { afterEach } from "vitest";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fakes/excel";

export { unitChecks } from "../support/build";

let installed: FakeExcel | null = null;

/** A fake Excel installed as the globals `Excel` and `Office`; removed after the test. */
export function fakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  installed?.uninstall();
  const fake = createFakeExcel(options);
  fake.install();
  installed = fake;
  return fake;
}

afterEach(() => {
  installed?.uninstall();
  installed = null;
});

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** The four sheets of a consolidation of `checks`, as the task pane writes them. */
export function consolidationOf(checks: FileCheck[]): SheetSpec[] {
  return consolidationSheets(consolidate(checks, BCXDD), BCXDD);
}
