/**
 * How learned rows relate, in this order of evidence:
 * 1. a formula the blank carries: a plain sum of rows (`=SUM(C8:C12)`) makes those rows a partition of the
 *    total (`SUM_ROWS`), when they have no other parent; any other combination (`=C8+C9-C10`), or a sum over
 *    rows already placed elsewhere, becomes a `ROW_FORMULA` rule; a ratio (`=C10/C8*100`) makes a ratio row;
 * 2. the words: `Trong đó` before the children (their own prefix or a line above them) → subset;
 *    `chia ra`, `gồm`, `bao gồm`, `phân theo` ending the parent's label → partition; `Trong đó:` ending it → subset;
 * 3. nothing said: subset (it only checks that no part is above its whole, so it never reports a correct
 *    sheet), and a question to the user.
 */
import type { FormRule, Relation } from "../../../templates/form/types";
import type { FormulaFindings } from "./formulas";
import { QUESTIONS } from "./messages";
import type { RowDraft } from "./rows";
import type { LearnQuestion } from "./types";

export interface RowRelations {
  parent: Map<string, { row: string; relation: Relation }>;
  rules: FormRule[];
  /** Row code → its ratio formula over rows. */
  ratio: Map<string, string>;
  questions: LearnQuestion[];
}

export function learnRelations(drafts: RowDraft[], heading: Set<string>, formulas: FormulaFindings, valueColumns: Set<string>): RowRelations {
  const out: RowRelations = { parent: new Map(), rules: [], ratio: new Map(), questions: [] };
  const byCode = new Map(drafts.map((d) => [d.code, d]));
  const childrenOf = (i: number) => drafts.filter((d) => d.under === i && !heading.has(d.code));

  drafts.forEach((d, i) => {
    const f = formulas.rows.get(d.code);
    if (!f || heading.has(d.code)) return;
    if (f.ratio) {
      out.ratio.set(d.code, f.expr);
      return;
    }
    const columns = f.columns.filter((c) => valueColumns.has(c));
    if (!columns.length) return;
    const children = childrenOf(i).map((c) => c.code);
    const parts = f.sumOf;
    const free = parts?.every((p) => !out.parent.has(p) && !heading.has(p) && p !== d.code && !ancestorOf(drafts, byCode.get(p)!, i));
    if (parts && free && (sameSet(parts, children) || !children.length)) {
      for (const p of parts) out.parent.set(p, { row: d.code, relation: "partition" });
      return;
    }
    out.rules.push({ id: "ROW_FORMULA", severity: "error", expr: `row("${d.code}") == ${f.expr}`, columns, anchor: d.code, basis: "printed" });
    if (parts && children.length) out.questions.push(QUESTIONS.rowFormulaInstead(d.r + 1, d.code, d.label));
  });

  drafts.forEach((d, i) => {
    if (heading.has(d.code)) return;
    const children = childrenOf(i).filter((c) => !out.parent.has(c.code));
    if (!children.length) return;
    // A parent whose own formula already says what it is made of needs no second relation over its children.
    if (formulas.rows.get(d.code) && !d.announces) return;
    let asked = false;
    for (const c of children) {
      let relation: Relation;
      if (c.subset) relation = "subset";
      else if (d.announces) relation = d.announces;
      else {
        relation = "subset";
        if (!asked) out.questions.push(QUESTIONS.relation(d.r + 1, d.code, d.label, children.length));
        asked = true;
      }
      out.parent.set(c.code, { row: d.code, relation });
    }
  });
  return out;
}

function ancestorOf(drafts: RowDraft[], row: RowDraft, i: number): boolean {
  // Is drafts[row index] above i in the printed hierarchy (i is printed under it)?
  const index = drafts.indexOf(row);
  for (let u = drafts[i].under; u !== null; u = drafts[u].under) if (u === index) return true;
  return false;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
