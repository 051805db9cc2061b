import type { Localized } from "../engine";
import { both } from "./i18n";

/** A problem to show in a MessageBar, already in both languages so a language switch keeps it readable. */
export interface Problem {
  message: Localized;
  /** `warning` for what the user can fix in the workbook (a protected sheet…), `error` otherwise. */
  intent: "error" | "warning";
}

function isLocalized(x: unknown): x is Localized {
  return typeof x === "object" && x !== null && typeof (x as Localized).vi === "string" && typeof (x as Localized).en === "string";
}

/** Codes of `ExcelDoorError` the user resolves in Excel itself: shown as warnings, not failures. */
const USER_FIXABLE = new Set(["SheetProtected", "CellEditMode", "NameTaken", "WouldOverwriteText", "Busy"]);

/**
 * Any thrown value → a problem for the user. `ExcelDoorError` (and anything else carrying a bilingual
 * `message`) already says what to do; anything else is unexpected and says to retry.
 */
export function problemOf(e: unknown): Problem {
  if (typeof e === "object" && e !== null && isLocalized((e as { message?: unknown }).message)) {
    const code = (e as { code?: unknown }).code;
    return { message: (e as { message: Localized }).message, intent: typeof code === "string" && USER_FIXABLE.has(code) ? "warning" : "error" };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { message: both((s) => s.unexpectedError(detail)), intent: "error" };
}
