/**
 * Learns a form template (src/templates/form) from one sheet of a form, blank or filled, that no template
 * describes yet (issue 10): the table (table.ts), its columns (columns.ts), rows (rows.ts), the formulas the
 * blank carries (formulas.ts) and the relations they and the words give (relations.ts), the block above the
 * table (meta.ts). Whatever it cannot decide becomes a question with the choice made meanwhile; it never
 * changes the grid it reads.
 */
import type { Grid } from "../../grid";
import { filledCells } from "../../read/cells";
import { foldText, normalizeText } from "../../text";
import type { FormColumn, FormRow, FormTemplate, PeriodKind } from "../../../templates/form/types";
import { formIdOf } from "./codes";
import { learnColumns, type ColumnDraft } from "./columns";
import { readFormulas } from "./formulas";
import { learnMeta } from "./meta";
import { FAILURES, NOTES, QUESTIONS } from "./messages";
import { learnRelations } from "./relations";
import { learnRows, type RowDraft } from "./rows";
import { findTable } from "./table";
import type { LearnFailure, LearnQuestion, LearnResult } from "./types";

const ALL_PERIODS: PeriodKind[] = ["quarter", "half", "nine_months", "year"];
const AVERAGE = /\b(binh quan|trung binh)\b/;
const RATIO = /\bt[iy] le\b|%/;
/**
 * Money and measures in a label (`(triệu đồng)`, `Kinh phí`, `ha`), on unfolded text (`động` is no money) and
 * only where `đồng` is money: after `triệu`/`nghìn`/`tỷ` or alone in brackets, never `hợp đồng`, `cộng đồng`.
 */
const AMOUNT = /(?:triệu|nghìn|ngàn|tỷ)\s*đồng|\(\s*đồng\s*\)|(?<![\p{L}\d])(?:ha|kg|tấn|m2|km|kinh phí|số tiền|giá trị)(?![\p{L}\d])/u;
/** Share of body rows with typed figures from which the sheet is a filled copy, not a blank. */
const FILLED_SHARE = 0.2;

const isFigure = (c: ColumnDraft) => c.kind === "value" || c.kind === "ratio";
const isUpper = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toLocaleUpperCase("vi");
};

export function learnForm(grid: Grid): ({ ok: true } & LearnResult) | LearnFailure {
  const table = findTable(grid);
  if (!table) return { ok: false, ...FAILURES.noTable };
  const drafts = learnColumns(grid, table);
  if (!drafts.some((c) => c.kind === "label" && !c.tt)) return { ok: false, ...FAILURES.noLabel };
  if (!drafts.some(isFigure)) return { ok: false, ...FAILURES.noFigures };
  const rows = learnRows(grid, table, drafts);
  if (!rows.length) return { ok: false, ...FAILURES.noRows };
  const questions: LearnQuestion[] = [];

  const formulas = readFormulas(grid, new Map(rows.map((r) => [r.r, r.code])), new Map(drafts.filter(isFigure).map((c) => [c.c, c.code])));
  const columns = drafts.map((d) => finalColumn(d, formulas.columns.get(d.code), questions));
  subsetColumns(columns);
  if (table.numberingRow === null) questions.push(QUESTIONS.noNumberingRow());

  const filled = rows.filter((r) => r.typed).length >= Math.max(2, rows.length * FILLED_SHARE);
  const heading = new Set(rows.filter((d, i) => isHeading(d, i, rows, filled, formulas.rows.has(d.code))).map((d) => d.code));
  const valueColumns = new Set(columns.filter((c) => c.kind === "value").map((c) => c.code));
  const relations = learnRelations(rows, heading, formulas, valueColumns);

  const formRows = rows.map((d, i) => finalRow(d, rows, heading, relations, questions, !filled && rowQuestionNeeded(d, i, rows, heading, formulas.rows.has(d.code))));
  questions.push(...relations.questions);
  distinctLabels(formRows, rows, questions);
  if (formulas.unread.length) questions.push(QUESTIONS.formulaUnread(formulas.unread));

  const meta = learnMeta(grid, table.headerFirst);
  if (!meta.title) questions.push(QUESTIONS.noTitle());
  if (!meta.periodKinds.length) questions.push(QUESTIONS.noPeriod());
  const title = meta.title ?? "BIỂU CỦA ĐƠN VỊ";
  const id = formIdOf(meta.marker, title);
  questions.unshift(QUESTIONS.formId(id));

  const form: FormTemplate = {
    id,
    version: 1,
    title,
    ...(meta.marker ? { marker: meta.marker } : {}),
    periodKinds: meta.periodKinds.length ? meta.periodKinds : ALL_PERIODS,
    ...(meta.unit ? { unit: meta.unit } : {}),
    columns,
    rows: formRows,
    ...(relations.rules.length ? { rules: relations.rules } : {}),
    // The line the blank's table ends at (a place-and-date line still to fill, `…, ngày … tháng … năm 20…`,
    // which no reader takes for a footer by itself): a filled copy's table ends there too.
    ...(table.footerRow !== null ? { footerMarkers: filledCells(grid, table.footerRow).map((x) => x.text) } : {}),
    notes: [`Học từ trang tính “${grid.name}” / learned from sheet “${grid.name}” (tonghop template learn)`],
  };
  return {
    ok: true,
    form,
    questions,
    notes: [NOTES.noValidations, NOTES.noBold],
    places: { rows: Object.fromEntries(rows.map((r) => [r.code, r.r])), columns: Object.fromEntries(drafts.map((c) => [c.code, c.c])) },
  };
}

