import type { Consolidation } from "../consolidate/consolidate";
import { unitFigures } from "../consolidate/totals";
import { blank, formula, num, NUMBER_FORMATS, text, type SheetSpec, type SpecCell } from "../sheetspec";
import type { Template } from "../../templates/types";
import { SHEET } from "./names";
import { HEADER_ROW_ONLY, withPrint } from "../print/setup";

/** The pivot table's columns: a public contract (issue 2), kept exactly. */
export const DATA_COLUMNS = [
  "Cụm", "Mã đơn vị", "Đơn vị", "Loại hình", "Năm", "Kỳ", "Mã chỉ tiêu", "Chỉ tiêu", "Nhóm", "ĐVT",
  "Kế hoạch", "Thực hiện", "Lũy kế", "Tỷ lệ % KH", "Tệp", "Trang tính", "Ô",
] as const;

const optNum = (v: number | null, format: string): SpecCell => (v === null ? blank(undefined, format) : num(v, format));

/**
 * `Dữ liệu`: one row per unit × indicator of the reports in the totals, no subtotal rows, as an Excel
 * table, so a PivotTable sums it to the same totals. `Ô` is the cell the period's figure came from.
 */
export function dataSheet(c: Consolidation, template: Template): SheetSpec {
  const rows: (SpecCell | null)[][] = [DATA_COLUMNS.map((h) => text(h, "header"))];
  for (const u of c.used) {
    const report = u.check!.report!;
    for (const s of template.sections) {
      for (const ind of s.indicators) {
        const r = rows.length + 1;
        const f = unitFigures(report, ind.code, c.period);
        const row = report.rows[ind.code];
        const fmt = ind.value === "amount" ? NUMBER_FORMATS.amount : NUMBER_FORMATS.count;
        // Cached as Excel computes the formula: one division (a blank year-to-date counts as 0).
        const rate = f.plan !== null && f.plan > 0 ? (f.ytd ?? 0) / f.plan : "";
        rows.push([
          text(u.cluster ?? c.cluster ?? ""),
          text(u.code ?? ""),
          text(u.name),
          text(u.type ?? ""),
          c.period ? num(c.period.year, NUMBER_FORMATS.integer) : blank(),
          text(c.period?.label ?? ""),
          text(ind.code),
          text(ind.name),
          text(s.title),
          text(ind.unit),
          optNum(f.plan, fmt),
          optNum(f.actual, fmt),
          optNum(f.ytd, fmt),
          formula(`IF(N(K${r})>0,M${r}/K${r},"")`, rate, NUMBER_FORMATS.percent),
          text(u.file ?? ""),
          text(report.sheet),
          text(row ? (row.actual.cell ?? row.nameCell) : ""),
        ]);
      }
    }
  }
  return withPrint({
    name: SHEET.data,
    rows,
    widths: [14, 12, 36, 16, 7, 14, 12, 44, 30, 14, 11, 11, 11, 11, 28, 14, 7],
    freeze: { rows: 1, cols: 0 },
    table: { name: "DuLieuTongHop", headerRow: 0, firstCol: 0, lastCol: DATA_COLUMNS.length - 1, lastRow: Math.max(rows.length - 1, 1), style: "TableStyleMedium2" },
    tabColor: "548235",
  }, HEADER_ROW_ONLY);
}
