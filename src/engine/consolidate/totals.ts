import { completionOf, effectivePlan, ytdFigure, type Status } from "../completion";
import type { Period } from "../period";
import type { Report } from "../report";
import type { Indicator } from "../../templates/types";

/** A cluster total for one indicator, computed the way the sheet's formulas compute it. */
export interface Total {
  plan: number | null;
  actual: number | null;
  ytd: number | null;
  /** Σ year-to-date figures ÷ Σ plans over the units that have a plan, in points. */
  pct: number | null;
  pctRounded: number | null;
  status: Status | null;
  /** Names of the units with no plan for this row (listed beside the rate). */
  unitsWithoutPlan: string[];
}

export interface UnitFigures {
  plan: number | null;
  actual: number | null;
  /** The year-to-date figure: the ytd cell, else the period's figure. */
  ytd: number | null;
}

export function unitFigures(report: Report, code: string, period: Period | null): UnitFigures {
  const row = report.rows[code];
  if (!row) return { plan: null, actual: null, ytd: null };
  return { plan: row.plan.value, actual: row.actual.value, ytd: ytdFigure(row, period) };
}

const sumOf = (values: (number | null)[]): number | null => {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length ? nums.reduce((a, b) => a + b, 0) : null;
};

/** Σ(value × weight) ÷ Σ weight over the units that have both. */
function weightedMean(values: (number | null)[], weights: (number | null)[]): number | null {
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    const w = weights[i];
    if (v !== null && w !== null) {
      num += v * w;
      den += w;
    }
  });
  return den > 0 ? num / den : null;
}

export function totalOf(
  ind: Indicator,
  units: { name: string; figures: UnitFigures; weight?: UnitFigures }[],
): Total {
  const plans = units.map((u) => effectivePlan(u.figures.plan));
  let actual: number | null;
  let ytd: number | null;
  if (ind.agg.kind === "weightedMean") {
    actual = weightedMean(units.map((u) => u.figures.actual), units.map((u) => u.weight?.actual ?? null));
    ytd = weightedMean(units.map((u) => u.figures.ytd), units.map((u) => u.weight?.ytd ?? null));
  } else {
    actual = sumOf(units.map((u) => u.figures.actual));
    ytd = sumOf(units.map((u) => u.figures.ytd));
  }
  const plan = sumOf(plans);
  // Never an average of the units' rates: Σ figures ÷ Σ plans, over the units that have a plan.
  const planned = units.filter((_, i) => plans[i] !== null);
  const figure = planned.length ? planned.reduce((s, u) => s + (u.figures.ytd ?? 0), 0) : null;
  const completion = completionOf(figure, plan);
  const anyPlan = plan !== null || ind.plan;
  return {
    plan,
    actual,
    ytd,
    pct: completion.pct,
    pctRounded: completion.pctRounded,
    status: completion.status,
    unitsWithoutPlan: anyPlan ? units.filter((_, i) => plans[i] === null).map((u) => u.name) : [],
  };
}
