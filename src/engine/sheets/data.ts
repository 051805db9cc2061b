import type { Consolidation } from "../consolidate/consolidate";
import { unitFigures } from "../consolidate/totals";
import { blank, formula, num, NUMBER_FORMATS, sharedCells, text, type SheetSpec, type SpecCell } from "../sheetspec";
import type { Template } from "../../templates/types";
import { SHEET } from "./names";
import { HEADER_ROW_ONLY, withPrint } from "../print/setup";

/** The pivot table's columns: a public contract (issue 2), kept exactly. */
export const DATA_COLUMNS = [
  "Cụm", "Mã đơn vị", "Đơn vị", "Loại hình", "Năm", "Kỳ", "Mã chỉ tiêu", "Chỉ tiêu", "Nhóm", "ĐVT",
  "Kế hoạch", "Thực hiện", "Lũy kế", "Tỷ lệ % KH", "Tệp", "Trang tính", "Ô",
] as const;

/**
 * `Dữ liệu`: one row per unit × indicator of the reports in the totals, no subtotal rows, as an Excel
 * table, so a PivotTable sums it to the same totals. `Ô` is the cell the period's figure came from.
 */
export function dataSheet(c: Consolidation, template: Template): SheetSpec {
  const rows: (SpecCell | null)[][] = [DATA_COLUMNS.map((h) => text(h, "header"))];
  // 1,000 units make 30,000 rows of 17 cells. The cells a row shares with the unit's other rows, or with the
  // indicator's other units, are made once; so are the repeated figures and addresses (sharedCells).
  const shared = sharedCells();
  const year = c.period ? num(c.period.year, NUMBER_FORMATS.integer) : blank();
  const periodLabel = text(c.period?.label ?? "");
  const indicators = template.sections.flatMap((s) =>
    s.indicators.map((ind) => ({
      ind,
      fmt: ind.value === "amount" ? NUMBER_FORMATS.amount : NUMBER_FORMATS.count,
      cells: { code: text(ind.code), name: text(ind.name), group: text(s.title), unit: text(ind.unit) },
    })),
  );
  for (const u of c.used) {
    const report = u.check!.report!;
    const unit = {
      cluster: text(u.cluster ?? c.cluster ?? ""),
      code: text(u.code ?? ""),
      name: text(u.name),
      type: text(u.type ?? ""),
      file: text(u.file ?? ""),
      sheet: text(report.sheet),
    };
    for (const { ind, fmt, cells } of indicators) {
      const r = rows.length + 1;
      const f = unitFigures(report, ind.code, c.period);
      const row = report.rows[ind.code];
      // Cached as Excel computes the formula: one division (a blank year-to-date counts as 0).
      const rate = f.plan !== null && f.plan > 0 ? (f.ytd ?? 0) / f.plan : "";
      rows.push([
        unit.cluster,
        unit.code,
        unit.name,
        unit.type,
        year,
        periodLabel,
        cells.code,
        cells.name,
        cells.group,
        cells.unit,
        shared.figure(f.plan, fmt),
        shared.figure(f.actual, fmt),
        shared.figure(f.ytd, fmt),
        formula(`IF(N(K${r})>0,M${r}/K${r},"")`, rate, NUMBER_FORMATS.percent),
        unit.file,
        unit.sheet,
        shared.text(row ? (row.actual.cell ?? row.nameCell) : ""),
      ]);
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
