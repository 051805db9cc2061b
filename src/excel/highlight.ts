import type { Severity } from "../engine/findings";
import { parseA1 } from "../engine/grid";
import { ExcelDoorError } from "./errors";
import { CUE_EDGES, cueOf, drawEdge, type EdgeMemory, edgeMemory, edgesFromMemory, MAX_CUED_CELLS } from "./highlightCue";
import { MESSAGES } from "./messages";
import { nameKey } from "./names";
import { HIGHLIGHTS_KEY, loadSetting, saveSetting, settingValue } from "./ownSheets";
import { runExcel } from "./run";
import { cellAddress } from "./select";
import { apiSupported, FEATURE_SET } from "./support";

/**
 * Marks the cells findings point at, and puts them back. Two cues: a fill by severity and a border whose
 * line differs by severity (`highlightCue.ts`), so the marks survive a black-and-white print and do not
 * rest on colour alone. Each cell's own fill and four edges are remembered in the workbook's settings
 * before it is marked (once: marking it again keeps the first memory), so `clearHighlights` restores
 * exactly what the user had, including no fill and no lines at all.
 */
export interface HighlightTarget {
  sheet: string;
  /** A1 address of one cell, like `F12`. */
  cell: string;
  severity: Severity;
}

/**
 * A remembered cell: its fill before we painted it (`null` when it had none) and its edges top, bottom,
 * left, right before we drew the cue (absent when no cue was drawn, as in memories from before the cue).
 */
export interface Remembered {
  sheet: string;
  cell: string;
  fill: string | null;
  borders?: EdgeMemory[];
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
    const borders = edgesFromMemory(e.borders);
    return [{ sheet: e.sheet, cell: e.cell, fill: typeof e.fill === "string" ? e.fill : null, ...(borders ? { borders } : {}) }];
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

/** A cell's four edges as loaded, or undefined when one cannot be told (then the cell gets no cue). */
function edgesOf(borders: Excel.RangeBorderCollection): EdgeMemory[] | undefined {
  const bySide = new Map(borders.items.map((b) => [b.sideIndex as string, b]));
  const edges: EdgeMemory[] = [];
  for (const side of CUE_EDGES) {
    const e = edgeMemory(bySide.get(side));
    if (e === undefined) return undefined;
    edges.push(e);
  }
  return edges;
}

/**
 * Marks the targets' cells (2 syncs); returns how many cells were marked. Cells are marked from the least
 * to the most severe, so where two marked cells share an edge the more severe line is the one drawn.
 */
export async function highlightCells(targets: HighlightTarget[]): Promise<number> {
  const cells = [...byCell(targets)].sort(([, a], [, b]) => RANK[b.severity] - RANK[a.severity]);
  if (cells.length === 0) return 0;
  const withPattern = apiSupported(FEATURE_SET.fillPattern);
  // The most severe cells first get a cue when more than the cap are asked for.
  const mayCue = new Set(cells.slice(-MAX_CUED_CELLS).map(([key]) => key));
  return runExcel(async (door) => {
    const { context } = door;
    const memory = loadSetting(context, HIGHLIGHTS_KEY);
    const sheets = new Map<string, Excel.Worksheet>();
    const formats = new Map<string, Excel.RangeFormat>();
    for (const [key, t] of cells) {
      const sheetKey = nameKey(t.sheet);
      let sheet = sheets.get(sheetKey);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(t.sheet);
        sheets.set(sheetKey, sheet);
      }
      const format = sheet.getRange(t.cell).format;
      format.fill.load(withPattern ? "color,pattern" : "color");
      if (mayCue.has(key)) format.borders.load("items/sideIndex,items/style,items/weight,items/color");
      formats.set(key, format);
    }
    try {
      await door.sync();
    } catch (e) {
      if ((e as { code?: unknown })?.code === "ItemNotFound") {
        throw new ExcelDoorError("SheetNotFound", MESSAGES.sheetNotFound(cells.map(([, t]) => t.sheet).join(", ")), e);
      }
      throw e;
    }

    const remembered = rememberedList(settingValue(memory));
    const byKey = new Map(remembered.map((r) => [keyOf(r.sheet, r.cell), r]));
    let cued = remembered.filter((r) => r.borders).length;
    // Within the cap counted with earlier highlights not yet cleared, the most severe first.
    const cueNow = new Set([...mayCue].reverse().filter((key) => byKey.get(key)?.borders || cued++ < MAX_CUED_CELLS));
    for (const [key, t] of cells) {
      const format = formats.get(key)!;
      let entry = byKey.get(key);
      if (!entry) {
        const fill = format.fill;
        // Without ExcelApi 1.9 "no fill" reads as white; white is then put back as no fill, which looks the same.
        const none = withPattern ? fill.pattern === "None" : !fill.color || fill.color.toUpperCase() === "#FFFFFF";
        entry = { sheet: t.sheet, cell: t.cell, fill: none ? null : fill.color };
        remembered.push(entry);
        byKey.set(key, entry);
      }
      if (!entry.borders && cueNow.has(key)) {
        const edges = edgesOf(format.borders);
        if (edges) {
          entry.borders = edges;
          // Clearing goes last-remembered first, so an edge shared with a cell marked earlier gets that cell's
          // memory last: move the entry to the end now that its edges are remembered.
          remembered.splice(remembered.indexOf(entry), 1);
          remembered.push(entry);
        }
      }
      format.fill.color = HIGHLIGHT_FILL[t.severity];
      if (entry.borders) for (const side of CUE_EDGES) drawEdge(format.borders.getItem(side), cueOf(t.severity));
    }
    saveSetting(context, HIGHLIGHTS_KEY, remembered);
    await door.sync();
    return cells.length;
  });
}

/**
 * Puts every remembered cell's fill and edges back and forgets them (2 syncs); returns how many cells were
 * restored. Last remembered first, like an undo: where marked cells share an edge, the memory taken first
 * (the user's own line) is the one drawn last.
 */
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
    for (const r of [...remembered].reverse()) {
      // A sheet deleted since has nothing to restore.
      const sheet = present.get(nameKey(r.sheet));
      if (!sheet || !parseA1(r.cell)) continue;
      const format = sheet.getRange(r.cell).format;
      if (r.fill === null) format.fill.clear();
      else format.fill.color = r.fill;
      r.borders?.forEach((line, i) => drawEdge(format.borders.getItem(CUE_EDGES[i]), line));
      restored++;
    }
    memory.delete();
    await door.sync();
    return restored;
  });
}
