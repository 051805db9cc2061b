import { ExpressionError, parseExpression, type Ref } from "./expression";
import { problem, type FormProblem } from "./problems";
import type { FormColumn, FormRow, FormTemplate } from "./types";

/**
 * The checks a schema cannot make (DESIGN.md: a template is linted when it is loaded, as R's validatetools
 * checks a rule set): codes unique, every code a field names exists, no cycle among parents, every expression
 * parses and names only known rows, columns and functions, ratio columns have a formula, weighted means name
 * their weight. Runs on a template that already passed the schema.
 */
export function lintForm(form: FormTemplate): FormProblem[] {
  const out: FormProblem[] = [];
  const columns = uniqueCodes(form.columns, "/columns", "cột", "column", out);
  const rows = uniqueCodes(form.rows, "/rows", "dòng", "row", out);
  const ctx: Context = { form, columns, rows, out };
  form.columns.forEach((c, i) => lintColumn(ctx, c, `/columns/${i}`));
  form.rows.forEach((r, i) => lintRow(ctx, r, `/rows/${i}`));
  chainsWithoutCycle(ctx, "under");
  chainsWithoutCycle(ctx, "parent");
  labelsDistinctUnderOneParent(ctx);
  (form.rules ?? []).forEach((rule, i) => {
    const at = `/rules/${i}`;
    const refs = expression(ctx, rule.expr, `${at}/expr`, "condition");
    if (refs) {
      const usesRow = refs.some((r) => r.fn === "row");
      const usesCol = refs.some((r) => r.fn === "col");
      if (usesRow && !rule.columns) out.push(problem(`${at}/columns`, 'Biểu thức dùng row("…") nên phải nêu "columns" (các cột áp dụng)', 'The expression uses row("…"), so "columns" (where it applies) is required'));
      if (!usesRow && rule.columns) out.push(problem(`${at}/columns`, 'Có "columns" nhưng biểu thức không dùng row("…")', '"columns" is given but the expression uses no row("…")'));
      if (usesCol && !rule.rows) out.push(problem(`${at}/rows`, 'Biểu thức dùng col("…") nên phải nêu "rows" (các dòng áp dụng)', 'The expression uses col("…"), so "rows" (where it applies) is required'));
      if (!usesCol && rule.rows) out.push(problem(`${at}/rows`, 'Có "rows" nhưng biểu thức không dùng col("…")', '"rows" is given but the expression uses no col("…")'));
    }
    rule.columns?.forEach((c, j) => figureColumn(ctx, c, `${at}/columns/${j}`));
    rule.rows?.forEach((r, j) => figureRow(ctx, r, `${at}/rows/${j}`));
    if (rule.anchor !== undefined) knownRow(ctx, rule.anchor, `${at}/anchor`);
    rule.periods?.forEach((k, j) => {
      if (!form.periodKinds.includes(k)) out.push(problem(`${at}/periods/${j}`, `Biểu không có kỳ "${k}" (periodKinds) nên quy tắc không bao giờ áp dụng`, `The form has no "${k}" period (periodKinds), so the rule would never apply`));
    });
  });
  // The checks across periods (issue 11) name rows and columns: they must exist and carry figures.
  const h = form.history;
  if (h) {
    for (const key of ["current", "lastYear", "ytd"] as const) if (h[key] !== undefined) figureColumn(ctx, h[key], `/history/${key}`);
    h.carryOver?.forEach((pair, i) => {
      figureRow(ctx, pair.opening, `/history/carryOver/${i}/opening`);
      figureRow(ctx, pair.closing, `/history/carryOver/${i}/closing`);
    });
  }
  return out;
}

interface Context {
  form: FormTemplate;
  columns: Map<string, FormColumn>;
  rows: Map<string, FormRow>;
  out: FormProblem[];
}

function uniqueCodes<T extends { code: string }>(items: T[], at: string, vi: string, en: string, out: FormProblem[]): Map<string, T> {
  const byCode = new Map<string, T>();
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (first.has(item.code)) {
      out.push(problem(`${at}/${i}/code`, `Mã ${vi} "${item.code}" bị trùng (đã có ở ${at}/${first.get(item.code)})`, `Duplicate ${en} code "${item.code}" (first at ${at}/${first.get(item.code)})`));
      return;
    }
    first.set(item.code, i);
    byCode.set(item.code, item);
  });
  return byCode;
}

