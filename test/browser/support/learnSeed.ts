import { readFileSync } from "node:fs";
import { learnForm } from "../../../src/engine/forms/learn";
import { rangeA1, type Grid } from "../../../src/engine/grid";
import type { FakeSheetSeed } from "../../fakes/excel/seed";
import { gridsOf } from "../../support/files";
import { officeStubScript } from "./build";
import type { OfficeMode } from "./browser";

/** The blank of a committee's own form and a unit's filled copy (test/fixtures/learn), as the fake Excel's sheets. */
export const LEARN_BLANK = "test/fixtures/learn/bao-cao-nhiem-vu-quy-mau.xlsx";
export const LEARN_COPY = "test/fixtures/learn/bao-cao-nhiem-vu-quy-07.xlsx";
export const BLANK_SHEET = "Mẫu báo cáo quý";
export const COPY_SHEET = "Xã Tân Hưng";

function seedOf(grid: Grid, name: string): FakeSheetSeed {
  const rows = grid.cells.map((row) => Array.from({ length: grid.colCount }, (_, c) => {
    const v = row?.[c]?.v;
    return v === undefined || v === null || typeof v === "object" ? null : v;
  }));
  const formulas = grid.cells.map((row) => Array.from({ length: grid.colCount }, (_, c) => (row?.[c]?.f ? `=${row[c]!.f}` : null)));
  return { name, rows, formulas, merges: grid.merges.map(rangeA1) };
}

const gridOf = (path: string) => gridsOf(new Uint8Array(readFileSync(path)), path)[0];

/** The blank active, the copy beside it. */
export function learnWorkbook(displayLanguage = "vi-VN"): OfficeMode {
  const sheets = [{ ...seedOf(gridOf(LEARN_BLANK), BLANK_SHEET), active: true }, seedOf(gridOf(LEARN_COPY), COPY_SHEET)];
  return { kind: "excel", stub: officeStubScript(), seed: { sheets, displayLanguage } };
}

/** The template another committee learned from the same blank and shared as .json. */
export function sharedTemplate(id = "DV-NHAN-TEP"): Buffer {
  const r = learnForm(gridOf(LEARN_BLANK));
  if (!r.ok) throw new Error(r.en);
  return Buffer.from(`${JSON.stringify({ ...r.form, id }, null, 2)}\n`);
}
