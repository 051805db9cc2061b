import type { Finding } from "../../findings";
import { placeOf, type Ref } from "../../../templates/form/expression";
import type { FormTemplate } from "../../../templates/form";
import type { FormSheetReport } from "../types";
import { compiledRules, type CompiledRule } from "./compile";
import type { Resolve, Term } from "./comparison";
import { anchorOf, explain, type FormNames } from "./explain";
import { figureReader, type FigureReader } from "./figures";
import { judgeRule } from "./judge";
import { notApplicableFindings } from "./notApplicable";
import { ruleApplies } from "./periods";

/**
 * The findings of one form read from one sheet (issue 9 §4): every rule its structure yields and every rule
 * the template writes, except those naming another form (CROSS_FORM, see ./crossForm.ts), plus NOT_APPLICABLE.
 * `row("…")` terms are read in each of a rule's `columns`, `col("…")` terms in each of its `rows`; a rule
 * restricted to some `periods` applies only to a report of a known period of those kinds (./periods.ts).
 * Missing figures follow ./comparison.ts.
 */
export function validateFormReport(report: FormSheetReport, form: FormTemplate): Finding[] {
  const read = figureReader(report, form);
  const stock = stockRows(form);
  const out: Finding[] = [];
  for (const c of compiledRules(form)) {
    if (c.crossForm || !ruleApplies(c.rule, report.period)) continue;
    for (const column of c.rule.columns ?? [undefined]) {
      for (const row of c.rule.rows ?? [undefined]) {
        const f = checkAt(c, { row, column }, report, form, read, stock);
        if (f) out.push(f);
      }
    }
  }
  out.push(...notApplicableFindings(report, form));
  return out;
}

/** Rows whose missing figure skips a template's own rule (./comparison.ts `stocksRequired`). */
export function stockRows(form: FormTemplate): Set<string> {
  return new Set(form.rows.filter((r) => r.timing === "stock").map((r) => r.code));
}

/** Places references of this form in the rule's current row and column and reads them. */
export function ownResolve(current: { row?: string; column?: string }, read: FigureReader, stock: Set<string>): Resolve {
  return (ref: Ref): Term | undefined => {
    const place = placeOf(ref, current);
    if (!place || place.form !== undefined) return undefined;
    return { ref, place, figure: read(place.row, place.column), stock: stock.has(place.row) };
  };
}

function checkAt(c: CompiledRule, current: { row?: string; column?: string }, report: FormSheetReport, form: FormTemplate, read: FigureReader, stock: Set<string>): Finding | null {
  const j = judgeRule(c, ownResolve(current, read, stock));
  if (!j) return null;
  const anchor = anchorOf(c, [...j.read.left.terms, ...j.read.right.terms], current.column, (r, col) => read(r, col).cell);
  if (!anchor) return null;
  const names: FormNames = (id) => (id === form.id ? form : undefined);
  const { rule, severity, message } = explain(c, j, form, anchor, names);
  return { rule, severity, message, file: report.file, sheet: report.sheet, cell: anchor.cell, indicator: anchor.row, form: report.form, column: anchor.column };
}
