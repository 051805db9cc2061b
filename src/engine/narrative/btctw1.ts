/**
 * The short paragraph of Biểu số 1-BTCTW (issue 13 §4): members gained and lost in the period and the count
 * at its end, from the form's consolidation (forms/consolidate): "Trong 6 tháng đầu năm, Cụm II tăng 45 đảng
 * viên (kết nạp 30, chuyển đến 12, phục hồi đảng tịch 3), giảm 20 đảng viên (từ trần 5, …); tổng số đảng
 * viên cuối kỳ là 2.490 đồng chí (đầu kỳ: 2.465), bằng 101,15% so với cùng kỳ năm trước."
 * Column 2 (Kỳ này) is the period's figure; column 3 (cùng kỳ năm trước) only enters through the form's
 * own ratio, column 4. As in the summary, a part without a figure is not written.
 */
import { roundPercent } from "../exact";
import type { Lang } from "../findings";
import type { FormConsolidation } from "../forms/consolidate/types";
import type { Period } from "../period";
import type { SummaryParagraph, SummarySentence } from "./summary";
import { figure, placeName, plural, sentenceOf } from "./words";
import { formatPercent } from "../format";

/** The parts of B (tăng) and C (giảm) the sentence lists, with their words. */
const GAINS: [string, string, string][] = [
  ["B.1", "kết nạp", "admitted"],
  ["B.2", "chuyển đến", "transferred in"],
  ["B.3", "phục hồi đảng tịch", "reinstated"],
];
const LOSSES: [string, string, string][] = [
  ["C.1", "từ trần", "deceased"],
  ["C.2", "khai trừ", "expelled"],
  ["C.3", "xóa tên", "struck off"],
  ["C.4", "xin ra khỏi Đảng", "left the Party"],
  ["C.5", "chuyển đi", "transferred out"],
];

const THIS_PERIOD = "2";
const LAST_YEAR = "3";
const RATIO = "4";

function periodPhrase(p: Period | null, lang: Lang): string {
  if (p?.kind === "half") return lang === "vi" ? (p.index === 2 ? "Trong 6 tháng cuối năm" : "Trong 6 tháng đầu năm") : p.index === 2 ? "In the second half of the year" : "In the first half of the year";
  if (p?.kind === "year") return lang === "vi" ? "Trong năm" : "In the year";
  if (p?.kind === "quarter") return lang === "vi" ? "Trong quý" : "In the quarter";
  if (p?.kind === "nine_months") return lang === "vi" ? "Trong 9 tháng" : "In the nine months";
  return lang === "vi" ? "Trong kỳ" : "In the period";
}

export function btctw1Paragraph(consolidation: FormConsolidation, lang: Lang): SummaryParagraph {
  if (consolidation.form !== "BTCTW-1") return { sentences: [], text: "" };
  const value = (row: string, column = THIS_PERIOD): number | null => consolidation.totals[row]?.[column]?.value ?? null;
  const n = (x: number) => figure(x, lang);
  const vi = lang === "vi";

  /** "(kết nạp 30, chuyển đến 12)": the parts that have a figure above zero. */
  const partsOf = (parts: [string, string, string][]) => {
    const listed = parts.flatMap(([code, wordVi, wordEn]) => {
      const v = value(code);
      return v !== null && v > 0 ? [vi ? `${wordVi} ${n(v)}` : `${n(v)} ${wordEn}`] : [];
    });
    return listed.length ? ` (${listed.join(", ")})` : "";
  };
  const change = (code: "B" | "C") => {
    const v = value(code);
    if (v === null) return null;
    const parts = partsOf(code === "B" ? GAINS : LOSSES);
    if (vi) return v > 0 ? `${code === "B" ? "tăng" : "giảm"} ${n(v)} đảng viên${parts}` : `không có đảng viên ${code === "B" ? "tăng" : "giảm"}`;
    return v > 0 ? `${code === "B" ? "gained" : "lost"} ${n(v)} party ${plural(v, "member", "members")}${parts}` : `${code === "B" ? "gained" : "lost"} no party members`;
  };

  const end = value("D");
  const start = value("A");
  let endClause = "";
  if (end !== null) {
    // The form's own ratio (column 4 = 2 × 100 / 3), rounded half away from zero to the decimals it prints.
    const decimals = consolidation.template.columns.find((c) => c.code === RATIO)?.decimals ?? 2;
    const last = value("D", LAST_YEAR);
    const ratio = value("D", RATIO) !== null && last !== null ? roundPercent(end, last, decimals) : null;
    const since = start !== null ? (vi ? ` (đầu kỳ: ${n(start)})` : ` (${n(start)} at the start)`) : "";
    const compared = ratio !== null ? (vi ? `, bằng ${formatPercent(ratio, lang, decimals)} so với cùng kỳ năm trước` : `, ${formatPercent(ratio, lang, decimals)} of the same period last year`) : "";
    endClause = vi ? `tổng số đảng viên cuối kỳ là ${n(end)} đồng chí${since}${compared}` : `the party members at the end of the period number ${n(end)}${since}${compared}`;
  }

  const place = placeName(consolidation.cluster, lang);
  const changes = [change("B"), change("C")].filter((c): c is string => c !== null);
  const sentences: SummarySentence[] = [];
  if (changes.length) {
    const subject = place ? `${place} ` : "";
    const joined = vi ? changes.join(", ") : changes.join(" and ");
    sentences.push({ key: "members", text: `${periodPhrase(consolidation.period, lang)}, ${subject}${joined}${endClause ? `; ${endClause}` : ""}.` });
  } else {
    const only = sentenceOf([endClause]);
    if (only) sentences.push({ key: "members", text: only });
  }

  const missing = consolidation.entries.filter((e) => e.status === "missing").map((e) => e.name);
  if (missing.length) {
    const form = consolidation.template.marker ?? consolidation.form;
    const { received, expected } = consolidation.coverage;
    const m = missing.length;
    sentences.push({
      key: "coverage",
      text: received === 0
        ? vi
          ? `Cả ${n(m)} đơn vị trong danh sách đều chưa gửi ${form}.`
          : `None of the ${n(m)} ${plural(m, "unit", "units")} on the roster has sent ${form}.`
        : vi
        ? `Còn ${n(m)} đơn vị chưa gửi ${form}: ${missing.join(", ")}; số liệu trên tổng hợp từ ${n(received)}/${n(expected)} đơn vị.`
        : `${n(m)} ${plural(m, "unit has", "units have")} not sent ${form}: ${missing.join(", ")}; the figures above are from ${n(received)} of ${n(expected)} units.`,
    });
  }
  return { sentences, text: sentences.map((s) => s.text).join(" ") };
}
