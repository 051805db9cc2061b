/**
 * Consolidating any form other than BC-XDĐ across units (issue 9 §5), with FORM.md's roster, coverage and
 * duplicate rules applied per form: a unit that sent Biểu 1 but not Biểu 3 is missing for Biểu 3 only.
 * The unit matching (roster by code, else name; identities without a roster) and the choice between two
 * reports of one unit (pickLatest) are BC-XDĐ's own, so both consolidations agree on who is who.
 */
import type { FileCheck } from "../../check";
import { pickLatest } from "../../consolidate/pickLatest";
import type { UnitStatus } from "../../consolidate/consolidate";
import { RosterIndex, UnitIdentities, unitCodeKey, unitNameKey, type RosterUnit } from "../../consolidate/units";
import { finding, type Finding } from "../../findings";
import { periodKey, samePeriod, type Period } from "../../period";
import type { FormTemplate } from "../../../templates/form/types";
import type { FormSheetReport } from "../types";
import { formCoverageMsg } from "./messages";
import { formTotals } from "./totals";
import type { FormConsolidation, FormUnitEntry } from "./types";

export interface ConsolidateFormsOptions {
  roster?: RosterUnit[] | null;
  /** The period being consolidated; by default, per form, the one most of its reports are for. */
  period?: Period | null;
}

/** One unit's copy of a form, with the file it came in. */
interface Copy {
  check: FileCheck;
  report: FormSheetReport;
}

/**
 * One consolidation per form found in any check, in the order of `forms` (a form no template describes is
 * skipped: nothing says how to add it up).
 */
export function consolidateForms(checks: readonly FileCheck[], forms: readonly FormTemplate[], options: ConsolidateFormsOptions = {}): FormConsolidation[] {
  const copies = new Map<string, Copy[]>();
  for (const check of checks) {
    for (const report of check.forms ?? []) copies.set(report.form, [...(copies.get(report.form) ?? []), { check, report }]);
  }
  return forms.filter((f) => copies.has(f.id)).map((f) => consolidateForm(copies.get(f.id)!, f, options));
}

function mostCommonPeriod(reports: FormSheetReport[]): Period | null {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const r of reports) {
    if (!r.period) continue;
    const entry = counts.get(periodKey(r.period)) ?? { period: r.period, n: 0 };
    entry.n++;
    counts.set(periodKey(r.period), entry);
  }
  let best: { period: Period; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.period ?? null;
}

const rosterKey = (unit: RosterUnit) => `roster:${unitCodeKey(unit.code) ?? unitNameKey(unit.name)}`;

const dated = (c: Copy) => ({ reportDate: c.report.reportDate, modified: c.check.modified });

function entryOf(copy: Copy, status: UnitStatus, roster: RosterUnit | null): FormUnitEntry {
  const unit = copy.report.unit;
  return {
    name: roster?.name ?? (unit.name || copy.check.file),
    code: roster?.code ?? unit.code ?? null,
    type: roster?.type ?? unit.type ?? null,
    cluster: roster?.cluster ?? unit.cluster ?? null,
    file: copy.check.file,
    check: copy.check,
    report: copy.report,
    status,
  };
}

/** Error-level findings about this form in the unit's file make its entry `invalid` (still used). */
const hasFormErrors = (copy: Copy, form: string) => copy.check.findings.some((f) => f.severity === "error" && f.form === form);

function consolidateForm(copies: Copy[], form: FormTemplate, options: ConsolidateFormsOptions): FormConsolidation {
  const id = form.id;
  const formName = form.marker ?? id;
  const roster = options.roster?.length ? new RosterIndex(options.roster) : null;
  const period = options.period ?? mostCommonPeriod(copies.map((c) => c.report));
  const findings: Finding[] = [];
  const entries: FormUnitEntry[] = [];
  const add = (f: Finding, file: string | null) => findings.push({ ...f, form: id, ...(file ? { file } : {}) });

  const identities = new UnitIdentities();
  const chosen = new Map<string, { copy: Copy; roster: RosterUnit | null }>();
  const groups = new Map<string, Copy[]>();
  for (const copy of copies) {
    const { report } = copy;
    const rosterUnit = roster ? roster.find(report.unit.code, report.unit.name) : null;
    if (period && report.period && !samePeriod(report.period, period)) {
      add(finding("PERIOD_MISMATCH", "error", formCoverageMsg.periodMismatch(formName, report.period.label, period.label), report.sheet, report.periodText?.cell ?? null, null), copy.check.file);
      entries.push(entryOf(copy, "period_mismatch", rosterUnit));
      continue;
    }
    const key = rosterUnit ? rosterKey(rosterUnit) : identities.keyOf(report.unit.code, report.unit.name || copy.check.file);
    groups.set(key, [...(groups.get(key) ?? []), copy]);
    const previous = chosen.get(key);
    chosen.set(key, { copy: previous ? pickLatest(previous.copy, copy, dated).winner : copy, roster: rosterUnit });
  }

  const duplicates: string[][] = [];
  const usedByKey = new Map<string, FormUnitEntry>();
  for (const [key, group] of groups) {
    const { copy: winner, roster: rosterUnit } = chosen.get(key)!;
    const unexpected = roster !== null && rosterUnit === null;
    const status: UnitStatus = unexpected ? "unexpected" : hasFormErrors(winner, id) ? "invalid" : "ok";
    const entry = entryOf(winner, status, rosterUnit);
    entries.push(entry);
    if (!unexpected) usedByKey.set(key, entry);
    else add(finding("UNIT_UNEXPECTED", "warning", formCoverageMsg.unexpected(formName, entry.name), winner.report.sheet, null, null), winner.check.file);
    if (group.length < 2) continue;
    duplicates.push(group.map((c) => c.check.file));
    for (const other of group) {
      if (other === winner) continue;
      const { why } = pickLatest(other, winner, dated);
      const periodText = (period ?? winner.report.period)?.label ?? "";
      const files = group.map((c) => c.check.file);
      add(finding("UNIT_DUPLICATE", "error", formCoverageMsg.duplicate(formName, entry.name, periodText, files, winner.check.file, why), other.report.sheet, null, null), other.check.file);
      entries.push({ ...entryOf(other, "duplicate", rosterUnit), supersededBy: { file: winner.check.file, why } });
    }
  }

  // Roster order when there is a roster, else the order the files came in (as BC-XDĐ's consolidation).
  let used: FormUnitEntry[];
  const missing: string[] = [];
  if (roster) {
    used = [];
    for (const unit of roster.units) {
      const entry = usedByKey.get(rosterKey(unit));
      if (entry) {
        if (!used.includes(entry)) used.push(entry);
        continue;
      }
      missing.push(unit.code ?? unit.name);
      add(finding("UNIT_MISSING", "warning", formCoverageMsg.missing(formName, unit.name, unit.code), null, null, null), null);
      entries.push({ name: unit.name, code: unit.code, type: unit.type, cluster: unit.cluster, file: null, check: null, report: null, status: "missing" });
    }
  } else {
    used = [...usedByKey.values()];
  }

  return {
    form: id,
    template: form,
    period,
    cluster: options.roster?.find((u) => u.cluster)?.cluster ?? used.find((u) => u.cluster)?.cluster ?? null,
    used,
    entries,
    totals: formTotals(form, used),
    coverage: {
      expected: roster ? roster.units.length : used.length,
      received: used.length,
      missing,
      unexpected: entries.filter((e) => e.status === "unexpected").map((e) => e.code ?? e.name),
      duplicates,
    },
    findings,
  };
}
