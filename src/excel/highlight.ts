import type { Severity } from "../engine/findings";
import { parseA1 } from "../engine/grid";
import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import { nameKey } from "./names";
import { HIGHLIGHTS_KEY, loadSetting, saveSetting, settingValue } from "./ownSheets";
import { runExcel } from "./run";
import { cellAddress } from "./select";
import { apiSupported, FEATURE_SET } from "./support";

/**
 * Colours the cells findings point at, and puts them back. Each cell's own fill is remembered in
 * the workbook's settings before it is painted (once: painting it again keeps the first memory),
 * so `clearHighlights` restores exactly what the user had, including no fill at all.
 */
export interface HighlightTarget {
  sheet: string;
  /** A1 address of one cell, like `F12`. */
  cell: string;
  severity: Severity;
}

/** A remembered cell: its fill before we painted it, `null` when it had none. */
export interface Remembered {
  sheet: string;
  cell: string;
  fill: string | null;
}

/** Excel's conditional-formatting palette: light red, light yellow, light blue. */
export const HIGHLIGHT_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const keyOf = (sheet: string, cell: string) => `${nameKey(sheet)}!${cell}`;

export function rememberedList(value: unknown): Remembered[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((x): Remembered[] => {
    const e = x as Partial<Remembered> | null;
    if (!e || typeof e.sheet !== "string" || typeof e.cell !== "string") return [];
    return [{ sheet: e.sheet, cell: e.cell, fill: typeof e.fill === "string" ? e.fill : null }];
  });
}

/** One target per cell, the most severe finding winning. */
function byCell(targets: readonly HighlightTarget[]): Map<string, HighlightTarget & { cell: string }> {
  const cells = new Map<string, HighlightTarget>();
  for (const t of targets) {
    const cell = cellAddress(t.cell);
    const key = keyOf(t.sheet, cell);
    const known = cells.get(key);
    if (!known || RANK[t.severity] < RANK[known.severity]) cells.set(key, { ...t, cell });
  }
  return cells;
}

/** Paints the targets' cells (2 syncs); returns how many cells were painted. */
export async function highlightCells(targets: HighlightTarget[]): Promise<number> {
  const cells = byCell(targets);
  if (cells.size === 0) return 0;
  const withPattern = apiSupported(FEATURE_SET.fillPattern);
  return runExcel(async (door) => {
    const { context } = door;
    const memory = loadSetting(context, HIGHLIGHTS_KEY);
    const sheets = new Map<string, Excel.Worksheet>();
    const fills = new Map<string, Excel.RangeFill>();
    for (const [key, t] of cells) {
      const sheetKey = nameKey(t.sheet);
      let sheet = sheets.get(sheetKey);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(t.sheet);
        sheets.set(sheetKey, sheet);
      }
      const fill = sheet.getRange(t.cell).format.fill;
      fill.load(withPattern ? "color,pattern" : "color");
      fills.set(key, fill);
    }
    try {
      await door.sync();
    } catch (e) {
      if ((e as { code?: unknown })?.code === "ItemNotFound") {
        throw new ExcelDoorError("SheetNotFound", MESSAGES.sheetNotFound([...cells.values()].map((t) => t.sheet).join(", ")), e);
      }
      throw e;
    }

    const remembered = rememberedList(settingValue(memory));
    const known = new Set(remembered.map((r) => keyOf(r.sheet, r.cell)));
    for (const [key, t] of cells) {
      const fill = fills.get(key)!;
      if (!known.has(key)) {
        // Without ExcelApi 1.9 "no fill" reads as white; white is then put back as no fill, which looks the same.
        const none = withPattern ? fill.pattern === "None" : !fill.color || fill.color.toUpperCase() === "#FFFFFF";
        remembered.push({ sheet: t.sheet, cell: t.cell, fill: none ? null : fill.color });
        known.add(key);
      }
      fill.color = HIGHLIGHT_FILL[t.severity];
    }
    saveSetting(context, HIGHLIGHTS_KEY, remembered);
    await door.sync();
    return cells.size;
  });
}

/** Puts every remembered cell's fill back and forgets them (2 syncs); returns how many were restored. */
export async function clearHighlights(): Promise<number> {
  return runExcel(async (door) => {
    const { context } = door;
    const memory = loadSetting(context, HIGHLIGHTS_KEY);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await door.sync();
    const remembered = rememberedList(settingValue(memory));
    if (memory.isNullObject) return 0;
    const present = new Map(worksheets.items.map((s) => [nameKey(s.name), s]));
    let restored = 0;
    for (const r of remembered) {
      // A sheet deleted since has nothing to restore.
      const sheet = present.get(nameKey(r.sheet));
      if (!sheet || !parseA1(r.cell)) continue;
      const fill = sheet.getRange(r.cell).format.fill;
      if (r.fill === null) fill.clear();
      else fill.color = r.fill;
      restored++;
    }
    memory.delete();
    await door.sync();
    return restored;
  });
}
