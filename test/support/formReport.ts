/**
 * Reports of any form built in a test, filled consistently: every partition adds up, every *Trong đó* figure is
 * within its whole, total columns are their parts' sums, ratio columns state what their formula gives, the
 * template's own equalities (BTCTW-1 `D = A + B − C`) hold, and, given the forms built before it, the cells its
 * CROSS_FORM rules name agree with theirs. A test then changes one cell (`withFigure`) and expects one finding.
 *
 * Free inputs: the rows that are part of nothing (roots) get a default or the figure given in `inputs`; the
 * parts of a row share its figure (weights 1, 2, 3…); a *Trong đó* row takes a fraction of its whole. Any cell
 * may be given in `inputs`; its siblings share what is left.
 */
import { parsePeriod } from "../../src/engine/period";
import { roundHalfAway } from "../../src/engine/exact";
import type { FormFigure, FormSheetReport } from "../../src/engine/forms/types";
import { childGroups, evaluateNumber, parseExpression, placeOf, type FormColumn, type FormRow, type FormTemplate, type Ref } from "../../src/templates/form";

export type Inputs = Record<string, Record<string, number>>;

export interface FillOptions {
  inputs?: Inputs;
  /** As written on the sheet; null for a period that was not found. Default `Năm 2023`. */
  period?: string | null;
  sheet?: string;
  file?: string;
  unitCode?: string | null;
  /** Reports built before: the cells this form's CROSS_FORM rules name are copied from them. */
  others?: FormSheetReport[];
}

/** What a built-in form needs beyond the defaults to meet the rules its template writes (BC-XDĐ's staff above its members, income in range). */
const FORM_INPUTS: Record<string, Inputs> = {
  "BC-XDD": { DN_LD: { plan: 90000, actual: 90000, ytd: 90000 }, DN_TN: { plan: 8.5, actual: 8.5, ytd: 8.5 } },
};

type Figures = Map<string, Map<string, number>>;

export function consistentReport(form: FormTemplate, options: FillOptions = {}): FormSheetReport {
  const inputs = mergeInputs(FORM_INPUTS[form.id] ?? {}, crossFormPins(form, options.others ?? []), options.inputs ?? {});
  const figures = fill(form, inputs);
  return layout(form, figures, options);
}

/** A consistent set of forms, one unit and one period: each form pinned to the ones built before it. */
export function consistentWorkbook(forms: readonly FormTemplate[], options: FillOptions = {}): FormSheetReport[] {
  const out: FormSheetReport[] = [];
  for (const form of forms) out.push(consistentReport(form, { ...options, sheet: form.id, others: [...(options.others ?? []), ...out] }));
  return out;
}

/** The same report with one cell changed: a number, a blank (null), or any fields of the figure (`{ invalid: true }`). */
export function withFigure(report: FormSheetReport, row: string, column: string, change: number | null | Partial<FormFigure>): FormSheetReport {
  const old = report.values[row]?.[column];
  if (!old) throw new Error(`${report.form} has no cell ${row}/${column}`);
  // A new number shows its own decimals: none kept from the old one.
  const next: FormFigure = change === null || typeof change === "number" ? { cell: old.cell, value: change, invalid: false, marked: false } : { ...old, ...change };
  return { ...report, values: { ...report.values, [row]: { ...report.values[row], [column]: next } } };
}

/** The figure a consistent report holds in a cell. */
export function figureOf(report: FormSheetReport, row: string, column: string): number {
  const v = report.values[row]?.[column]?.value;
  if (v === null || v === undefined) throw new Error(`${report.form} ${row}/${column} has no figure`);
  return v;
}

export function cellOf(report: FormSheetReport, row: string, column: string): string {
  return report.values[row][column].cell;
}

function mergeInputs(...all: Inputs[]): Inputs {
  const out: Inputs = {};
  for (const inputs of all) for (const [r, cols] of Object.entries(inputs)) out[r] = { ...out[r], ...cols };
  return out;
}

/** `cell(R, C) == formCell(F, R2, C2)`: R/C takes the figure F's report holds at R2/C2. */
function crossFormPins(form: FormTemplate, others: FormSheetReport[]): Inputs {
  const pins: Inputs = {};
  for (const rule of form.rules ?? []) {
    const [a, b] = parseExpression(rule.expr).refs;
    if (a?.fn !== "cell" || b?.fn !== "formCell") continue;
    const other = others.find((o) => o.form === b.form);
    const v = other?.values[b.row]?.[b.column]?.value;
    if (v !== null && v !== undefined) (pins[a.row] ??= {})[a.column] = v;
  }
  return pins;
}

const printedValueColumns = (form: FormTemplate) => form.columns.filter((c) => c.kind === "value" && c.printed !== false);