function lintColumn(ctx: Context, c: FormColumn, at: string): void {
  if (c.kind === "ratio" && c.formula === undefined) {
    ctx.out.push(problem(`${at}/formula`, `Cột tỷ lệ "${c.code}" phải có công thức (như col("2") * 100 / col("3"))`, `Ratio column "${c.code}" needs a formula (such as col("2") * 100 / col("3"))`));
  }
  if (c.formula !== undefined) {
    if (c.kind === "label" || c.kind === "text") ctx.out.push(problem(`${at}/formula`, `Cột "${c.code}" không chứa số liệu nên không có công thức`, `Column "${c.code}" carries no figures, so it takes no formula`));
    columnFormula(ctx, c.code, c.formula, `${at}/formula`);
  }
  if (c.printed === false && c.formula === undefined) ctx.out.push(problem(`${at}/printed`, `Cột không in "${c.code}" phải có công thức`, `Unprinted column "${c.code}" needs a formula`));
  if (c.parent) {
    if (c.parent.column === c.code) ctx.out.push(problem(`${at}/parent/column`, `Cột "${c.code}" không thể là cột cha của chính nó`, `Column "${c.code}" cannot be its own parent`));
    else figureColumn(ctx, c.parent.column, `${at}/parent/column`);
  }
  if (c.range?.min !== undefined && c.range.max !== undefined && c.range.min > c.range.max) {
    ctx.out.push(problem(`${at}/range`, "Cận dưới lớn hơn cận trên", "min is above max"));
  }
}

/** A column formula reads the same row: col("…") and fixed cells, never row("…"). */
function columnFormula(ctx: Context, self: string, text: string, at: string): void {
  const refs = expression(ctx, text, at, "number");
  if (!refs) return;
  for (const r of refs) {
    if (r.fn === "row") ctx.out.push(problem(at, 'Công thức của cột dùng col("…"), không dùng row("…")', 'A column formula uses col("…"), not row("…")'));
    if (r.fn === "col" && r.column === self) ctx.out.push(problem(at, `Công thức của cột "${self}" không được dùng chính nó`, `The formula of column "${self}" cannot use itself`));
  }
}

