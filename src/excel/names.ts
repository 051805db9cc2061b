/**
 * Sheet and table names in the open workbook. Excel compares them case-insensitively; a clash makes
 * `add` or a rename fail, so every name the door uses is checked against the names already there.
 */

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Case-insensitive key, as Excel compares names (NFC, so a precomposed ồ equals o + ̂ + ̀). */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("vi");
}

/** A name Excel accepts: no `[ ] : * ? / \`, no apostrophe at either end, 1–31 characters. */
export function validSheetName(wanted: string): string {
  const cleaned = String(wanted ?? "")
    .normalize("NFC")
    .replace(FORBIDDEN, "_")
     
    .replace(/[\x00-\x1F\x7F]/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  const name = cleaned.slice(0, SHEET_NAME_MAX).trim();
  return name === "" || nameKey(name) === "HISTORY" ? "Sheet" : name;
}

/**
 * `wanted` when no sheet bears it, else the first free `wanted (2)`, `wanted (3)`…, shortening
 * `wanted` so that the whole name keeps to 31 characters.
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = validSheetName(wanted);
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** Names the new sheets bear while they are being built, so that a half-written one is never mistaken for a result. */
export function temporarySheetNames(count: number, taken: ReadonlySet<string>, seed = Date.now()): string[] {
  const tag = (seed % 46656).toString(36).padStart(3, "0");
  const names: string[] = [];
  const used = new Set(taken);
  for (let n = 1; names.length < count; n++) {
    const candidate = `~TongHop ${tag}-${n}`;
    if (used.has(nameKey(candidate))) continue;
    used.add(nameKey(candidate));
    names.push(candidate);
  }
  return names;
}

/** A table name Excel accepts: a letter or `_` first, then letters, digits, `_`, `.`; not a cell reference. */
export function validTableName(wanted: string): string {
  let name = String(wanted ?? "").normalize("NFC").replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(name)) name = `_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) name = `_${name}`;
  return name.slice(0, 250);
}
