/**
 * What a cell formula of a blank form says, as data: a linear combination of cells (`SUM(C8:C12)`,
 * `C8+C9-C10`, `D8+E8`) or a ratio of two such combinations times a constant (`C8/D8*100`). The formula is
 * parsed by jsep, the project's expression parser (no hand-made grammar): ranges are rewritten to a call first,
 * since `C8:C12` is no jsep syntax. Anything else (`VLOOKUP`, another sheet, text) is `null`: the learner
 * asks the user rather than guess.
 */
import jsep, { type Expression } from "jsep";
import { parseA1 } from "../../grid";

/** Cell (`r,c`, 0-based) → coefficient. */
export type Linear = Map<string, number>;

export type FormulaShape =
  | { kind: "linear"; terms: Linear }
  /** `num / den * scale`: a ratio (scale 100 for a percentage). */
  | { kind: "ratio"; num: Linear; den: Linear; scale: number };

const RANGE = /(?:'[^']*'!|[A-Za-z_][\w.]*!)?\$?[A-Za-z]{1,3}\$?\d{1,7}:\$?[A-Za-z]{1,3}\$?\d{1,7}/g;
/** Wrappers that do not change what a figure cell means: rounding, and guards against division by zero. */
const TRANSPARENT = new Set(["ROUND", "IFERROR"]);
const MAX_RANGE_CELLS = 10_000;

type Value = { kind: "linear"; terms: Linear; constant: number } | { kind: "ratio"; num: Linear; den: Linear; scale: number };

export const cellKey = (r: number, c: number) => `${r},${c}`;
export function keyCell(key: string): { r: number; c: number } {
  const [r, c] = key.split(",").map(Number);
  return { r, c };
}

export function formulaShape(formula: string): FormulaShape | null {
  const text = formula.replace(/^=/, "").trim();
  // Another sheet or workbook: not this form's structure.
  if (!text || /!/.test(text)) return null;
  let ast: Expression;
  try {
    ast = jsep(jsepText(text));
  } catch {
    return null;
  }
  const v = evaluate(ast);
  if (!v) return null;
  if (v.kind === "ratio") return v;
  if (v.constant !== 0 || v.terms.size === 0) return null;
  return { kind: "linear", terms: v.terms };
}

/** Excel's syntax in jsep's: ranges become a call, `;` (LibreOffice) a comma, `=`/`<>` comparisons jsep's. */
function jsepText(text: string): string {
  return text
    .replace(RANGE, (m) => `__RANGE("${m.replace(/\$/g, "")}")`)
    .replace(/;/g, ",")
    .replace(/<>/g, "!=")
    .replace(/(^|[^<>=!])=(?!=)/g, "$1==");
}

const linear = (terms: Linear, constant = 0): Value => ({ kind: "linear", terms, constant });

function evaluate(node: Expression): Value | null {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "number" ? linear(new Map(), node.value) : null;
    case "Identifier": {
      const at = parseA1(String(node.name));
      return at ? linear(new Map([[cellKey(at.r, at.c), 1]])) : null;
    }
    case "UnaryExpression": {
      const v = evaluate(node.argument as Expression);
      if (!v || v.kind !== "linear") return null;
      return node.operator === "-" ? scale(v, -1) : node.operator === "+" ? v : null;
    }
    case "BinaryExpression":
      return binary(String(node.operator), node.left as Expression, node.right as Expression);
    case "CallExpression":
      return call(node);
  }
  return null;
}

function binary(op: string, l: Expression, r: Expression): Value | null {
  const a = evaluate(l);
  const b = evaluate(r);
  if (!a || !b) return null;
  if (op === "+" || op === "-") {
    if (a.kind !== "linear" || b.kind !== "linear") return null;
    return add(a, b, op === "-" ? -1 : 1);
  }
  if (op === "*") {
    if (a.kind === "linear" && !a.terms.size) return scale(b, a.constant);
    if (b.kind === "linear" && !b.terms.size) return scale(a, b.constant);
    return null;
  }
  if (op === "/") {
    if (b.kind === "linear" && !b.terms.size) return b.constant ? scale(a, 1 / b.constant) : null;
    // `C8*100/D8` gives the numerator {C8: 100}: the ratio's reader moves a common factor into the scale.
    if (a.kind === "linear" && b.kind === "linear" && a.constant === 0 && b.constant === 0) return { kind: "ratio", num: a.terms, den: b.terms, scale: 1 };
  }
  return null;
}

function add(a: Extract<Value, { kind: "linear" }>, b: Extract<Value, { kind: "linear" }>, sign: number): Value {
  const terms = new Map(a.terms);
  for (const [k, v] of b.terms) {
    const sum = (terms.get(k) ?? 0) + sign * v;
    if (sum === 0) terms.delete(k);
    else terms.set(k, sum);
  }
  return linear(terms, a.constant + sign * b.constant);
}

function scale(v: Value, k: number): Value {
  if (v.kind === "ratio") return { ...v, scale: v.scale * k };
  return linear(new Map([...v.terms].map(([key, x]) => [key, x * k])), v.constant * k);
}

function call(node: Expression): Value | null {
  const name = String((node.callee as Expression).name ?? "").toUpperCase();
  const args = (node.arguments as Expression[]) ?? [];
  if (name === "__RANGE") return range(String((args[0] as Expression).value));
  if (name === "SUM") {
    let acc: Value = linear(new Map());
    for (const a of args) {
      const v = evaluate(a);
      if (!v || v.kind !== "linear") return null;
      acc = add(acc as Extract<Value, { kind: "linear" }>, v, 1);
    }
    return acc;
  }
  if (TRANSPARENT.has(name) && args.length >= 1) return evaluate(args[0]);
  // `IF(D8=0,"",C8/D8*100)`, `IF(D8>0,C8/D8*100,0)`: the branch that computes something.
  if (name === "IF" && args.length === 3) {
    const [then, otherwise] = [evaluate(args[1]), evaluate(args[2])];
    const computes = (v: Value | null) => v !== null && (v.kind === "ratio" || v.terms.size > 0);
    if (computes(then) && !computes(otherwise)) return then;
    if (computes(otherwise) && !computes(then)) return otherwise;
  }
  return null;
}

function range(text: string): Value | null {
  const [from, to] = text.split(":").map(parseA1);
  if (!from || !to) return null;
  const [r1, r2] = [Math.min(from.r, to.r), Math.max(from.r, to.r)];
  const [c1, c2] = [Math.min(from.c, to.c), Math.max(from.c, to.c)];
  if ((r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS) return null;
  const terms: Linear = new Map();
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) terms.set(cellKey(r, c), 1);
  return linear(terms);
}
