import type { FormTemplate } from "../../../templates/form/types";

/** What the learner asks about, so that a door can offer the right correction. */
export type QuestionKind = "rowKind" | "relation" | "average" | "ratio" | "formula" | "column" | "header" | "label" | "id";

/** Something the learner could not decide: said plainly, in Vietnamese and English, with what it chose meanwhile. */
export interface LearnQuestion {
  kind: QuestionKind;
  /** The sheet row (1-based, as the user sees it) or cell the question is about. */
  sheetRow?: number;
  cell?: string;
  /** The row or column code it concerns in the learned template. */
  row?: string;
  column?: string;
  vi: string;
  en: string;
}

/** Where each learned row and column sits on the sheet it was learned from (for the review screen). */
export interface LearnedPlaces {
  /** Row code → 0-based sheet row. */
  rows: Record<string, number>;
  /** Column code → 0-based sheet column. */
  columns: Record<string, number>;
}

export interface LearnResult {
  form: FormTemplate;
  questions: LearnQuestion[];
  /** What the learner found worth saying that needs no answer (what it could not read at all). */
  notes: { vi: string; en: string }[];
  places: LearnedPlaces;
}

export type LearnFailure = { ok: false; vi: string; en: string };
