import type { Expression } from "jsep";
import { ExpressionError, parseExpression, type Ref } from "../../../templates/form/expression";
import { derivedRules } from "../../../templates/form/relations";
import type { FormRule, FormTemplate } from "../../../templates/form";
import type { MissingPolicy } from "./comparison";
import { comparisonsOf, type ComparisonNode } from "./evaluate";

/** A rule of a form, parsed once, with the missing-value policy it follows (./comparison.ts). */
export interface CompiledRule {
  rule: FormRule;
  ast: Expression;
  comparisons: ComparisonNode[];
  refs: Ref[];
  policy: MissingPolicy;
  /** The rule names a cell of another form (`formCell`): checked between the forms of a workbook. */
  crossForm: boolean;
}

/** Rule ids whose right side is a sum of parts, even of one part (a partition with one child). */
const SUMS = new Set(["SUM_ROWS", "SUM_COLS"]);

const cache = new WeakMap<FormTemplate, CompiledRule[]>();

/**
 * Every rule a form is checked by: what its structure yields (`derivedRules`), the ratio rows' formulas, and
 * the rules the template writes (ROW_FORMULA, CROSS_FORM, BC-XDĐ's DV_SPLIT…), in that order. Built-in forms
 * are frozen and user forms are loaded once, so the parse is kept per form.
 */
export function compiledRules(form: FormTemplate): CompiledRule[] {
  let rules = cache.get(form);
  if (!rules) cache.set(form, (rules = compile(form)));
  return rules;
}

function compile(form: FormTemplate): CompiledRule[] {
  const derived = [...derivedRules(form), ...ratioRowRules(form)].map((rule) => ({ rule, policy: { rightIsParts: SUMS.has(rule.id), stocksRequired: false } }));
  const written = (form.rules ?? []).map((rule) => ({ rule, policy: { rightIsParts: false, stocksRequired: true } }));
  const seen = new Set<string>();
  const out: CompiledRule[] = [];
  for (const { rule, policy } of [...derived, ...written]) {
    // The same check twice (a ratio row that derivedRules also learns to yield) would be reported twice.
    const key = JSON.stringify([rule.id, rule.expr, rule.columns ?? null, rule.rows ?? null, rule.periods ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    let parsed;
    try {
      parsed = parseExpression(rule.expr);
    } catch (e) {
      // loadForm's lint refuses such a template with a clear problem; a checker has nothing to add.
      if (e instanceof ExpressionError) continue;
      throw e;
    }
    if (!parsed.isCondition) continue;
    out.push({
      rule,
      ast: parsed.ast,
      comparisons: comparisonsOf(parsed.ast),
      refs: parsed.refs,
      policy,
      crossForm: rule.id === "CROSS_FORM" || parsed.refs.some((r) => r.fn === "formCell"),
    });
  }
  return out;
}

/**
 * A ratio row (`Tỷ lệ (%)`, kind `ratio`) states in each figure column what its formula gives over other rows
 * of that column; forms/README.md checks it like a ratio column (PCT_STATED / PCT_ROUNDING). `derivedRules`
 * covers ratio columns only, so the checker adds these.
 */
export function ratioRowRules(form: FormTemplate): FormRule[] {
  const columns = form.columns.filter((c) => c.kind === "value" && c.printed !== false).map((c) => c.code);
  if (!columns.length) return [];
  return form.rows
    .filter((r) => r.kind === "ratio" && r.formula)
    .map((r) => ({ id: "PCT_STATED", severity: "error" as const, expr: `row(${JSON.stringify(r.code)}) == ${r.formula}`, columns, anchor: r.code }));
}