function finalColumn(d: ColumnDraft, found: { expr: string; ratio: boolean; cells: number; of: number } | undefined, questions: LearnQuestion[]): FormColumn {
  const col: FormColumn = { code: d.code, label: d.label, kind: d.kind };
  if (d.headerPath.length) col.headerPath = d.headerPath;
  if (d.numbering) col.numbering = d.numbering;
  if (d.role) col.role = d.role;
  if (!isFigure(d)) return col;
  // The cells' own formula, when most of the column's formula cells agree on it; else the printed one.
  const fromCells = found && found.cells * 2 >= found.of ? found : undefined;
  if (fromCells) {
    col.kind = fromCells.ratio ? "ratio" : "value";
    col.formula = fromCells.expr;
    if (d.printedFormula && refsOf(d.printedFormula) !== refsOf(fromCells.expr)) questions.push(QUESTIONS.columnFormulaDiffers(d.code, d.numbering ?? "", fromCells.expr));
  } else if (d.printedFormula) {
    col.formula = d.printedFormula;
  }
  if (col.kind === "ratio") {
    if (!col.formula) {
      col.kind = "value";
      questions.push(QUESTIONS.ratioColumn(d.code, d.label));
    } else col.decimals = 2;
  }
  return col;
}

/**
 * A `Trong đó: …` column (`Trong đó: dưới 40 tuổi`) is part of the nearest whole column on its left: a value
 * column that is neither a `Trong đó` column itself nor one of a `Chia ra` group's parts.
 */
function subsetColumns(columns: FormColumn[]): void {
  const words = (c: FormColumn) => [...(c.headerPath ?? []), c.label].map(foldText);
  columns.forEach((c, i) => {
    if (c.kind !== "value" || !words(c).some((w) => w.startsWith("trong do"))) return;
    for (let j = i - 1; j >= 0; j--) {
      const w = columns[j];
      if (w.kind !== "value" || words(w).some((x) => x.startsWith("trong do") || x.startsWith("chia ra"))) continue;
      c.parent = { column: w.code, relation: "subset" };
      return;
    }
  });
}

const refsOf = (expr: string) => [...expr.matchAll(/col\("([^"]+)"\)/g)].map((m) => m[1]).sort().join(",");

/**
 * A heading: on a filled copy, a row without figures that has rows under it (or is printed in capitals or
 * across the table); on a blank, a row printed in capitals or merged across the figure columns. A row whose
 * cells carry a formula is never one.
 */
function isHeading(d: RowDraft, i: number, rows: RowDraft[], filled: boolean, hasFormula: boolean): boolean {
  if (hasFormula || d.typed || d.marked.length) return false;
  const hasChildren = rows.some((x) => x.under === i);
  if (filled) return hasChildren || isUpper(d.label) || d.spans;
  return (isUpper(d.label) && hasChildren) || d.spans;
}

/** On a blank, a numbered section with rows under it, no formula and no announcing words could be either. */
function rowQuestionNeeded(d: RowDraft, i: number, rows: RowDraft[], heading: Set<string>, hasFormula: boolean): boolean {
  if (heading.has(d.code) || hasFormula || d.announces) return false;
  // Children printed after `Trong đó` are parts of a figure: their parent has figures too.
  const children = rows.filter((x) => x.under === i);
  return (d.cls === "roman" || d.cls === "upper") && children.length > 0 && !children.some((c) => c.subset);
}

function finalRow(
  d: RowDraft,
  rows: RowDraft[],
  heading: Set<string>,
  relations: ReturnType<typeof learnRelations>,
  questions: LearnQuestion[],
  askHeading: boolean,
): FormRow {
  const row: FormRow = { code: d.code, label: d.label, kind: "count" };
  if (d.numbering) row.numbering = d.numbering;
  if (d.under !== null) row.under = rows[d.under].code;
  if (heading.has(d.code)) {
    row.kind = "heading";
    return row;
  }
  const folded = foldText(d.label);
  const ratio = relations.ratio.get(d.code);
  if (ratio) {
    row.kind = "ratio";
    row.formula = ratio;
  } else if (AVERAGE.test(folded)) {
    row.kind = "amount";
    questions.push(QUESTIONS.average(d.r + 1, d.code, d.label));
  } else if (RATIO.test(folded)) {
    row.kind = "amount";
    questions.push(QUESTIONS.ratioRow(d.r + 1, d.code, d.label));
  } else if (AMOUNT.test(normalizeText(d.label))) row.kind = "amount";
  if (askHeading) questions.push(QUESTIONS.heading(d.r + 1, d.code, d.label));
  const parent = relations.parent.get(d.code);
  if (parent) row.parent = parent;
  if (d.marked.length) row.notApplicable = d.marked;
  return row;
}

/** Two rows of one parent with one label cannot be told apart by a reader: the second gets its number. */
function distinctLabels(formRows: FormRow[], drafts: RowDraft[], questions: LearnQuestion[]): void {
  const seen = new Map<string, number>();
  formRows.forEach((r, i) => {
    const key = `${r.under ?? ""}\u0000${foldText(r.label)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) {
      r.label = `${r.label} (${n})`;
      questions.push(QUESTIONS.sameLabel(drafts[i].r + 1, r.code, r.label));
    }
  });
}
