import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_FILES, builtInForm, builtInForms, evaluateNumber, lintForm, lintFormSet, loadForm, parseExpression, type FormTemplate } from "../../src/templates/form";

/**
 * Figures counted by hand in the form files (shared/domain/forms/btctw-*.md, section 3 "N rows (…), M columns")
 * and in FORM.md for BC-XDĐ (28 numbered indicators, 11.1 and 11.2, six sections; plan, actual, ytd and pct
 * printed, `figure` computed).
 */
const FIGURES: Record<string, { rows: number; headings: number; averages: number; columns: number; figureColumns: number }> = {
  "BC-XDD": { rows: 36, headings: 6, averages: 0, columns: 10, figureColumns: 4 },
  "BTCTW-1": { rows: 17, headings: 0, averages: 0, columns: 4, figureColumns: 3 },
  "BTCTW-2": { rows: 58, headings: 6, averages: 1, columns: 4, figureColumns: 3 },
  "BTCTW-3": { rows: 62, headings: 8, averages: 1, columns: 4, figureColumns: 3 },
  "BTCTW-3DT": { rows: 65, headings: 0, averages: 0, columns: 5, figureColumns: 3 },
  "BTCTW-5": { rows: 26, headings: 0, averages: 0, columns: 7, figureColumns: 6 },
  "BTCTW-7": { rows: 46, headings: 6, averages: 0, columns: 4, figureColumns: 3 },
};

/** test/templates/codes-check.txt is a verbatim copy of shared/domain/forms/codes-check.txt. */
function codesCheck(): Map<string, { columns: string[]; rows: string[] }> {
  const out = new Map<string, { columns: string[]; rows: string[] }>();
  const text = readFileSync(new URL("./codes-check.txt", import.meta.url), "utf8");
  for (const block of text.split(/\n\s*\n/)) {
    const field = (name: string) => (block.match(new RegExp(`^${name}: (.*)$`, "m"))?.[1] ?? "").trim();
    if (field("form")) out.set(field("form"), { columns: field("columns").split(/\s+/), rows: field("rows").split(/\s+/) });
  }
  return out;
}

const byId = (id: string) => builtInForm(id) as FormTemplate;

describe("the built-in forms", () => {
  it("are the seven forms of forms/README.md, in order", () => {
    expect(builtInForms().map((f) => f.id)).toEqual(["BC-XDD", "BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-3DT", "BTCTW-5", "BTCTW-7"]);
  });

  it.each(BUILT_IN_FILES.map((json) => [(json as { id: string }).id, json]))("%s passes the schema and the lint", (_id, json) => {
    const r = loadForm(json);
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (r.ok) expect(lintForm(r.form)).toEqual([]);
  });

  it("refer to each other only through cells that exist", () => {
    expect(lintFormSet(builtInForms())).toEqual([]);
  });

  it.each(Object.entries(FIGURES))("%s has the rows and columns the form file counts", (id, want) => {
    const f = byId(id);
    expect({
      rows: f.rows.length,
      headings: f.rows.filter((r) => r.kind === "heading").length,
      averages: f.rows.filter((r) => r.kind === "average").length,
      columns: f.columns.length,
      figureColumns: f.columns.filter((c) => (c.kind === "value" || c.kind === "ratio") && c.printed !== false).length,
    }).toEqual(want);
  });

  it.each([...codesCheck()])("%s has exactly the row and column codes of codes-check.txt, in order", (id, want) => {
    const f = byId(id);
    expect(f.rows.map((r) => r.code)).toEqual(want.rows);
    expect(f.columns.map((c) => c.code)).toEqual(want.columns);
  });

  it("mark optional only the rows the form files call optional", () => {
    const optional = builtInForms().flatMap((f) => f.rows.filter((r) => r.optional).map((r) => `${f.id}/${r.code}`));
    expect(optional).toEqual(["BTCTW-2/I.NU", "BTCTW-2/I.TG"]);
  });

  it("average the mean ages weighted by row I, and bound them to 18–100", () => {
    for (const id of ["BTCTW-2", "BTCTW-3"]) {
      const tbq = byId(id).rows.find((r) => r.code === "II.2.TBQ");
      expect(tbq?.aggregate).toEqual({ kind: "weightedMean", weight: "I" });
      expect(tbq?.range).toEqual({ min: 18, max: 100, columns: ["2", "3"] });
    }
    expect(byId("BC-XDD").rows.find((r) => r.code === "DN_TN")?.aggregate).toEqual({ kind: "weightedMean", weight: "DN_LD" });
  });

  it("give every ratio column a formula that computes the printed ratio", () => {
    // 47 admitted against 45 a year earlier: 104,44 % (forms/README.md shows ratios in points, unrounded).
    const ratio = byId("BTCTW-1").columns.find((c) => c.code === "4")?.formula as string;
    const cells: Record<string, number> = { "2": 47, "3": 45 };
    const v = evaluateNumber(parseExpression(ratio).ast, (ref) => (ref.fn === "col" ? cells[ref.column] : undefined));
    expect(v).toBeCloseTo(104.444, 3);
    // A blank or zero column 3 gives no figure, never a division error.
    cells["3"] = 0;
    expect(evaluateNumber(parseExpression(ratio).ast, (ref) => (ref.fn === "col" ? cells[ref.column] : undefined))).toBeUndefined();
  });

  it("take BTCTW-3DT's shares of section II over row II, and the rest over row I", () => {
    const f = byId("BTCTW-3DT");
    const own = f.rows.filter((r) => r.columnFormulas).map((r) => r.code);
    expect(own).toEqual(["II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7"]);
    expect(f.columns.find((c) => c.code === "5")?.formula).toBe('col("3") * 100 / cell("I", "3")');
    expect(f.rows.find((r) => r.code === "II.3")?.columnFormulas?.["5"]).toBe('col("3") * 100 / cell("II", "3")');
  });
});

