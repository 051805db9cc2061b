import type { Lang, Localized } from "../../engine";
import { en } from "./en";
import { vi, type Strings } from "./vi";

export type { Strings } from "./vi";

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Vietnamese when Office speaks Vietnamese (`vi-VN`) or says nothing; English for any other language. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** A text in both languages, built from one key of each: for messages that outlive a language switch. */
export function both(pick: (s: Strings) => string): Localized {
  return { vi: pick(vi), en: pick(en) };
}
