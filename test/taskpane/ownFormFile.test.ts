// A template .json another committee shared (issue 10): read with the loader the stored templates use, or
// refused with a message, in both languages, that names the problem; never run, never a crash.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { learnForm } from "../../src/engine/forms/learn";
import { readTemplateFile } from "../../src/taskpane/state/ownForms";
import type { FormTemplate } from "../../src/templates/form";
import { gridsOf } from "../support/files";

const learned = (): FormTemplate => {
  const r = learnForm(gridsOf(new Uint8Array(readFileSync("test/fixtures/learn/bao-cao-nhiem-vu-quy-mau.xlsx")))[0]);
  if (!r.ok) throw new Error(r.en);
  return JSON.parse(JSON.stringify(r.form)) as FormTemplate;
};
const text = (f: unknown) => `${JSON.stringify(f, null, 2)}\n`;
const refused = async (name: string, body: string) => {
  const r = await readTemplateFile(name, body);
  if (r.ok) throw new Error("expected a refusal");
  return r.message;
};

describe("a template .json from another committee", () => {
  it("loads as the template it holds (also with a byte-order mark)", async () => {
    const form = learned();
    for (const body of [text(form), `\uFEFF${text(form)}`]) {
      const r = await readTemplateFile("mau.json", body);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.form.id).toBe(form.id);
    }
  });

  it("is refused when it is not JSON, naming the file", async () => {
    for (const body of ["", "{ id: 1", "PK\u0003\u0004binary", text(learned()).slice(0, 200)]) {
      const m = await refused("hong.json", body);
      expect(m.vi).toContain("Tệp “hong.json” không phải tệp mẫu .json");
      expect(m.en).toContain("“hong.json” is not a template .json");
    }
  });

  it("is refused when it is not a template, naming the loader's problems in each language", async () => {
    for (const json of [null, 42, [], { id: "X" }, "text"]) {
      const m = await refused("khac.json", JSON.stringify(json));
      expect(m.vi).toContain("Tệp “khac.json” không phải mẫu biểu dùng được:");
      expect(m.en).toContain("“khac.json” is not a usable template:");
    }
  });

  it("is refused when it carries a hostile expression, naming the field; nothing in it runs", async () => {
    const f = learned();
    (globalThis as { __ran?: boolean }).__ran = false;
    f.columns[3].formula = 'constructor.constructor("globalThis.__ran = true")()';
    const m = await refused("doc.json", text(f));
    expect(m.en).toContain("/columns/3/formula");
    expect(m.vi).toContain("/columns/3/formula");
    expect((globalThis as { __ran?: boolean }).__ran).toBe(false);
  });

  it("names at most five problems, then how many more", async () => {
    const f = learned() as unknown as { columns: Record<string, unknown>[] };
    for (const c of f.columns) c.kind = "nope";
    const m = await refused("nhieu.json", text(f));
    expect(m.vi.split("; ").length).toBe(6);
    expect(m.vi).toMatch(/… và \d+ lỗi khác$/);
    expect(m.en).toMatch(/… and \d+ more$/);
  });

  it("is refused when its id is a built-in form's, in any case", async () => {
    const m = await refused("mau.json", text({ ...learned(), id: "btctw-1" }));
    expect(m.vi).toContain("Mã “btctw-1” là của một biểu có sẵn");
    expect(m.en).toContain("“btctw-1” is a built-in form's id");
  });

  it("keeps a prototype key as data: the template is refused or loads, Object.prototype is untouched", async () => {
    const body = text(learned()).replace(/^\{/, '{ "__proto__": { "polluted": true },');
    await readTemplateFile("proto.json", body);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
