/**
 * The files worker's logic, without `self`: vitest drives it in Node with real files, and
 * files.worker.ts only wires it to postMessage. This is the only task-pane module that imports SheetJS
 * (through src/files) and the .xlsx writer, so webpack puts them in the worker's chunk.
 */
import { countBySeverity, findingsSheet, unreadableFile, readRoster } from "../../engine";
import type { FileCheck, Finding, Lang, Localized, RosterUnit, Severity, UnitStatus } from "../../engine";
import { batchSheets, batchSummary, consolidateBatch, formSet, unitOfFile as unitOfBatchFile, type BatchConsolidation, type FormSet } from "../../engine/batch";
import { periodLabel, type Period } from "../../engine/period";
import type { SigningSettings } from "../../engine/print/letterhead";
import { checkFileBytes } from "../../files/checkFile";
import { needsCodepages, readWorkbook, type ReadOptions } from "../../files/index";
import { codepagesLoaded, loadCodepages } from "../../files/codepages";
import { renderWorkbook, type Compress } from "../../xlsx/index";
import { downloadName, findingsFileName } from "../format";
import { both, STRINGS } from "../i18n";
import { fileStatus } from "../state/status";
import { periodsOf, readEarlier } from "./previous";
import type { Snapshot } from "../../engine/history";
import { PREVIOUS_READING } from "./protocol";
import type { ConsolidationSummary, CoverageView, ErrorScope, FileReview, FileToCheck, FindingsSource, SheetCheck, WorkerEvent, WorkerRequest } from "./protocol";

export type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

export interface HandlerOptions {
  /** Passed to the file reader (Node tests may pass native zlib; the browser uses fflate's default). */
  readOptions?: ReadOptions;
  compress?: Compress;
}

const periodText = (p: Period | null): Localized | null => (p ? { vi: periodLabel(p, "vi"), en: periodLabel(p, "en") } : null);

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The file as a buffer of its own, so it can be transferred without the rest of a larger buffer. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

/** What the consolidations made of a file: a BC-XDĐ entry, or one per form it holds. */
export interface EntryView {
  status: UnitStatus;
  supersededBy?: { file: string; why: Localized };
}

/** The entry that speaks for a file holding several forms: the one that leaves it out the most. */
const ENTRY_ORDER: UnitStatus[] = ["unreadable", "duplicate", "period_mismatch", "unexpected", "invalid", "ok", "missing"];
export function worstEntry(entries: readonly EntryView[]): EntryView | null {
  return [...entries].sort((a, b) => ENTRY_ORDER.indexOf(a.status) - ENTRY_ORDER.indexOf(b.status))[0] ?? null;
}

/** The ids of the forms a check found, BC-XDĐ first (it is read from the sheets no other form took). */
export const formsOf = (check: FileCheck): string[] => [...(check.report ? ["BC-XDD"] : []), ...(check.forms ?? []).map((f) => f.form)];

/** What a row shows for one check, given what the consolidation made of it (if anything yet). */
export function reviewOf(check: FileCheck, entry: EntryView | null, related: readonly Finding[]): FileReview {
  const findings = [...check.findings, ...related];
  const forms = formsOf(check);
  const status = fileStatus({ unreadable: check.unreadable, hasReport: forms.length > 0, entryStatus: entry?.status ?? null, findings });
  let note: Localized | null = null;
  if (status === "không đọc được") {
    note = findings.find((f) => f.severity === "error")?.message ?? null;
  } else if (status === "trùng" && entry?.supersededBy) {
    const { file, why } = entry.supersededBy;
    note = { vi: STRINGS.vi.supersededBy(file, why.vi), en: STRINGS.en.supersededBy(file, why.en) };
  } else if (status === "khác kỳ") {
    note = related.find((f) => f.rule === "PERIOD_MISMATCH")?.message ?? null;
  }
  const first = check.forms?.[0];
  const unit = check.report?.unit.name || first?.unit.name || null;
  const period = check.report?.period ?? first?.period ?? null;
  return { status, unit, period: periodText(period), counts: countBySeverity(findings), note, forms };
}

