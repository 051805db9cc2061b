import { consolidate, consolidationSheets, type SheetSpec } from "../../src/engine";
import type { FileCheck } from "../../src/engine/check";
import { BCXDD } from "../../src/templates/bcxdd";
import { check } from "../support/build";
import { SAMPLE_UNITS, type SampleUnit } from "../support/units";
import { afterEach } from "vitest";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fakes/excel";

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

/** Checks of `count` units made from the sample ones, each with its own code, name and file. */
export function unitChecks(count: number, rename: (i: number, base: SampleUnit) => string = (i, b) => `${b.name} số ${i + 1}`): FileCheck[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_UNITS[i % SAMPLE_UNITS.length];
    const code = `U${String(i + 1).padStart(3, "0")}`;
    return check({ ...base, code, name: rename(i, base) }, {}, `${code}.xlsx`);
  });
}

/** The four sheets of a consolidation of `checks`, as the task pane writes them. */
export function consolidationOf(checks: FileCheck[]): SheetSpec[] {
  return consolidationSheets(consolidate(checks, BCXDD), BCXDD);
}
