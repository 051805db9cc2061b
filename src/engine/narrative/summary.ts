/**
 * The summary paragraph (issue 13 §3, `Tóm tắt`): the few sentences of figures a committee writes in the
 * body of its báo cáo sơ kết, built from the consolidation so that nobody retypes them (and no slip such as
 * article 001's 75,5 % for 62/80 gets in). Which sentences exist and when: see README in this folder.
 */
import type { Consolidation } from "../consolidate/consolidate";
import type { Lang } from "../findings";
import type { Template } from "../../templates/types";
import { enSentences } from "./en";
import { summaryFigures } from "./figures";
import type { SummaryOptions } from "./options";
import { viSentences } from "./vi";

export interface SummarySentence {
  /** `organisation`, `activities` or `coverage`. */
  key: string;
  text: string;
}

export interface SummaryParagraph {
  /** The sentences that have figures, in reading order; a sentence without figures is absent, not empty. */
  sentences: SummarySentence[];
  /** The sentences joined by one space: what *Sao chép* copies and `--json` gives as `summary.text`. */
  text: string;
}

export function summaryParagraph(consolidation: Consolidation, template: Template, lang: Lang, options: SummaryOptions = {}): SummaryParagraph {
  const figures = summaryFigures(consolidation, template);
  const all = lang === "vi" ? viSentences(figures, options) : enSentences(figures, options);
  const sentences = all.filter((s): s is SummarySentence => s.text !== null);
  return { sentences, text: sentences.map((s) => s.text).join(" ") };
}