/** Creates the worker's state and returns the function that handles one request. */
/** Which part of the screen an error in each request belongs to ("worker" for the rest). */
const ERROR_SCOPES: Partial<Record<WorkerRequest["type"], ErrorScope>> = {
  roster: "roster",
  previous: "previous",
  consolidate: "consolidate",
  check: "check",
  unreadable: "check",
  findingsReport: "report",
};

export function createHandler(post: Post, options: HandlerOptions = {}): (request: WorkerRequest) => void {
  /** BC-XDĐ, every built-in form and the workbook's own: a file holding any of them is a report (issue 9 §6, 10). */
  let set: FormSet = formSet();
  /** The files read, in the order they were added, by id. */
  const files = new Map<string, FileCheck>();
  let sheets: SheetCheck[] = [];
  let roster: RosterUnit[] | null = null;
  /** Earlier periods (Kỳ trước, issue 11), checked and compared against this one. */
  let history: Snapshot[] = [];

  /** Two files with one name (from two folders) would be told apart nowhere else: number the second. */
  function uniqueName(name: string): string {
    const taken = new Set([...files.values()].map((c) => c.file));
    if (!taken.has(name)) return name;
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let i = 2; ; i++) if (!taken.has(`${stem} (${i})${ext}`)) return `${stem} (${i})${ext}`;
  }

  function all(): { id: string; check: FileCheck }[] {
    return [...[...files].map(([id, check]) => ({ id, check })), ...sheets];
  }

  /**
   * The consolidations' findings about the files (duplicates, other periods, not on the roster), without the
   * files' own findings, which every row already counts.
   */
  function relatedFindings(b: BatchConsolidation, items: { id: string; check: FileCheck }[]): Finding[] {
    const ownFindings = new Set(items.flatMap((i) => i.check.findings));
    return [...(b.bcxdd?.findings ?? []).filter((f) => !ownFindings.has(f)), ...b.forms.flatMap((f) => f.findings)];
  }

  function reviewAll(b: BatchConsolidation, items: { id: string; check: FileCheck }[]) {
    const entriesOf = new Map<FileCheck, EntryView[]>();
    for (const e of [...(b.bcxdd?.entries ?? []), ...b.forms.flatMap((f) => f.entries)]) {
      if (e.check) entriesOf.set(e.check, [...(entriesOf.get(e.check) ?? []), e]);
    }
    // Consolidation findings name their file; file names are unique here (see uniqueName).
    const relatedByFile = new Map<string, Finding[]>();
    for (const f of relatedFindings(b, items)) {
      if (!f.file) continue;
      relatedByFile.set(f.file, [...(relatedByFile.get(f.file) ?? []), f]);
    }
    const reviews: Record<string, FileReview> = {};
    for (const { id, check } of items) reviews[id] = reviewOf(check, worstEntry(entriesOf.get(check) ?? []), relatedByFile.get(check.file) ?? []);
    return reviews;
  }

  /** The roster's coverage: BC-XDĐ's when the batch holds it, else the first form's. */
  function coverageOf(b: BatchConsolidation): CoverageView | null {
    if (!roster) return null;
    const c = b.bcxdd ?? b.forms[0];
    if (!c) return null;
    const entries: { name: string; status: UnitStatus }[] = c.entries;
    return {
      expected: c.coverage.expected,
      received: c.coverage.received,
      missing: entries.filter((e) => e.status === "missing").map((e) => e.name),
      unexpected: entries.filter((e) => e.status === "unexpected").map((e) => e.name),
    };
  }

  const periodOf = (b: BatchConsolidation) => periodText(b.bcxdd?.period ?? b.forms[0]?.period ?? null);

  /** Units in the totals: BC-XDĐ's, else the most any form has. */
  const unitsUsed = (b: BatchConsolidation) => b.bcxdd?.used.length ?? Math.max(0, ...b.forms.map((f) => f.used.length));

  /** Runs the consolidation without writing anything, for the statuses that depend on every file. */
  function postReview() {
    const items = all();
    const b = consolidateBatch(items.map((i) => i.check), set, { roster, history });
    post({ type: "review", reviews: reviewAll(b, items), period: periodOf(b), coverage: coverageOf(b) });
  }

  /**
   * Excel 5.0/95 files need the code-page tables (a lazy chunk of their own) before the synchronous reader
   * runs; every other batch is read at once. The page keeps "Tạo bảng tổng hợp" disabled until every file
   * has its status, so nothing overtakes a batch waiting for the tables.
   */
  function check(list: FileToCheck[]): void | Promise<void> {
    if (codepagesLoaded() || !list.some((f) => needsCodepages(new Uint8Array(f.bytes)))) return checkNow(list);
    // Without the tables the reader refuses such a file with a clear message, which is the right outcome.
    return loadCodepages()
      .catch(() => undefined)
      .then(() => checkNow(list))
      .catch((e) => post({ type: "error", scope: "check", message: both((s) => s.workerCrashed(detail(e))) }));
  }

  function checkNow(list: FileToCheck[]) {
    list.forEach((f, i) => {
      post({ type: "reading", file: f.id });
      const name = uniqueName(f.name);
      let result: FileCheck;
      try {
        result = checkFileBytes(new Uint8Array(f.bytes), name, set, f.lastModified, undefined, options.readOptions);
      } catch (e) {
        // checkFileBytes is meant never to throw; if the engine does, the file is still listed, with why.
        result = unreadableFile(name, both((s) => s.unexpectedError(detail(e))));
      }
      files.set(f.id, result);
      post({ type: "checked", id: f.id, review: reviewOf(result, null, []) });
      post({ type: "progress", done: i + 1, total: list.length });
    });
    postReview();
  }

  /** A file the page gave up reading (see workerClient.ts): kept in its place, unread, with the reason. */
  function markUnreadable(id: string, name: string, reason: Localized, lastModified: number | null) {
    const check = unreadableFile(uniqueName(name), reason, lastModified);
    files.set(id, check);
    post({ type: "checked", id, review: reviewOf(check, null, []) });
    postReview();
  }

  function loadRoster(name: string | null, bytes: ArrayBuffer | null) {
    if (name === null || bytes === null) {
      roster = null;
      post({ type: "rosterCleared" });
      postReview();
      return;
    }
    post({ type: "reading", roster: name });
    const read = readWorkbook(new Uint8Array(bytes), name, undefined, options.readOptions);
    const units = read.ok ? readRoster(read.grids[0]) : null;
    if (!read.ok || !units?.ok) {
      // A roster that cannot be read is not kept: coverage against a stale list would mislead.
      roster = null;
      post({ type: "roster", ok: false, name, reason: !read.ok ? read.reason : (units as { ok: false; reason: Localized }).reason });
    } else {
      roster = units.units;
      post({ type: "roster", ok: true, name, units: units.units.length });
    }
    postReview();
  }

  /** The earlier periods' files (issue 11): each our consolidated workbook or a unit's file of that period. */
  function loadPrevious(list: { name: string; bytes: ArrayBuffer }[]) {
    const names = list.map((f) => f.name);
    if (!list.length) {
      history = [];
      post({ type: "previousCleared" });
      postReview();
      return;
    }
    post({ type: "reading", file: PREVIOUS_READING });
    const found = readEarlier(list, set, options.readOptions);
    history = found.ok ? found.snapshots : [];
    if (found.ok) post({ type: "previous", ok: true, names, periods: periodsOf(found.snapshots) });
    else post({ type: "previous", ok: false, names, reason: found.reason });
    postReview();
  }

  function consolidateNow(requestId: number, lang: Lang, render: boolean, signing: SigningSettings = {}) {
    const items = all();
    if (!items.length) {
      post({ type: "error", scope: "consolidate", requestId, message: both((s) => s.noReports) });
      return;
    }
    const b = consolidateBatch(items.map((i) => i.check), set, { roster, history });
    post({ type: "review", reviews: reviewAll(b, items), period: periodOf(b), coverage: coverageOf(b) });
    const units = unitsUsed(b);
    if (!units) {
      post({ type: "error", scope: "consolidate", requestId, message: both((s) => s.noUsableReports) });
      return;
    }
    const paragraph = batchSummary(b, set, lang, { parent: signing.parent });
    const specs = batchSheets(b, set, lang, paragraph, signing);
    const bytes = render ? renderWorkbook(specs, options.compress ? { compress: options.compress } : {}) : null;
    const xlsx = bytes ? ownBuffer(bytes) : null;
    const counts: Record<Severity, number> = countBySeverity(b.findings);
    const period = b.bcxdd?.period ?? b.forms[0]?.period ?? null;
    const summary: ConsolidationSummary = {
      period: periodText(period),
      fileName: downloadName(period ? periodLabel(period, "vi") : null),
      sheets: specs.map((s) => s.name),
      units,
      coverage: coverageOf(b),
      counts,
      paragraph: paragraph.paragraph.text,
    };
    post({ type: "consolidated", requestId, specs, summary, xlsx }, xlsx ? [xlsx] : []);
  }

  /**
   * The findings a unit is sent back: its own and those the consolidation found about its file (a
   * duplicate, another period, not on the roster). For every row, the consolidation's whole list, which
   * also names the units that sent nothing.
   */
  function findingsReport(requestId: number, source: FindingsSource, lang: Lang) {
    let findings: Finding[];
    let label: string | null;
    const unitOfFile = new Map<string, string>();
    if ("checks" in source) {
      findings = source.checks.flatMap((c) => c.findings);
      const unitName = (c: FileCheck) => c.report?.unit.name || c.forms?.[0]?.unit.name || "";
      for (const c of source.checks) unitOfFile.set(c.file, unitName(c));
      const only = source.checks.length === 1 ? source.checks[0] : null;
      label = only ? unitName(only) || only.file : null;
    } else {
      const items = all();
      const chosen = source.rows === "all" ? items : items.filter((i) => (source.rows as string[]).includes(i.id));
      if (source.rows !== "all" && chosen.length !== source.rows.length) {
        post({ type: "error", scope: "report", requestId, message: both((s) => s.reportGone) });
        return;
      }
      const b = consolidateBatch(items.map((i) => i.check), set, { roster, history });
      const unitOf = unitOfBatchFile(b);
      for (const i of items) unitOfFile.set(i.check.file, unitOf(i.check.file));
      if (source.rows === "all") {
        findings = b.findings;
        const period = b.bcxdd?.period ?? b.forms[0]?.period ?? null;
        label = period ? periodLabel(period, "vi") : null;
      } else {
        const files = new Set(chosen.map((i) => i.check.file));
        findings = [...chosen.flatMap((i) => i.check.findings), ...relatedFindings(b, items).filter((f) => f.file !== undefined && files.has(f.file))];
        const only = chosen.length === 1 ? chosen[0].check : null;
        label = only ? unitOfFile.get(only.file) || only.report?.unit.name || only.file : null;
      }
    }
    const spec = findingsSheet(findings, (file) => (file ? unitOfFile.get(file) ?? "" : ""), lang);
    const xlsx = ownBuffer(renderWorkbook([spec], options.compress ? { compress: options.compress } : {}));
    post({ type: "findingsReport", requestId, fileName: findingsFileName(label), findings: findings.length, xlsx }, [xlsx]);
  }

  return (request) => {
    const scope = ERROR_SCOPES[request.type] ?? "worker";
    try {
      switch (request.type) {
        case "check":
          return check(request.files);
        case "unreadable":
          return markUnreadable(request.id, request.name, request.reason, request.lastModified);
        case "remove":
          for (const id of request.ids) files.delete(id);
          return postReview();
        case "forms":
          set = formSet(request.forms);
          return;
        case "sheets":
          sheets = request.sheets;
          return postReview();
        case "roster":
          return loadRoster(request.name, request.bytes);
        case "previous":
          return loadPrevious(request.files);
        case "consolidate":
          sheets = request.sheets;
          return consolidateNow(request.requestId, request.lang, request.render, request.signing);
        case "findingsReport":
          return findingsReport(request.requestId, request.source, request.lang);
      }
    } catch (e) {
      // Errors come back as messages: the page must never wait for an answer that will not come.
      const requestId = request.type === "consolidate" || request.type === "findingsReport" ? request.requestId : undefined;
      post({ type: "error", scope, requestId, message: both((s) => s.workerCrashed(detail(e))) });
    }
  };
}
