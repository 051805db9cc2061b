/**
 * Snapshots from units' reports: this period's (the reports a consolidation used) and an earlier period's unit
 * files (grouped by the period each names; of two reports of one unit and period, the one a consolidation would
 * use, by the same pickLatest).
 */
import type { FileCheck } from "../check";
import type { Consolidation } from "../consolidate/consolidate";
import { pickLatest } from "../consolidate/pickLatest";
import { UnitIdentities } from "../consolidate/units";
import type { FormConsolidation } from "../forms/consolidate/types";
import type { FormSheetReport } from "../forms/types";
import { periodKey, type Period } from "../period";
import type { Report } from "../report";
import { BCXDD_ID, type Snapshot, type SnapUnit } from "./types";

const BCXDD_ROLES = ["plan", "actual", "ytd"] as const;

/** A BC-XDĐ report as a snapshot unit, its columns keyed by role. */
export function bcxddUnit(report: Report, file: string, unit: { code: string | null; name: string } = report.unit): SnapUnit {
  const values: SnapUnit["values"] = {};
  for (const [code, row] of Object.entries(report.rows)) {
    const byRole: SnapUnit["values"][string] = {};
    for (const role of BCXDD_ROLES) {
      const f = row[role];
      if (f.value !== null && f.cell) byRole[role] = { value: f.value, at: { file, sheet: report.sheet, cell: f.cell } };
    }
    values[code] = byRole;
  }
  return { code: unit.code, name: unit.name, file, values };
}

/** Another form's report as a snapshot unit. */
export function formUnit(report: FormSheetReport, file: string, unit: { code: string | null; name: string } = report.unit): SnapUnit {
  const values: SnapUnit["values"] = {};
  for (const [row, byColumn] of Object.entries(report.values)) {
    const out: SnapUnit["values"][string] = {};
    for (const [col, f] of Object.entries(byColumn)) if (f.value !== null) out[col] = { value: f.value, at: { file, sheet: report.sheet, cell: f.cell } };
    values[row] = out;
  }
  return { code: unit.code, name: unit.name, file, values };
}

/** This period, as the consolidation added it up: the reports it used, under the names the roster gives. */
export function currentSnapshot(period: Period, bcxdd: Consolidation | null, forms: readonly FormConsolidation[]): Snapshot {
  const out: Snapshot = { period, source: "", from: "units", forms: {} };
  if (bcxdd) out.forms[BCXDD_ID] = bcxdd.used.map((e) => bcxddUnit(e.check!.report!, e.file ?? "", e));
  for (const c of forms) out.forms[c.form] = c.used.map((e) => formUnit(e.report!, e.file ?? "", e));
  return out;
}

interface Copy {
  form: string;
  period: Period;
  unit: SnapUnit;
  dated: { reportDate: string | null; modified: number | null };
}

/**
 * An earlier period's unit files, one snapshot per period they name (a folder may hold two periods). Reports
 * without a period cannot be placed and are left out.
 */
export function snapshotsOfChecks(checks: readonly FileCheck[], source: string): Snapshot[] {
  const copies: Copy[] = [];
  for (const c of checks) {
    if (c.report?.period) copies.push({ form: BCXDD_ID, period: c.report.period, unit: bcxddUnit(c.report, c.file), dated: { reportDate: c.report.reportDate, modified: c.modified } });
    for (const r of c.forms ?? []) {
      if (r.period) copies.push({ form: r.form, period: r.period, unit: formUnit(r, c.file), dated: { reportDate: r.reportDate, modified: c.modified } });
    }
  }
  const byPeriod = new Map<string, { period: Period; byForm: Map<string, Copy[]> }>();
  for (const copy of copies) {
    const key = periodKey(copy.period);
    const slot = byPeriod.get(key) ?? { period: copy.period, byForm: new Map() };
    slot.byForm.set(copy.form, [...(slot.byForm.get(copy.form) ?? []), copy]);
    byPeriod.set(key, slot);
  }
  return [...byPeriod.values()].map(({ period, byForm }) => {
    const forms: Snapshot["forms"] = {};
    for (const [form, list] of byForm) forms[form] = latestPerUnit(list);
    return { period, source, from: "units" as const, forms };
  });
}

/** One copy per unit: the later one, as consolidation chooses between a report and its resubmission. */
function latestPerUnit(list: Copy[]): SnapUnit[] {
  const ids = new UnitIdentities();
  const chosen = new Map<string, Copy>();
  for (const copy of list) {
    const key = ids.keyOf(copy.unit.code, copy.unit.name || copy.unit.file);
    const had = chosen.get(key);
    chosen.set(key, had ? pickLatest(had, copy, (c) => c.dated).winner : copy);
  }
  return [...chosen.values()].map((c) => c.unit);
}
