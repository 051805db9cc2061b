import type { Finding } from "../../findings";
import { placeOf, type Ref } from "../../../templates/form/expression";
import type { FormTemplate } from "../../../templates/form";
import type { FormSheetReport } from "../types";
import { compiledRules, type CompiledRule } from "./compile";
import type { Resolve, Side, Term } from "./comparison";
import { SYMBOL } from "./describe";
import { anchorOf, explain, labelOfColumn, labelOfRow } from "./explain";
import { figureReader, type FigureReader } from "./figures";
import { judgeRule } from "./judge";
import { cellName, columnName, formMsg, formName, num, rowName } from "./messages";
import { pairPeriod } from "./periods";
import { stockRows } from "./formReport";

/** A report with what the checker needs of it, prepared once. */
interface Prepared {
  report: FormSheetReport;
  form: FormTemplate;
  read: FigureReader;
  stock: Set<string>;
}

/**
 * CROSS_FORM (issue 9 §4): the rules naming a cell of another form (`formCell`), checked between the forms of
 * one workbook — one unit's set of forms for one period. The forms state each relation from both sides (Biểu 1
 * says D = Biểu 3 I, Biểu 3 says I = Biểu 1 D): a disagreement is reported once, at the cell of the report that
 * comes first, and its message names both cells. Skipped when the other form is not in the workbook, when the
 * two periods differ or the rule's `periods` exclude theirs (./periods.ts), and when both reports carry a unit
 * code and the codes differ. Unit names are not compared: sheets of one workbook word them differently.
 */
export function crossFormFindings(reports: FormSheetReport[], forms: readonly FormTemplate[]): Finding[] {
  const prepared: Prepared[] = [];
  for (const report of reports) {
    const form = forms.find((f) => f.id === report.form);
    if (form) prepared.push({ report, form, read: figureReader(report, form), stock: stockRows(form) });
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const here of prepared) {
    for (const c of compiledRules(here.form)) {
      if (!c.crossForm) continue;
      for (const partners of partnerSets(c, here, prepared)) {
        for (const column of c.rule.columns ?? [undefined]) {
          for (const row of c.rule.rows ?? [undefined]) {
            const f = checkPair(c, { row, column }, here, partners, seen);
            if (f) out.push(f);
          }
        }
      }
    }
  }
  return out;
}

/** Every choice of one comparable report per other form the rule names (usually one form, one report). */
function partnerSets(c: CompiledRule, here: Prepared, all: Prepared[]): Map<string, Prepared>[] {
  const others = [...new Set(c.refs.flatMap((r) => (r.fn === "formCell" ? [r.form] : [])))];
  let sets: Map<string, Prepared>[] = [new Map()];
  for (const id of others) {
    const candidates = all.filter((p) => p !== here && p.report.form === id && comparable(c, here, p));
    sets = sets.flatMap((s) => candidates.map((p) => new Map([...s, [id, p]])));
  }
  return others.length ? sets : [];
}

function comparable(c: CompiledRule, a: Prepared, b: Prepared): boolean {
  const ca = a.report.unit.code?.trim().toUpperCase();
  const cb = b.report.unit.code?.trim().toUpperCase();
  if (ca && cb && ca !== cb) return false;
  const period = pairPeriod({ period: a.report.period, form: a.form }, { period: b.report.period, form: b.form });
  if (period === null) return false;
  if (!c.rule.periods) return true;
  return period !== undefined && c.rule.periods.includes(period.kind);
}

function checkPair(c: CompiledRule, current: { row?: string; column?: string }, here: Prepared, partners: Map<string, Prepared>, seen: Set<string>): Finding | null {
  const resolve: Resolve = (ref: Ref): Term | undefined => {
    const place = placeOf(ref, current);
    if (!place) return undefined;
    const p = place.form === undefined ? here : partners.get(place.form);
    if (!p) return undefined;
    return { ref, place, figure: p.read(place.row, place.column), stock: place.form === undefined && here.stock.has(place.row) };
  };
  const j = judgeRule(c, resolve);
  if (!j) return null;
  const terms = [...j.read.left.terms, ...j.read.right.terms];
  // Both forms state the relation: the same cells, whichever side states it, are one disagreement.
  const key = JSON.stringify(terms.map((t) => { const p = place(t, here, partners); return `${p.report.sheet}\u0000${p.report.form}\u0000${t.place.row}\u0000${t.place.column}`; }).sort());
  if (seen.has(key)) return null;
  seen.add(key);
  const anchor = anchorOf(c, terms, current.column, (r, col) => here.read(r, col).cell);
  if (!anchor) return null;
  const { report, form } = here;
  const base = { file: report.file, sheet: report.sheet, cell: anchor.cell, indicator: anchor.row, form: report.form, column: anchor.column };
  const { left, right } = j.read;
  if (j.kind === "comparison" && left.terms.length === 1 && right.terms.length === 1) {
    const message = formMsg.crossForm(nameOf(left, here, partners), num(left.value as number), SYMBOL[j.read.op], nameOf(right, here, partners), num(right.value as number));
    return { rule: c.rule.id, severity: c.rule.severity, message, ...base };
  }
  const names = (id: string) => (id === form.id ? form : partners.get(id)?.form);
  return { ...explain(c, j, form, anchor, names), ...base };
}

function place(t: Term, here: Prepared, partners: Map<string, Prepared>): Prepared {
  return t.place.form === undefined ? here : (partners.get(t.place.form) as Prepared);
}

/** The one cell a side names, with its form, sheet and cell. */
function nameOf(side: Side, here: Prepared, partners: Map<string, Prepared>) {
  const t = side.terms[0];
  const p = place(t, here, partners);
  const { form } = p;
  return cellName(formName(form.id), rowName(t.place.row, labelOfRow(form, t.place.row)), columnName(t.place.column, labelOfColumn(form, t.place.column)), p.report.sheet, t.figure.cell);
}
