import type { FileCheck } from "./check";
import { rowCompletion, type Status } from "./completion";
import type { Consolidation } from "./consolidate/consolidate";
import { countBySeverity, type Finding, type Lang } from "./findings";
import type { Period } from "./period";
import { formsValidationJson, type FormValuesJson } from "./forms/json";
import type { CellChange } from "./history/types";

/**
 * The `tonghop --json` documents: a public contract (issue 2). Percentages are in points (77.5),
 * a missing figure is null. Fields may be added; none may be renamed.
 */
export interface FindingJson {
  file?: string | null;
  rule: string;
  severity: Finding["severity"];
  message: string;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  /** The form and column, for a finding about a form other than BC-XDĐ (forms/README.md). */
  form?: string;
  column?: string;
  /** The earlier period's cell, for a check across periods (issue 11). */
  previous?: { file: string; sheet: string; cell: string };
}

export interface FigureJson {
  plan: number | null;
  actual: number | null;
  ytd: number | null;
  pct: number | null;
  statedPct: number | null;
  /** The year-to-date figure the rate is computed from (ytd, else actual). */
  figure: number | null;
  pctRounded: number | null;
  /** `vượt` (over 100 %), `đạt` (exactly 100 %), `chưa đạt` (below), as FORM.md names them. */
  status: Status | null;
  cells: { plan: string | null; actual: string | null; ytd: string | null; pct: string | null };
}

export interface FileJson {
  file: string;
  status: "ok" | "invalid" | "unreadable";
  sheet: string | null;
  unit: { name: string; code: string | null; type: string | null; cluster: string | null } | null;
  period: Period | null;
  reportDate: string | null;
  findings: FindingJson[];
  figures: Record<string, FigureJson>;
  /** Every form the workbook holds, BC-XDĐ included (keyed by role), with values and cells. */
  forms: FormValuesJson[];
}

export interface ValidationJson {
  files: FileJson[];
  summary: { files: number; errors: number; warnings: number; invalid: number; unreadable: number };
}

export function findingJson(f: Finding, lang: Lang, withFile = false): FindingJson {
  const base: FindingJson = { rule: f.rule, severity: f.severity, message: f.message[lang], sheet: f.sheet, cell: f.cell, indicator: f.indicator };
  // Only findings about another form carry these, so BC-XDĐ's findings read exactly as before.
  if (f.form !== undefined) base.form = f.form;
  if (f.column !== undefined) base.column = f.column;
  if (f.previous !== undefined) base.previous = f.previous;
  return withFile ? { file: f.file ?? null, ...base } : base;
}

export function fileStatus(check: FileCheck): FileJson["status"] {
  if (check.unreadable) return "unreadable";
  return check.findings.some((f) => f.severity === "error") ? "invalid" : "ok";
}

/** Every figure of a report with the cells it came from. */
function figuresJson(check: FileCheck): Record<string, FigureJson> {
  const report = check.report;
  const figures: Record<string, FigureJson> = {};
  for (const [code, row] of Object.entries(report?.rows ?? {})) {
    const completion = rowCompletion(row, report!.period);
    figures[code] = {
      plan: row.plan.value,
      actual: row.actual.value,
      ytd: row.ytd.value,
      pct: completion.pct,
      statedPct: row.statedPct?.points ?? null,
      figure: completion.figure,
      pctRounded: completion.pctRounded,
      status: completion.status,
      cells: { plan: row.plan.cell, actual: row.actual.cell, ytd: row.ytd.cell, pct: row.statedPct?.cell ?? null },
    };
  }
  return figures;
}

export function fileJson(check: FileCheck, lang: Lang): FileJson {
  const report = check.report;
  return {
    file: check.file,
    status: fileStatus(check),
    sheet: report?.sheet ?? null,
    unit: report ? { name: report.unit.name, code: report.unit.code, type: report.unit.type, cluster: report.unit.cluster } : null,
    period: report?.period ?? null,
    reportDate: report?.reportDate ?? null,
    findings: check.findings.map((f) => findingJson(f, lang)),
    figures: figuresJson(check),
    forms: formsValidationJson(check),
  };
}

export function validationJson(checks: FileCheck[], lang: Lang): ValidationJson {
  const counts = countBySeverity(checks.flatMap((c) => c.findings));
  const files = checks.map((c) => fileJson(c, lang));
  return {
    files,
    summary: {
      files: files.length,
      errors: counts.error,
      warnings: counts.warning,
      invalid: files.filter((f) => f.status === "invalid").length,
      unreadable: files.filter((f) => f.status === "unreadable").length,
    },
  };
}

export interface ConsolidationJson {
  period: Period | null;
  cluster: string | null;
  output: string | null;
  units: {
    name: string;
    code: string | null;
    type: string | null;
    file: string | null;
    status: string;
    usedInTotals: boolean;
    supersededBy: string | null;
    /** The sheet the figures came from, and each figure with its cells (provenance). */
    sheet: string | null;
    figures: Record<string, FigureJson>;
    /** A superseded copy only: the cells the copy used changed (issue 11). */
    changes?: CellChange[];
  }[];
  coverage: Consolidation["coverage"];
  totals: Record<string, { plan: number | null; actual: number | null; ytd: number | null; pct: number | null; pctRounded: number | null; status: string | null; unitsWithoutPlan: string[] }>;
  findings: FindingJson[];
  summary: { files: number; errors: number; warnings: number };
}

export function consolidationJson(c: Consolidation, output: string | null, lang: Lang): ConsolidationJson {
  const used = new Set(c.used);
  const counts = countBySeverity(c.findings);
  return {
    period: c.period,
    cluster: c.cluster,
    output,
    units: c.entries.map((e) => ({
      name: e.name,
      code: e.code,
      type: e.type,
      file: e.file,
      status: e.status,
      usedInTotals: used.has(e),
      supersededBy: e.supersededBy?.file ?? null,
      sheet: e.check?.report?.sheet ?? null,
      figures: e.check ? figuresJson(e.check) : {},
      ...(e.changes ? { changes: e.changes } : {}),
    })),
    coverage: c.coverage,
    totals: c.totals,
    findings: c.findings.map((f) => findingJson(f, lang, true)),
    summary: { files: c.entries.filter((e) => e.file).length, errors: counts.error, warnings: counts.warning },
  };
}
