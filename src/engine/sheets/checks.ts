import type { Consolidation, UnitEntry, UnitStatus } from "../consolidate/consolidate";
import { changesText } from "../history/messages";
import { countBySeverity, sortFindings, type Finding, type Lang } from "../findings";
import { blank, text, type SheetSpec, type SpecCell, type StyleRole } from "../sheetspec";
import { SEVERITY_TEXT, SHEET } from "./names";
import { HEADER_ROW_ONLY, withPrint } from "../print/setup";

export const FINDING_COLUMNS = ["Tệp", "Đơn vị", "Mức độ", "Mã lỗi", "Nội dung", "Trang tính", "Ô"] as const;

const SEVERITY_ROLE: Record<Finding["severity"], StyleRole> = { error: "error", warning: "warning", info: "info" };

/** `Kiểm tra`: every finding, one per row, errors first, each pointing at its file, sheet and cell. */
export function findingsSheet(findings: Finding[], unitOfFile: (file: string | undefined) => string, lang: Lang = "vi"): SheetSpec {
  const rows: (SpecCell | null)[][] = [FINDING_COLUMNS.map((h) => text(h, "header"))];
  for (const f of sortFindings(findings)) {
    rows.push([
      text(f.file ?? ""),
      text(unitOfFile(f.file)),
      text(SEVERITY_TEXT[f.severity][lang], SEVERITY_ROLE[f.severity]),
      text(f.rule),
      text(f.message[lang]),
      text(f.sheet ?? ""),
      text(f.cell ?? ""),
    ]);
  }
  if (rows.length === 1) rows.push([blank(), blank(), text(lang === "vi" ? "Không có lỗi" : "No findings", "ok")]);
  return withPrint({
    name: SHEET.findings,
    rows,
    widths: [28, 30, 10, 18, 90, 14, 7],
    freeze: { rows: 1, cols: 0 },
    table: { name: "KiemTra", headerRow: 0, firstCol: 0, lastCol: FINDING_COLUMNS.length - 1, lastRow: rows.length - 1, style: "TableStyleLight9" },
    tabColor: "C00000",
  }, HEADER_ROW_ONLY);
}

export const STATUS_TEXT: Record<UnitStatus, { vi: string; en: string; role: StyleRole }> = {
  ok: { vi: "Đã nộp", en: "Received", role: "ok" },
  invalid: { vi: "Đã nộp, có lỗi", en: "Received, with errors", role: "error" },
  duplicate: { vi: "Nộp trùng, không dùng", en: "Duplicate, not used", role: "warning" },
  period_mismatch: { vi: "Khác kỳ", en: "Other period", role: "error" },
  unexpected: { vi: "Ngoài danh sách", en: "Not on the roster", role: "warning" },
  unreadable: { vi: "Không đọc được", en: "Unreadable", role: "error" },
  missing: { vi: "Chưa nộp", en: "Missing", role: "warning" },
};

export const UNIT_COLUMNS = ["STT", "Mã đơn vị", "Tên đơn vị", "Loại hình", "Cụm", "Trạng thái", "Tệp", "Ngày báo cáo", "Số lỗi", "Số cảnh báo", "Ghi chú"] as const;

/** `Đơn vị`: the roster against what arrived, one status per unit and per file. */
export function unitsSheet(c: Consolidation, lang: Lang = "vi"): SheetSpec {
  const rows: (SpecCell | null)[][] = [UNIT_COLUMNS.map((h) => text(h, "header"))];
  const order: UnitStatus[] = ["ok", "invalid", "missing", "duplicate", "unexpected", "period_mismatch", "unreadable"];
  const entries = [...c.entries].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  entries.forEach((e: UnitEntry, i) => {
    const counts = countBySeverity(e.check?.findings ?? []);
    const status = STATUS_TEXT[e.status];
    const date = e.check?.report?.reportDate?.split("-").reverse().join("/") ?? "";
    const used = e.supersededBy ? `${lang === "vi" ? "Dùng tệp" : "Using"} ${e.supersededBy.file} (${e.supersededBy.why[lang]})` : "";
    // A resubmission's changed cells (issue 11), after the file the totals use.
    const note = e.changes ? `${used}. ${changesText(e.changes, lang, 50)}` : used;
    rows.push([
      text(String(i + 1)),
      text(e.code ?? ""),
      text(e.name),
      text(e.type ?? ""),
      text(e.cluster ?? ""),
      text(status[lang], status.role),
      text(e.file ?? ""),
      text(date),
      e.check ? { t: "number", v: counts.error } : blank(),
      e.check ? { t: "number", v: counts.warning } : blank(),
      text(note),
    ]);
  });
  return withPrint({
    name: SHEET.units,
    rows,
    widths: [5, 12, 40, 16, 14, 22, 30, 13, 8, 11, 50],
    freeze: { rows: 1, cols: 0 },
    tabColor: "7030A0",
  }, HEADER_ROW_ONLY);
}