function fill(form: FormTemplate, inputs: Inputs): Figures {
  const figures: Figures = new Map(form.rows.filter((r) => r.kind !== "heading").map((r) => [r.code, new Map()]));
  const columns = printedValueColumns(form);
  // Whole columns first, then *Trong đó* columns (within them), then total columns (sums of them).
  const order = [...columns.filter((c) => !c.parent && !c.formula), ...columns.filter((c) => c.parent && !c.formula)];
  order.forEach((c) => fillColumn(form, c, columns.indexOf(c), inputs, figures));
  solveWrittenEqualities(form, inputs, figures);
  // A cell the form marks X holds no figure, and nothing computed from it has one.
  for (const r of form.rows) for (const c of r.notApplicable ?? []) figures.get(r.code)?.delete(c);
  for (const c of columns.filter((x) => x.formula)) {
    for (const [row, byCol] of figures) {
      const v = evaluateIn(form, c.formula as string, row, undefined, figures);
      if (v !== undefined) byCol.set(c.code, v);
    }
  }
  fillRatioRows(form, figures);
  return figures;
}

function defaultFigure(row: FormRow, rowIndex: number, colIndex: number): number {
  if (row.range?.min !== undefined || row.range?.max !== undefined) {
    const min = row.range.min ?? 0;
    const max = row.range.max ?? min + 100;
    return roundHalfAway(min + (max - min) * 0.25 + colIndex, 1);
  }
  if (row.kind === "average") return 35.5 + colIndex;
  if (row.kind === "amount") return 12.5 + rowIndex + colIndex;
  return (row.timing === "stock" ? 900 : 40) + 13 * rowIndex + 5 * colIndex;
}

function fillColumn(form: FormTemplate, c: FormColumn, colIndex: number, inputs: Inputs, figures: Figures): void {
  const pinned = (row: string) => inputs[row]?.[c.code];
  // In a *Trong đó* column every cell is within the whole column's cell of its row.
  const cap = (row: string) => (c.parent ? (figures.get(row)?.get(c.parent.column) ?? 0) : Infinity);
  const set = (row: string, v: number) => figures.get(row)?.set(c.code, Math.min(v, cap(row)));
  form.rows.forEach((r, i) => {
    if (r.kind === "heading" || r.parent || r.kind === "ratio") return;
    const given = pinned(r.code);
    if (given !== undefined) figures.get(r.code)?.set(c.code, given);
    else set(r.code, c.parent ? Math.floor(cap(r.code) / 2) : defaultFigure(r, i, colIndex));
  });
  const groups = childGroups(form);
  const done = new Set<number>();
  // Parents before their parts, whatever the order of the rows.
  for (let pass = 0; done.size < groups.length && pass < groups.length + 1; pass++) {
    groups.forEach((g, gi) => {
      if (done.has(gi)) return;
      const whole = figures.get(g.parent)?.get(c.code);
      if (whole === undefined) return;
      done.add(gi);
      const kids = g.children.map((k) => k.code);
      if (g.relation === "subset") {
        kids.forEach((k, i) => {
          const given = pinned(k);
          if (given !== undefined) figures.get(k)?.set(c.code, given);
          else set(k, Math.floor(whole / (i + 2)));
        });
      } else {
        share(g.relation === "partition" ? whole : Math.floor(whole / 2), kids, pinned, cap, (k, v) => figures.get(k)?.set(c.code, v));
      }
    });
  }
}

/** Splits `total` among `kids` (weights 1, 2, 3…), given figures kept, each within its cap, every unit placed. */
function share(total: number, kids: string[], pinned: (k: string) => number | undefined, cap: (k: string) => number, set: (k: string, v: number) => void): void {
  const free = kids.filter((k) => pinned(k) === undefined);
  let left = total;
  for (const k of kids) {
    const given = pinned(k);
    if (given !== undefined) {
      set(k, given);
      left -= given;
    }
  }
  const weights = free.map((_, i) => i + 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const got = free.map((k, i) => Math.min(cap(k), Math.floor((left * weights[i]) / sum)));
  let rest = left - got.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0 && i < free.length; i++) {
    const more = Math.min(rest, cap(free[i]) - got[i]);
    got[i] += more;
    rest -= more;
  }
  free.forEach((k, i) => set(k, got[i]));
}

/**
 * The template's own equalities over rows (`D = A + B − C`, BC-XDĐ's DV_SPLIT and DV_BALANCE): each sets one
 * row that is part of nothing and has no parts, not given, not set by an earlier equality — its left side if
 * it can, else the first such row on its right.
 */
