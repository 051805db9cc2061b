import { completionStatus, percentPoints, roundPercent } from "./exact";
import type { Period } from "./period";
import type { ReportRow } from "./report";

/** The words of FORM.md, kept as the values of the JSON contract. */
export type Status = "vượt" | "đạt" | "chưa đạt";

export const STATUS_TEXT: Record<Status, { vi: string; en: string }> = {
  vượt: { vi: "vượt", en: "exceeded" },
  đạt: { vi: "đạt", en: "met" },
  "chưa đạt": { vi: "chưa đạt", en: "below" },
};

const STATUS_OF = { exceeded: "vượt", met: "đạt", below: "chưa đạt" } as const;

export interface Completion {
  /** The year-to-date figure compared with the plan. */
  figure: number | null;
  /** The plan, or null when there is none (blank, marker or 0). */
  plan: number | null;
  /** figure / plan × 100, full precision, in points. */
  pct: number | null;
  /** Rounded half away from zero to one decimal, for display (`77,5 %`). */
  pctRounded: number | null;
  status: Status | null;
}

/**
 * The year-to-date figure: the ytd cell, or the period's figure when the sheet has no ytd figure
 * or when the period is the whole year.
 */
export function ytdFigure(row: Pick<ReportRow, "actual" | "ytd">, period: Period | null): number | null {
  if (period?.kind === "year" && row.actual.value !== null) return row.actual.value;
  return row.ytd.value ?? row.actual.value;
}

/** A plan of 0, negative, blank or a marker is no plan. */
export function effectivePlan(plan: number | null): number | null {
  return plan !== null && plan > 0 ? plan : null;
}

export function completionOf(figure: number | null, planValue: number | null): Completion {
  const plan = effectivePlan(planValue);
  if (plan === null || figure === null) return { figure, plan, pct: null, pctRounded: null, status: null };
  return {
    figure,
    plan,
    pct: percentPoints(figure, plan),
    pctRounded: roundPercent(figure, plan, 1),
    status: STATUS_OF[completionStatus(figure, plan)!],
  };
}

export function rowCompletion(row: ReportRow, period: Period | null): Completion {
  return completionOf(ytdFigure(row, period), row.plan.value);
}
