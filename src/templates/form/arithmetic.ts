/**
 * The operations and comparisons every rule evaluator allows (BC-XDĐ's, the form templates', the forms
 * checker's): one place says that a division by zero has no figure, rather than Infinity, and how close two
 * amounts must be to count as equal.
 */
export function arithmetic(operator: unknown, a: number, b: number): number | undefined {
  switch (operator) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return b === 0 ? undefined : a / b;
  }
  return undefined;
}

/** The six comparisons a rule may make. */
export type ComparisonOp = "==" | "!=" | "<=" | ">=" | "<" | ">";

/** Amounts carry decimals: equal within a relative billionth, so 0.1 + 0.2 equals 0.3. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether `a op b` holds, with equality taken within `same`'s tolerance. */
export function holds(op: ComparisonOp, a: number, b: number): boolean {
  switch (op) {
    case "==": return same(a, b);
    case "!=": return !same(a, b);
    case "<=": return a <= b || same(a, b);
    case ">=": return a >= b || same(a, b);
    case "<": return a < b && !same(a, b);
    case ">": return a > b && !same(a, b);
  }
}
