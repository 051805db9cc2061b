/**
 * The Tổng hợp screen's state as a reducer: pure transitions, tested without React or a worker.
 * Files and workbook sheets share one list; a row's review is null while it is being read.
 */
import type { Localized, Severity } from "../../engine";
import type { Problem } from "../errors";
import type { CoverageView, FileReview } from "../worker/protocol";

export interface FileRow {
  id: string;
  name: string;
  source: "file" | "sheet";
  /** Null while the file is read (or the sheet not yet reviewed). */
  review: FileReview | null;
}

export type Success = (
  | { kind: "excel"; sheets: string[]; pivot: "created" | "unsupported" | "failed" | "none"; units: number; counts: Record<Severity, number> }
  | { kind: "download"; fileName: string; units: number; counts: Record<Severity, number> }
) & {
  /** The summary paragraph (`Tóm tắt`) for *Sao chép*; empty or absent when no sentence has figures. */
  paragraph?: string;
};

export interface ConsolidationState {
  rows: FileRow[];
  /** Files read so far in the current batch; null when the worker is not reading. */
  progress: { done: number; total: number } | null;
  /** `units` is null while the roster file is read. */
  roster: { name: string; units: number | null } | null;
  rosterError: Localized | null;
  /** Earlier periods (Kỳ trước, issue 11): the files picked and, once read, the periods they hold (null while read). */
  previous?: { names: string[]; periods: Localized[] | null } | null;
  previousError?: Localized | null;
  coverage: CoverageView | null;
  period: Localized | null;
  consolidating: boolean;
  problem: Problem | null;
  success: Success | null;
}

export const initialConsolidation: ConsolidationState = {
  rows: [],
  progress: null,
  roster: null,
  rosterError: null,
  coverage: null,
  period: null,
  consolidating: false,
  problem: null,
  success: null,
};

export type ConsolidationAction =
  | { type: "filesAdded"; files: { id: string; name: string }[] }
  | { type: "fileChecked"; id: string; review: FileReview }
  | { type: "progress"; done: number; total: number }
  | { type: "reviewed"; reviews: Record<string, FileReview>; coverage: CoverageView | null; period: Localized | null }
  | { type: "fileRemoved"; id: string }
  /** The workbook sheets ticked, in the order listed. */
  | { type: "sheetsSelected"; names: string[] }
  | { type: "rosterReading"; name: string }
  | { type: "rosterLoaded"; name: string; units: number }
  | { type: "rosterFailed"; reason: Localized }
  | { type: "rosterCleared" }
  | { type: "previousReading"; names: string[] }
  | { type: "previousLoaded"; names: string[]; periods: Localized[] }
  | { type: "previousFailed"; reason: Localized }
  | { type: "previousCleared" }
  | { type: "consolidating" }
  | { type: "consolidated"; success: Success }
  /** `abandonReading`: the worker died, so the rows still being read will never be: say so on each. */
  | { type: "failed"; problem: Problem; abandonReading?: boolean }
  | { type: "dismiss" };

export const sheetRowId = (name: string) => `sheet:${name}`;

/** What a row shows when the worker stopped before reading it. */
function abandoned(problem: Problem): FileReview {
  return { status: "không đọc được", unit: null, period: null, counts: { error: 1, warning: 0, info: 0 }, note: problem.message };
}

export function consolidationReducer(state: ConsolidationState, action: ConsolidationAction): ConsolidationState {
  switch (action.type) {
    case "filesAdded": {
      const known = new Set(state.rows.map((r) => r.id));
      const added = action.files.filter((f) => !known.has(f.id)).map((f): FileRow => ({ id: f.id, name: f.name, source: "file", review: null }));
      // A new file changes the statuses and the totals: an earlier success no longer describes them.
      return { ...state, rows: [...state.rows, ...added], success: null };
    }
    case "fileChecked":
      return { ...state, rows: state.rows.map((r) => (r.id === action.id ? { ...r, review: action.review } : r)) };
    case "progress":
      return { ...state, progress: action.done >= action.total ? null : { done: action.done, total: action.total } };
    case "reviewed":
      return {
        ...state,
        rows: state.rows.map((r) => (action.reviews[r.id] ? { ...r, review: action.reviews[r.id] } : r)),
        coverage: action.coverage,
        period: action.period,
      };
    case "fileRemoved":
      return { ...state, rows: state.rows.filter((r) => r.id !== action.id), success: null };
    case "sheetsSelected": {
      const wanted = new Set(action.names.map(sheetRowId));
      const files = state.rows.filter((r) => r.source === "file");
      const current = new Map(state.rows.filter((r) => r.source === "sheet").map((r) => [r.id, r]));
      const sheets = action.names.map((name): FileRow => current.get(sheetRowId(name)) ?? { id: sheetRowId(name), name, source: "sheet", review: null });
      const changed = sheets.length !== current.size || [...current.keys()].some((id) => !wanted.has(id));
      return { ...state, rows: [...sheets, ...files], success: changed ? null : state.success };
    }
    case "rosterReading":
      return { ...state, roster: { name: action.name, units: null }, rosterError: null, success: null };
    case "rosterLoaded":
      return { ...state, roster: { name: action.name, units: action.units }, rosterError: null };
    case "rosterFailed":
      return { ...state, roster: null, rosterError: action.reason, coverage: null };
    case "rosterCleared":
      return { ...state, roster: null, rosterError: null, coverage: null, success: null };
    case "previousReading":
      return { ...state, previous: { names: action.names, periods: null }, previousError: null, success: null };
    case "previousLoaded":
      return { ...state, previous: { names: action.names, periods: action.periods }, previousError: null };
    case "previousFailed":
      return { ...state, previous: null, previousError: action.reason };
    case "previousCleared":
      return { ...state, previous: null, previousError: null, success: null };
    case "consolidating":
      return { ...state, consolidating: true, problem: null, success: null };
    case "consolidated":
      return { ...state, consolidating: false, success: action.success, problem: null };
    case "failed":
      return {
        ...state,
        consolidating: false,
        problem: action.problem,
        progress: action.abandonReading ? null : state.progress,
        rows: action.abandonReading ? state.rows.map((r) => (r.review ? r : { ...r, review: abandoned(action.problem) })) : state.rows,
      };
    case "dismiss":
      return { ...state, problem: null, success: null, rosterError: null };
  }
}

/** Some row is still being read: the totals would miss it. */
export const isReading = (s: ConsolidationState) =>
  s.progress !== null || s.rows.some((r) => r.review === null) || s.roster?.units === null || (s.previous ? s.previous.periods === null : false);

export const canConsolidate = (s: ConsolidationState) => s.rows.length > 0 && !isReading(s) && !s.consolidating;
