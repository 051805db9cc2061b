/**
 * One consolidation of everything the units sent (issue 9 §5): BC-XDĐ by its own engine, every other form
 * by the forms engine, each with the roster's coverage. A file holding only other forms (a unit's bộ biểu
 * BTCTW) is not a BC-XDĐ report: it is left out of BC-XDĐ's consolidation, where it would be listed as
 * unreadable, and its findings are listed with the forms'.
 */
import type { FileCheck } from "../check";
import { consolidate, type Consolidation } from "../consolidate/consolidate";
import type { RosterUnit } from "../consolidate/units";
import type { Finding } from "../findings";
import type { Period } from "../period";
import { consolidateForms } from "../forms/consolidate/consolidateForms";
import type { FormConsolidation } from "../forms/consolidate/types";
import type { FormSet } from "./formSet";
import { fillLastYear } from "../history/fill";
import { acrossPeriods, markResubmissions, type HistoryResult, type Resubmission, type Snapshot } from "../history";

export interface BatchOptions {
  roster?: RosterUnit[] | null;
  /** The period being consolidated; by default the one most reports are for (per form). */
  period?: Period | null;
  /** Earlier periods (`--previous`, Kỳ trước), checked and compared against this one (issue 11). */
  history?: readonly Snapshot[];
}

export interface BatchConsolidation {
  /**
   * BC-XDĐ's consolidation (its four sheets, its JSON). Null when no file holds BC-XDĐ and some hold other
   * forms: a batch of BTCTW workbooks then has no empty `Tổng hợp` sheet of missing BC-XDĐ reports.
   */
  bcxdd: Consolidation | null;
  /** One consolidation per other form found, in the order of the form set. */
  forms: FormConsolidation[];
  /** Every finding once: BC-XDĐ's (files and coverage), the other files' own, the forms' coverage. */
  findings: Finding[];
  /** Units that sent a period twice: the superseded file and the cells the one used changed (issue 11). */
  resubmissions: Resubmission[];
  /** Present only when earlier periods were given: their findings are in `findings` too. */
  history?: HistoryResult;
}

const holdsOtherForms = (c: FileCheck) => !c.report && (c.forms?.length ?? 0) > 0;

export function consolidateBatch(checks: FileCheck[], set: FormSet, options: BatchOptions = {}): BatchConsolidation {
  const forms = consolidateForms(checks, set.forms, options);
  const bcxddChecks = checks.filter((c) => !holdsOtherForms(c));
  const bcxddWanted = set.only === undefined || set.only === "BC-XDD";
  const hasBcxdd = checks.some((c) => c.report !== null);
  const bcxdd = bcxddWanted && (hasBcxdd || forms.length === 0) ? consolidate(bcxddChecks, set.bcxdd, options) : null;
  // Files BC-XDĐ's consolidation did not take (or all of them, when it did not run) keep their own findings.
  const taken = new Set(bcxdd ? bcxddChecks : []);
  const own = checks.filter((c) => !taken.has(c)).flatMap((c) => c.findings.map((f) => ({ ...f, file: f.file ?? c.file })));
  const findings = [...(bcxdd?.findings ?? []), ...own, ...forms.flatMap((f) => f.findings)];
  const resubmissions = markResubmissions(bcxdd, forms, findings);
  if (!options.history?.length) return { bcxdd, forms, findings, resubmissions };
  // Findings across periods come after this period's own, so a run without earlier periods lists exactly what it did.
  const history = acrossPeriods(bcxdd, forms, options.history, set.forms);
  // After the checks (which compare what the units wrote): blank "Cùng kỳ năm trước" cells filled from a year ago.
  fillLastYear(forms, options.history);
  // Each consolidation lists its own too: BC-XDĐ's JSON and sheets read `bcxdd.findings` when it is alone.
  for (const f of history.findings) {
    if (f.form === undefined) bcxdd?.findings.push(f);
    else forms.find((c) => c.form === f.form)?.findings.push(f);
  }
  return { bcxdd, forms, findings: [...findings, ...history.findings], resubmissions, history };
}

/** The file → unit name map the `Kiểm tra` sheet shows, from every consolidation. */
export function unitOfFile(batch: BatchConsolidation): (file: string | undefined) => string {
  const names = new Map<string, string>();
  for (const f of batch.forms) for (const e of f.entries) if (e.file) names.set(e.file, e.name);
  for (const e of batch.bcxdd?.entries ?? []) if (e.file) names.set(e.file, e.name);
  return (file) => (file ? (names.get(file) ?? "") : "");
}
