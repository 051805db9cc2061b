/**
 * The `Tóm tắt` sheet: the summary paragraph ready to print on A4 or to copy into the báo cáo sơ kết.
 * One wide column; each sentence broken into lines (lines.ts says why), a blank row between sentences.
 * Every cell is text (`text()`), so a unit's name in the list of missing units never becomes a formula.
 */
import type { Consolidation } from "../consolidate/consolidate";
import type { Lang } from "../findings";
import { periodLabel } from "../period";
import { text, type SheetSpec, type SpecCell } from "../sheetspec";
import { withPrint } from "../print/setup";
import { breakLines } from "./lines";
import type { SummaryParagraph } from "./summary";
import { placeName } from "./words";

/**
 * The sheet's name, in both languages: the workbook's sheet names are Vietnamese whatever the language
 * (sheets/names.ts), so that the add-in finds and replaces its own sheets by name.
 */
export const SUMMARY_SHEET_NAME = "Tóm tắt";

/**
 * Column A's width in characters, and the longest line written in it. The sheets' font is Times New Roman 12,
 * whose digit is about 8 px: 75 of them (160 mm) fit A4 portrait between the margins even when a viewer prints
 * at 100 % (LibreOffice did not shrink a 90-wide column and cut its lines), and a line of text is narrower
 * than as many digits.
 */
const WIDTH = 75;
const LINE = 75;

const WORDS = {
  vi: {
    title: "TÓM TẮT KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG",
    empty: "Chưa có số liệu để tóm tắt.",
    note: "Đoạn văn lập tự động từ số liệu của trang Tổng hợp; câu nào thiếu số liệu thì không ghi.",
  },
  en: {
    title: "SUMMARY OF PARTY-BUILDING WORK",
    empty: "No figures to summarise yet.",
    note: "Written from the figures of the Tổng hợp sheet; a sentence without figures is left out.",
  },
} as const;

export function summarySheet(paragraph: SummaryParagraph, consolidation: Consolidation, lang: Lang): SheetSpec {
  const words = WORDS[lang];
  const place = placeName(consolidation.cluster, lang);
  const period = consolidation.period ? periodLabel(consolidation.period, lang) : null;
  const rows: (SpecCell | null)[][] = [[text(words.title, "title")]];
  const subtitle = [place, period].filter((s): s is string => s !== null).join(" – ");
  rows.push(subtitle ? [text(subtitle, "subtitle")] : []);
  rows.push([]);
  if (paragraph.sentences.length === 0) rows.push([text(words.empty, "muted")]);
  paragraph.sentences.forEach((s, i) => {
    if (i > 0) rows.push([]);
    for (const line of breakLines(s.text, LINE)) rows.push([text(line)]);
  });
  rows.push([], ...breakLines(words.note, LINE).map((line) => [text(line, "muted")]));
  // No table header to repeat; one column of text prints portrait, gridlines off.
  return withPrint({ name: SUMMARY_SHEET_NAME, rows, widths: [WIDTH], tabColor: "1F4E78" });
}
