import type { FileCheck } from "../engine/check";
import type { Consolidation } from "../engine/consolidate/consolidate";
import type { BatchConsolidation } from "../engine/batch";
import type { FormConsolidation } from "../engine/forms/consolidate/types";
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

/** A form's name as printed on it (`Biểu số 1-BTCTW`), by its id. */
export type FormName = (id: string) => string;
const byId: FormName = (id) => id;

function findingLine(f: Finding, lang: Lang, st: Style, formName: FormName = byId): string {
  const t = CLI_TEXT[lang];
  const mark = f.severity === "error" ? st.red(`✗ ${t.error}`) : f.severity === "warning" ? st.yellow(`! ${t.warning}`) : `· ${t.info}`;
  // A finding about a form other than BC-XDĐ names the form and the column; BC-XDĐ's read as they always have.
  const at = t.at(f.sheet, f.cell);
  const where = f.form === undefined ? at : [formName(f.form), at, f.column === undefined ? "" : t.column(f.column)].filter(Boolean).join(", ");
  return `  ${mark} ${st.dim(f.rule)}${where ? ` (${where})` : ""}: ${f.message[lang]}`;
}

/**
 * The forms a file holds, one line each (`Biểu số 1-BTCTW (trang "Biểu 1", 6 tháng đầu năm 2026): 2 lỗi`),
 * when it holds any besides BC-XDĐ; BC-XDĐ's own line then counts the findings that name no form.
 */
function formLines(c: FileCheck, lang: Lang, formName: FormName): string[] {
  const t = CLI_TEXT[lang];
  if (!c.forms?.length) return [];
  const line = (name: string, sheet: string, period: string | undefined, findings: Finding[]) => {
    const counts = countBySeverity(findings);
    return `  ${name} (${[t.sheet(sheet), period].filter(Boolean).join(", ")}): ${t.formCounts(counts.error, counts.warning)}`;
  };
  const own = c.report ? [line("BC-XDĐ", c.report.sheet, c.report.period?.label, c.findings.filter((f) => f.form === undefined))] : [];
  return [...own, ...c.forms.map((r) => line(formName(r.form), r.sheet, r.period?.label, c.findings.filter((f) => f.form === r.form)))];
}

export function renderValidation(checks: FileCheck[], lang: Lang, st: Style, formName: FormName = byId): string {
  const t = CLI_TEXT[lang];
  const out: string[] = [];
  for (const c of checks) {
    const r = c.report;
    // A workbook of other forms only: its unit as the first form names it (each form line gives its period).
    const head = r ? [c.file, r.unit.name, r.period?.label] : [c.file, c.forms?.[0]?.unit.name];
    out.push(st.bold(head.filter(Boolean).join(" — ")));
    out.push(...formLines(c, lang, formName));
    const findings = sortFindings(c.findings);
    if (!findings.some((f) => f.severity === "error")) out.push(`  ${st.green(`✓ ${t.valid}`)}`);
    for (const f of findings) out.push(findingLine(f, lang, st, formName));
    out.push("");
  }
  const counts = countBySeverity(checks.flatMap((c) => c.findings));
  out.push(t.summary(checks.length, counts.error, counts.warning));
  return out.join("\n");
}

/** Rows shown in the text summary: the ones a committee reads out at its quarterly meeting. */
const KEY_ROWS = ["ORG_TCCS", "DV_CUOI", "DV_KN", "KT_TC", "KT_DV", "GS_TC", "GS_DV", "DN_LD", "DN_TN"];

/** BC-XDĐ's part of a consolidation's text: period, coverage, key totals. */
function consolidationHead(c: Consolidation, lang: Lang, st: Style, names: Map<string, string>): string[] {
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
  return out;
}

/** The findings, each under its file, then the counts and the output written. */
function consolidationTail(findings: Finding[], files: number, output: string | null, lang: Lang, st: Style, formName: FormName = byId): string[] {
  const t = CLI_TEXT[lang];
  const out: string[] = [];
  const sorted = sortFindings(findings);
  if (sorted.length) out.push("");
  for (const f of sorted) out.push(`${f.file ? `${st.dim(f.file)}\n` : ""}${findingLine(f, lang, st, formName)}`);
  const counts = countBySeverity(findings);
  out.push("", t.summary(files, counts.error, counts.warning));
  if (output) out.push(st.green(t.written(output)));
  return out;
}

export function renderConsolidation(c: Consolidation, output: string | null, lang: Lang, st: Style, names: Map<string, string>): string {
  const files = c.entries.filter((e) => e.file).length;
  return [...consolidationHead(c, lang, st, names), ...consolidationTail(c.findings, files, output, lang, st)].join("\n");
}

/** One form other than BC-XDĐ: its period and coverage (`Biểu số 1-BTCTW — 6 tháng đầu năm 2026: tổng hợp 10/11 đơn vị`). */
function formConsolidationLines(f: FormConsolidation, lang: Lang, st: Style, formName: FormName): string[] {
  const t = CLI_TEXT[lang];
  const head = [formName(f.form), f.period?.label].filter(Boolean).join(" — ");
  const out = [`${st.bold(head)}: ${t.formCoverage(f.coverage.received, f.coverage.expected)}`];
  if (f.coverage.missing.length) out.push(st.yellow(`  ${t.missing}: ${f.coverage.missing.join(", ")}`));
  if (f.coverage.unexpected.length) out.push(st.yellow(`  ${t.unexpected}: ${f.coverage.unexpected.join(", ")}`));
  for (const d of f.coverage.duplicates) out.push(st.yellow(`  ${t.duplicates}: ${d.join(" + ")}`));
  return out;
}

/**
 * A batch's text: exactly renderConsolidation's when it holds BC-XDĐ alone; otherwise BC-XDĐ's part (if any),
 * a line per other form consolidated, and every finding of the batch.
 */
export function renderBatch(batch: BatchConsolidation, output: string | null, lang: Lang, st: Style, names: Map<string, string>, formName: FormName): string {
  if (batch.bcxdd && !batch.forms.length) return renderConsolidation(batch.bcxdd, output, lang, st, names);
  const files = new Set([...(batch.bcxdd?.entries ?? []), ...batch.forms.flatMap((f) => f.entries)].flatMap((e) => (e.file ? [e.file] : [])));
  const out = batch.bcxdd ? [...consolidationHead(batch.bcxdd, lang, st, names), ""] : [];
  for (const f of batch.forms) out.push(...formConsolidationLines(f, lang, st, formName));
  return [...out, ...consolidationTail(batch.findings, files.size, output, lang, st, formName)].join("\n");
}
