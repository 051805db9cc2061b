import type { Expression } from "jsep";
import type { Lang } from "../../findings";
import { formatNumber } from "../../format";
import type { Ref } from "../../../templates/form";
import { refOf, type ComparisonOp } from "./evaluate";

/** How a comparison reads in a message: `=`, `≤`, … */
export const SYMBOL: Record<ComparisonOp, string> = { "==": "=", "!=": "≠", "<=": "≤", ">=": "≥", "<": "<", ">": ">" };

const PRECEDENCE: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2 };
const OPERATOR: Record<string, string> = { "+": "+", "-": "−", "*": "×", "/": "/" };

/**
 * Writes a number expression back for a reader, each reference shown through `show` (its code, or the figure
 * it read): `B.1 + B.2 + B.3`, `cột 2 × 100 / cột 3`, `20 + 5 + 2`. Parentheses only where the order needs them.
 */
export function describeExpression(ast: Expression, show: (ref: Ref) => string, lang: Lang): string {
  const ref = refOf(ast);
  if (ref) return show(ref);
  switch (ast.type) {
    case "Literal":
      return typeof ast.value === "number" ? formatNumber(ast.value, lang, 6) : String(ast.value);
    case "UnaryExpression":
      return `−${wrap(ast.argument as Expression, 3, show, lang)}`;
    case "BinaryExpression": {
      const op = String(ast.operator);
      const p = PRECEDENCE[op] ?? 0;
      // `a − (b + c)` and `a / (b × c)` keep their parentheses; `(a + b) + c` needs none.
      const right = wrap(ast.right as Expression, op === "-" || op === "/" ? p + 1 : p, show, lang);
      return `${wrap(ast.left as Expression, p, show, lang)} ${OPERATOR[op] ?? op} ${right}`;
    }
    case "CallExpression": // coalesce
      return `${lang === "vi" ? "số đầu tiên có trong" : "the first of"} (${(ast.arguments as Expression[]).map((a) => describeExpression(a, show, lang)).join("; ")})`;
  }
  return "?";
}

function wrap(ast: Expression, min: number, show: (ref: Ref) => string, lang: Lang): string {
  const text = describeExpression(ast, show, lang);
  const p = ast.type === "BinaryExpression" ? (PRECEDENCE[String(ast.operator)] ?? 0) : 9;
  return p < min ? `(${text})` : text;
}
