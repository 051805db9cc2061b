import type { Consolidation } from "../consolidate/consolidate";
import { unitFigures } from "../consolidate/totals";
import { effectivePlan } from "../completion";
import type { Lang } from "../findings";
import { columnLetters } from "../grid";
import { blank, num, NUMBER_FORMATS, text, type SheetSpec, type SpecCell, type SpecMerge } from "../sheetspec";
import type { Indicator, Template } from "../../templates/types";
import type { ChartSpec } from "./chartspec";
import { CHART_SHEET, CHART_TEXT } from "./texts";

/** Units and indicators the unit chart shows at most: beyond that the bars are too thin to read. */
export const UNIT_CHART_MAX_UNITS = 15;
export const UNIT_CHART_MAX_INDICATORS = 5;
/** The chart sheet's columns: the labels, then up to five columns of rates — about 91 characters, A4 portrait. */
const WIDTHS = [36, 11, 11, 11, 11, 11];
const CHART_COLS = WIDTHS.length;
const BAR_BLUE = "2E75B6";
const MARK_RED = "C00000";

interface Planned {
  ind: Indicator;
  /** Σ year-to-date ÷ Σ plans of the cluster, as a fraction (Tổng hợp's `Tỷ lệ % KH`). */
  rate: number;
}

const label = (ind: Indicator) => `${ind.stt}. ${ind.name}`;

/** The indicators with a cluster rate, in the form's order. */
function plannedIndicators(c: Consolidation, template: Template): Planned[] {
  const out: Planned[] = [];
  for (const s of template.sections) {
    for (const ind of s.indicators) {
      const pct = c.totals[ind.code]?.pct;
      if (pct !== null && pct !== undefined && Number.isFinite(pct)) out.push({ ind, rate: pct / 100 });
    }
  }
  return out;
}

/** A unit's year-to-date figure ÷ its own plan, or null when it has no plan (blank cell, no bar). */
function unitRate(c: Consolidation, u: Consolidation["used"][number], code: string): number | null {
  const f = unitFigures(u.check!.report!, code, c.period);
  const plan = effectivePlan(f.plan);
  return plan === null ? null : (f.ytd ?? 0) / plan;
}

/**
 * The `Biểu đồ` sheet: (1) the cluster's completion against plan by indicator, as horizontal bars
 * inside a red box at 100 % (a second series of 1s, outline only, drawn over the first); (2) each
 * unit's completion for the indicators with a plan, units as categories. Each chart reads the small
 * table above it, written as values: the rates are those of `Tổng hợp` (Σ lũy kế ÷ Σ kế hoạch).
 * Returns null when no indicator has a rate (nothing to draw).
 */
export function completionCharts(c: Consolidation, template: Template, lang: Lang = "vi"): SheetSpec | null {
  const t = CHART_TEXT[lang];
  const planned = plannedIndicators(c, template);
  if (planned.length === 0) return null;
  const rows: (SpecCell | null)[][] = [];
  const merges: SpecMerge[] = [{ r1: 0, c1: 0, r2: 0, c2: CHART_COLS - 1 }];
  const charts: ChartSpec[] = [];
  const pct = NUMBER_FORMATS.percent;
  rows[0] = [text(t.title, "title")];
  rows[1] = [text(`${t.cluster}: ${c.cluster ?? t.allUnits}`, "label")];
  rows[2] = [text(`${t.period}: ${c.period?.label ?? t.noPeriod}`, "label")];
  rows[3] = [text(t.howRate, "muted")];

  // (1) The cluster, by indicator.
  let r = 5;
  rows[r++] = [text(t.byIndicator, "label")];
  const head1 = r;
  rows[r++] = [text(t.indicator, "header"), text(t.rate, "header"), text(t.mark, "header")];
  for (const p of planned) rows[r++] = [text(label(p.ind), "body"), num(p.rate, pct, "percent"), num(1, pct, "percent")];
  const last1 = r - 1;
  const height1 = Math.max(14, Math.ceil(planned.length * 1.6) + 5);
  charts.push({
    kind: "bar",
    title: t.chart1,
    categories: `A${head1 + 2}:A${last1 + 1}`,
    series: [
      { name: t.rate, values: `B${head1 + 2}:B${last1 + 1}`, color: BAR_BLUE, labels: true },
      { name: t.mark, values: `C${head1 + 2}:C${last1 + 1}`, style: "outline", color: MARK_RED },
    ],
    valueAxis: { title: t.rateAxis, format: "0%", min: 0 },
    overlap: 100,
    gapWidth: 60,
    topDown: true,
    legend: "bottom",
    anchor: { from: { row: r + 1, col: 0 }, to: { row: r + 1 + height1, col: CHART_COLS } },
  });
  r += height1 + 3;

  // (2) Each unit, for the indicators most units have a plan for.
  const units = c.used.filter((u) => u.check?.report);
  const withPlans = planned
    .map((p, order) => ({ p, order, n: units.filter((u) => unitRate(c, u, p.ind.code) !== null).length }))
    .filter((x) => x.n > 0);
  const shownInd = [...withPlans].sort((a, b) => b.n - a.n || a.order - b.order).slice(0, UNIT_CHART_MAX_INDICATORS).sort((a, b) => a.order - b.order).map((x) => x.p.ind);
  const shownUnits = units.slice(0, UNIT_CHART_MAX_UNITS);
  if (shownInd.length > 0 && shownUnits.length > 0) {
    rows[r++] = [text(t.byUnit, "label")];
    if (shownInd.length < withPlans.length || shownUnits.length < units.length) {
      rows[r++] = [text(t.capped(shownUnits.length, units.length, shownInd.length, withPlans.length), "muted")];
    }
    const head2 = r;
    rows[r++] = [text(t.unit, "header"), ...shownInd.map((ind) => text(label(ind), "header"))];
    for (const u of shownUnits) {
      rows[r++] = [text(u.name, "body"), ...shownInd.map((ind) => {
        const rate = unitRate(c, u, ind.code);
        return rate === null ? blank("percent", pct) : num(rate, pct, "percent");
      })];
    }
    const last2 = r - 1;
    const height2 = Math.max(16, Math.ceil(shownUnits.length * (shownInd.length + 1) * 0.6) + 5);
    charts.push({
      kind: "bar",
      title: t.chart2,
      categories: `A${head2 + 2}:A${last2 + 1}`,
      series: shownInd.map((ind, i) => {
        const col = columnLetters(i + 1);
        return { name: label(ind), values: `${col}${head2 + 2}:${col}${last2 + 1}` };
      }),
      valueAxis: { title: t.rateAxis, format: "0%", min: 0 },
      gapWidth: 50,
      topDown: true,
      legend: "bottom",
      anchor: { from: { row: r + 1, col: 0 }, to: { row: r + 1 + height2, col: CHART_COLS } },
    });
    r += height2 + 1;
  }
  // A blank cell at the charts' last corner, so the used range — and the printed area — holds them.
  rows[r] = [blank()];

  return { name: CHART_SHEET, rows, merges, widths: WIDTHS, charts, tabColor: "7030A0" };
}
