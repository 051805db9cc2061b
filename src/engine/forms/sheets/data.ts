/**
 * `Dữ liệu biểu`: the pivot-ready data of every form other than BC-XDĐ, one row per unit × form × row ×
 * value column, no subtotal rows, as an Excel table. Every report received is there (used or not: a
 * duplicate, another period, a unit off the roster), with `Dùng trong tổng` saying whether the totals use
 * it, so a PivotTable filtered on `Có` gives the committee's sums. Ratio columns are left out (a sum of
 * ratios means nothing; the form sheets recompute them), and so are cells the form marks `X`.
 * BC-XDĐ keeps its own `Dữ liệu` sheet unchanged.
 */
import type { Lang } from "../../findings";
import { blank, num, NUMBER_FORMATS, text, type SheetSpec, type SpecCell } from "../../sheetspec";
import { STATUS_TEXT } from "../../sheets/checks";
import { isNotApplicable, isSummedColumn } from "../consolidate/shape";
import type { FormConsolidation } from "../consolidate/types";
import { figureFormat } from "./cells";
import { FORM_DATA_COLUMNS, FORMS_DATA_SHEET, FORMS_DATA_TABLE } from "./names";
import { HEADER_ROW_ONLY, withPrint } from "../../print/setup";

export function formsDataSheet(result: readonly FormConsolidation[], lang: Lang = "vi"): SheetSpec {
  const rows: (SpecCell | null)[][] = [FORM_DATA_COLUMNS.map((h) => text(h, "header"))];
  for (const c of result) {
    const form = c.template;
    const used = new Set(c.used);
    const columns = form.columns.filter(isSummedColumn);
    for (const entry of c.entries) {
      const report = entry.report;
      if (!report) continue;
      const period = report.period ?? c.period;
      const status = STATUS_TEXT[entry.status];
      for (const row of form.rows) {
        if (row.kind === "heading") continue;
        for (const column of columns) {
          if (isNotApplicable(row, column)) continue;
          const fig = report.values[row.code]?.[column.code];
          const value = fig?.value ?? null;
          const fmt = figureFormat(row, column);
          rows.push([
            text(entry.cluster ?? c.cluster ?? ""),
            text(entry.code ?? ""),
            text(entry.name),
            text(entry.type ?? ""),
            period ? num(period.year, NUMBER_FORMATS.integer) : blank(),
            text(period?.label ?? ""),
            text(form.id),
            text(row.code),
            text(row.label),
            text(column.code),
            text([...(column.headerPath ?? []), column.label].join(" – ")),
            value === null ? blank(undefined, fmt) : num(value, fmt),
            text(used.has(entry) ? "Có" : "Không"),
            text(status[lang]),
            // A figure filled from an earlier period (issue 11) names the earlier file's cell it came from.
            text(fig?.from?.file ?? entry.file ?? ""),
            text(fig?.from?.sheet ?? report.sheet),
            text(fig?.from?.cell ?? fig?.cell ?? report.rows[row.code]?.cell ?? ""),
          ]);
        }
      }
    }
  }
  return withPrint({
    name: FORMS_DATA_SHEET,
    rows,
    widths: [14, 12, 36, 16, 7, 18, 12, 14, 44, 6, 30, 11, 10, 20, 28, 16, 7],
    freeze: { rows: 1, cols: 0 },
    table: { name: FORMS_DATA_TABLE, headerRow: 0, firstCol: 0, lastCol: FORM_DATA_COLUMNS.length - 1, lastRow: Math.max(rows.length - 1, 1), style: "TableStyleMedium2" },
    tabColor: "548235",
  }, HEADER_ROW_ONLY);
}
