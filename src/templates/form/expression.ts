import jsep, { type Expression } from "jsep";
import { arithmetic } from "./arithmetic";

/**
 * The notation of a template's rules and formulas: jsep expressions (the project's expression parser, no
 * hand-written grammar) whose only identifiers are calls with string-literal arguments. Codes contain dots and
 * digits (`B.2.a`, `"2"`), which no identifier syntax takes, so they are quoted:
 * - `row("B.1")`: row B.1 in the column the rule is checked in (the rule's `columns`, one at a time);
 * - `col("3")`: column 3 in the row the rule or column formula is checked in;
 * - `cell("D", "2")`: one fixed cell of this form;
 * - `formCell("BTCTW-3", "I", "2")`: a cell of another form of the same unit and period;
 * - `coalesce(a, b, …)`: the first argument that has a figure (BC-XDĐ: year-to-date, else actual).
 * Besides: numbers, unary `-`, `+ - * /`, comparisons `== != <= >= < >`, and `&&` between comparisons.
 */
export type Ref =
  | { fn: "row"; row: string }
  | { fn: "col"; column: string }
  | { fn: "cell"; row: string; column: string }
  | { fn: "formCell"; form: string; row: string; column: string };

/** Each reference function and the names of its string arguments, in order. */
const REFERENCE_ARGS = {
  row: ["row"],
  col: ["column"],
  cell: ["row", "column"],
  formCell: ["form", "row", "column"],
} as const;
export const FUNCTIONS = [...Object.keys(REFERENCE_ARGS), "coalesce"] as const;

const COMPARISONS = new Set(["==", "!=", "<=", ">=", "<", ">"]);
const ARITHMETIC = new Set(["+", "-", "*", "/"]);

/** A reason an expression is refused, in Vietnamese and English. */
export class ExpressionError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface ParsedExpression {
  ast: Expression;
  refs: Ref[];
  /** Whether the expression states something that must hold (a comparison), rather than a figure. */
  isCondition: boolean;
}

