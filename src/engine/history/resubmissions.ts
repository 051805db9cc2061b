/**
 * Resubmissions (issue 11 §3): when a unit sends two reports of one period, what changed between the copy
 * the totals no longer use and the one they use, cell by cell, in every form both files hold. The changes are
 * put on the superseded entries (`changes`), appended to their UNIT_DUPLICATE findings, and listed in the
 * `Đơn vị` sheet's note, so that whoever reads any of them sees exactly which cells the unit corrected.
 */
import { holds } from "../../templates/form/arithmetic";
import type { FileCheck } from "../check";
import type { Consolidation, UnitEntry } from "../consolidate/consolidate";
import type { Finding, Localized } from "../findings";
import type { FormConsolidation, FormUnitEntry } from "../forms/consolidate/types";
import { bcxddUnit, formUnit } from "./fromReports";
import { changesText } from "./messages";
import { BCXDD_ID, type CellChange, type SnapUnit } from "./types";

export type { CellChange } from "./types";

export interface Resubmission {
  name: string;
  code: string | null;
  /** The superseded file, and the file the totals use. */
  file: string;
  supersededBy: string;
  changes: CellChange[];
}

/** Every form of a file as snapshot units, keyed by form id. */
function unitsOf(check: FileCheck): Map<string, SnapUnit> {
  const out = new Map<string, SnapUnit>();
  if (check.report) out.set(BCXDD_ID, bcxddUnit(check.report, check.file));
  for (const r of check.forms ?? []) if (!out.has(r.form)) out.set(r.form, formUnit(r, check.file));
  return out;
}

/** The cells that differ between two copies of one form (a blank that got a figure, or lost one, included). */
export function diffUnits(form: string, before: SnapUnit, after: SnapUnit, cellsBefore: CellsOf, cellsAfter: CellsOf): CellChange[] {
  const out: CellChange[] = [];
  const rows = new Set([...Object.keys(before.values), ...Object.keys(after.values)]);
  for (const row of rows) {
    const cols = new Set([...Object.keys(before.values[row] ?? {}), ...Object.keys(after.values[row] ?? {})]);
    for (const col of cols) {
      const b = before.values[row]?.[col];
      const a = after.values[row]?.[col];
      if (a && b && holds("==", a.value, b.value)) continue;
      out.push({ form, indicator: row, column: col, before: b?.value ?? null, after: a?.value ?? null, cell: a?.at.cell ?? cellsAfter(row, col), previousCell: b?.at.cell ?? cellsBefore(row, col) });
    }
  }
  return out;
}

/** Where a cell would be on a copy that left it blank (its row was found, the figure was not). */
type CellsOf = (row: string, col: string) => string | null;

function cellsOfCheck(check: FileCheck, form: string): CellsOf {
  if (form === BCXDD_ID) {
    return (row, col) => {
      const r = check.report?.rows[row];
      return (r && (col === "plan" || col === "actual" || col === "ytd") ? r[col].cell : null) ?? null;
    };
  }
  const report = check.forms?.find((f) => f.form === form);
  return (row, col) => report?.values[row]?.[col]?.cell ?? null;
}

/** The changes between a superseded file and the one used, over the forms both hold. */
export function changesBetween(superseded: FileCheck, used: FileCheck): CellChange[] {
  const a = unitsOf(superseded);
  const b = unitsOf(used);
  const out: CellChange[] = [];
  for (const [form, before] of a) {
    const after = b.get(form);
    if (after) out.push(...diffUnits(form, before, after, cellsOfCheck(superseded, form), cellsOfCheck(used, form)));
  }
  return out;
}

type Entry = UnitEntry | FormUnitEntry;

/**
 * Finds every superseded copy in the consolidations, sets its entry's `changes` (its own form's cells) and
 * appends them to its UNIT_DUPLICATE finding. Returns one record per superseded file, with the changes of every
 * form the two files share.
 */
export function markResubmissions(bcxdd: Consolidation | null, forms: readonly FormConsolidation[], findings: Finding[]): Resubmission[] {
  const checks = new Map<string, FileCheck>();
  const all: { form: string; entries: Entry[] }[] = [...(bcxdd ? [{ form: BCXDD_ID, entries: bcxdd.entries as Entry[] }] : []), ...forms.map((f) => ({ form: f.form, entries: f.entries as Entry[] }))];
  for (const { entries } of all) for (const e of entries) if (e.file && e.check) checks.set(e.file, e.check);
  const byFile = new Map<string, Resubmission>();
  // Each file's UNIT_DUPLICATE findings, found once: a search of every finding for each duplicate was
  // quadratic (0.3 s on 1,000 files that are copies of a few).
  const duplicateFindings = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.rule !== "UNIT_DUPLICATE" || !f.file) continue;
    const list = duplicateFindings.get(f.file);
    if (list) list.push(f);
    else duplicateFindings.set(f.file, [f]);
  }
  for (const { form, entries } of all) {
    for (const e of entries) {
      if (e.status !== "duplicate" || !e.supersededBy || !e.file) continue;
      const old = checks.get(e.file);
      const used = checks.get(e.supersededBy.file);
      if (!old || !used) continue;
      let record = byFile.get(e.file);
      if (!record) byFile.set(e.file, (record = { name: e.name, code: e.code, file: e.file, supersededBy: e.supersededBy.file, changes: changesBetween(old, used) }));
      const own = record.changes.filter((c) => c.form === form);
      e.changes = own;
      const text: Localized = { vi: changesText(own, "vi"), en: changesText(own, "en") };
      // In place: the same finding objects sit in the batch's list and in each consolidation's own.
      for (const f of duplicateFindings.get(e.file) ?? []) {
        const sameForm = form === BCXDD_ID ? f.form === undefined : f.form === form;
        if (sameForm) f.message = { vi: `${f.message.vi} ${text.vi}`, en: `${f.message.en} ${text.en}` };
      }
    }
  }
  return [...byFile.values()];
}