function lintRow(ctx: Context, r: FormRow, at: string): void {
  const { out } = ctx;
  if (r.under !== undefined) {
    if (r.under === r.code) out.push(problem(`${at}/under`, `Dòng "${r.code}" không thể nằm dưới chính nó`, `Row "${r.code}" cannot be under itself`));
    else knownRow(ctx, r.under, `${at}/under`);
  }
  if (r.kind === "heading") {
    for (const f of ["parent", "notApplicable", "range", "aggregate", "formula", "columnFormulas"] as const) {
      if (r[f] !== undefined) out.push(problem(`${at}/${f}`, `Dòng tiêu đề "${r.code}" không có số liệu nên không có "${f}"`, `Heading "${r.code}" has no figures, so it takes no "${f}"`));
    }
    return;
  }
  if (r.parent) {
    if (r.parent.row === r.code) out.push(problem(`${at}/parent/row`, `Dòng "${r.code}" không thể là dòng cha của chính nó`, `Row "${r.code}" cannot be its own parent`));
    else figureRow(ctx, r.parent.row, `${at}/parent/row`);
  }
  r.notApplicable?.forEach((c, j) => figureColumn(ctx, c, `${at}/notApplicable/${j}`));
  r.range?.columns?.forEach((c, j) => figureColumn(ctx, c, `${at}/range/columns/${j}`));
  if (r.range?.min !== undefined && r.range.max !== undefined && r.range.min > r.range.max) out.push(problem(`${at}/range`, "Cận dưới lớn hơn cận trên", "min is above max"));
  const agg = r.aggregate;
  if (r.kind === "average" && agg?.kind !== "weightedMean") {
    out.push(problem(`${at}/aggregate`, `Dòng bình quân "${r.code}" phải tổng hợp theo bình quân gia quyền ({"kind": "weightedMean", "weight": mã dòng})`, `Average row "${r.code}" must aggregate as a weighted mean ({"kind": "weightedMean", "weight": row code})`));
  }
  if (agg?.kind === "weightedMean") {
    if (agg.weight === r.code) out.push(problem(`${at}/aggregate/weight`, `Dòng "${r.code}" không thể là quyền số của chính nó`, `Row "${r.code}" cannot weight itself`));
    else figureRow(ctx, agg.weight, `${at}/aggregate/weight`);
  }
  if (r.kind === "ratio" && r.formula === undefined) out.push(problem(`${at}/formula`, `Dòng tỷ lệ "${r.code}" phải có công thức (như row("A") * 100 / row("B"))`, `Ratio row "${r.code}" needs a formula (such as row("A") * 100 / row("B"))`));
  if (agg?.kind === "recompute" && r.formula === undefined) out.push(problem(`${at}/aggregate`, `Dòng "${r.code}" tính lại khi tổng hợp nên phải có công thức`, `Row "${r.code}" is recomputed on consolidation, so it needs a formula`));
  if (r.formula !== undefined) {
    const refs = expression(ctx, r.formula, `${at}/formula`, "number");
    for (const ref of refs ?? []) {
      if (ref.fn === "col") out.push(problem(`${at}/formula`, 'Công thức của dòng dùng row("…"), không dùng col("…")', 'A row formula uses row("…"), not col("…")'));
      if (ref.fn === "row" && ref.row === r.code) out.push(problem(`${at}/formula`, `Công thức của dòng "${r.code}" không được dùng chính nó`, `The formula of row "${r.code}" cannot use itself`));
    }
  }
  for (const [code, text] of Object.entries(r.columnFormulas ?? {})) {
    const where = `${at}/columnFormulas/${code}`;
    const col = ctx.columns.get(code);
    if (!col) out.push(problem(where, `Không có cột "${code}"`, `No column "${code}"`));
    else if (col.formula === undefined) out.push(problem(where, `Cột "${code}" không có công thức để thay`, `Column "${code}" has no formula to replace`));
    columnFormula(ctx, code, text, where);
  }
}

/** Parses an expression and checks each reference to this form; undefined when it does not parse. */
function expression(ctx: Context, text: string, at: string, want: "number" | "condition"): Ref[] | undefined {
  let parsed;
  try {
    parsed = parseExpression(text);
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    ctx.out.push(problem(at, `${e.vi} trong "${text}"`, `${e.en} in "${text}"`));
    return undefined;
  }
  if (want === "condition" && !parsed.isCondition) ctx.out.push(problem(at, `Quy tắc phải là một phép so sánh (==, <=, …): "${text}"`, `A rule must be a comparison (==, <=, …): "${text}"`));
  if (want === "number" && parsed.isCondition) ctx.out.push(problem(at, `Công thức phải cho ra một số, không phải phép so sánh: "${text}"`, `A formula must give a number, not a comparison: "${text}"`));
  for (const ref of parsed.refs) {
    if (ref.fn === "formCell") {
      if (ref.form === ctx.form.id) ctx.out.push(problem(at, `Ô của chính biểu này viết bằng cell("…", "…"), không dùng formCell`, "A cell of this same form is written cell(\"…\", \"…\"), not formCell"));
      continue; // Checked against the other form by lintFormSet.
    }
    if (ref.fn === "row" || ref.fn === "cell") figureRow(ctx, ref.row, at);
    if (ref.fn === "col" || ref.fn === "cell") figureColumn(ctx, ref.column, at);
  }
  return parsed.refs;
}

function knownRow(ctx: Context, code: string, at: string): FormRow | undefined {
  const r = ctx.rows.get(code);
  if (!r) ctx.out.push(problem(at, `Không có dòng mã "${code}" trong biểu ${ctx.form.id}`, `No row "${code}" in form ${ctx.form.id}`));
  return r;
}

function figureRow(ctx: Context, code: string, at: string): void {
  const r = knownRow(ctx, code, at);
  if (r?.kind === "heading") ctx.out.push(problem(at, `Dòng "${code}" là dòng tiêu đề, không có số liệu`, `Row "${code}" is a heading with no figures`));
}

