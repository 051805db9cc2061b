// The corrections Mẫu của đơn vị offers keep a learned template loadable, or say plainly why it is not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { learnForm } from "../../src/engine/forms/learn";
import { ownFormsBytes, OWN_FORMS_MAX_BYTES } from "../../src/excel/ownForms";
import { draftProblems, setColumnKind, setFormId, setRowKind, setRowParent, setRowRelation, templateFileName } from "../../src/taskpane/state/learnDraft";
import { loadForm, type FormTemplate } from "../../src/templates/form";
import { gridsOf } from "../support/files";

const learned = (): FormTemplate => {
  const r = learnForm(gridsOf(new Uint8Array(readFileSync("test/fixtures/learn/bao-cao-nhiem-vu-quy-mau.xlsx")))[0]);
  if (!r.ok) throw new Error(r.en);
  return r.form;
};
const loads = (f: FormTemplate) => loadForm(JSON.parse(JSON.stringify(f))).ok;

describe("correcting a learned template", () => {
  it("a row made a heading loses its relations and the rules that name it, and the template still loads", () => {
    const f = setRowKind(learned(), "II.5", "heading");
    expect(f.rules ?? []).toEqual([]);
    expect(loads(f)).toBe(true);
    const g = setRowKind(learned(), "II.1", "heading");
    expect(g.rows.filter((r) => r.parent?.row === "II.1")).toEqual([]);
    expect(loads(g)).toBe(true);
  });

  it("a parent and a relation can be set, changed and removed", () => {
    let f = setRowParent(learned(), "II.3", "II.2", "subset");
    expect(f.rows.find((r) => r.code === "II.3")!.parent).toEqual({ row: "II.2", relation: "subset" });
    f = setRowRelation(f, "II.3", "partition");
    expect(f.rows.find((r) => r.code === "II.3")!.parent!.relation).toBe("partition");
    expect(loads(f)).toBe(true);
    f = setRowParent(f, "II.3", null);
    expect(f.rows.find((r) => r.code === "II.3")!.parent).toBeUndefined();
  });

  it("a ratio column without a formula, a built-in id, a bad id and a cycle are problems, named", () => {
    const ratio = setColumnKind(setColumnKind(learned(), "1", "text"), "1", "ratio");
    expect(draftProblems(ratio, "vi").join("\n")).toContain("Cột tỷ lệ \"1\" phải có công thức");
    expect(draftProblems(setFormId(learned(), "btctw-1"), "vi").join("\n")).toContain("là của một biểu có sẵn");
    expect(draftProblems(setFormId(learned(), "Biểu quý"), "en").join("\n")).toContain("unaccented letters");
    const cycle = setRowParent(setRowParent(learned(), "II.2", "II.3"), "II.3", "II.2");
    expect(draftProblems(cycle, "en").join("\n")).toContain("Cycle");
    expect(draftProblems(learned(), "vi")).toEqual([]);
  });

  it("a text column drops its formula and the columns that were part of it", () => {
    const f = setColumnKind(learned(), "2", "text");
    expect(f.columns.find((c) => c.code === "2")!.formula).toBeUndefined();
    expect(loads(f)).toBe(true);
  });

  it("names the file after the id, and a learned template is far below the room kept in the settings", () => {
    expect(templateFileName(learned())).toBe("mau-dv-02-bc-du.json");
    const bytes = ownFormsBytes([learned()]);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes * 12).toBeLessThan(OWN_FORMS_MAX_BYTES);
  });
});
