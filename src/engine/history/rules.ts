/**
 * The checks across periods (issue 11), each derived from the form templates' data (`history` and each row's
 * `timing`), never from a form's name:
 * - CARRY_OVER (error): an opening stock differs from the directly preceding period's closing stock.
 * - YTD_CONTINUITY (error): a flow's year-to-date differs from the preceding period's year-to-date (same year)
 *   plus this period's figure, or is below an earlier period's of the same year (it went down).
 * - LAST_YEAR_MISMATCH (warning): a "Cùng kỳ năm trước" figure differs from what the unit reported as "Kỳ này"
 *   for the same period a year earlier.
 * - SHARP_CHANGE (warning): a stock (a level, which moves by its flows only) more than doubled or more than
 *   halved since the nearest earlier period, by at least 10 for a count. Flows are left out: a quarter's
 *   admissions going from 1 to 4 is ordinary. See README "Kiểm tra giữa các kỳ" for why this threshold.
 * A unit, a row or a figure that is missing on either side skips the check: no figure is invented.
 */
import { holds } from "../../templates/form/arithmetic";
import type { FormHistory, FormRow, FormTemplate } from "../../templates/form/types";
import { finding, type Finding, type Localized, type Severity } from "../findings";
import { historyMsg } from "./messages";
import { UnitMatcher } from "./match";
import { continuesYearToDate, directlyPrecedes, endMonth, sameLastYear, startMonth } from "./periods";
import type { Period } from "../period";
import { BCXDD_ID, type Snapshot, type SnapUnit, type SnapValue } from "./types";

/** SHARP_CHANGE: a stock moved by more than this factor… */
export const SHARP_FACTOR = 2;
/** …and, for a count, by at least this many (a chi bộ of 6 members becoming 13 is no alarm). */
export const SHARP_MIN_COUNT_CHANGE = 10;

interface Side {
  snapshot: Snapshot;
  matcher: UnitMatcher;
}

function sideOf(snapshot: Snapshot | undefined, form: string): Side | null {
  const units = snapshot?.forms[form];
  return snapshot && units?.length ? { snapshot, matcher: new UnitMatcher(units) } : null;
}

const figureRows = (form: FormTemplate) => form.rows.filter((r) => r.kind !== "heading");
const valueOf = (u: SnapUnit | null, row: string, col: string | undefined): SnapValue | undefined => (u && col !== undefined ? u.values[row]?.[col] : undefined);

function make(rule: string, severity: Severity, message: Localized, form: FormTemplate, row: string, column: string, here: SnapValue, there: SnapValue): Finding {
  const f = finding(rule, severity, message, here.at.sheet, here.at.cell, row);
  // BC-XDĐ's findings name no form nor column, as its other findings (its JSON stays as it was).
  const formPart = form.id === BCXDD_ID ? {} : { form: form.id, column };
  return { ...f, ...formPart, file: here.at.file, previous: there.origin ?? there.at };
}

/**
 * Every finding across periods for the units of `current`. `earlier` may hold any periods: each check picks the
 * one it needs (the directly preceding period, the same period a year earlier); the others serve the comparison only.
 */
