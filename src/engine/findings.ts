/** A finding: one thing wrong (or worth a look) in a report, pointing at its cell. */

export type Severity = "error" | "warning" | "info";
export type Lang = "vi" | "en";

export interface Localized {
  vi: string;
  en: string;
}

export interface Finding {
  /** Rule id from FORM.md (`PCT_STATED`, `UNIT_DUPLICATE`, …): a public contract. */
  rule: string;
  severity: Severity;
  message: Localized;
  /** The file the finding is about, when known. */
  file?: string;
  sheet: string | null;
  /** A1 address, or null when the finding is about the whole sheet or file. */
  cell: string | null;
  /** Indicator code, when the finding is about one row. */
  indicator: string | null;
  /** The form id (`BTCTW-1`), for a finding about a form other than BC-XDĐ (forms/README.md). */
  form?: string;
  /** The column code (`"2"`), for a finding about one cell of such a form. */
  column?: string;
  /** For a check across periods (issue 11): the earlier period's cell the figure was compared with. */
  previous?: { file: string; sheet: string; cell: string };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet position (row, then column) so a reader goes down the sheet. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file ?? "").localeCompare(b.file ?? "") ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cellOrder(a.cell) - cellOrder(b.cell),
  );
}

function cellOrder(cell: string | null): number {
  if (!cell) return -1;
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return -1;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + c;
}

export function finding(
  rule: string,
  severity: Severity,
  message: Localized,
  sheet: string | null,
  cell: string | null,
  indicator: string | null,
): Finding {
  return { rule, severity, message, sheet, cell, indicator };
}
