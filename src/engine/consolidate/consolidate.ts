import type { FileCheck } from "../check";
import { finding, type Finding, type Localized } from "../findings";
import { msg } from "../messages";
import { periodKey, samePeriod, type Period } from "../period";
import type { UnitType } from "../read/meta";
import type { Report } from "../report";
import { allIndicators } from "../../templates/bcxdd";
import type { Template } from "../../templates/types";
import type { CellChange } from "../history/types";
import { pickLatest as pickLatestOf } from "./pickLatest";
import { totalOf, unitFigures, type Total } from "./totals";
import { RosterIndex, UnitIdentities, unitCodeKey, unitNameKey, type RosterUnit } from "./units";

export type UnitStatus =
  /** Used in the totals, no error-level finding. */
  | "ok"
  /** Used in the totals, with error-level findings to fix. */
  | "invalid"
  /** Another report of the same unit and period is used instead. */
  | "duplicate"
  | "period_mismatch"
  /** Not on the roster: listed, not added. */
  | "unexpected"
  /** Not readable, or no sheet looks like the form. */
  | "unreadable"
  /** On the roster, no report arrived. */
  | "missing";

export interface UnitEntry {
  name: string;
  code: string | null;
  type: UnitType | null;
  cluster: string | null;
  file: string | null;
  check: FileCheck | null;
  status: UnitStatus;
  /** For a duplicate: the file used instead, and why. */
  supersededBy?: { file: string; why: Localized };
  /** For a duplicate: the cells the file used changed (issue 11), set by the batch. */
  changes?: CellChange[];
}

export interface Coverage {
  expected: number;
  received: number;
  missing: string[];
  unexpected: string[];
  duplicates: string[][];
}

export interface Consolidation {
  period: Period | null;
  /** The cluster's name (from the roster's or the reports' `Cụm`), when one is known. */
  cluster: string | null;
  /** The reports added into the totals, in roster order (else in file order). */
  used: UnitEntry[];
  /** Every file and every roster unit, one status each. */
  entries: UnitEntry[];
  totals: Record<string, Total>;
  coverage: Coverage;
  findings: Finding[];
}

export interface ConsolidateOptions {
  roster?: RosterUnit[] | null;
  /** The period being consolidated; by default the one most reports are for. */
  period?: Period | null;
}

