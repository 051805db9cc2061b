import type { Expression } from "jsep";
import { derivedRules, evaluateNumber, parseExpression, type FormRule, type PeriodKind, type Ref } from "../../src/templates/form";
import { figure, type FormSet } from "./figures";
import { form } from "./forms";

/**
 * An independent check of a unit's figures against every relation its forms state (the structure's rules
 * from `derivedRules`, and each template's `ROW_FORMULA`/`CROSS_FORM`), with the README's policy for missing
 * figures: a side that is one cell with no figure skips the rule; in a sum, a part with no figure counts as 0;
 * a division by zero skips. It is what the sample is generated against and what its test reads back: it does
 * not use the engine's form reader or checker, so the sample guards them rather than echoing them.
 */
export interface Breach {
  form: string;
  rule: string;
  row: string;
  column: string;
  /** For CROSS_FORM: the two cells, sorted, so that the pair stated by both forms is one breach. */
  pair?: string;
}

/** The period of each form of the workbook: its kind (for a rule's `periods`) and its label (`6 THÁNG ĐẦU NĂM 2026`). */
export type Periods = Record<string, { kind: PeriodKind; label: string }>;

export function checkSet(set: FormSet, periods: Periods): Breach[] {
  const out: Breach[] = [];
  for (const id of Object.keys(set)) {
    const tpl = form(id);
    for (const rule of [...derivedRules(tpl), ...(tpl.rules ?? [])]) {
      if (rule.periods && !rule.periods.includes(periods[id].kind)) continue;
      out.push(...checkRule(set, periods, id, rule));
    }
  }
  return distinct(out);
}

function checkRule(set: FormSet, periods: Periods, id: string, rule: FormRule): Breach[] {
  const parsed = parseExpression(rule.expr);
  const first = parsed.refs[0];
  const reader = (current: { row?: string; column?: string }) => (ref: Ref) => {
    switch (ref.fn) {
      case "row": return figure(set[id], ref.row, current.column as string);
      case "col": return figure(set[id], current.row as string, ref.column);
      case "cell": return figure(set[id], ref.row, ref.column);
      case "formCell": return set[ref.form] && periods[ref.form]?.label === periods[id].label ? figure(set[ref.form], ref.row, ref.column) : undefined;
    }
  };
  const out: Breach[] = [];
  const run = (current: { row?: string; column?: string }, at: { row: string; column: string }) => {
    const verdict = holds(parsed.ast, reader(current), rule.id);
    if (verdict === true || verdict === undefined) return;
    const b: Breach = { form: id, rule: verdict, row: at.row, column: at.column };
    if (rule.id === "CROSS_FORM") {
      const cells = parsed.refs.map((x) => (x.fn === "formCell" ? `${x.form}/${x.row}/${x.column}` : x.fn === "cell" ? `${id}/${x.row}/${x.column}` : ""));
      b.pair = cells.sort().join(" = ");
    }
    out.push(b);
  };
  if (rule.columns) {
    const anchor = rule.anchor ?? (first.fn === "row" ? first.row : "");
    for (const column of rule.columns) run({ column }, { row: anchor, column });
  } else if (rule.rows) {
    const column = first.fn === "col" ? first.column : "";
    for (const row of rule.rows) run({ row }, { row, column });
  } else if (first.fn === "cell") run({}, { row: first.row, column: first.column });
  return out;
}

/**
 * Whether a rule holds: true, undefined (skipped: a figure is missing), or the id of the breach. A ratio
 * (PCT_STATED) within rounding to two decimals holds; within one unit of the last decimal it is
 * PCT_ROUNDING; otherwise PCT_STATED.
 */
function holds(ast: Expression, read: (ref: Ref) => number | undefined, id: string): true | undefined | string {
  if (ast.type === "BinaryExpression" && ast.operator === "&&") {
    for (const side of [ast.left, ast.right] as Expression[]) {
      const v = holds(side, read, id);
      if (v !== true) return v;
    }
    return true;
  }
  const left = side(ast.left as Expression, read);
  const right = side(ast.right as Expression, read);
  if (left === undefined || right === undefined) return undefined;
  if (id === "PCT_STATED") {
    const diff = Math.abs(left - right);
    return diff <= 0.005 + 1e-9 ? true : diff < 0.01 ? "PCT_ROUNDING" : "PCT_STATED";
  }
  const eps = 1e-9;
  const ok = (() => {
    switch (ast.operator) {
      case "==": return Math.abs(left - right) <= eps;
      case "!=": return Math.abs(left - right) > eps;
      case "<=": return left <= right + eps;
      case ">=": return left >= right - eps;
      case "<": return left < right;
      case ">": return left > right;
    }
    return false;
  })();
  return ok ? true : id;
}

/** One side of a comparison: a single cell as it is (none when blank), a sum with blank parts as 0. */
function side(ast: Expression, read: (ref: Ref) => number | undefined): number | undefined {
  const single = ast.type === "CallExpression" && (ast.callee as Expression).name !== "coalesce";
  return single ? evaluateNumber(ast, read) : evaluateNumber(ast, (ref) => read(ref) ?? 0);
}

/** A cross-form relation is stated by both forms: one breach per pair of cells. */
function distinct(breaches: Breach[]): Breach[] {
  const seen = new Set<string>();
  return breaches.filter((b) => {
    if (!b.pair) return true;
    if (seen.has(b.pair)) return false;
    seen.add(b.pair);
    return true;
  });
}

/** How a breach is compared: a cross-form one by its pair of cells, whichever form stated it. */
export const breachKey = (b: Breach) => (b.pair ? `CROSS_FORM ${b.pair}` : `${b.form} ${b.rule} ${b.row}/${b.column}`);
