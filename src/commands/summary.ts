/**
 * The result of the ribbon's "Kiểm tra báo cáo" command as plain data, and its trip through the dialog's
 * URL. Pure (no Office, no DOM): the function file builds a Summary, result.html reads it back.
 *
 * The Summary travels in the URL hash because the function file and the dialog share nothing else that
 * works everywhere (messageChild needs DialogApi 1.2; storage is partitioned in some browsers). Office on
 * the web appends its own `&_xdm_Info=…` to the hash, so ours is one `r=` part among others, in base64url
 * (never a `&`), deflated to stay short.
 */
import { deflateSync, inflateSync } from "fflate";
// From findings.ts, not the engine index: the result dialog needs these two functions and nothing else.
import { countBySeverity, sortFindings, type Finding, type Lang, type Localized, type Severity } from "../engine/findings";

/** The first findings shown in the dialog; the rest are counted, and the task pane lists them all. */
export const MAX_LINES = 8;
/** Longest finding text carried; longer ones are cut with an ellipsis. */
export const MAX_TEXT = 240;
/** Longest hash we produce: well under any host's URL limit, and quick to inflate. */
export const MAX_HASH = 2000;
/** Longest hash we accept: a bound on the work a crafted URL can cause. */
const MAX_HASH_IN = 8000;
const HASH_KEY = "r=";

export interface SummaryLine {
  severity: Severity;
  /** A1 address, or null when the finding is about the whole sheet. */
  cell: string | null;
  text: string;
}

export interface Summary {
  lang: Lang;
  /** The checked sheet's name, when it was read. */
  sheet: string | null;
  counts: Record<Severity, number>;
  /** The first findings, errors first, in the order of the sheet. */
  lines: SummaryLine[];
  /** Cells coloured in the sheet; null when colouring was not done or failed. */
  highlighted: number | null;
  /** Why the check could not run at all; then counts and lines are empty. */
  error: string | null;
}

/** Vietnamese when Office speaks Vietnamese or says nothing; English for any other language (as the task pane). */
export function langOf(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

function clip(text: string, max = MAX_TEXT): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** The findings worth showing first: errors, then warnings, then notes, each down the sheet. */
export function pickLines(findings: readonly Finding[], lang: Lang, max = MAX_LINES): SummaryLine[] {
  return sortFindings([...findings])
    .slice(0, max)
    .map((f) => ({ severity: f.severity, cell: f.cell, text: clip(f.message[lang]) }));
}

export function summarize(findings: readonly Finding[], lang: Lang, sheet: string | null, highlighted: number | null): Summary {
  return { lang, sheet, counts: countBySeverity(findings), lines: pickLines(findings, lang), highlighted, error: null };
}

export function failureSummary(message: Localized, lang: Lang, sheet: string | null = null): Summary {
  return { lang, sheet, counts: { error: 0, warning: 0, info: 0 }, lines: [], highlighted: null, error: clip(message[lang], 600) };
}

// The wire form: short keys and positional arrays, versioned so an old dialog page never misreads a new one.
const SEVERITIES: Severity[] = ["error", "warning", "info"];
type Wire = {
  v: 1;
  l: Lang;
  s: string | null;
  c: [number, number, number];
  h: number | null;
  x: string | null;
  m: [0 | 1 | 2, string | null, string][];
};

function toWire(s: Summary): Wire {
  return {
    v: 1,
    l: s.lang,
    s: s.sheet,
    c: [s.counts.error, s.counts.warning, s.counts.info],
    h: s.highlighted,
    x: s.error,
    m: s.lines.map((l) => [SEVERITIES.indexOf(l.severity) as 0 | 1 | 2, l.cell, l.text]),
  };
}

function base64url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function encodeWire(w: Wire): string {
  return HASH_KEY + base64url(deflateSync(new TextEncoder().encode(JSON.stringify(w)), { level: 9 }));
}

/**
 * The hash part (without `#`) carrying `summary`, at most MAX_HASH characters: when the findings' texts
 * are too long, the last lines are dropped (the counts still say how many there are).
 */
export function encodeSummary(summary: Summary): string {
  const wire = toWire(summary);
  let hash = encodeWire(wire);
  while (hash.length > MAX_HASH && wire.m.length > 0) {
    wire.m.pop();
    hash = encodeWire(wire);
  }
  if (hash.length > MAX_HASH) hash = encodeWire({ ...wire, s: wire.s && clip(wire.s, 40), x: wire.x && clip(wire.x, 200) });
  return hash;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
const isText = (t: unknown): t is string => typeof t === "string";
const isTextOrNull = (t: unknown): t is string | null => t === null || isText(t);

function fromWire(w: unknown): Summary | null {
  if (typeof w !== "object" || w === null) return null;
  const o = w as Partial<Record<keyof Wire, unknown>>;
  if (o.v !== 1 || (o.l !== "vi" && o.l !== "en")) return null;
  if (!isTextOrNull(o.s) || !isTextOrNull(o.x) || !(o.h === null || isCount(o.h))) return null;
  if (!Array.isArray(o.c) || o.c.length !== 3 || !o.c.every(isCount)) return null;
  if (!Array.isArray(o.m)) return null;
  const lines: SummaryLine[] = [];
  for (const m of o.m as unknown[]) {
    if (!Array.isArray(m) || m.length !== 3 || !isTextOrNull(m[1]) || !isText(m[2])) return null;
    const severity = Number.isInteger(m[0]) ? SEVERITIES[m[0] as number] : undefined;
    if (!severity) return null;
    lines.push({ severity, cell: m[1], text: m[2] });
  }
  const [error, warning, info] = o.c as number[];
  return { lang: o.l, sheet: o.s, counts: { error, warning, info }, lines, highlighted: o.h, error: o.x };
}

/** The Summary in a location hash (with or without `#`, among other `&` parts); null when absent or damaged. */
export function decodeSummary(hash: string): Summary | null {
  if (hash.length > MAX_HASH_IN) return null;
  const part = hash.replace(/^#/, "").split("&").find((p) => p.startsWith(HASH_KEY));
  if (!part) return null;
  try {
    // A fixed output buffer: inflation stops there, so a crafted hash cannot make the page inflate megabytes.
    // (A truncated result is cut JSON, which fails to parse.)
    const json = inflateSync(fromBase64url(part.slice(HASH_KEY.length)), { out: new Uint8Array(64 * 1024) });
    return fromWire(JSON.parse(new TextDecoder().decode(json)));
  } catch {
    return null;
  }
}
