/**
 * Naming rules. Sheet names are the caller's choice, so a bad one is an error (silently renaming a
 * sheet would break formulas that refer to it). Table names and table column names are derived
 * here, so they are repaired instead: Excel would otherwise "repair" the whole file on open.
 */

const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
 
const CONTROL = /[\x00-\x1F\x7F\uFFFE\uFFFF]/;

/** Case-insensitive key, as Excel compares sheet and table names (NFC so ồ equals o+̀+̂). */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("vi");
}

/** Throws an Error naming the first sheet whose name Excel would reject. */
export function validateSheetNames(names: readonly string[]): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const where = `Sheet ${i + 1} name ${JSON.stringify(name)}`;
    if (typeof name !== "string" || name.trim() === "") throw new Error(`Sheet ${i + 1}: the sheet name is blank`);
    if (name.length > SHEET_NAME_MAX) throw new Error(`${where} is longer than ${SHEET_NAME_MAX} characters (${name.length})`);
    if (SHEET_NAME_FORBIDDEN.test(name)) throw new Error(`${where} contains one of the characters [ ] : * ? / \\`);
    if (CONTROL.test(name)) throw new Error(`${where} contains a control character`);
    if (name.startsWith("'") || name.endsWith("'")) throw new Error(`${where} begins or ends with an apostrophe`);
    if (nameKey(name) === "HISTORY") throw new Error(`${where} is reserved by Excel`);
    const key = nameKey(name);
    const other = seen.get(key);
    if (other !== undefined) {
      throw new Error(`${where} duplicates sheet ${other + 1} name ${JSON.stringify(names[other])} (names are case-insensitive)`);
    }
    seen.set(key, i);
  });
}

/**
 * A valid, workbook-unique table name: starts with a letter or `_`, then letters, digits, `_` or
 * `.`; at most 255 characters; not readable as a cell reference (`A1`, `R1C1`, `R`, `C`).
 */
export function tableDisplayName(wanted: string, used: Set<string>): string {
  let name = (wanted ?? "").normalize("NFC").replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(name)) name = `_${name}`;
  if (name === "_" && !wanted) name = "Table";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) name = `_${name}`;
  name = name.slice(0, 250);
  let candidate = name;
  for (let n = 2; used.has(nameKey(candidate)); n++) candidate = `${name}_${n}`;
  used.add(nameKey(candidate));
  return candidate;
}

/**
 * Table column names, which Excel requires to be non-empty, unique (case-insensitively) and equal
 * to the header cells' text. Blank headers become `ColumnN`; repeats get 2, 3… appended, the way
 * Excel itself names them.
 */
export function uniqueColumnNames(headers: readonly (string | undefined)[]): string[] {
  const used = new Set<string>();
  return headers.map((h, i) => {
    const base = h !== undefined && h.trim() !== "" ? h : `Column${i + 1}`;
    let name = base;
    for (let n = 2; used.has(nameKey(name)); n++) name = `${base}${n}`;
    used.add(nameKey(name));
    return name;
  });
}
