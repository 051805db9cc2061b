/**
 * A template's formula (`col("2") * 100 / col("3")`) as a spreadsheet formula over cells of the same sheet,
 * giving exactly what the engine gives (templates/form/expression.ts `evaluateNumber`):
 * - every operation keeps the expression's own tree (each one in parentheses), so the same floating-point
 *   operations run in the same order and the cached result is the recalculated one;
 * - a referenced cell without a number (blank, `""` from another formula, `X`) gives no figure: `""`;
 * - a division by zero gives no figure: `""`, never `#DIV/0!` (inner divisors are tested first);
 * - `coalesce(a, b)` is the first of its cells that holds a number.
 * Only IF, COUNT, ISNUMBER and arithmetic: every spreadsheet recalculates them.
 */
import type { Expression } from "jsep";
import { parseExpression, type Ref } from "../../../templates/form/expression";

class Untranslatable extends Error {}

/**
 * The formula without its `=`, or undefined when the expression reads something the sheet does not hold
 * (another form's cell, a heading) or is not a number: the caller then writes the engine's value as it is.
 */
export function sheetFormula(expression: string, cellOf: (ref: Ref) => string | undefined): string | undefined {
  let ast: Expression;
  try {
    ast = parseExpression(expression).ast;
  } catch {
    return undefined;
  }
  const required: string[] = [];
  const eitherOf: string[][] = [];
  const divisors: string[] = [];

  const refOf = (node: Expression): Ref => {
    const name = String((node.callee as Expression).name);
    const args = (node.arguments as Expression[]).map((a) => String(a.value));
    switch (name) {
      case "row": return { fn: "row", row: args[0] };
      case "col": return { fn: "col", column: args[0] };
      case "cell": return { fn: "cell", row: args[0], column: args[1] };
      case "formCell": return { fn: "formCell", form: args[0], row: args[1], column: args[2] };
    }
    throw new Untranslatable();
  };
  const address = (node: Expression): string => {
    const a = cellOf(refOf(node));
    if (!a) throw new Untranslatable();
    return a;
  };

  const walk = (node: Expression): string => {
    switch (node.type) {
      case "Literal":
        if (typeof node.value !== "number" || !Number.isFinite(node.value)) throw new Untranslatable();
        return String(node.value).toUpperCase();
      case "UnaryExpression":
        if (node.operator !== "-") throw new Untranslatable();
        return `(-${walk(node.argument as Expression)})`;
      case "BinaryExpression": {
        const op = String(node.operator);
        if (!["+", "-", "*", "/"].includes(op)) throw new Untranslatable();
        const left = walk(node.left as Expression);
        const right = walk(node.right as Expression);
        if (op === "/") divisors.push(right);
        return `(${left}${op}${right})`;
      }
      case "CallExpression": {
        const name = String((node.callee as Expression).name);
        if (name !== "coalesce") {
          const a = address(node);
          required.push(a);
          return a;
        }
        // Only cells as arguments: then "none has a number" is one COUNT, tested before anything else.
        const cells = (node.arguments as Expression[]).map((arg) => {
          if (arg.type !== "CallExpression" || String((arg.callee as Expression).name) === "coalesce") throw new Untranslatable();
          return address(arg);
        });
        eitherOf.push(cells);
        return cells.slice(0, -1).reduceRight((rest, c) => `IF(ISNUMBER(${c}),${c},${rest})`, cells[cells.length - 1]);
      }
    }
    throw new Untranslatable();
  };

  let body: string;
  try {
    body = walk(ast);
  } catch (e) {
    if (e instanceof Untranslatable) return undefined;
    throw e;
  }
  const unique = [...new Set(required)];
  const guards = [
    ...(unique.length ? [`COUNT(${unique.join(",")})<${unique.length}`] : []),
    ...eitherOf.map((cells) => `COUNT(${cells.join(",")})=0`),
    ...divisors.map((d) => `${d}=0`),
  ];
  return guards.reduceRight((inner, guard) => `IF(${guard},"",${inner})`, body);
}
