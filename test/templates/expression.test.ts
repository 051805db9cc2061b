import { describe, expect, it } from "vitest";
import { evaluateNumber, ExpressionError, parseExpression, placeOf, type Ref } from "../../src/templates/form";

describe("the cell notation", () => {
  it.each([
    ['row("B.2.a")', [{ fn: "row", row: "B.2.a" }]],
    ['col("4")', [{ fn: "col", column: "4" }]],
    ['cell("9.b.VNN.V100", "7")', [{ fn: "cell", row: "9.b.VNN.V100", column: "7" }]],
    ['formCell("BTCTW-3DT", "I", "3")', [{ fn: "formCell", form: "BTCTW-3DT", row: "I", column: "3" }]],
    ['coalesce(col("ytd"), col("actual"))', [{ fn: "col", column: "ytd" }, { fn: "col", column: "actual" }]],
  ])("%s is parsed by jsep into its references", (text, refs) => {
    expect(parseExpression(text).refs).toEqual(refs);
  });

  it("tells a rule (a comparison) from a formula (a number)", () => {
    expect(parseExpression('row("D") == row("A") + row("B") - row("C")').isCondition).toBe(true);
    expect(parseExpression('row("DN_TN") >= 1 && row("DN_TN") <= 200').isCondition).toBe(true);
    expect(parseExpression('col("2") * 100 / col("3")').isCondition).toBe(false);
  });

  it.each([
    ['this.x == 1', /ThisExpression|MemberExpression/],
    ['row("A")["constructor"]', /MemberExpression/],
    ['row("A") ? 1 : 2', /ConditionalExpression|cannot be parsed/],
    ['[1, 2]', /ArrayExpression/],
    ['row("A") || row("B")', /Operator \|\| is not allowed/],
    ['!row("A")', /Operator ! is not allowed/],
    ['row("A") % 2', /Operator % is not allowed/],
    ['row("A") === row("B")', /Operator === is not allowed/],
    ['row("A", "2")', /row takes 1 argument/],
    ['cell("A")', /cell takes 2 argument/],
    ['row(A)', /must be quoted codes/],
    ['row("A") == "x"', /Only numbers/],
    ['(row("A") == 1) + 1', /comparison may only stand at the top/],
    ['row("A") && row("B")', /joins two comparisons only/],
    ['constructor("x")', /Function constructor is not allowed/],
    ['row("A").call(1)', /MemberExpression/],
  ])("refuses %s", (text, why) => {
    let err: unknown;
    try {
      parseExpression(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExpressionError);
    expect((err as ExpressionError).en).toMatch(why);
    expect((err as ExpressionError).vi.length).toBeGreaterThan(0);
  });
});

describe("reading an expression's figures", () => {
  const figures: Record<string, number | undefined> = { "D/2": 120, "A/2": 100, "B/2": 30, "C/2": 10, "I/3": 0 };
  const figure = (ref: Ref) => {
    const p = placeOf(ref, { row: "D", column: "2" });
    return p ? figures[`${p.row}/${p.column}`] : undefined;
  };

  it("reads row(…) in the current column and col(…) in the current row", () => {
    expect(placeOf({ fn: "row", row: "A" }, { column: "3" })).toEqual({ row: "A", column: "3" });
    expect(placeOf({ fn: "col", column: "4" }, { row: "B.1" })).toEqual({ row: "B.1", column: "4" });
    expect(placeOf({ fn: "row", row: "A" }, { row: "B.1" })).toBeUndefined();
    expect(placeOf({ fn: "formCell", form: "BTCTW-3", row: "I", column: "2" }, {})).toEqual({ form: "BTCTW-3", row: "I", column: "2" });
  });

  it("computes A + B − C from the figures", () => {
    expect(evaluateNumber(parseExpression('row("A") + row("B") - row("C")').ast, figure)).toBe(120);
  });

  it("gives no figure when one is missing or a division is by zero", () => {
    expect(evaluateNumber(parseExpression('row("A") + row("X")').ast, figure)).toBeUndefined();
    expect(evaluateNumber(parseExpression('row("A") * 100 / cell("I", "3")').ast, figure)).toBeUndefined();
  });

  it("coalesce takes the first argument that has a figure", () => {
    expect(evaluateNumber(parseExpression('coalesce(row("X"), row("B"), row("A"))').ast, figure)).toBe(30);
    expect(evaluateNumber(parseExpression('coalesce(row("X"))').ast, figure)).toBeUndefined();
  });
});