export function historyFindings(current: Snapshot, earlier: readonly Snapshot[], forms: readonly FormTemplate[]): Finding[] {
  const out: Finding[] = [];
  const preceding = earlier.find((s) => directlyPrecedes(s.period, current.period));
  const ytdFrom = earlier.find((s) => continuesYearToDate(s.period, current.period));
  const lastYear = earlier.find((s) => sameLastYear(s.period, current.period));
  for (const form of forms) {
    const h = form.history;
    const units = current.forms[form.id];
    if (!h || !units?.length) continue;
    const prev = sideOf(preceding, form.id);
    const ytd = h.ytd ? sideOf(ytdFrom, form.id) : null;
    const ago = h.lastYear ? sideOf(lastYear, form.id) : null;
    const nearest = prev ?? sideOf(lastYear, form.id);
    // Earlier periods of the same year that end before this one, but for the one year-to-date is matched against.
    const ytdEarlier = earlier
      .filter((s) => s !== ytdFrom && s.period.year === current.period.year && endMonth(s.period) < endMonth(current.period))
      .sort((a, b) => endMonth(b.period) - endMonth(a.period))
      .flatMap((s) => sideOf(s, form.id) ?? []);
    const label = (code: string) => form.rows.find((r) => r.code === code)?.label;
    for (const unit of units) {
      if (prev) {
        const p = prev.matcher.find(unit);
        for (const pair of h.carryOver ?? []) {
          const a = valueOf(unit, pair.opening, h.current);
          const b = valueOf(p, pair.closing, h.current);
          if (a && b && !holds("==", a.value, b.value)) {
            out.push(make("CARRY_OVER", "error", historyMsg.carryOver(pair.opening, label(pair.opening), pair.closing, current.period, a.value, prev.snapshot.period, b.value, b.origin ?? b.at), form, pair.opening, h.current, a, b));
          }
        }
      }
      /** Flow rows already named by YTD_CONTINUITY for this unit: one finding per cell. */
      const ytdFlagged = new Set<string>();
      if (ytd && h.ytd) {
        const p = ytd.matcher.find(unit);
        for (const row of figureRows(form).filter((r) => r.timing === "flow")) {
          const here = valueOf(unit, row.code, h.ytd);
          // The earlier year-to-date: its ytd cell, else its period figure (as consolidation reads it).
          const there = valueOf(p, row.code, h.ytd) ?? valueOf(p, row.code, h.current);
          if (!here || !there) continue;
          const own = valueOf(unit, row.code, h.current)?.value ?? 0;
          if (!holds("==", here.value, there.value + own)) {
            ytdFlagged.add(row.code);
            out.push(make("YTD_CONTINUITY", "error", historyMsg.ytd(row.code, row.label, current.period, here.value, ytd.snapshot.period, there.value, there.origin ?? there.at, own), form, row.code, h.ytd, here, there));
          }
        }
      }
      // A figure since 1 January that went down since an earlier period of the same year (Năm below 6 tháng đầu
      // năm, 9 tháng below Quý I): checked against each earlier one, latest first, once per cell.
      for (const side of ytdEarlier) {
        const p = side.matcher.find(unit);
        for (const row of figureRows(form).filter((r) => r.timing === "flow" && isAdded(r) && !ytdFlagged.has(r.code))) {
          const here = sinceJanuary(unit, row.code, h, current.period);
          const there = sinceJanuary(p, row.code, h, side.snapshot.period);
          if (!here || !there || !holds("<", here.value, there.value)) continue;
          ytdFlagged.add(row.code);
          out.push(make("YTD_CONTINUITY", "error", historyMsg.ytdDown(row.code, row.label, current.period, here.value, side.snapshot.period, there.value, there.origin ?? there.at), form, row.code, h.ytd && valueOf(unit, row.code, h.ytd) ? h.ytd : h.current, here, there));
        }
      }
      if (ago && h.lastYear) {
        const p = ago.matcher.find(unit);
        for (const row of figureRows(form).filter(isAdded)) {
          const here = valueOf(unit, row.code, h.lastYear);
          const there = valueOf(p, row.code, h.current);
          if (here && there && !holds("==", here.value, there.value)) {
            out.push(make("LAST_YEAR_MISMATCH", "warning", historyMsg.lastYear(row.code, row.label, current.period, here.value, ago.snapshot.period, there.value, there.origin ?? there.at), form, row.code, h.lastYear, here, there));
          }
        }
      }
      if (nearest) {
        const p = nearest.matcher.find(unit);
        for (const row of figureRows(form).filter((r) => r.timing === "stock" && isAdded(r))) {
          const here = valueOf(unit, row.code, h.current);
          const there = valueOf(p, row.code, h.current);
          if (here && there && isSharp(here.value, there.value, row)) {
            out.push(make("SHARP_CHANGE", "warning", historyMsg.sharp(row.code, row.label, current.period, here.value, nearest.snapshot.period, there.value, there.origin ?? there.at), form, row.code, h.current, here, there));
          }
        }
      }
    }
  }
  return out;
}

/**
 * A flow's figure since 1 January: its year-to-date cell, else its period figure when the period starts in
 * January (Quý I, 6 tháng đầu năm, 9 tháng, Năm: BTCTW forms' "Kỳ này" of a half-year or a year is one).
 */
function sinceJanuary(u: SnapUnit | null, row: string, h: FormHistory, p: Period): SnapValue | undefined {
  return (h.ytd !== undefined ? valueOf(u, row, h.ytd) : undefined) ?? (startMonth(p) === 1 ? valueOf(u, row, h.current) : undefined);
}

/** Counts and amounts are reported as such; averages and ratios are recomputed, and their rounding differs. */
const isAdded = (row: FormRow) => row.kind === "count" || row.kind === "amount";

/** More than twice or less than half the earlier figure, and for a count by at least SHARP_MIN_COUNT_CHANGE. */
export function isSharp(now: number, before: number, row: Pick<FormRow, "kind">): boolean {
  const lo = Math.min(now, before);
  const hi = Math.max(now, before);
  if (hi <= 0) return false;
  if (row.kind === "count" && hi - lo < SHARP_MIN_COUNT_CHANGE) return false;
  return hi > SHARP_FACTOR * lo;
}
