/**
 * The blank form in its own layout (`tonghop template --form ID`, the task pane's Mẫu biểu): what a unit
 * fills in and sends back. Value cells are inputs with data validation (whole numbers ≥ 0 on count rows,
 * numbers ≥ 0 on amounts and averages); cells the form marks `X` say `X`; ratio cells are live formulas
 * over the unit's own cells, so the sheet computes its ratio as the checker will.
 */
import { a1 } from "../../grid";
import type { Lang } from "../../findings";
import { blank, formula, num, text, type SheetSpec, type SpecValidation } from "../../sheetspec";
import type { Period } from "../../period";
import type { FormTemplate } from "../../../templates/form/types";
import { cellFormula, isNotApplicable } from "../consolidate/shape";
import { figureFormat, formCellAddress } from "./cells";
import { footerRows, formLayout } from "./layout";
import { sheetFormula } from "./formula";
import { formSheetName } from "./names";
import { withPrint } from "../../print/setup";

const NOTE = {
  vi: "Ghi tên đơn vị vào dòng thứ hai và kỳ báo cáo (kèm năm) vào dòng dưới tiêu đề; ô có dấu X không ghi số; số thập phân dùng dấu phẩy.",
  en: "Write the unit's name on the second line and the period (with its year) under the title; leave cells marked X empty; decimals take a comma.",
};
const VALIDATION = {
  whole: { vi: "Dòng này đếm số lượng: nhập số nguyên không âm.", en: "This row counts: enter a whole number, not negative." },
  decimal: { vi: "Nhập số không âm (dấu phẩy cho phần thập phân).", en: "Enter a number that is not negative." },
};

/** A period to fill in, as the forms print it (`.....NĂM 20.....`); it names no year, so it reads as no period. */
const periodPlaceholder = (form: FormTemplate) => (form.periodKinds.every((k) => k === "year") ? "NĂM 20……" : "………… NĂM 20……");

/**
 * `lastYear` (issue 11): the same period a year earlier's figures, written in the form's "Cùng kỳ năm trước"
 * column (still input cells: a unit may correct them), and the period the blank is then for.
 */
export function formBlankSheet(form: FormTemplate, lang: Lang = "vi", lastYear?: { period: Period; values: Record<string, number> }): SheetSpec {
  const period = lastYear ? lastYear.period.label.toLocaleUpperCase("vi") : periodPlaceholder(form);
  const layout = formLayout(form, { superior: "ĐẢNG BỘ ………………………", unit: "ĐẢNG ỦY / CHI BỘ ………………………", period, note: NOTE[lang] });
  const lastYearColumn = lastYear ? form.history?.lastYear : undefined;
  const { rows } = layout;
  const inputs: InputCell[] = [];

  for (const row of form.rows) {
    if (row.kind === "heading") continue;
    const r = layout.row.get(row.code)!;
    const whole = row.kind === "count";
    for (const column of layout.columns) {
      if (column.kind !== "value" && column.kind !== "ratio") continue;
      const c = layout.col.get(column.code)!;
      const fmt = figureFormat(row, column);
      if (isNotApplicable(row, column)) {
        rows[r][c] = text("X", "numbering");
        continue;
      }
      const expression = cellFormula(row, column);
      if (expression !== undefined) {
        const f = sheetFormula(expression, formCellAddress(form, layout, row, column));
        rows[r][c] = f ? formula(f, "", fmt, "percent") : blank("body", fmt);
        continue;
      }
      const known = column.code === lastYearColumn ? lastYear?.values[row.code] : undefined;
      rows[r][c] = known === undefined ? blank("input", fmt) : num(known, fmt, "input");
      inputs.push({ r, c, whole });
    }
  }
  footerRows(rows, layout.end, layout.width);

  return withPrint({
    name: formSheetName(form),
    rows,
    merges: layout.merges,
    widths: layout.widths,
    freeze: { rows: layout.numberingRow + 1, cols: 0 },
    validations: validationsOf(inputs, lang),
  }, { r1: layout.headerFirst, r2: layout.numberingRow });
}

interface InputCell {
  r: number;
  c: number;
  whole: boolean;
}

/** Neighbouring input cells of one rule in one row become one range (`B12:C12`): fewer, shorter validations. */
function validationsOf(cells: InputCell[], lang: Lang): SpecValidation[] {
  const out: SpecValidation[] = [];
  let run: { first: InputCell; last: InputCell } | null = null;
  const flush = () => {
    if (!run) return;
    const ref = run.first === run.last ? a1(run.first.r, run.first.c) : `${a1(run.first.r, run.first.c)}:${a1(run.last.r, run.last.c)}`;
    const kind = run.first.whole ? "whole" : "decimal";
    out.push({ ref, type: kind, min: 0, error: VALIDATION[kind][lang] });
  };
  for (const cell of cells) {
    if (run && run.last.r === cell.r && run.last.c + 1 === cell.c && run.last.whole === cell.whole) {
      run.last = cell;
      continue;
    }
    flush();
    run = { first: cell, last: cell };
  }
  flush();
  return out;
}
