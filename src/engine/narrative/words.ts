/** Small helpers shared by the Vietnamese and English sentences: numbers, places, capitals. */
import type { Lang } from "../findings";
import { formatNumber, formatPercent } from "../format";
import { foldText } from "../text";

/** A count or amount as the language writes it: `2.465` / `2,465` (format.ts; no ICU needed). */
export const figure = (n: number, lang: Lang): string => formatNumber(n, lang);

/**
 * A rate already rounded by the engine (completion.ts, half away from zero), shown with its one decimal:
 * `77,5%`, `26,0%` / `77.5%`. Never rounded here again.
 */
export const rate = (pctRounded: number, lang: Lang): string => formatPercent(pctRounded, lang, 1);

/**
 * The cluster as a sentence names it: `Cụm II` as written; a bare `II` becomes `Cụm II` (`Cluster II` in
 * English). Null when the consolidation names no cluster: the sentences then have no place.
 */
export function placeName(cluster: string | null, lang: Lang): string | null {
  const name = cluster?.trim();
  if (!name) return null;
  if (/^cum\b/.test(foldText(name))) return name;
  return lang === "vi" ? `Cụm ${name}` : `Cluster ${name}`;
}

export const capitalise = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** A sentence from its parts: capitalised, the parts joined by `; ` as the articles join them, one full stop. */
export function sentenceOf(parts: string[]): string | null {
  const kept = parts.filter((p) => p !== "");
  return kept.length ? `${capitalise(kept.join("; "))}.` : null;
}

/** English singular or plural by count. */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
