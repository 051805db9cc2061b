/** What the form sheets share about figure cells: their number format, and where a formula's cells are. */
import { a1 } from "../../grid";
import { NUMBER_FORMATS } from "../../sheetspec";
import type { Ref } from "../../../templates/form/expression";
import type { FormColumn, FormRow, FormTemplate } from "../../../templates/form/types";
import { aggregateOf } from "../consolidate/shape";
import { isFigureColumn, type FormLayout } from "./layout";

/** Counts without decimals; amounts, averages and ratios with the column's decimals (two by default). */
export function figureFormat(row: FormRow, column: FormColumn): string {
  const decimals = column.kind === "ratio" || row.kind === "ratio" || aggregateOf(row).kind === "recompute" ? (column.decimals ?? 2) : row.kind === "count" ? (column.decimals ?? 0) : Math.max(column.decimals ?? 0, 2);
  if (decimals <= 0) return NUMBER_FORMATS.count;
  return `#,##0.${"0".repeat(decimals)}`;
}

/**
 * The address of the cell a formula reference reads in the form's own figure cells (`row("B")` in the
 * column being computed, `col("3")` in the row, `cell("I", "3")`); undefined for a heading, a column the
 * sheet does not print, or another form's cell.
 */
export function formCellAddress(form: FormTemplate, layout: FormLayout, row: FormRow, column: FormColumn): (ref: Ref) => string | undefined {
  const kinds = new Map(form.rows.map((r) => [r.code, r.kind]));
  const figureColumns = new Set(layout.columns.filter(isFigureColumn).map((c) => c.code));
  return (ref) => {
    const place =
      ref.fn === "row" ? { row: ref.row, column: column.code }
      : ref.fn === "col" ? { row: row.code, column: ref.column }
      : ref.fn === "cell" ? { row: ref.row, column: ref.column }
      : undefined;
    if (!place || !figureColumns.has(place.column) || kinds.get(place.row) === undefined || kinds.get(place.row) === "heading") return undefined;
    return a1(layout.row.get(place.row)!, layout.col.get(place.column)!);
  };
}