/** A cross-form relation as an unordered pair of cells, with the periods it holds in. */
function crossPairs(forms: readonly FormTemplate[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of forms) {
    for (const rule of f.rules ?? []) {
      if (rule.id !== "CROSS_FORM") continue;
      const cells = parseExpression(rule.expr).refs.map((r) => (r.fn === "cell" ? `${f.id}/${r.row}/${r.column}` : r.fn === "formCell" ? `${r.form}/${r.row}/${r.column}` : "?"));
      expect(cells, rule.expr).toHaveLength(2);
      const key = [...cells].sort().join(" = ");
      out.set(key, [...(out.get(key) ?? []), `${f.id}${rule.periods ? ` (${rule.periods.join(",")})` : ""}`]);
    }
  }
  return out;
}

describe("cross-form relations", () => {
  it("are stated by both forms they join, with the same periods, as the form files list them", () => {
    const pairs = crossPairs(builtInForms());
    for (const [pair, by] of pairs) {
      const [a, b] = pair.split(" = ").map((c) => c.split("/")[0]);
      expect(by.map((s) => s.split(" ")[0]).sort(), pair).toEqual([a, b].sort());
      expect(new Set(by.map((s) => s.split(" ")[1] ?? "")).size, `${pair}: periods differ`).toBe(1);
    }
    // BTCTW-1: 6, BTCTW-2: 3 more (with BTCTW-5), BTCTW-3: 4 more, BTCTW-3DT: 1 more (with BTCTW-5).
    expect(pairs.size).toBe(14);
  });

  it("compare a year-end stock form only in a yearly report", () => {
    for (const f of builtInForms()) {
      for (const rule of f.rules ?? []) {
        if (rule.id !== "CROSS_FORM") continue;
        const other = parseExpression(rule.expr).refs.find((r) => r.fn === "formCell");
        const yearEnd = ["BTCTW-5", "BTCTW-3DT"].includes(f.id) || ["BTCTW-5", "BTCTW-3DT"].includes(other?.fn === "formCell" ? other.form : "");
        const annualOnlyPairs = f.id === "BTCTW-2" || (other?.fn === "formCell" && other.form === "BTCTW-2");
        if (yearEnd || (annualOnlyPairs && rule.expr.includes("III"))) expect(rule.periods, `${f.id}: ${rule.expr}`).toEqual(["year"]);
        else expect(rule.periods, `${f.id}: ${rule.expr}`).toBeUndefined();
      }
    }
  });
});

describe("the registry", () => {
  it("hands out frozen forms, so that no caller can change a form for the others", () => {
    const f = byId("BTCTW-1");
    expect(() => {
      (f.rows[0] as { label: string }).label = "x";
    }).toThrow(TypeError);
    expect(builtInForm("BTCTW-1")?.rows[0].label).toBe("Tổng số đảng viên cuối kỳ trước chuyển sang");
    expect(builtInForm("BTCTW-9")).toBeUndefined();
  });
});