function mostCommonPeriod(reports: Report[]): Period | null {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const r of reports) {
    if (!r.period) continue;
    const key = periodKey(r.period);
    const entry = counts.get(key) ?? { period: r.period, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { period: Period; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.period ?? null;
}

/** The identity of a roster unit among the reports: its code, else its name. */
const rosterKey = (unit: RosterUnit) => `roster:${unitCodeKey(unit.code) ?? unitNameKey(unit.name)}`;

const entryOf = (check: FileCheck, status: UnitStatus, roster: RosterUnit | null): UnitEntry => {
  const unit = check.report?.unit;
  return {
    name: roster?.name ?? (unit?.name || check.file),
    code: roster?.code ?? unit?.code ?? null,
    type: roster?.type ?? unit?.type ?? null,
    cluster: roster?.cluster ?? unit?.cluster ?? null,
    file: check.file,
    check,
    status,
  };
};

/** Of two reports of one unit and period: the later report date, else the file modified later. */
const pickLatest = (a: FileCheck, b: FileCheck) => pickLatestOf(a, b, (c) => ({ reportDate: c.report?.reportDate ?? null, modified: c.modified }));

/** Consolidates the units' reports into cluster totals, with coverage and every finding. */
export function consolidate(checks: FileCheck[], template: Template, options: ConsolidateOptions = {}): Consolidation {
  const roster = options.roster?.length ? new RosterIndex(options.roster) : null;
  const readable = checks.filter((c) => c.report);
  const period = options.period ?? mostCommonPeriod(readable.map((c) => c.report!));
  const findings: Finding[] = checks.flatMap((c) => c.findings);
  const entries: UnitEntry[] = [];
  const add = (f: Finding, file: string | null) => findings.push(file ? { ...f, file } : f);

  // One candidate per unit identity; a second report of the same unit supersedes or is superseded.
  const identities = new UnitIdentities();
  const chosen = new Map<string, { check: FileCheck; roster: RosterUnit | null }>();
  const groups = new Map<string, FileCheck[]>();
  for (const check of checks) {
    const report = check.report;
    if (!report) {
      entries.push(entryOf(check, "unreadable", null));
      continue;
    }
    if (period && report.period && !samePeriod(report.period, period)) {
      add(finding("PERIOD_MISMATCH", "error", msg.periodMismatch(report.period.label, period.label), report.sheet, report.periodText?.cell ?? null, null), check.file);
      entries.push(entryOf(check, "period_mismatch", roster?.find(report.unit.code, report.unit.name) ?? null));
      continue;
    }
    const rosterUnit = roster ? roster.find(report.unit.code, report.unit.name) : null;
    const key = rosterUnit
      ? rosterKey(rosterUnit)
      : identities.keyOf(report.unit.code, report.unit.name || check.file);
    groups.set(key, [...(groups.get(key) ?? []), check]);
    const previous = chosen.get(key);
    chosen.set(key, { check: previous ? pickLatest(previous.check, check).winner : check, roster: rosterUnit });
  }

  const duplicates: string[][] = [];
  const usedByKey = new Map<string, UnitEntry>();
  for (const [key, group] of groups) {
    const { check: winner, roster: rosterUnit } = chosen.get(key)!;
    const unexpected = roster !== null && rosterUnit === null;
    const status: UnitStatus = unexpected ? "unexpected" : winner.findings.some((f) => f.severity === "error") ? "invalid" : "ok";
    const entry = entryOf(winner, status, rosterUnit);
    entries.push(entry);
    if (!unexpected) usedByKey.set(key, entry);
    else add(finding("UNIT_UNEXPECTED", "warning", msg.unitUnexpected(entry.name), winner.report!.sheet, null, null), winner.file);
    if (group.length < 2) continue;
    duplicates.push(group.map((c) => c.file));
    for (const other of group) {
      if (other === winner) continue;
      const { why } = pickLatest(other, winner);
      const periodText = (period ?? winner.report!.period)?.label ?? "";
      add(
        finding("UNIT_DUPLICATE", "error", msg.unitDuplicate(entry.name, periodText, group.map((c) => c.file), winner.file, why), other.report!.sheet, null, null),
        other.file,
      );
      entries.push({ ...entryOf(other, "duplicate", rosterUnit), supersededBy: { file: winner.file, why } });
    }
  }

  // Roster order when there is a roster, else the order the files came in.
  let used: UnitEntry[];
  const missing: string[] = [];
  if (roster) {
    used = [];
    for (const unit of roster.units) {
      const key = rosterKey(unit);
      const entry = usedByKey.get(key);
      if (entry) {
        if (!used.includes(entry)) used.push(entry);
        continue;
      }
      missing.push(unit.code ?? unit.name);
      add(finding("UNIT_MISSING", "warning", msg.unitMissing(unit.name, unit.code ?? ""), null, null, null), null);
      entries.push({ name: unit.name, code: unit.code, type: unit.type, cluster: unit.cluster, file: null, check: null, status: "missing" });
    }
  } else {
    used = [...usedByKey.values()];
  }

  const totals = computeTotals(used, template, period);
  const tccs = roster ? roster.units : used;
  const countType = (t: UnitType) => tccs.filter((u) => u.type === t).length;
  const orgRow = (n: number): Total => ({ plan: null, actual: n, ytd: n, pct: null, pctRounded: null, status: null, unitsWithoutPlan: [] });
  totals.ORG_TCCS = orgRow(tccs.length);
  totals.ORG_DBCS = orgRow(countType("Đảng bộ cơ sở"));
  totals.ORG_CBCS = orgRow(countType("Chi bộ cơ sở"));

  const unexpectedNames = entries.filter((e) => e.status === "unexpected").map((e) => e.code ?? e.name);
  return {
    period,
    cluster: options.roster?.find((u) => u.cluster)?.cluster ?? used.find((u) => u.cluster)?.cluster ?? null,
    used,
    entries,
    totals,
    coverage: {
      expected: roster ? roster.units.length : used.length,
      received: used.length,
      missing,
      unexpected: unexpectedNames,
      duplicates,
    },
    findings,
  };
}

function computeTotals(used: UnitEntry[], template: Template, period: Period | null): Record<string, Total> {
  const totals: Record<string, Total> = {};
  for (const ind of allIndicators(template)) {
    const weight = ind.agg.kind === "weightedMean" ? ind.agg.weight : null;
    totals[ind.code] = totalOf(
      ind,
      used.map((u) => ({
        name: u.name,
        figures: unitFigures(u.check!.report!, ind.code, period),
        weight: weight ? unitFigures(u.check!.report!, weight, period) : undefined,
      })),
    );
  }
  return totals;
}
