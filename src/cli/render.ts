import type { FileCheck } from "../engine/check";
import type { Consolidation } from "../engine/consolidate/consolidate";
import { countBySeverity, sortFindings, type Finding, type Lang } from "../engine/findings";
import { formatNumber, formatPercent } from "../engine/format";
import { STATUS_TEXT } from "../engine/completion";
import { CLI_TEXT } from "./text";

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const code = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOUR: Style = { red: code(31, 39), yellow: code(33, 39), green: code(32, 39), bold: code(1, 22), dim: code(2, 22) };
export const PLAIN: Style = { red: (s) => s, yellow: (s) => s, green: (s) => s, bold: (s) => s, dim: (s) => s };

function findingLine(f: Finding, lang: Lang, st: Style): string {
  const t = CLI_TEXT[lang];
  const mark = f.severity === "error" ? st.red(`✗ ${t.error}`) : f.severity === "warning" ? st.yellow(`! ${t.warning}`) : `· ${t.info}`;
  const where = t.at(f.sheet, f.cell);
  return `  ${mark} ${st.dim(f.rule)}${where ? ` (${where})` : ""}: ${f.message[lang]}`;
}

export function renderValidation(checks: FileCheck[], lang: Lang, st: Style): string {
  const t = CLI_TEXT[lang];
  const out: string[] = [];
  for (const c of checks) {
    const r = c.report;
    const head = [c.file, r?.unit.name, r?.period?.label].filter(Boolean).join(" — ");
    out.push(st.bold(head));
    const findings = sortFindings(c.findings);
    if (!findings.some((f) => f.severity === "error")) out.push(`  ${st.green(`✓ ${t.valid}`)}`);
    for (const f of findings) out.push(findingLine(f, lang, st));
    out.push("");
  }
  const counts = countBySeverity(checks.flatMap((c) => c.findings));
  out.push(t.summary(checks.length, counts.error, counts.warning));
  return out.join("\n");
}

/** Rows shown in the text summary: the ones a committee reads out at its quarterly meeting. */
const KEY_ROWS = ["ORG_TCCS", "DV_CUOI", "DV_KN", "KT_TC", "KT_DV", "GS_TC", "GS_DV", "DN_LD", "DN_TN"];

export function renderConsolidation(c: Consolidation, output: string | null, lang: Lang, st: Style, names: Map<string, string>): string {
  const t = CLI_TEXT[lang];
  const out: string[] = [];
  out.push(st.bold(`${t.period}: ${c.period?.label ?? "?"}${c.cluster ? ` — ${c.cluster}` : ""}`));
  out.push(t.coverage(c.coverage.received, c.coverage.expected));
  if (c.coverage.missing.length) out.push(st.yellow(`${t.missing}: ${c.coverage.missing.join(", ")}`));
  if (c.coverage.unexpected.length) out.push(st.yellow(`${t.unexpected}: ${c.coverage.unexpected.join(", ")}`));
  for (const d of c.coverage.duplicates) out.push(st.yellow(`${t.duplicates}: ${d.join(" + ")}`));
  out.push("", st.bold(t.keyTotals));
  for (const code of KEY_ROWS) {
    const total = c.totals[code];
    if (!total || total.actual === null) continue;
    const value = formatNumber(total.ytd ?? total.actual, lang, 2);
    const rate =
      total.pctRounded !== null && total.status
        ? ` — ${STATUS_TEXT[total.status][lang]} ${formatPercent(total.pctRounded, lang, 1)} ${lang === "vi" ? "kế hoạch" : "of plan"}`
        : "";
    out.push(`  ${(names.get(code) ?? code).padEnd(52)} ${value.padStart(10)}${rate}`);
  }
  const findings = sortFindings(c.findings);
  if (findings.length) out.push("");
  for (const f of findings) out.push(`${f.file ? `${st.dim(f.file)}\n` : ""}${findingLine(f, lang, st)}`);
  const counts = countBySeverity(c.findings);
  out.push("", t.summary(c.entries.filter((e) => e.file).length, counts.error, counts.warning));
  if (output) out.push(st.green(t.written(output)));
  return out.join("\n");
}
