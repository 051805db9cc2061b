/**
 * The corrections the Mẫu của đơn vị screen offers on a learned template, as pure functions from a template
 * to a new one: a row's kind, parent and relation, a column's kind, the id and the title. Each keeps the
 * template consistent where the change forces it (a heading has no parent nor children, no rule names it; a
 * label or text column has no formula); anything left for the user to decide shows as a lint problem.
 */
import { lintForm } from "../../templates/form/lint";
import { formatProblems } from "../../templates/form/problems";
import { builtInForms } from "../../templates/form/registry";
import type { ColumnKind, FormTemplate, Relation, RowKind } from "../../templates/form/types";
import type { Lang } from "../../engine";

const copy = (f: FormTemplate): FormTemplate => JSON.parse(JSON.stringify(f)) as FormTemplate;
const mentions = (expr: string, code: string) => expr.includes(`row(${JSON.stringify(code)})`);

export function setRowKind(form: FormTemplate, code: string, kind: RowKind): FormTemplate {
  const f = copy(form);
  const row = f.rows.find((r) => r.code === code);
  if (!row) return form;
  row.kind = kind;
  if (kind !== "ratio") delete row.formula;
  if (kind !== "average") delete row.aggregate;
  if (kind === "heading") {
    for (const k of ["parent", "notApplicable", "range", "columnFormulas"] as const) delete row[k];
    for (const r of f.rows) if (r.parent?.row === code) delete r.parent;
    f.rules = (f.rules ?? []).filter((rule) => !mentions(rule.expr, code));
  }
  return f;
}

export function setRowParent(form: FormTemplate, code: string, parent: string | null, relation: Relation = "subset"): FormTemplate {
  const f = copy(form);
  const row = f.rows.find((r) => r.code === code);
  if (!row) return form;
  if (parent === null) delete row.parent;
  else row.parent = { row: parent, relation: row.parent?.row === parent ? (relation ?? row.parent.relation) : relation };
  return f;
}

export function setRowRelation(form: FormTemplate, code: string, relation: Relation): FormTemplate {
  const f = copy(form);
  const row = f.rows.find((r) => r.code === code);
  if (row?.parent) row.parent.relation = relation;
  return f;
}

export function setColumnKind(form: FormTemplate, code: string, kind: ColumnKind): FormTemplate {
  const f = copy(form);
  const col = f.columns.find((c) => c.code === code);
  if (!col) return form;
  col.kind = kind;
  if (kind === "label" || kind === "text") {
    delete col.formula;
    delete col.parent;
    delete col.decimals;
    for (const c of f.columns) if (c.parent?.column === code) delete c.parent;
  }
  return f;
}

export const setFormId = (form: FormTemplate, id: string): FormTemplate => ({ ...copy(form), id: id.trim() });
export const setFormTitle = (form: FormTemplate, title: string): FormTemplate => ({ ...copy(form), title });

/** What stops the template from being used, in the user's language: the lint's problems, and an id a built-in form has. */
export function draftProblems(form: FormTemplate, lang: Lang): string[] {
  const out: string[] = [];
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(form.id)) out.push(lang === "vi" ? "Mã biểu chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới." : "The id takes unaccented letters, digits, dots, dashes and underscores only.");
  if (builtInForms().some((b) => b.id.toUpperCase() === form.id.toUpperCase())) out.push(lang === "vi" ? `Mã “${form.id}” là của một biểu có sẵn; hãy đặt mã khác.` : `“${form.id}” is a built-in form's id; choose another.`);
  if (!form.title.trim()) out.push(lang === "vi" ? "Tên biểu không được để trống." : "The title cannot be empty.");
  const lint = lintForm(form);
  if (lint.length) out.push(...formatProblems(lint, lang).split("\n").filter(Boolean));
  return out;
}

/** A file name for the template: `mau-dv-02-bc-du.json`. */
export const templateFileName = (form: FormTemplate) => `mau-${form.id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}.json`;