export function parseExpression(text: string): ParsedExpression {
  let ast: Expression;
  try {
    ast = jsep(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ExpressionError(`Biểu thức không đọc được: ${why}`, `The expression cannot be parsed: ${why}`);
  }
  const refs: Ref[] = [];
  const kind = walk(ast, refs);
  return { ast, refs, isCondition: kind === "condition" };
}

type Kind = "number" | "condition";

/** Checks one node against the whitelist and collects its references; returns what the node yields. */
function walk(node: Expression, refs: Ref[]): Kind {
  switch (node.type) {
    case "Literal":
      if (typeof node.value !== "number") {
        throw new ExpressionError(`Chỉ được dùng số, không dùng ${String(node.raw)} ngoài lời gọi hàm`, `Only numbers may appear outside a call, not ${String(node.raw)}`);
      }
      return "number";
    case "UnaryExpression":
      if (node.operator !== "-") throw notAllowedOperator(String(node.operator));
      return expectNumber(node.argument as Expression, refs);
    case "BinaryExpression": {
      const op = String(node.operator);
      const left = node.left as Expression;
      const right = node.right as Expression;
      if (ARITHMETIC.has(op)) {
        expectNumber(left, refs);
        expectNumber(right, refs);
        return "number";
      }
      if (COMPARISONS.has(op)) {
        expectNumber(left, refs);
        expectNumber(right, refs);
        return "condition";
      }
      if (op === "&&") {
        if (walk(left, refs) !== "condition" || walk(right, refs) !== "condition") {
          throw new ExpressionError("`&&` chỉ nối hai phép so sánh", "`&&` joins two comparisons only");
        }
        return "condition";
      }
      throw notAllowedOperator(op);
    }
    case "CallExpression":
      return call(node, refs);
    case "Identifier":
      throw new ExpressionError(
        `Tên ${String(node.name)} không hợp lệ: ô được viết bằng row("…"), col("…"), cell("…", "…") hoặc formCell("…", "…", "…")`,
        `Unknown name ${String(node.name)}: cells are written row("…"), col("…"), cell("…", "…") or formCell("…", "…", "…")`,
      );
    default:
      throw new ExpressionError(`Không được dùng ${node.type} trong biểu thức`, `${node.type} is not allowed in an expression`);
  }
}

function expectNumber(node: Expression, refs: Ref[]): "number" {
  if (walk(node, refs) !== "number") {
    throw new ExpressionError("Phép so sánh chỉ được đặt ở ngoài cùng", "A comparison may only stand at the top of an expression");
  }
  return "number";
}

function call(node: Expression, refs: Ref[]): Kind {
  const callee = node.callee as Expression;
  const args = (node.arguments as Expression[]) ?? [];
  const name = callee.type === "Identifier" ? String(callee.name) : "";
  if (name === "coalesce") {
    if (args.length === 0) throw new ExpressionError("coalesce cần ít nhất một đối số", "coalesce needs at least one argument");
    for (const a of args) expectNumber(a, refs);
    return "number";
  }
  if (!Object.hasOwn(REFERENCE_ARGS, name)) {
    const shown = name || callee.type;
    throw new ExpressionError(
      `Không được gọi hàm ${shown}; chỉ dùng ${FUNCTIONS.join(", ")}`,
      `Function ${shown} is not allowed; only ${FUNCTIONS.join(", ")}`,
    );
  }
  const names = REFERENCE_ARGS[name as keyof typeof REFERENCE_ARGS];
  if (args.length !== names.length) {
    throw new ExpressionError(`${name} cần ${names.length} đối số (${names.join(", ")})`, `${name} takes ${names.length} argument(s) (${names.join(", ")})`);
  }
  const values = args.map((a) => {
    if (a.type !== "Literal" || typeof a.value !== "string") {
      throw new ExpressionError(`Đối số của ${name} phải là mã trong ngoặc kép, như "B.1"`, `The arguments of ${name} must be quoted codes, such as "B.1"`);
    }
    return a.value;
  });
  const ref = { fn: name } as Record<string, string>;
  names.forEach((n, i) => (ref[n] = values[i]));
  refs.push(ref as unknown as Ref);
  return "number";
}

function notAllowedOperator(op: string): ExpressionError {
  return new ExpressionError(`Không được dùng phép toán ${op}`, `Operator ${op} is not allowed`);
}

/** Where a reference reads its figure, once the rule's current row and column are known. */
export interface Place {
  form?: string;
  row: string;
  column: string;
}

export function placeOf(ref: Ref, current: { row?: string; column?: string }): Place | undefined {
  switch (ref.fn) {
    case "row":
      return current.column === undefined ? undefined : { row: ref.row, column: current.column };
    case "col":
      return current.row === undefined ? undefined : { row: current.row, column: ref.column };
    case "cell":
      return { row: ref.row, column: ref.column };
    case "formCell":
      return { form: ref.form, row: ref.row, column: ref.column };
  }
}

/**
 * The value of a number expression, reading figures through `figure`; undefined when a figure it needs is
 * missing or a division is by zero (the caller decides whether a missing part counts as 0).
 */
export function evaluateNumber(ast: Expression, figure: (ref: Ref) => number | undefined): number | undefined {
  switch (ast.type) {
    case "Literal":
      return typeof ast.value === "number" ? ast.value : undefined;
    case "UnaryExpression": {
      const v = evaluateNumber(ast.argument as Expression, figure);
      return v === undefined ? undefined : -v;
    }
    case "BinaryExpression": {
      const a = evaluateNumber(ast.left as Expression, figure);
      const b = evaluateNumber(ast.right as Expression, figure);
      if (a === undefined || b === undefined) return undefined;
      return arithmetic(ast.operator, a, b);
    }
    case "CallExpression": {
      const args = ast.arguments as Expression[];
      const name = (ast.callee as Expression).name;
      if (name === "coalesce") {
        for (const a of args) {
          const v = evaluateNumber(a, figure);
          if (v !== undefined) return v;
        }
        return undefined;
      }
      const ref = { fn: name } as Record<string, unknown>;
      REFERENCE_ARGS[name as keyof typeof REFERENCE_ARGS]?.forEach((n, i) => (ref[n] = (args[i] as Expression).value));
      return figure(ref as unknown as Ref);
    }
  }
  return undefined;
}
