import type { Expression } from "jsep";
import { parseExpression, placeOf, type Ref } from "../../../templates/form/expression";
import type { FormColumn, FormTemplate } from "../../../templates/form";
import type { FormFigure, FormSheetReport } from "../types";
import { evaluateSide } from "./evaluate";

/**
 * One cell of a report as the rules see it. `missing`: blank, a blank marker, `X`, or a row or column the
 * sheet does not have. `invalid`: text that is not a number, which VALUE_NOT_NUMBER already reports, so a rule
 * that needs it is skipped rather than reported twice. `decimals`: the decimals the cell shows, as the reader
 * found them (a stated percentage is judged on them, FORM.md).
 */
export type FigureState =
  | { state: "number"; value: number; cell: string | null; decimals?: number }
  | { state: "missing"; cell: string | null }
  | { state: "invalid"; cell: string | null };

export type FigureReader = (row: string, column: string) => FigureState;

const formulas = new WeakMap<FormColumn, Expression>();
function formulaOf(c: FormColumn): Expression {
  let ast = formulas.get(c);
  if (!ast) formulas.set(c, (ast = parseExpression(c.formula as string).ast));
  return ast;
}

/** Computed columns that name each other would loop; a template deeper than this is not a real form. */
const MAX_DEPTH = 8;

/**
 * Reads a report's figures. A column the form does not print (BC-XDĐ's `figure`: year-to-date, else actual) is
 * computed from its formula over the same row; its cell is that of the first printed figure it used.
 */
export function figureReader(report: FormSheetReport, form: FormTemplate): FigureReader {
  const computed = new Map(form.columns.filter((c) => c.printed === false && c.formula).map((c) => [c.code, c]));
  const read = (row: string, column: string, depth: number): FigureState => {
    const c = computed.get(column);
    if (c && depth < MAX_DEPTH) return compute(c, row, depth);
    const f: FormFigure | undefined = report.values[row]?.[column];
    if (!f) return { state: "missing", cell: null };
    if (f.invalid) return { state: "invalid", cell: f.cell };
    if (f.value === null || !Number.isFinite(f.value)) return { state: "missing", cell: f.cell };
    return f.decimals === undefined ? { state: "number", value: f.value, cell: f.cell } : { state: "number", value: f.value, cell: f.cell, decimals: f.decimals };
  };
  const compute = (c: FormColumn, row: string, depth: number): FigureState => {
    let invalid = false;
    let cell: string | null = null;
    const value = evaluateSide(formulaOf(c), (ref: Ref) => {
      const place = placeOf(ref, { row });
      if (!place || place.form !== undefined) return undefined;
      const f = read(place.row, place.column, depth + 1);
      if (f.state === "invalid") invalid = true;
      if (f.state !== "number") return undefined;
      cell ??= f.cell;
      return f.value;
    }, false);
    if (invalid) return { state: "invalid", cell };
    return value === undefined ? { state: "missing", cell } : { state: "number", value, cell };
  };
  return (row, column) => read(row, column, 0);
}
