import type { Expression } from "jsep";
import type { Place, Ref } from "../../../templates/form";
import { evaluateSide, refsOf, type ComparisonNode, type ComparisonOp } from "./evaluate";
import type { FigureState } from "./figures";

/** One reference of a rule, where it reads and what it found there. */
export interface Term {
  ref: Ref;
  place: Place;
  figure: FigureState;
  /** The row is a stock (a level at a date), as the template says. */
  stock: boolean;
}

export interface Side {
  ast: Expression;
  terms: Term[];
  /** Undefined when a division is by zero. */
  value: number | undefined;
}

export interface ReadComparison {
  op: ComparisonOp;
  left: Side;
  right: Side;
}

/** Where a reference reads in the rule's current row and column; undefined when it cannot be placed. */
export type Resolve = (ref: Ref) => Term | undefined;

/**
 * How a rule treats figures that are missing (forms/README.md "Rules skip what is missing", generalised):
 * - a side that names one cell is a figure compared as it stands (a total, a parent, a stated ratio, a bound
 *   value, the other form's cell): with no figure there the comparison is skipped;
 * - a side that names several cells is a sum of parts (or a formula over them): a part with no figure counts
 *   as 0, since the other side or another part has one;
 * - `rightIsParts`: the right side is parts even with one cell (a partition with one child, SUM_ROWS/SUM_COLS);
 * - `stocksRequired`: a stock with no figure skips the rule. For the rules a template writes (ROW_FORMULA
 *   `D = A + B − C`, BC-XDĐ's DV_BALANCE) a missing start-of-period level is not "nothing": FORM.md's cross-row
 *   rule (a flow with no figure counts as 0; a stock with no figure skips the rule). The structural sums keep
 *   the README's rule: their parts are counts of one level, and a blank part of a stock is none of them.
 * Whatever the side, a cell holding something that is not a number (already a VALUE_NOT_NUMBER finding) skips
 * the comparison, and so does one with no figure in any of its cells.
 */
export interface MissingPolicy {
  rightIsParts: boolean;
  stocksRequired: boolean;
}

/** Both sides of a comparison read under the missing-value policy; null when the policy skips it. */
export function readComparison(c: ComparisonNode, resolve: Resolve, policy: MissingPolicy): ReadComparison | null {
  const left = termsOf(c.left, resolve);
  const right = termsOf(c.right, resolve);
  if (!left || !right) return null;
  const all = [...left, ...right];
  if (all.some((t) => t.figure.state === "invalid")) return null;
  if (all.length > 0 && all.every((t) => t.figure.state === "missing")) return null;
  const required = (terms: Term[], isRight: boolean) => terms.length === 1 && !(isRight && policy.rightIsParts);
  if (required(left, false) && left[0].figure.state === "missing") return null;
  if (required(right, true) && right[0].figure.state === "missing") return null;
  if (policy.stocksRequired && all.some((t) => t.stock && t.figure.state === "missing")) return null;

  const byRef = new Map(all.map((t) => [JSON.stringify(t.ref), t]));
  const valueOf = (ref: Ref) => {
    const f = byRef.get(JSON.stringify(ref))?.figure;
    return f?.state === "number" ? f.value : undefined;
  };
  return {
    op: c.op,
    left: { ast: c.left, terms: left, value: evaluateSide(c.left, valueOf, true) },
    right: { ast: c.right, terms: right, value: evaluateSide(c.right, valueOf, true) },
  };
}

function termsOf(ast: Expression, resolve: Resolve): Term[] | null {
  const out: Term[] = [];
  for (const ref of refsOf(ast)) {
    const t = resolve(ref);
    if (!t) return null;
    out.push(t);
  }
  return out;
}
