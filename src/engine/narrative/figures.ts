/**
 * The figures the summary paragraph speaks of, taken from a BC-XDĐ consolidation and nothing else.
 * Every figure is null when the consolidation has none (no unit gave it, or the template has no such
 * row), so that a sentence can be left out instead of being filled with a zero.
 */
import { effectivePlan } from "../completion";
import type { Consolidation } from "../consolidate/consolidate";
import { unitFigures } from "../consolidate/totals";
import { isFirstPeriodOfYear, type Period } from "../period";
import { allIndicators } from "../../templates/bcxdd";
import type { Template } from "../../templates/types";

/** A flow of the period (admissions, official recognitions): the period's figure and, later in the year, the year-to-date one. */
export interface PeriodFlow {
  actual: number;
  ytd: number | null;
}

/** An inspection or supervision row measured against the annual plan. */
export interface PlannedWork {
  code: "KT_TC" | "KT_DV" | "GS_TC" | "GS_DV";
  /** The cluster's year-to-date figure (every unit). */
  done: number;
  /** Σ plans of the units that have one; null when none has. */
  plan: number | null;
  /** Σ year-to-date of the units that have a plan: what the rate divides (equals `done` when every unit has a plan). */
  planned: number | null;
  /** The cluster's rate rounded as FORM.md says (completion.ts), in points; null without a plan. */
  pctRounded: number | null;
}

export interface SummaryFigures {
  cluster: string | null;
  period: Period | null;
  /** Whether the period starts on 1 January (Quý I, 6 tháng đầu năm, 9 tháng, Năm): then year-to-date is the period. */
  fromYearStart: boolean;
  /** TCCS counted for the cluster (the roster's, else the units received). */
  tccs: number | null;
  /** ĐBCS and CBCS among them; null unless every TCCS has a known type (a count of unknown types is no count). */
  dbcs: number | null;
  cbcs: number | null;
  /** Chi bộ trực thuộc of the reporting units. */
  subCells: number | null;
  members: number | null;
  staff: number | null;
  admitted: PeriodFlow | null;
  madeOfficial: PeriodFlow | null;
  inspections: PlannedWork[];
  supervisions: PlannedWork[];
  /** Units used in the totals, and the number expected (the roster's length, else the same). */
  received: number;
  expected: number;
  /** Names of the roster units that sent no report, in roster order. */
  missing: string[];
}

/** The cluster's figure of a row: its period figure (a stock's level, a flow's amount in the period). */
function actualOf(c: Consolidation, codes: Set<string>, code: string): number | null {
  if (!codes.has(code)) return null;
  return c.totals[code]?.actual ?? null;
}

function flowOf(c: Consolidation, codes: Set<string>, code: string): PeriodFlow | null {
  const actual = actualOf(c, codes, code);
  if (actual === null) return null;
  return { actual, ytd: c.totals[code]?.ytd ?? null };
}

/**
 * Σ year-to-date over the units with a plan, as consolidate/totals.ts forms the rate's numerator, so that the
 * paragraph's "x/y" is the fraction whose rate it prints (a unit without a plan adds to the total, not to x).
 */
function plannedFigure(c: Consolidation, code: string): number | null {
  let sum = 0;
  let any = false;
  for (const u of c.used) {
    const report = u.check?.report;
    if (!report) continue;
    const f = unitFigures(report, code, c.period);
    if (effectivePlan(f.plan) === null) continue;
    any = true;
    sum += f.ytd ?? 0;
  }
  return any ? sum : null;
}

function plannedWork(c: Consolidation, codes: Set<string>, code: PlannedWork["code"]): PlannedWork | null {
  const total = codes.has(code) ? c.totals[code] : undefined;
  if (!total || total.ytd === null) return null;
  const withPlan = total.plan !== null && total.pctRounded !== null;
  return {
    code,
    done: total.ytd,
    plan: withPlan ? total.plan : null,
    planned: withPlan ? plannedFigure(c, code) : null,
    pctRounded: withPlan ? total.pctRounded : null,
  };
}

/** The TCCS behind ORG_TCCS: the roster's units (used and missing) when there is a roster, else the units used. */
function tccsTypesKnown(c: Consolidation): boolean {
  const units = [...c.used, ...c.entries.filter((e) => e.status === "missing")];
  return units.length > 0 && units.every((u) => u.type !== null);
}

export function summaryFigures(c: Consolidation, template: Template): SummaryFigures {
  const codes = new Set([...allIndicators(template).map((i) => i.code), ...template.clusterRows.map((r) => r.code)]);
  const typesKnown = tccsTypesKnown(c);
  const present = (w: PlannedWork | null): w is PlannedWork => w !== null;
  return {
    cluster: c.cluster?.trim() || null,
    period: c.period,
    fromYearStart: c.period !== null && (c.period.kind === "nine_months" || c.period.kind === "year" || isFirstPeriodOfYear(c.period)),
    tccs: actualOf(c, codes, "ORG_TCCS"),
    dbcs: typesKnown ? actualOf(c, codes, "ORG_DBCS") : null,
    cbcs: typesKnown ? actualOf(c, codes, "ORG_CBCS") : null,
    subCells: actualOf(c, codes, "ORG_CBTT"),
    members: actualOf(c, codes, "DV_CUOI"),
    staff: actualOf(c, codes, "DN_LD"),
    admitted: flowOf(c, codes, "DV_KN"),
    madeOfficial: flowOf(c, codes, "DV_CCT"),
    inspections: [plannedWork(c, codes, "KT_TC"), plannedWork(c, codes, "KT_DV")].filter(present),
    supervisions: [plannedWork(c, codes, "GS_TC"), plannedWork(c, codes, "GS_DV")].filter(present),
    received: c.coverage.received,
    expected: c.coverage.expected,
    missing: c.entries.filter((e) => e.status === "missing").map((e) => e.name),
  };
}
