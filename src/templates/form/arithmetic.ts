/**
 * The four operations every rule evaluator allows (BC-XDĐ's, the form templates', the forms checker's):
 * one place says that a division by zero has no figure, rather than Infinity.
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
