/**
 * What the result dialog says, as plain data: result.ts only puts it into the page. Vietnamese first;
 * the words match the task pane's (Lỗi / Cảnh báo / Lưu ý).
 */
import type { Lang, Severity } from "../engine";
import type { Summary } from "./summary";

export type Tone = "ok" | "warning" | "error" | "failed";

export interface ResultLine {
  severity: Severity;
  label: string;
  cell: string;
  text: string;
}

export interface ResultView {
  lang: Lang;
  tone: Tone;
  title: string;
  headline: string;
  sheetLine: string | null;
  highlightLine: string | null;
  lines: ResultLine[];
  moreLine: string | null;
  closeLabel: string;
}

const TEXT = {
  vi: {
    title: "Kiểm tra báo cáo",
    failedTitle: "Không kiểm tra được",
    damaged: "Không đọc được kết quả kiểm tra. Hãy bấm lại nút “Kiểm tra báo cáo”.",
    valid: "Không phát hiện vấn đề nào: báo cáo hợp lệ.",
    noErrors: "Không có lỗi",
    count: { error: (n: number) => `${n} lỗi`, warning: (n: number) => `${n} cảnh báo`, info: (n: number) => `${n} lưu ý` },
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
    sheet: (name: string) => `Trang tính: ${name}`,
    highlighted: (n: number) =>
      `Đã tô màu và kẻ viền ${n} ô có phát hiện trên trang tính (viền đậm: lỗi, nét đứt: cảnh báo, chấm: lưu ý).`,
    more: (n: number) => `Còn ${n} phát hiện khác: bấm “Mở Tổng hợp” để xem đầy đủ.`,
    wholeSheet: "cả trang",
    close: "Đóng",
  },
  en: {
    title: "Check report",
    failedTitle: "Could not check the report",
    damaged: "The check's result could not be read. Choose “Check report” again.",
    valid: "No problems found: the report is valid.",
    noErrors: "No errors",
    count: {
      error: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
      warning: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
      info: (n: number) => `${n} ${n === 1 ? "note" : "notes"}`,
    },
    severity: { error: "Error", warning: "Warning", info: "Note" },
    sheet: (name: string) => `Sheet: ${name}`,
    highlighted: (n: number) =>
      `${n} ${n === 1 ? "cell" : "cells"} with findings highlighted and outlined on the sheet (thick border: error, dashed: warning, dotted: note).`,
    more: (n: number) => `${n} more ${n === 1 ? "finding" : "findings"}: open Tổng hợp to see them all.`,
    wholeSheet: "whole sheet",
    close: "Close",
  },
} satisfies Record<Lang, unknown>;

function headline(counts: Record<Severity, number>, t: (typeof TEXT)[Lang]): string {
  if (counts.error + counts.warning + counts.info === 0) return t.valid;
  const parts = [counts.error > 0 ? t.count.error(counts.error) : t.noErrors];
  if (counts.warning > 0) parts.push(t.count.warning(counts.warning));
  if (counts.info > 0) parts.push(t.count.info(counts.info));
  return parts.join(" · ");
}

/** The dialog's content for `summary`, or an apology in `fallbackLang` when the summary could not be read. */
export function resultView(summary: Summary | null, fallbackLang: Lang): ResultView {
  const lang = summary?.lang ?? fallbackLang;
  const t = TEXT[lang];
  const base = { lang, sheetLine: summary?.sheet ? t.sheet(summary.sheet) : null, closeLabel: t.close };
  if (!summary || summary.error !== null) {
    const text = summary?.error ?? t.damaged;
    return { ...base, tone: "failed", title: t.failedTitle, headline: text, highlightLine: null, lines: [], moreLine: null };
  }
  const { counts } = summary;
  const total = counts.error + counts.warning + counts.info;
  const more = total - summary.lines.length;
  return {
    ...base,
    tone: counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "ok",
    title: t.title,
    headline: headline(counts, t),
    highlightLine: summary.highlighted ? t.highlighted(summary.highlighted) : null,
    lines: summary.lines.map((l) => ({ severity: l.severity, label: t.severity[l.severity], cell: l.cell ?? t.wholeSheet, text: l.text })),
    moreLine: more > 0 ? t.more(more) : null,
  };
}
