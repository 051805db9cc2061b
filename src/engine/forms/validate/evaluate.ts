import type { Expression } from "jsep";
import type { Ref } from "../../../templates/form";
import { arithmetic, holds, type ComparisonOp } from "../../../templates/form/arithmetic";

/**
 * The value of one side of a rule (a number expression in the templates' notation, already checked by
 * `parseExpression`). Unlike `evaluateNumber`, a reference with no figure may count as 0 (`missingAsZero`:
 * a part of a sum, forms/README.md), while `coalesce(a, b)` still looks past a missing `a` to `b` and only its
 * result counts as 0. Undefined when a figure it needs is missing or a division is by zero.
 */
export function evaluateSide(ast: Expression, valueOf: (ref: Ref) => number | undefined, missingAsZero: boolean): number | undefined {
  const missing = missingAsZero ? 0 : undefined;
  switch (ast.type) {
    case "Literal":
      return typeof ast.value === "number" ? ast.value : undefined;
    case "UnaryExpression": {
      const v = evaluateSide(ast.argument as Expression, valueOf, missingAsZero);
      return v === undefined ? undefined : -v;
    }
    case "BinaryExpression": {
      const a = evaluateSide(ast.left as Expression, valueOf, missingAsZero);
      const b = evaluateSide(ast.right as Expression, valueOf, missingAsZero);
      if (a === undefined || b === undefined) return undefined;
      return arithmetic(ast.operator, a, b);
    }
    case "CallExpression": {
      if (isCoalesce(ast)) {
        for (const arg of ast.arguments as Expression[]) {
          const v = evaluateSide(arg, valueOf, false);
          if (v !== undefined) return v;
        }
        return missing;
      }
      const ref = refOf(ast);
      return ref ? (valueOf(ref) ?? missing) : undefined;
    }
  }
  return undefined;
}

const isCoalesce = (node: Expression) => node.type === "CallExpression" && (node.callee as Expression).name === "coalesce";

/** The reference a call names (`row("B.1")` → `{fn: "row", row: "B.1"}`); undefined for any other node. */
export function refOf(node: Expression): Ref | undefined {
  if (node.type !== "CallExpression" || isCoalesce(node)) return undefined;
  const name = (node.callee as Expression).name as string;
  const a = (node.arguments as Expression[]).map((x) => String(x.value));
  switch (name) {
    case "row": return { fn: "row", row: a[0] };
    case "col": return { fn: "col", column: a[0] };
    case "cell": return { fn: "cell", row: a[0], column: a[1] };
    case "formCell": return { fn: "formCell", form: a[0], row: a[1], column: a[2] };
  }
  return undefined;
}

/** The references an expression names, left to right (inside `coalesce` too). */
export function refsOf(ast: Expression): Ref[] {
  const ref = refOf(ast);
  if (ref) return [ref];
  switch (ast.type) {
    case "UnaryExpression": return refsOf(ast.argument as Expression);
    case "BinaryExpression": return [...refsOf(ast.left as Expression), ...refsOf(ast.right as Expression)];
    case "CallExpression": return (ast.arguments as Expression[]).flatMap(refsOf);
  }
  return [];
}

export type { ComparisonOp };

export interface ComparisonNode {
  op: ComparisonOp;
  left: Expression;
  right: Expression;
}

/** The comparisons a rule states: `a == b`, or each side of `&&`. */
export function comparisonsOf(ast: Expression): ComparisonNode[] {
  if (ast.type !== "BinaryExpression") return [];
  if (ast.operator === "&&") return [...comparisonsOf(ast.left as Expression), ...comparisonsOf(ast.right as Expression)];
  return [{ op: ast.operator as ComparisonOp, left: ast.left as Expression, right: ast.right as Expression }];
}

export { holds };
