import type { Expression } from "jsep";
import type { Lang, Localized, Severity } from "../../findings";
import { formatNumber } from "../../format";
import type { FormTemplate, Ref } from "../../../templates/form";
import type { CompiledRule } from "./compile";
import type { Side, Term } from "./comparison";
import { describeExpression, SYMBOL } from "./describe";
import type { Judgement } from "./judge";
import { both, columnName, formMsg, formName, rowName, shown, where, type Sum } from "./messages";

/** Rule ids of a stated ratio judged within rounding, and stated with no figure to state (FORM.md). */
export const PCT_ROUNDING = "PCT_ROUNDING";
export const PCT_NO_BASE = "PCT_NO_PLAN";

/** The cell a finding points at: the total, parent, stated ratio or bounded figure the user must look at. */
export interface Anchor {
  row: string;
  column: string;
  cell: string | null;
}

export interface Explained {
  rule: string;
  severity: Severity;
  message: Localized;
}

/** The forms a rule names, for their column labels in a message. */
export type FormNames = (formId: string) => FormTemplate | undefined;

/**
 * Picks the anchor: the rule's `anchor` row where the expression reads it (or in the rule's column), else the
 * first cell of this form the expression names — the total of a sum, the stated ratio, the *Trong đó* figure.
 */
export function anchorOf(c: CompiledRule, terms: Term[], column: string | undefined, cellAt: (row: string, column: string) => string | null): Anchor | null {
  const own = terms.filter((t) => t.place.form === undefined);
  const anchor = c.rule.anchor;
  const t = anchor === undefined ? own[0] : own.find((x) => x.place.row === anchor);
  if (t) return { row: t.place.row, column: t.place.column, cell: t.figure.cell };
  const col = column ?? own[0]?.place.column;
  if (anchor === undefined || col === undefined) return null;
  return { row: anchor, column: col, cell: cellAt(anchor, col) };
}

/** The rule id, severity and message of a judgement, in the words of the rule that failed. */
export function explain(c: CompiledRule, j: Judgement, form: FormTemplate, anchor: Anchor, forms: FormNames): Explained {
  const at = where(rowName(anchor.row, labelOfRow(form, anchor.row)), columnName(anchor.column, labelOfColumn(form, anchor.column)));
  const { left, right } = j.read;
  const sum = (side: Side): Sum => sideText(side, form, forms);
  if (j.kind === "ratio") {
    const v = j.verdict;
    const d = v.kind === "noBase" ? undefined : v.decimals;
    const statedFigure = left.terms[0].figure;
    const stated = shownStated(left.value as number, statedFigure.state === "number" ? statedFigure.decimals : d);
    if (v.kind === "noBase") return { rule: PCT_NO_BASE, severity: "warning", message: formMsg.ratioNoBase(at, stated, sum(right)) };
    const rounded = shown(v.rounded, v.decimals);
    if (v.kind === "rounding") return { rule: PCT_ROUNDING, severity: "warning", message: formMsg.ratioRounding(at, stated, sum(right), rounded) };
    return { rule: c.rule.id, severity: c.rule.severity, message: formMsg.ratioWrong(at, stated, sum(right), rounded) };
  }
  const lv = left.value as number;
  const rv = right.value as number;
  const id = c.rule.id;
  const single = (s: Side) => s.terms.length === 1;
  const ruled = (message: Localized): Explained => ({ rule: id, severity: c.rule.severity, message });
  if ((id === "SUM_ROWS" || id === "SUM_COLS") && j.read.op === "==" && single(left)) return ruled(formMsg.sumMismatch(at, lv, sum(right), id === "SUM_ROWS"));
  if ((id === "SUBSET_ROW" || id === "SUBSET_COL") && (j.read.op === "<=" || j.read.op === "<")) {
    if (single(left) && single(right)) return ruled(formMsg.subsetAbove(at, lv, wholeName(right.terms[0], anchor, form), rv));
    if (single(right)) return ruled(formMsg.partsAbove(at, rv, sum(left)));
  }
  if (id === "VALUE_RANGE" && single(left)) {
    const { min, max } = boundsOf(c);
    return ruled(formMsg.outOfRange(at, lv, min, max));
  }
  if (j.read.op === "==" && single(left)) return ruled(formMsg.formulaMismatch(at, lv, sum(right)));
  const codes = (s: Side) => sum(s).codes;
  return ruled(formMsg.ruleBroken(at, codes(left), lv, SYMBOL[j.read.op], codes(right), rv));
}