function solveWrittenEqualities(form: FormTemplate, inputs: Inputs, figures: Figures): void {
  const parents = new Set(form.rows.flatMap((r) => (r.parent ? [r.parent.row] : [])));
  const targeted = new Set<string>();
  for (const rule of form.rules ?? []) {
    const parsed = parseExpression(rule.expr);
    const ast = parsed.ast;
    if (ast.type !== "BinaryExpression" || ast.operator !== "==" || !rule.columns || parsed.refs.some((r) => r.fn !== "row")) continue;
    for (const column of rule.columns) {
      const target = parsed.refs.map((r) => (r as { row: string }).row).find((row) => {
        const r = form.rows.find((x) => x.code === row);
        return r && !r.parent && !parents.has(row) && inputs[row]?.[column] === undefined && !targeted.has(`${row}/${column}`);
      });
      if (!target) continue;
      targeted.add(`${target}/${column}`);
      const residual = () => (evaluateIn(form, rule.expr.replace("==", "-(") + ")", undefined, column, figures) ?? 0);
      const at = figures.get(target) as Map<string, number>;
      const before = at.get(column) ?? 0;
      const r0 = residual();
      at.set(column, before + 1);
      const k = residual() - r0;
      at.set(column, before - r0 / k);
    }
  }
}

/** A number expression of the form in a row or a column; printed-false columns computed from their formula. */
function evaluateIn(form: FormTemplate, expr: string, row: string | undefined, column: string | undefined, figures: Figures): number | undefined {
  const lookup = (ref: Ref): number | undefined => {
    const p = placeOf(ref, { row, column });
    if (!p || p.form) return undefined;
    const computed = form.columns.find((c) => c.code === p.column && c.printed === false);
    if (computed?.formula) return evaluateIn(form, computed.formula, p.row, undefined, figures);
    return figures.get(p.row)?.get(p.column);
  };
  return evaluateNumber(parseExpression(expr).ast, lookup);
}

function fillRatioRows(form: FormTemplate, figures: Figures): void {
  for (const r of form.rows.filter((x) => x.kind === "ratio" && x.formula)) {
    for (const c of printedValueColumns(form)) {
      const v = evaluateIn(form, r.formula as string, undefined, c.code, figures);
      if (v !== undefined) figures.get(r.code)?.set(c.code, roundHalfAway(v, 2));
    }
  }
}

const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));
const FIRST_ROW = 6;

/** Puts the figures on a sheet: header block above, one row per form row, columns in the form's order from A. */
function layout(form: FormTemplate, figures: Figures, o: FillOptions): FormSheetReport {
  const periodText = o.period === undefined ? "Năm 2023" : o.period;
  const columns: Record<string, number> = {};
  form.columns.forEach((c, i) => {
    if (c.printed !== false) columns[c.code] = i;
  });
  const rows: FormSheetReport["rows"] = {};
  const values: FormSheetReport["values"] = {};
  form.rows.forEach((r, i) => {
    const sheetRow = FIRST_ROW + i;
    rows[r.code] = { r: sheetRow, label: `${r.numbering ?? ""} ${r.label}`.trim(), cell: `A${sheetRow + 1}` };
    if (r.kind === "heading") return;
    const byCol: Record<string, FormFigure> = {};
    form.columns.forEach((c, ci) => {
      if (c.printed === false || (c.kind !== "value" && c.kind !== "ratio")) return;
      const cell = `${letter(ci)}${sheetRow + 1}`;
      if (r.notApplicable?.includes(c.code)) {
        byCol[c.code] = { value: null, invalid: false, marked: true, cell };
        return;
      }
      byCol[c.code] = { value: c.kind === "ratio" ? ratioFigure(form, c, r, figures) : (figures.get(r.code)?.get(c.code) ?? null), invalid: false, marked: false, cell };
    });
    values[r.code] = byCol;
  });
  return {
    form: form.id,
    version: form.version,
    file: o.file ?? "don-vi.xlsx",
    sheet: o.sheet ?? form.id,
    unit: { name: "Đảng bộ Công ty Điện lực", code: o.unitCode ?? null, cluster: null, type: null },
    period: periodText === null ? null : parsePeriod(periodText),
    periodText: periodText === null ? null : { text: periodText, cell: "A3" },
    reportDate: null,
    header: { first: 3, last: 4, numberingRow: 5 },
    columns,
    rows,
    values,
  };
}

/** What a ratio column states in a row: its formula (or the row's own) rounded to the column's decimals; none when it divides by 0. */
function ratioFigure(form: FormTemplate, c: FormColumn, r: FormRow, figures: Figures): number | null {
  const formula = r.columnFormulas?.[c.code] ?? c.formula;
  if (!formula) return null;
  const v = evaluateIn(form, formula, r.code, undefined, figures);
  return v === undefined ? null : roundHalfAway(v, c.decimals ?? 2);
}
