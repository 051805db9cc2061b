import jsep, { type Expression } from "jsep";
import { arithmetic, holds } from "../../templates/form/arithmetic";

/**
 * Rule expressions over indicator codes (`DV_CUOI == DV_CT + DV_DB`), parsed by jsep and evaluated
 * here. An identifier whose value is unknown makes the whole comparison unknown: the rule is skipped.
 */
export type Lookup = (code: string) => number | undefined;

export interface Comparison {
  op: "==" | "<=" | ">=" | "<" | ">" | "!=";
  left: Expression;
  right: Expression;
}

const COMPARISONS = new Set(["==", "<=", ">=", "<", ">", "!="]);
const ARITHMETIC = new Set(["+", "-", "*", "/"]);

export function parseRule(expr: string): Expression {
  const ast = jsep(expr);
  check(ast);
  return ast;
}

/** Only codes, numbers, + − × ÷, comparisons and `&&` are allowed: a rule is data, not code. */
function check(node: Expression): void {
  switch (node.type) {
    case "Identifier":
    case "Literal":
      if (node.type === "Literal" && typeof node.value !== "number") throw new Error(`Only numbers may appear in a rule: ${node.raw}`);
      return;
    case "UnaryExpression":
      if (node.operator !== "-") throw new Error(`Operator ${node.operator} is not allowed in a rule`);
      return check(node.argument as Expression);
    case "BinaryExpression": {
      const op = node.operator as string;
      if (!COMPARISONS.has(op) && !ARITHMETIC.has(op) && op !== "&&") throw new Error(`Operator ${op} is not allowed in a rule`);
      check(node.left as Expression);
      check(node.right as Expression);
      return;
    }
    default:
      throw new Error(`${node.type} is not allowed in a rule`);
  }
}

export function identifiers(node: Expression): string[] {
  if (node.type === "Identifier") return [node.name as string];
  if (node.type === "UnaryExpression") return identifiers(node.argument as Expression);
  if (node.type === "BinaryExpression") return [...identifiers(node.left as Expression), ...identifiers(node.right as Expression)];
  return [];
}

export function evaluate(node: Expression, lookup: Lookup): number | undefined {
  switch (node.type) {
    case "Literal":
      return node.value as number;
    case "Identifier":
      return lookup(node.name as string);
    case "UnaryExpression": {
      const v = evaluate(node.argument as Expression, lookup);
      return v === undefined ? undefined : -v;
    }
    case "BinaryExpression": {
      const a = evaluate(node.left as Expression, lookup);
      const b = evaluate(node.right as Expression, lookup);
      if (a === undefined || b === undefined) return undefined;
      return arithmetic(node.operator, a, b);
    }
  }
  return undefined;
}

export interface Violation {
  comparison: Comparison;
  leftValue: number;
  rightValue: number;
}

/**
 * The first comparison of a rule (`a == b`, or each side of `&&`) that fails, with both sides' values;
 * null when the rule holds or cannot be decided for lack of figures.
 */
export function firstViolation(node: Expression, lookup: Lookup): Violation | null {
  if (node.type !== "BinaryExpression") return null;
  if (node.operator === "&&") {
    return firstViolation(node.left as Expression, lookup) ?? firstViolation(node.right as Expression, lookup);
  }
  if (!COMPARISONS.has(node.operator as string)) return null;
  const comparison: Comparison = { op: node.operator as Comparison["op"], left: node.left as Expression, right: node.right as Expression };
  const leftValue = evaluate(comparison.left, lookup);
  const rightValue = evaluate(comparison.right, lookup);
  if (leftValue === undefined || rightValue === undefined) return null;
  return holds(comparison.op, leftValue, rightValue) ? null : { comparison, leftValue, rightValue };
}

/** Writes an expression back as text, showing each identifier through `show` (its name, or its value). */
export function describe(node: Expression, show: (code: string) => string): string {
  switch (node.type) {
    case "Identifier": return show(node.name as string);
    case "Literal": return String(node.value);
    case "UnaryExpression": return `−${describe(node.argument as Expression, show)}`;
    case "BinaryExpression": {
      const op = node.operator === "-" ? "−" : (node.operator as string);
      return `${describe(node.left as Expression, show)} ${op} ${describe(node.right as Expression, show)}`;
    }
  }
  return "?";
}