/** A side written with codes and with the figures it read (a blank shown as such: it counted as 0). */
export function sideText(side: Side, form: FormTemplate, forms: FormNames): Sum {
  const byRef = new Map(side.terms.map((t) => [JSON.stringify(t.ref), t]));
  const figure = (lang: Lang) => (ref: Ref) => {
    const f = byRef.get(JSON.stringify(ref))?.figure;
    if (f?.state === "number") return formatNumber(f.value, lang, 6);
    return lang === "vi" ? "trống" : "blank";
  };
  const text = (show: (lang: Lang) => (ref: Ref) => string) => ({
    vi: describeExpression(side.ast, show("vi"), "vi"),
    en: describeExpression(side.ast, show("en"), "en"),
  });
  const code = (lang: Lang) => (ref: Ref) => refCode(ref, form, forms, lang);
  if (side.terms.length > LONG_SUM && isPlainSum(side.ast)) {
    // BTCTW-3DT's 56 ethnic groups: the first parts, the last, and the total say enough.
    const t = side.terms;
    const elide = (show: (lang: Lang) => (ref: Ref) => string) => both((lang) => `${show(lang)(t[0].ref)} + ${show(lang)(t[1].ref)} + … + ${show(lang)(t[t.length - 1].ref)}`);
    return { codes: elide(code), figures: elide(figure), total: side.value ?? Number.NaN };
  }
  return { codes: text(code), figures: text(figure), total: side.value ?? Number.NaN };
}

/** Parts beyond which a sum is shortened in a message. */
const LONG_SUM = 12;

const isPlainSum = (ast: Expression): boolean =>
  ast.type === "BinaryExpression" ? ast.operator === "+" && isPlainSum(ast.left as Expression) && isPlainSum(ast.right as Expression) : ast.type === "CallExpression";

/** `B.1` for a row in the rule's column; `cột 3` in the rule's row; `dòng I cột 3` for a fixed cell. */
function refCode(ref: Ref, form: FormTemplate, forms: FormNames, lang: Lang): string {
  switch (ref.fn) {
    case "row":
      return ref.row;
    case "col":
      return columnName(ref.column, labelOfColumn(form, ref.column))[lang];
    case "cell":
      return `${rowName(ref.row, undefined)[lang]} ${columnName(ref.column, labelOfColumn(form, ref.column))[lang]}`;
    case "formCell": {
      const other = forms(ref.form);
      return `${formName(ref.form)[lang]} ${rowName(ref.row, undefined)[lang]} ${columnName(ref.column, other ? labelOfColumn(other, ref.column) : undefined)[lang]}`;
    }
  }
}

/** What a *Trong đó* figure is part of: another row (SUBSET_ROW) or another column of the same row (SUBSET_COL). */
function wholeName(t: Term, anchor: Anchor, form: FormTemplate): Localized {
  if (t.place.row !== anchor.row) return rowName(t.place.row, labelOfRow(form, t.place.row));
  const label = labelOfColumn(form, t.place.column);
  const name = columnName(t.place.column, label);
  // `cột 3 (Tổng số)`: a printed number alone does not say what the column counts.
  return label && /^\d+$/.test(t.place.column) ? both((lang) => `${name[lang]} (${label})`) : name;
}

/** The bounds of a VALUE_RANGE rule (`x >= 18 && x <= 100`). */
function boundsOf(c: CompiledRule): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const cmp of c.comparisons) {
    const lit = literal(cmp.right);
    if (lit === undefined) continue;
    if (cmp.op === ">=" || cmp.op === ">") out.min = lit;
    if (cmp.op === "<=" || cmp.op === "<") out.max = lit;
  }
  return out;
}

function literal(e: Expression): number | undefined {
  if (e.type === "Literal" && typeof e.value === "number") return e.value;
  if (e.type === "UnaryExpression") {
    const v = literal(e.argument as Expression);
    return v === undefined ? undefined : -v;
  }
  return undefined;
}

/** A stated ratio as the cell shows it: with its decimals when known (`104,40`), else as the number reads. */
function shownStated(value: number, decimals: number | undefined): Localized {
  return decimals === undefined ? { vi: formatNumber(value, "vi", 6), en: formatNumber(value, "en", 6) } : shown(value, decimals);
}

export const labelOfRow = (form: FormTemplate, code: string) => form.rows.find((r) => r.code === code)?.label;
export const labelOfColumn = (form: FormTemplate, code: string) => form.columns.find((c) => c.code === code)?.label;
