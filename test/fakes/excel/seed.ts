import { parseArea } from "./address";
import { normalizeColor } from "./color";
import { ERROR_LITERALS } from "./input";
import type { Visibility, WorkbookModel } from "./model";

/**
 * A sheet to start from, stored as given (no typed-input parsing: `"001"` stays text). A seed string that
 * is exactly an Excel error literal (`#REF!`, `#N/A`…) is stored as that error.
 */
export interface FakeSheetSeed {
  name: string;
  rows: (string | number | boolean | null)[][];
  /** Number formats by cell (`"@"`, `"#,##0"`, `"0.0%"`…); null = General. */
  formats?: (string | null)[][];
  /** Formulas by cell (`"=SUM(B2:B9)"`, the `=` may be left out); the value in `rows` is the cached result. */
  formulas?: (string | null)[][];
  /** Fill colours by cell: `{ B3: "#FFFF00" }`. */
  fills?: Record<string, string>;
  active?: boolean;
  /** Merged areas, `"A1:C1"`. */
  merges?: string[];
  visibility?: Visibility;
  protected?: boolean;
  tabColor?: string;
}

export function applySeed(model: WorkbookModel, seed: FakeSheetSeed): void {
  const sheet = model.addSheet(seed.name, "seed");
  const rowCount = Math.max(seed.rows.length, seed.formulas?.length ?? 0, seed.formats?.length ?? 0);
  for (let r = 0; r < rowCount; r++) {
    const width = Math.max(seed.rows[r]?.length ?? 0, seed.formulas?.[r]?.length ?? 0, seed.formats?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = seed.rows[r]?.[c] ?? null;
      const formula = seed.formulas?.[r]?.[c] ?? null;
      const format = seed.formats?.[r]?.[c] ?? null;
      if (value === null && formula === null && format === null) continue;
      const cell = sheet.cells.edit(r, c);
      if (typeof value === "string" && ERROR_LITERALS.includes(value)) cell.value = { error: value };
      else if (value !== null && value !== "") cell.value = value;
      if (formula) {
        cell.formula = formula.startsWith("=") ? formula : `=${formula}`;
        // A formula may well have computed "" (`IF(…, "")`); a constant "" is an empty cell.
        cell.value ??= value === "" ? "" : 0;
      }
      if (format && format !== "General") cell.numberFormat = format;
      sheet.cells.prune(r, c);
    }
  }
  for (const [ref, colour] of Object.entries(seed.fills ?? {})) {
    const area = parseArea(ref);
    const fill = normalizeColor(colour);
    if (!area || !fill) throw new Error(`Seed of '${seed.name}': bad fill ${ref} → ${colour}`);
    for (let r = area.r1; r <= area.r2; r++) for (let c = area.c1; c <= area.c2; c++) sheet.cells.edit(r, c).fill = fill;
  }
  for (const ref of seed.merges ?? []) {
    const area = parseArea(ref);
    if (!area) throw new Error(`Seed of '${seed.name}': bad merge ${ref}`);
    sheet.merges.push(area);
  }
  if (seed.visibility) sheet.visibility = seed.visibility;
  if (seed.protected) sheet.protected = true;
  if (seed.tabColor) sheet.tabColor = normalizeColor(seed.tabColor) ?? "";
  if (seed.active) model.active = sheet;
}
