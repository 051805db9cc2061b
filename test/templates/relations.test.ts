import { describe, expect, it } from "vitest";
import { builtInForm, derivedRules, type FormRule, type FormTemplate } from "../../src/templates/form";
import { FORM_FILE_RELATIONS } from "./formFileRelations";

/** A rule written back in the form files' notation: `B = B.1 + B.2`, `"2" = "3" + "4"`, `C.3.DB ≤ C.3`. */
function asFormFileText(expr: string): string {
  return expr
    .replace(/row\("([^"]+)"\)/g, "$1")
    .replace(/col\("([^"]+)"\)/g, '"$1"')
    .replace(/ == /g, " = ")
    .replace(/ <= /g, " ≤ ")
    .replace(/ - /g, " − ");
}

const STRUCTURAL = new Set(["SUM_ROWS", "SUBSET_ROW", "SUM_COLS", "SUBSET_COL", "ROW_FORMULA"]);

function structural(form: FormTemplate): { rule: string; expr: string; columns: string[] | null }[] {
  const rules: FormRule[] = [...derivedRules(form), ...(form.rules ?? [])].filter((r) => STRUCTURAL.has(r.id));
  return rules.map((r) => ({ rule: r.id, expr: asFormFileText(r.expr), columns: r.columns ?? null }));
}

const key = (r: { rule: string; expr: string; columns: string[] | null }) => JSON.stringify(r);

describe("the relations the templates yield", () => {
  it.each(Object.entries(FORM_FILE_RELATIONS))("%s: exactly the SUM_ROWS, SUBSET_ROW, SUM_COLS, SUBSET_COL and ROW_FORMULA of its form file", (id, listed) => {
    const form = builtInForm(id) as FormTemplate;
    expect(structural(form).map(key).sort()).toEqual(listed.map(key).sort());
  });

  it("check column rules in every row that carries figures, headings left out", () => {
    const f = builtInForm("BTCTW-2") as FormTemplate;
    const pct = derivedRules(f).find((r) => r.id === "PCT_STATED");
    expect(pct?.expr).toBe('col("4") == col("2") * 100 / col("3")');
    expect(pct?.rows).toHaveLength(58 - 6);
    expect(pct?.rows).not.toContain("II.1");
  });

  it("give two PCT_STATED rules for BTCTW-3DT, one per section", () => {
    const pct = derivedRules(builtInForm("BTCTW-3DT") as FormTemplate).filter((r) => r.id === "PCT_STATED");
    expect(pct.map((r) => [r.expr, r.rows?.length])).toEqual([
      ['col("5") == col("3") * 100 / cell("I", "3")', 57],
      ['col("5") == col("3") * 100 / cell("II", "3")', 8],
    ]);
  });

  it("bound the mean age and the shares (VALUE_RANGE)", () => {
    const ranges = (id: string) => derivedRules(builtInForm(id) as FormTemplate).filter((r) => r.id === "VALUE_RANGE").map((r) => [r.expr, r.columns ?? null]);
    expect(ranges("BTCTW-3")).toEqual([['row("II.2.TBQ") >= 18 && row("II.2.TBQ") <= 100', ["2", "3"]]]);
    expect(ranges("BTCTW-3DT")).toEqual([['col("5") >= 0 && col("5") <= 100', null]]);
  });

  it("tell apart two partitions of one row by the heading they sit under", () => {
    const sums = derivedRules(builtInForm("BTCTW-2") as FormTemplate).filter((r) => r.id === "SUM_ROWS" && r.expr.startsWith('row("I") =='));
    expect(sums).toHaveLength(3); // occupations, age bands, general education
  });
});