function figureColumn(ctx: Context, code: string, at: string): void {
  const c = ctx.columns.get(code);
  if (!c) ctx.out.push(problem(at, `Không có cột mã "${code}" trong biểu ${ctx.form.id}`, `No column "${code}" in form ${ctx.form.id}`));
  else if (c.kind === "label" || c.kind === "text") ctx.out.push(problem(at, `Cột "${code}" không chứa số liệu`, `Column "${code}" carries no figures`));
}

/** Case, tone-mark encoding (NFC) and runs of spaces aside: a rough key; the reader's own normalising is finer. */
const labelKey = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Rows are matched by label within the row or heading they sit under (`1.` and `Tặng bằng khen` repeat under
 * several parents): two rows of one parent answering to the same label or alias could never be told apart.
 */
function labelsDistinctUnderOneParent(ctx: Context): void {
  const seen = new Map<string, string>();
  ctx.form.rows.forEach((r, i) => {
    [r.label, ...(r.aliases ?? [])].forEach((text, j) => {
      const key = `${r.under ?? ""}\u0000${labelKey(text)}`;
      const other = seen.get(key);
      if (other !== undefined && other !== r.code) {
        const at = j === 0 ? `/rows/${i}/label` : `/rows/${i}/aliases/${j - 1}`;
        ctx.out.push(problem(at, `"${text}" cũng là tên của dòng "${other}" cùng mục: không phân biệt được hai dòng`, `"${text}" also names row "${other}" under the same parent: the two rows cannot be told apart`));
      } else seen.set(key, r.code);
    });
  });
}

/** A row's `under` and `parent` chains must each end: a cycle would make the hierarchy (and sums) endless. */
function chainsWithoutCycle(ctx: Context, field: "under" | "parent"): void {
  const next = (r: FormRow) => (field === "under" ? r.under : r.parent?.row);
  ctx.form.rows.forEach((start, i) => {
    const seen = new Set([start.code]);
    let cur = next(start);
    while (cur !== undefined) {
      if (cur === start.code) {
        const path = [...seen, cur].join(" → ");
        ctx.out.push(problem(`/rows/${i}/${field === "under" ? "under" : "parent/row"}`, `Vòng lặp: ${path}`, `Cycle: ${path}`));
        return;
      }
      if (seen.has(cur)) return; // A cycle further up, reported at its own rows.
      seen.add(cur);
      const r = ctx.rows.get(cur);
      cur = r ? next(r) : undefined;
    }
  });
}

/**
 * The cross-form references of a set of templates: each `formCell(F, R, C)` must name a form of the set and a
 * figure cell of it. Pointers are prefixed with the form id (`BTCTW-1:/rules/7/expr`).
 */
export function lintFormSet(forms: readonly FormTemplate[]): FormProblem[] {
  const byId = new Map(forms.map((f) => [f.id, f]));
  const out: FormProblem[] = [];
  for (const form of forms) {
    (form.rules ?? []).forEach((rule, i) => {
      const at = `${form.id}:/rules/${i}/expr`;
      let refs: Ref[];
      try {
        refs = parseExpression(rule.expr).refs;
      } catch {
        return; // lintForm reports it.
      }
      for (const ref of refs) {
        if (ref.fn !== "formCell") continue;
        const other = byId.get(ref.form);
        if (!other) {
          out.push(problem(at, `Không có biểu "${ref.form}"`, `No form "${ref.form}"`));
          continue;
        }
        const row = other.rows.find((r) => r.code === ref.row);
        const col = other.columns.find((c) => c.code === ref.column);
        if (!row || row.kind === "heading") out.push(problem(at, `Biểu ${ref.form} không có dòng số liệu "${ref.row}"`, `Form ${ref.form} has no figure row "${ref.row}"`));
        if (!col || col.kind === "label" || col.kind === "text") out.push(problem(at, `Biểu ${ref.form} không có cột số liệu "${ref.column}"`, `Form ${ref.form} has no figure column "${ref.column}"`));
      }
    });
  }
  return out;
}
