/**
 * A form's totals over the units used (forms/README.md "Aggregation"): counts and amounts summed; ratio
 * columns and ratio rows recomputed from the summed parts with the template's formula (a division by zero
 * gives no figure), never summed; averages weighted by the row the template names, over the units that
 * have both figures; `X` cells stay `X`; heading rows get no totals.
 */
import { evaluateNumber, parseExpression, type Ref } from "../../../templates/form/expression";
import type { FormColumn, FormRow, FormTemplate } from "../../../templates/form/types";
import { aggregateOf, cellFormula, isNotApplicable, totalColumns } from "./shape";
import type { FigureSource, FormTotalCell, FormTotals, FormUnitEntry } from "./types";

export function formTotals(form: FormTemplate, used: readonly FormUnitEntry[]): FormTotals {
  const rows = new Map(form.rows.map((r) => [r.code, r]));
  const columns = totalColumns(form);
  const columnByCode = new Map(columns.map((c) => [c.code, c]));
  const totals: FormTotals = {};
  const inProgress = new Set<string>();

  /** One total, computed on demand: a recomputed cell may read cells that come later in the form. */
  const totalAt = (rowCode: string, colCode: string): FormTotalCell | undefined => {
    const row = rows.get(rowCode);
    const column = columnByCode.get(colCode);
    if (!row || !column || row.kind === "heading") return undefined;
    const known = totals[rowCode]?.[colCode];
    if (known) return known;
    const key = `${rowCode}\u0000${colCode}`;
    // A formula that reads itself (a broken template) gives no figure rather than recursing forever.
    if (inProgress.has(key)) return undefined;
    inProgress.add(key);
    const cell = computeCell(row, column);
    inProgress.delete(key);
    (totals[rowCode] ??= {})[colCode] = cell;
    return cell;
  };

  const computeCell = (row: FormRow, column: FormColumn): FormTotalCell => {
    if (isNotApplicable(row, column)) return { value: null, how: "notApplicable", sources: [], withoutWeight: [] };
    const formula = cellFormula(row, column);
    if (formula !== undefined) {
      const { ast } = parseExpression(formula);
      const figure = (ref: Ref): number | undefined => {
        const place =
          ref.fn === "row" ? { row: ref.row, column: column.code }
          : ref.fn === "col" ? { row: row.code, column: ref.column }
          : ref.fn === "cell" ? { row: ref.row, column: ref.column }
          : undefined; // another form's cell: not part of this form's totals
        return place ? totalAt(place.row, place.column)?.value ?? undefined : undefined;
      };
      return { value: evaluateNumber(ast, figure) ?? null, how: "recompute", sources: [], withoutWeight: [] };
    }
    const agg = aggregateOf(row);
    if (agg.kind === "weightedMean") return weightedMean(row.code, agg.weight, column.code, used);
    return sum(row.code, column.code, used);
  };

  for (const row of form.rows) {
    if (row.kind === "heading") continue;
    for (const column of columns) totalAt(row.code, column.code);
  }
  return totals;
}

/** The unit's figure in one cell, with where it came from; undefined when the cell has no number. */
function sourceOf(entry: FormUnitEntry, rowCode: string, colCode: string): FigureSource | undefined {
  const report = entry.report!;
  const fig = report.values[rowCode]?.[colCode];
  if (!fig || fig.value === null) return undefined;
  return { unit: entry.name, code: entry.code, file: report.file, sheet: report.sheet, cell: fig.cell, value: fig.value };
}

function sum(rowCode: string, colCode: string, used: readonly FormUnitEntry[]): FormTotalCell {
  const sources = used.map((u) => sourceOf(u, rowCode, colCode)).filter((s): s is FigureSource => s !== undefined);
  const value = sources.length ? sources.reduce((a, s) => a + s.value, 0) : null;
  return { value, how: "sum", sources, withoutWeight: [] };
}

/** Σ(value × weight) ÷ Σ weight over the units that have both; the others with a value are listed. */
function weightedMean(rowCode: string, weightRow: string, colCode: string, used: readonly FormUnitEntry[]): FormTotalCell {
  const sources: FigureSource[] = [];
  const withoutWeight: string[] = [];
  let num = 0;
  let den = 0;
  for (const u of used) {
    const s = sourceOf(u, rowCode, colCode);
    if (!s) continue;
    const w = sourceOf(u, weightRow, colCode);
    if (!w) {
      withoutWeight.push(u.name);
      continue;
    }
    sources.push({ ...s, weight: w.value });
    num += s.value * w.value;
    den += w.value;
  }
  return { value: den > 0 ? num / den : null, how: "weightedMean", sources, withoutWeight };
}
