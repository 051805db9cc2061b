/**
 * `tonghop consolidate --json` for a batch: BC-XDĐ's document exactly as before, plus `forms` (each form's
 * units and totals, forms/README.md) and `summary.text` (the paragraph, issue 13). A batch without BC-XDĐ
 * keeps the same shape: its BC-XDĐ parts are empty, its period and cluster are the forms'.
 */
import { consolidationJson, findingJson, type ConsolidationJson } from "../json";
import { countBySeverity, type Lang } from "../findings";
import { formsConsolidationJson, type FormTotalsJson } from "../forms/json";
import type { BatchConsolidation } from "./consolidateBatch";
import type { BatchSummary } from "./summary";
import { comparisonJson, type ComparisonJson, type Resubmission } from "../history";

export interface BatchJson extends ConsolidationJson {
  forms: Record<string, FormTotalsJson>;
  summary: ConsolidationJson["summary"] & { text?: string };
  /** Units that sent this period twice: each superseded file with the cells changed (issue 11); absent when none. */
  resubmissions?: Resubmission[];
  /** This period's totals beside the earlier periods' (issue 11); only when earlier periods were given. */
  comparison?: ComparisonJson;
}

/** The additions of issue 11, each present only when there is something to say. */
function acrossPeriods(batch: BatchConsolidation): Pick<BatchJson, "resubmissions" | "comparison"> {
  return {
    ...(batch.resubmissions.length ? { resubmissions: batch.resubmissions } : {}),
    ...(batch.history?.comparison ? { comparison: comparisonJson(batch.history.comparison) } : {}),
  };
}

export function batchJson(batch: BatchConsolidation, output: string | null, lang: Lang, summary: BatchSummary | null = null): BatchJson {
  const forms = formsConsolidationJson(batch.forms, batch.bcxdd);
  const text = summary ? { text: summary.paragraph.text } : {};
  const counts = countBySeverity(batch.findings);
  const files = new Set([...(batch.bcxdd?.entries ?? []), ...batch.forms.flatMap((f) => f.entries)].flatMap((e) => (e.file ? [e.file] : [])));
  const summaryCounts = { files: files.size, errors: counts.error, warnings: counts.warning };
  if (batch.bcxdd) {
    const own = consolidationJson(batch.bcxdd, output, lang);
    const findings = batch.forms.length ? batch.findings.map((f) => findingJson(f, lang, true)) : own.findings;
    return { ...own, findings, summary: { ...(batch.forms.length ? summaryCounts : own.summary), ...text }, forms, ...acrossPeriods(batch) };
  }
  const first = batch.forms[0];
  return {
    period: first?.period ?? null,
    cluster: batch.forms.find((f) => f.cluster)?.cluster ?? null,
    output,
    units: [],
    coverage: { expected: 0, received: 0, missing: [], unexpected: [], duplicates: [] },
    totals: {},
    findings: batch.findings.map((f) => findingJson(f, lang, true)),
    summary: { ...summaryCounts, ...text },
    forms,
    ...acrossPeriods(batch),
  };
}
