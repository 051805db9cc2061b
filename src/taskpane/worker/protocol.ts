/**
 * The messages between the task pane and its files worker. The worker owns everything that needs
 * SheetJS or the .xlsx writer, so those libraries never load on the page's thread; it keeps the checks
 * of the files it read (the page holds only their reviews) and the roster.
 */
import type { FileCheck, Lang, Localized, Severity, SheetSpec } from "../../engine";
import type { SigningSettings } from "../../engine/print/letterhead";
import type { FormTemplate } from "../../templates/form/types";
import type { FileStatus } from "../state/status";

export interface FileToCheck {
  /** Chosen by the page; every later message and event names the file by it. */
  id: string;
  name: string;
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
  lastModified: number | null;
}

/** A sheet of the open workbook, read and checked on the page (no SheetJS needed for a Grid). */
export interface SheetCheck {
  id: string;
  check: FileCheck;
}

export type WorkerRequest =
  /** Read and check files, one at a time, with a progress event after each. */
  | { type: "check"; files: FileToCheck[] }
  /** The workbook's own forms (issue 10): files read from now on are read against them too. */
  | { type: "forms"; forms: FormTemplate[] }
  | { type: "remove"; ids: string[] }
  /** Replaces the workbook sheets taken into the consolidation (the page re-reads them before consolidating). */
  | { type: "sheets"; sheets: SheetCheck[] }
  /** A roster file, or `bytes: null` to drop the roster. */
  | { type: "roster"; name: string | null; bytes: ArrayBuffer | null }
  /** Earlier periods (Kỳ trước, issue 11): our consolidated workbooks or units' files of those periods; `[]` drops them. */
  | { type: "previous"; files: { name: string; bytes: ArrayBuffer }[] }
  /** `signing`: the letterhead and signature blocks (committee, place, signatory); blanks (dots) when absent. */
  | { type: "consolidate"; requestId: number; sheets: SheetCheck[]; lang: Lang; render: boolean; signing?: SigningSettings }
  /** A findings workbook (`Kiểm tra` alone), to send back to a unit: rendered here, with the .xlsx writer. */
  | { type: "findingsReport"; requestId: number; source: FindingsSource; lang: Lang }
  /**
   * A file the page's watchdog stopped reading (it hung, or the worker died on it): listed as unreadable
   * for `reason`, like any unreadable file, and never read again. Sent only by workerClient.ts.
   */
  | { type: "unreadable"; id: string; name: string; reason: Localized; lastModified: number | null };

/**
 * What a findings report covers: rows the worker holds (files and ticked sheets, by id; `all` for every
 * one, with the consolidation's own findings: missing units, duplicates…), or checks the page made itself
 * (the active sheet, on the Kiểm tra screen).
 */
export type FindingsSource = { rows: string[] | "all" } | { checks: FileCheck[] };

/** What a file row shows. */
export interface FileReview {
  status: FileStatus;
  unit: string | null;
  period: Localized | null;
  counts: Record<Severity, number>;
  /** Why the file is left out (unreadable, duplicate, other period); null otherwise. */
  note: Localized | null;
  /** The ids of the forms the file holds (`BC-XDD`, `BTCTW-1`…), in sheet order; empty when none was found. */
  forms?: string[];
}

/** Roster coverage, shown when a roster is given. `missing` holds names, for people. */
export interface CoverageView {
  expected: number;
  received: number;
  missing: string[];
  unexpected: string[];
}

export interface ConsolidationSummary {
  period: Localized | null;
  /** `tong-hop-quy-i-2023.xlsx`. */
  fileName: string;
  sheets: string[];
  /** Units whose reports are in the totals. */
  units: number;
  coverage: CoverageView | null;
  counts: Record<Severity, number>;
  /** The summary paragraph (`Tóm tắt`) in the language asked, for *Sao chép*; empty when no sentence has figures. */
  paragraph: string;
}

/**
 * The `file` of the `reading` event posted before the earlier periods' files are read (issue 11): no file row
 * has this id, and the watchdog (workerClient.ts) retires the earlier periods when that read hangs.
 */
export const PREVIOUS_READING = "\u0000previous";

export type ErrorScope = "check" | "roster" | "previous" | "consolidate" | "report" | "worker";

export type WorkerEvent =
  /**
   * Posted just before a file (by id) or the roster (by name) is read. SheetJS is synchronous, so nothing
   * else comes until that read ends: the page times it from here and knows which file to blame.
   */
  | { type: "reading"; file: string }
  | { type: "reading"; roster: string }
  | { type: "progress"; done: number; total: number }
  /** One file read; its review before the other files are taken into account. */
  | { type: "checked"; id: string; review: FileReview }
  /** Every file's and sheet's review, after the set of files, sheets or roster changed. */
  | { type: "review"; reviews: Record<string, FileReview>; period: Localized | null; coverage: CoverageView | null }
  | { type: "roster"; ok: true; name: string; units: number }
  | { type: "roster"; ok: false; name: string; reason: Localized }
  | { type: "rosterCleared" }
  /** The earlier periods read (issue 11): each period found, or why none could be. */
  | { type: "previous"; ok: true; names: string[]; periods: Localized[] }
  | { type: "previous"; ok: false; names: string[]; reason: Localized }
  | { type: "previousCleared" }
  | { type: "consolidated"; requestId: number; specs: SheetSpec[]; summary: ConsolidationSummary; xlsx: ArrayBuffer | null }
  /** `fileName`: `kiem-tra-<unit or file>.xlsx`; `findings`: how many rows the report lists. */
  | { type: "findingsReport"; requestId: number; fileName: string; findings: number; xlsx: ArrayBuffer }
  | { type: "error"; scope: ErrorScope; requestId?: number; message: Localized };
