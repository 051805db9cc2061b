/** The paragraphs of figures a committee writes in its report (issue 13 §3–4), and the sheet that prints them. */
export { summaryParagraph, type SummaryParagraph, type SummarySentence } from "./summary";
export type { SummaryOptions } from "./options";
export { summarySheet, SUMMARY_SHEET_NAME } from "./sheet";
export { btctw1Paragraph } from "./btctw1";
