/**
 * The task pane's Kỳ trước (issue 11): the earlier periods' files, read in the files worker like any file, each
 * our own consolidated workbook (read back from its data tables) or a unit's report of that period.
 */
import type { FormSet } from "../../engine/batch";
import type { Localized } from "../../engine";
import { snapshotsOfChecks, type Snapshot } from "../../engine/history";
import { readEarlierWorkbook } from "../../engine/history/workbook";
import { periodKey, periodLabel } from "../../engine/period";
import type { FileCheck } from "../../engine/check";
import { readWorkbook, type ReadOptions } from "../../files/index";
import { PREVIOUS_TEXT } from "../i18n/previous";

export type EarlierRead = { ok: true; snapshots: Snapshot[] } | { ok: false; reason: Localized };

export function readEarlier(files: { name: string; bytes: ArrayBuffer }[], set: FormSet, readOptions?: ReadOptions): EarlierRead {
  const snapshots: Snapshot[] = [];
  const checks: FileCheck[] = [];
  for (const f of files) {
    const read = readWorkbook(new Uint8Array(f.bytes), f.name, undefined, readOptions);
    // One unreadable file spoils nothing else, but it is said: the user picked it on purpose.
    if (!read.ok) return { ok: false, reason: { vi: `${f.name}: ${read.reason.vi}`, en: `${f.name}: ${read.reason.en}` } };
    const earlier = readEarlierWorkbook(read.grids, f.name, set);
    if (earlier.kind === "consolidation") snapshots.push(...earlier.snapshots);
    else checks.push(earlier.check);
  }
  snapshots.push(...snapshotsOfChecks(checks, files.map((f) => f.name).join(", ")));
  if (!snapshots.length) return { ok: false, reason: { vi: PREVIOUS_TEXT.vi.noPeriod, en: PREVIOUS_TEXT.en.noPeriod } };
  return { ok: true, snapshots };
}

/** The periods found, latest first, each once. */
export function periodsOf(snapshots: readonly Snapshot[]): Localized[] {
  const seen = new Map(snapshots.map((s) => [periodKey(s.period), s.period]));
  return [...seen.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([, p]) => ({ vi: periodLabel(p, "vi"), en: periodLabel(p, "en") }));
}
