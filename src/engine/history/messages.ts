/**
 * The messages of the checks across periods and of resubmissions (issue 11), Vietnamese first. Each names the
 * earlier figure's place (file, sheet, cell) in the text too, so the `Kiểm tra` sheet and the CLI's text show
 * both cells without a new column.
 */
import type { Lang, Localized } from "../findings";
import { formatNumber } from "../format";
import { periodLabel, type Period } from "../period";
import type { CellRef } from "./types";

const n = (x: number, lang: Lang) => formatNumber(x, lang, 6);
const both = (f: (lang: Lang) => string): Localized => ({ vi: f("vi"), en: f("en") });
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** `tệp q2.xlsx, trang BC, ô F14` / `file q2.xlsx, sheet BC, cell F14`. */
export function placeText(at: CellRef, lang: Lang): string {
  return lang === "vi" ? `tệp ${baseName(at.file)}, trang ${at.sheet}, ô ${at.cell}` : `file ${baseName(at.file)}, sheet ${at.sheet}, cell ${at.cell}`;
}

/** A row as messages name it: `DV_DAU (Số đảng viên đầu kỳ)`, `dòng A (Tổng số…)`. */
export const rowText = (code: string, label: string | undefined, lang: Lang) => {
  const head = /^[A-Z]+_/.test(code) ? code : lang === "vi" ? `dòng ${code}` : `row ${code}`;
  return label ? `${head} (${label})` : head;
};

export const historyMsg = {
  carryOver: (row: string, label: string | undefined, closing: string, period: Period, opening: number, earlier: Period, closingValue: number, at: CellRef): Localized =>
    both((l) =>
      l === "vi"
        ? `Số đầu kỳ ${rowText(row, label, l)} ${periodLabel(period, l)} là ${n(opening, l)}, khác số cuối kỳ (${closing}) của ${periodLabel(earlier, l)} là ${n(closingValue, l)} (${placeText(at, l)}): số đầu kỳ phải bằng số cuối kỳ trước.`
        : `The opening stock ${rowText(row, label, l)} of ${periodLabel(period, l)} is ${n(opening, l)}, not the closing stock (${closing}) of ${periodLabel(earlier, l)}, ${n(closingValue, l)} (${placeText(at, l)}): it must carry over.`,
    ),
  ytd: (row: string, label: string | undefined, period: Period, ytd: number, earlier: Period, earlierYtd: number, at: CellRef, own: number): Localized =>
    both((l) =>
      l === "vi"
        ? `Lũy kế ${rowText(row, label, l)} ${periodLabel(period, l)} là ${n(ytd, l)}, nhưng lũy kế ${periodLabel(earlier, l)} (${n(earlierYtd, l)}, ${placeText(at, l)}) cộng số kỳ này (${n(own, l)}) là ${n(earlierYtd + own, l)}.`
        : `Year-to-date ${rowText(row, label, l)} of ${periodLabel(period, l)} is ${n(ytd, l)}, but the year-to-date of ${periodLabel(earlier, l)} (${n(earlierYtd, l)}, ${placeText(at, l)}) plus this period's figure (${n(own, l)}) is ${n(earlierYtd + own, l)}.`,
    ),
  ytdDown: (row: string, label: string | undefined, period: Period, now: number, earlier: Period, before: number, at: CellRef): Localized =>
    both((l) =>
      l === "vi"
        ? `Số từ đầu năm ${rowText(row, label, l)} ${periodLabel(period, l)} là ${n(now, l)}, ít hơn số từ đầu năm đến ${periodLabel(earlier, l)} là ${n(before, l)} (${placeText(at, l)}): số cộng dồn trong năm không thể giảm.`
        : `The figure since January ${rowText(row, label, l)} of ${periodLabel(period, l)} is ${n(now, l)}, below the one up to ${periodLabel(earlier, l)}, ${n(before, l)} (${placeText(at, l)}): a year-to-date figure cannot go down.`,
    ),
  lastYear: (row: string, label: string | undefined, period: Period, stated: number, earlier: Period, reported: number, at: CellRef): Localized =>
    both((l) =>
      l === "vi"
        ? `Cột "Cùng kỳ năm trước" ${rowText(row, label, l)} ${periodLabel(period, l)} ghi ${n(stated, l)}, nhưng ${periodLabel(earlier, l)} đơn vị báo cáo "Kỳ này" là ${n(reported, l)} (${placeText(at, l)}).`
        : `"Cùng kỳ năm trước" (same period last year) ${rowText(row, label, l)} of ${periodLabel(period, l)} states ${n(stated, l)}, but for ${periodLabel(earlier, l)} the unit reported ${n(reported, l)} as "Kỳ này" (${placeText(at, l)}).`,
    ),
  sharp: (row: string, label: string | undefined, period: Period, now: number, earlier: Period, before: number, at: CellRef): Localized =>
    both((l) =>
      l === "vi"
        ? `${rowText(row, label, l)} là số tồn, đổi từ ${n(before, l)} (${periodLabel(earlier, l)}, ${placeText(at, l)}) thành ${n(now, l)} (${periodLabel(period, l)}): gấp hơn 2 lần, hiếm khi đúng giữa hai kỳ; hãy kiểm tra lại (thừa, thiếu chữ số hoặc nhầm dòng).`
        : `${rowText(row, label, l)} is a stock and went from ${n(before, l)} (${periodLabel(earlier, l)}, ${placeText(at, l)}) to ${n(now, l)} (${periodLabel(period, l)}): more than twofold, rarely right between two periods; check it (a digit too many or too few, or the wrong row).`,
    ),
};

/** Changes of a resubmission, appended to its UNIT_DUPLICATE message. */
export function changesText(changes: readonly { form: string; indicator: string; column: string; before: number | null; after: number | null; cell: string | null; previousCell: string | null }[], lang: Lang, max = 12): string {
  if (!changes.length) return lang === "vi" ? "Hai bản không khác nhau ở số liệu nào." : "The two copies hold the same figures.";
  const v = (x: number | null) => (x === null ? lang === "vi" ? "(trống)" : "(blank)" : n(x, lang));
  const list = changes.slice(0, max).map((c) => `${c.form === "BC-XDD" ? "" : `${c.form} `}${c.indicator}/${c.column}: ${v(c.before)} → ${v(c.after)} (${c.previousCell ?? "—"} → ${c.cell ?? "—"})`);
  const more = changes.length > max ? (lang === "vi" ? `; và ${changes.length - max} ô khác` : `; and ${changes.length - max} more cells`) : "";
  return lang === "vi" ? `Bản gửi lại thay đổi ${changes.length} ô: ${list.join("; ")}${more}.` : `The resubmission changes ${changes.length} cells: ${list.join("; ")}${more}.`;
}
