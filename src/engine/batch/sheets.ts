/**
 * The sheets of a batch consolidation, in the order a user reads them: BC-XDĐ's four (exactly as before when
 * the batch holds only BC-XDĐ), each other form's sheet in its own layout and `Dữ liệu biểu`, then `Tóm tắt` and `Biểu đồ`.
 */
import type { Lang } from "../findings";
import { formsConsolidationSheets } from "../forms/sheets";
import { findingsSheet } from "../sheets/checks";
import { consolidationSheets } from "../sheets/consolidation";
import type { SheetSpec } from "../sheetspec";
import { summarySheet } from "../narrative";
import { unitOfFile, type BatchConsolidation } from "./consolidateBatch";
import type { FormSet } from "./formSet";
import type { BatchSummary } from "./summary";
import type { SigningSettings } from "../print/letterhead";
import { withPrint } from "../print/setup";
import { completionCharts } from "../charts";
import { comparisonSheet } from "../history/compareSheet";
import { SHEET } from "../sheets/names";
import { FORMS_DATA_SHEET } from "../forms/sheets/names";

/** `signing` fills the letterhead and signature block of the consolidated sheets (dots where it says nothing). */
export function batchSheets(batch: BatchConsolidation, set: FormSet, lang: Lang, summary: BatchSummary | null = null, signing: SigningSettings = {}): SheetSpec[] {
  const checks = { findings: batch.findings, unitOfFile: unitOfFile(batch) };
  const forms = formsConsolidationSheets(batch.forms, set.forms, lang, signing);
  if (!batch.bcxdd) return [...forms, findingsSheet(checks.findings, checks.unitOfFile, lang), ...comparison(batch, forms, lang)];
  const own = batch.forms.length ? consolidationSheets(batch.bcxdd, set.bcxdd, lang, checks, signing) : consolidationSheets(batch.bcxdd, set.bcxdd, lang, undefined, signing);
  const tail = summary ? [summarySheet(summary.paragraph, batch.bcxdd, lang)] : [];
  // `Biểu đồ` last: the four sheets keep their places, and it exists only when some indicator has a rate.
  const charts = completionCharts(batch.bcxdd, set.bcxdd, lang);
  return [...own, ...forms, ...comparison(batch, [...own, ...forms], lang), ...tail, ...(charts ? [withPrint(charts)] : [])];
}

/** `So sánh`, only when earlier periods were given (issue 11): its totals are SUMIFS over the data tables written beside it. */
function comparison(batch: BatchConsolidation, written: readonly SheetSpec[], lang: Lang): SheetSpec[] {
  const c = batch.history?.comparison;
  if (!c) return [];
  const rowsOf = (name: string) => written.find((s) => s.name === name)?.rows.length;
  return [comparisonSheet(c, lang, { bcxdd: rowsOf(SHEET.data), forms: rowsOf(FORMS_DATA_SHEET) })];
}
