/**
 * The summary paragraph of a batch (issue 13 §3–4): BC-XDĐ's sentences, then BTCTW-1's (tăng, giảm, cuối kỳ)
 * when the units sent that form. What the `Tóm tắt` sheet prints, *Sao chép* copies and `--json` gives.
 */
import type { Lang } from "../findings";
import { btctw1Paragraph, summaryParagraph, type SummaryOptions, type SummaryParagraph } from "../narrative";
import type { BatchConsolidation } from "./consolidateBatch";
import type { FormSet } from "./formSet";

export interface BatchSummary {
  paragraph: SummaryParagraph;
}

export function batchSummary(batch: BatchConsolidation, set: FormSet, lang: Lang, options: SummaryOptions = {}): BatchSummary {
  const own = batch.bcxdd ? summaryParagraph(batch.bcxdd, set.bcxdd, lang, options).sentences : [];
  const b1 = batch.forms.find((f) => f.form === "BTCTW-1");
  const sentences = [...own, ...(b1 ? btctw1Paragraph(b1, lang).sentences : [])];
  return { paragraph: { sentences, text: sentences.map((s) => s.text).join(" ") } };
}
