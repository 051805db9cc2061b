import { parseExpression, evaluateNumber, type FormTemplate } from "../../src/templates/form";
import { figure, setFigure, type Figures } from "./figures";
import { figureRows, ratioColumns } from "./forms";

/** Half away from zero, to `d` decimals, as a unit's "làm tròn" gives it (62/80 → 77,5; 2/3 → 66,67). */
export function roundHalfUp(x: number, d: number): number {
  const k = 10 ** d;
  return (Math.sign(x) * Math.round(Math.abs(x) * k + 1e-9)) / k;
}

/** The exact value of a ratio cell from its formula (`col("2") * 100 / col("3")`), or none (column 3 blank or 0). */
export function exactRatio(form: FormTemplate, f: Figures, row: string, col: string): number | undefined {
  const c = form.columns.find((x) => x.code === col);
  const own = form.rows.find((r) => r.code === row)?.columnFormulas?.[col];
  const expr = own ?? c?.formula;
  if (!expr) return undefined;
  return evaluateNumber(parseExpression(expr).ast, (ref) => {
    if (ref.fn === "col") return figure(f, row, ref.column);
    if (ref.fn === "cell") return figure(f, ref.row, ref.column);
    return undefined;
  });
}

/** Fills every ratio cell as units type it: the formula's value rounded to the column's decimals. */
export function fillRatios(form: FormTemplate, f: Figures): void {
  for (const c of ratioColumns(form)) {
    for (const r of figureRows(form)) {
      const x = exactRatio(form, f, r.code, c.code);
      setFigure(f, r.code, c.code, x === undefined ? undefined : roundHalfUp(x, c.decimals ?? 2));
    }
  }
}
