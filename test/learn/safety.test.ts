/**
 * A template from another committee is data, never code (issue 10 §4): the loader accepts only codes, numbers,
 * arithmetic, comparisons and the calls the format names; anything else is a clear problem naming the field,
 * and nothing in the file is ever run. Each hostile expression here is put where a learned template carries
 * expressions (a column formula, a row formula, a rule), in a template that loads when the expression is
 * harmless, so a rejection is about the expression alone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { learnForm } from "../../src/engine/forms/learn";
import { formatProblems, loadForm, parseForm, type FormTemplate } from "../../src/templates/form";
import { gridsOf } from "../support/files";
import { tmp, tonghop } from "../cli/helpers";

const BLANK = "test/fixtures/learn/bao-cao-nhiem-vu-quy-mau.xlsx";
const learned = (): FormTemplate => {
  const r = learnForm(gridsOf(new Uint8Array(readFileSync(BLANK)))[0]);
  if (!r.ok) throw new Error(r.en);
  return JSON.parse(JSON.stringify(r.form)) as FormTemplate;
};

const HOSTILE = [
  'constructor.constructor("return process")().exit()',
  'row("A")["constructor"]',
  "this",
  "globalThis.process",
  'require("child_process")',
  'eval("1")',
  "(() => 1)()",
  'row("II.2") || 1',
  "a = 1",
  'row("II.2"), row("II.3")',
  "new Function('x')",
  '`${1}`',
  'col("2").valueOf()',
  '__proto__',
  'row(col("2"))',
  'row("II.2" + "")',
];

describe("a learned template loads, and a hostile expression in it never does", () => {
  it("the learned template loads as it is (the rejections below are the expressions' alone)", () => {
    expect(loadForm(learned()).ok).toBe(true);
  });

  it.each(HOSTILE)("%s is refused in a column formula, a row formula and a rule, naming the field", (expr) => {
    const places: [string, (f: FormTemplate) => void][] = [
      ["/columns/3/formula", (f) => (f.columns[3].formula = expr)],
      ["/rules/0/expr", (f) => (f.rules![0].expr = `row("II.5") == ${expr}`)],
      ["/rows/1/formula", (f) => Object.assign(f.rows[1], { kind: "ratio", formula: expr })],
    ];
    for (const [at, put] of places) {
      const f = learned();
      put(f);
      const r = loadForm(f);
      expect(r.ok, `${at}: ${expr}`).toBe(false);
      if (!r.ok) expect(formatProblems(r.problems, "en")).toContain(at);
    }
  });

  it("fields a template does not know, a prototype key, and an id that is a path are refused", () => {
    for (const text of [
      JSON.stringify({ ...learned(), __proto__: { polluted: true } }).replace('"id"', '"__proto__":{"polluted":true},"id"'),
      JSON.stringify({ ...learned(), onLoad: "alert(1)" }),
      JSON.stringify({ ...learned(), id: "../../etc/passwd" }),
      JSON.stringify({ ...learned(), rows: [{ code: "A", label: "x", kind: "count", script: "1" }] }),
    ]) {
      expect(parseForm(text).ok, text.slice(0, 60)).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("the CLI refuses such a file with a usage error (exit 2) and writes nothing", async () => {
    const dir = tmp();
    const f = learned();
    f.columns[3].formula = 'constructor.constructor("return process")().exit()';
    const path = join(dir, "doc-hai.json");
    writeFileSync(path, JSON.stringify(f));
    const out = join(dir, "x.xlsx");
    const r = await tonghop("consolidate", "--form", path, "test/fixtures/learn/bao-cao-nhiem-vu-quy-01.xlsx", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("/columns/3/formula");
    expect(() => readFileSync(out)).toThrow();
  });
});
