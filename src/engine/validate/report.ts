import type { Expression } from "jsep";
import { ytdFigure, effectivePlan } from "../completion";
import { classifyStated, percentPoints, roundPercent } from "../exact";
import { finding, type Finding, type Localized } from "../findings";
import { formatNumber, formatPercent } from "../format";
import { msg } from "../messages";
import { isFirstPeriodOfYear } from "../period";
import type { Report, ReportRow } from "../report";
import { allIndicators } from "../../templates/bcxdd";
import type { CrossRule, Indicator, Template } from "../../templates/types";
import { describe, firstViolation, parseRule } from "./expression";

const both = (n: number): Localized => ({ vi: formatNumber(n, "vi", 6), en: formatNumber(n, "en", 6) });
const pct = (n: number, d = 2): Localized => ({ vi: formatPercent(n, "vi", d), en: formatPercent(n, "en", d) });

const codeMaps = new WeakMap<Template, Map<string, Indicator>>();
function indicatorsByCode(template: Template): Map<string, Indicator> {
  let map = codeMaps.get(template);
  if (!map) codeMaps.set(template, (map = new Map(allIndicators(template).map((i) => [i.code, i]))));
  return map;
}

const parsedRules = new WeakMap<CrossRule, Expression>();
function ruleAst(rule: CrossRule): Expression {
  let ast = parsedRules.get(rule);
  if (!ast) parsedRules.set(rule, (ast = parseRule(rule.expr)));
  return ast;
}

/** The rules over a whole report: metadata, missing rows, year-to-date, stated rates, cross-row rules. */
export function validateReport(report: Report, template: Template): Finding[] {
  const sheet = report.sheet;
  const out: Finding[] = [];
  const at = (rule: string, severity: Finding["severity"], message: Localized, cell: string | null, code: string | null) =>
    out.push(finding(rule, severity, message, sheet, cell, code));

  if (!report.unit.name.trim()) at("META_UNIT", "error", msg.metaUnit(), null, null);
  if (!report.period) {
    const written = report.periodText;
    at("META_PERIOD", "error", written ? msg.metaPeriodUnclear(written.text) : msg.metaPeriodMissing(), written?.cell ?? null, null);
  }

  const indicators = allIndicators(template);
  for (const ind of indicators) {
    const row = report.rows[ind.code];
    if (!row) {
      at("ROW_MISSING", "error", msg.rowMissing(ind.name, ind.code), null, ind.code);
      continue;
    }
    checkYearToDate(report, ind, row, at);
    checkStatedRate(report, ind, row, at);
  }
  const byCode = indicatorsByCode(template);
  for (const rule of template.rules) checkCrossRule(report, rule, byCode, at);
  return out;
}

type At = (rule: string, severity: Finding["severity"], message: Localized, cell: string | null, code: string | null) => void;

function checkYearToDate(report: Report, ind: Indicator, row: ReportRow, at: At) {
  if (ind.kind !== "flow") return;
  const actual = row.actual.value;
  const ytd = row.ytd.value;
  if (actual === null || ytd === null) return;
  if (ytd < actual) at("YTD_LT_ACTUAL", "error", msg.ytdLtActual(ind.name, both(ytd), both(actual)), row.ytd.cell, ind.code);
  if (report.period && isFirstPeriodOfYear(report.period) && ytd !== actual) {
    at("YTD_NE_ACTUAL_Q1", "warning", msg.ytdNeActualQ1(ind.name, both(ytd), both(actual), report.period.label), row.ytd.cell, ind.code);
  }
}

function checkStatedRate(report: Report, ind: Indicator, row: ReportRow, at: At) {
  const stated = row.statedPct;
  if (!stated) return;
  const plan = effectivePlan(row.plan.value);
  const statedText = pct(stated.points, stated.decimals);
  if (plan === null) {
    at("PCT_NO_PLAN", "warning", msg.pctNoPlan(ind.name, statedText), stated.cell, ind.code);
    return;
  }
  const figure = ytdFigure(row, report.period);
  if (figure === null) return;
  const verdict = classifyStated(stated.points, stated.decimals, figure, plan);
  if (verdict === "ok") return;
  const computed = pct(percentPoints(figure, plan) ?? 0, Math.max(2, stated.decimals + 1));
  const args = [ind.name, statedText, computed, both(figure), both(plan)] as const;
  const rounded = pct(roundPercent(figure, plan, stated.decimals) ?? 0, stated.decimals);
  if (verdict === "rounding") at("PCT_ROUNDING", "warning", msg.pctRounding(...args, rounded), stated.cell, ind.code);
  else at("PCT_STATED", "error", msg.pctStated(...args), stated.cell, ind.code);
}

/**
 * Cross-row rules use every figure that is a number, even one that broke a value rule; a flow with
 * no figure counts as 0; a stock with no figure, or a figure that is not a number, skips the rule.
 */
function checkCrossRule(report: Report, rule: CrossRule, byCode: Map<string, Indicator>, at: At) {
  const lookup = (code: string): number | undefined => {
    const ind = byCode.get(code);
    const row = report.rows[code];
    if (!ind) return undefined;
    if (row && (row.actual.invalid || (rule.column === "figure" && row.ytd.invalid))) return undefined;
    const value = row ? (rule.column === "actual" ? row.actual.value : ytdFigure(row, report.period)) : null;
    if (value !== null) return value;
    return ind.kind === "flow" ? 0 : undefined;
  };
  const violation = firstViolation(ruleAst(rule), lookup);
  if (!violation) return;
  const name = (code: string) => byCode.get(code)?.name ?? code;
  const { comparison, leftValue, rightValue } = violation;
  // A single indicator is named; a sum shows its numbers, which is what a unit needs to find the slip.
  const side = (e: Expression): Localized | null =>
    e.type === "Identifier"
      ? { vi: name(e.name as string), en: name(e.name as string) }
      : e.type === "Literal"
        ? null
        : { vi: describe(e, (code) => formatNumber(lookup(code) ?? 0, "vi", 6)), en: describe(e, (code) => formatNumber(lookup(code) ?? 0, "en", 6)) };
  const sym = { "==": "=", "!=": "≠", "<=": "≤", ">=": "≥", "<": "<", ">": ">" }[comparison.op];
  const anchor = report.rows[rule.anchor];
  const cell = anchor ? (rule.column === "figure" && anchor.ytd.value !== null ? anchor.ytd.cell : anchor.actual.cell) : null;
  const message = msg.crossRule(rule.id, side(comparison.left) ?? { vi: "", en: "" }, both(leftValue), side(comparison.right), both(rightValue), sym);
  at(rule.id, rule.severity, message, cell, rule.anchor);
}

