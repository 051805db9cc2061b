/**
 * The review list of a learned template, as data every door shows alike (the CLI's text and `--json`, the task
 * pane's screen): each column and row with its kind in words, the relation it was given, the rules the
 * template yields (derived from its structure and its own), and the questions.
 */
import type { Lang } from "../../findings";
import { derivedRules } from "../../../templates/form/relations";
import type { ColumnKind, FormRule, FormTemplate, Relation, RowKind } from "../../../templates/form/types";
import type { LearnResult } from "./types";

export const COLUMN_KIND: Record<ColumnKind, { vi: string; en: string }> = {
  label: { vi: "tên chỉ tiêu", en: "label" },
  value: { vi: "số liệu", en: "value" },
  ratio: { vi: "tỷ lệ", en: "ratio" },
  text: { vi: "chữ, ghi chú", en: "text, note" },
};

export const ROW_KIND: Record<RowKind, { vi: string; en: string }> = {
  heading: { vi: "đề mục", en: "heading" },
  count: { vi: "số đếm", en: "count" },
  amount: { vi: "số lượng", en: "amount" },
  average: { vi: "bình quân", en: "average" },
  ratio: { vi: "tỷ lệ", en: "ratio" },
};

export const RELATION: Record<Relation, { vi: string; en: string }> = {
  partition: { vi: "chia ra (cộng bằng)", en: "partition (adds up)" },
  subset: { vi: "trong đó (không lớn hơn)", en: "subset (not above)" },
  disjointSubset: { vi: "trong đó, không trùng nhau", en: "disjoint subset" },
};

export interface ReviewLine {
  code: string;
  text: string;
}

export interface Review {
  columns: ReviewLine[];
  rows: ReviewLine[];
  rules: FormRule[];
  questions: string[];
  notes: string[];
}

/** Every rule the template yields: the structure's (SUM_ROWS, SUBSET_ROW, SUM_COLS, PCT_STATED…) and its own. */
export const allRules = (form: FormTemplate): FormRule[] => [...derivedRules(form), ...(form.rules ?? [])];

export function review(result: Pick<LearnResult, "form" | "questions" | "notes" | "places">, lang: Lang): Review {
  const { form } = result;
  const columns = form.columns.map((c) => {
    const parts = [COLUMN_KIND[c.kind][lang]];
    if (c.formula) parts.push(`= ${c.formula}`);
    if (c.parent) parts.push(lang === "vi" ? `trong đó của cột ${c.parent.column}` : `part of column ${c.parent.column}`);
    return { code: c.code, text: `${[...(c.headerPath ?? []), c.label].join(" › ")} — ${parts.join("; ")}` };
  });
  const rows = form.rows.map((r) => {
    const parts = [ROW_KIND[r.kind][lang]];
    if (r.parent) parts.push(`${RELATION[r.parent.relation][lang]} ${lang === "vi" ? "của" : "of"} ${r.parent.row}`);
    if (r.formula) parts.push(`= ${r.formula}`);
    if (r.notApplicable?.length) parts.push(`X: ${r.notApplicable.join(", ")}`);
    const at = result.places.rows[r.code];
    const where = at === undefined ? "" : lang === "vi" ? ` (dòng ${at + 1})` : ` (row ${at + 1})`;
    return { code: r.code, text: `${r.numbering ? `${r.numbering} ` : ""}${r.label}${where} — ${parts.join("; ")}` };
  });
  return { columns, rows, rules: allRules(form), questions: result.questions.map((q) => q[lang]), notes: result.notes.map((n) => n[lang]) };
}
