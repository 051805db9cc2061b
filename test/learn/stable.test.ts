// Codes are stable: the same form learned from its blank in another format, or from a unit's filled copy,
// gives the same rows, codes, relations and rules (forms/README.md: codes never change once published).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { learnForm } from "../../src/engine/forms/learn";
import type { FormTemplate } from "../../src/templates/form";
import { gridsOf } from "../support/files";

const DIR = "test/fixtures/learn";
function learn(file: string): FormTemplate {
  const r = learnForm(gridsOf(new Uint8Array(readFileSync(`${DIR}/${file}`)), file)[0]);
  if (!r.ok) throw new Error(r.en);
  return r.form;
}
/** What must not depend on the file: everything but the note naming the sheet it was learned from. */
const shape = (f: FormTemplate) => ({ ...f, notes: undefined });
/** On a filled copy, rows are told by their figures rather than by formulas: compare what both know. */
const skeleton = (f: FormTemplate) => ({
  id: f.id,
  title: f.title,
  columns: f.columns.map((c) => [c.code, c.kind, c.formula ?? ""]),
  rows: f.rows.map((r) => [r.code, r.label, r.under ?? "", r.parent ? `${r.parent.relation}:${r.parent.row}` : ""]),
  rules: f.rules ?? [],
});

describe("the same form learned from different files", () => {
  it.each([
    ["bao-cao-nhiem-vu-quy-mau.xlsx", "bao-cao-nhiem-vu-quy-mau.ods"],
    ["khao-sat-dang-vien-chu-doanh-nghiep-mau.xls", "khao-sat-dang-vien-chu-doanh-nghiep-mau.xlsx"],
  ])("%s and %s give one template", (a, b) => {
    expect(shape(learn(b))).toEqual(shape(learn(a)));
  });

  it.each([
    ["bao-cao-nhiem-vu-quy-mau.xlsx", ["bao-cao-nhiem-vu-quy-01.xlsx", "bao-cao-nhiem-vu-quy-02.xls", "bao-cao-nhiem-vu-quy-03.ods"]],
    ["khao-sat-dang-vien-chu-doanh-nghiep-mau.xls", ["khao-sat-dang-vien-chu-doanh-nghiep-01.xlsx", "khao-sat-dang-vien-chu-doanh-nghiep-03.ods"]],
  ])("%s and its units' filled copies give the same rows, codes, relations and rules", (blank, copies) => {
    const want = skeleton(learn(blank));
    for (const copy of copies) expect(skeleton(learn(copy)), copy).toEqual(want);
  });
});
