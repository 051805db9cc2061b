import { parseArea } from "./address";
import { normalizeColor } from "./color";
import { ERROR_LITERALS } from "./input";
import type { BorderState, Edge } from "./cells";
import type { Visibility, WorkbookModel } from "./model";
import { BORDER_STYLES, BORDER_WEIGHTS } from "./rangeOps";

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
  /**
   * Border lines by cell or area and side, as `"Style Weight #RRGGBB"` (weight Thin and colour #000000 when
   * left out): `{ B3: { top: "Double Thick #FF0000", left: "Dot" } }`. Each cell of an area gets the side.
   */
  borders?: Record<string, Partial<Record<"top" | "bottom" | "left" | "right", string>>>;
  active?: boolean;
  /** Merged areas, `"A1:C1"`. */
  merges?: string[];
  visibility?: Visibility;
  protected?: boolean;
  tabColor?: string;
}

/** `"Dash Medium #FF0000"` → a line, or null when a part is not Excel's. */
function seedLine(text: string | undefined): BorderState | null {
  const [style, weight = "Thin", colour = "#000000", ...rest] = (text ?? "").trim().split(/\s+/);
  const color = normalizeColor(colour);
  if (rest.length > 0 || style === "None" || !BORDER_STYLES.includes(style) || !BORDER_WEIGHTS.includes(weight) || !color) return null;
  return { style, weight, color };
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
  for (const [ref, sides] of Object.entries(seed.borders ?? {})) {
    const area = parseArea(ref);
    if (!area) throw new Error(`Seed of '${seed.name}': bad border cell ${ref}`);
    for (const [side, text] of Object.entries(sides)) {
      const line = seedLine(text);
      if (!line) throw new Error(`Seed of '${seed.name}': bad border ${ref}.${side} → ${text}`);
      for (let r = area.r1; r <= area.r2; r++)
        for (let c = area.c1; c <= area.c2; c++) (sheet.cells.edit(r, c).borders ??= {})[side as Edge] = { ...line };
    }
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
