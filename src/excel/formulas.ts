import { a1, parseA1 } from "../engine/grid";
import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import { runExcel } from "./run";
import { cellAddress } from "./select";

/**
 * Writes formulas into a report's completion column (2 syncs). The cells are read first: one that
 * holds text a user typed (a note, “không có kế hoạch”) is never overwritten; a number, a typed
 * percentage, an old formula or an empty cell is.
 */
export interface FormulaCell {
  /** A1 address of one cell. */
  cell: string;
  /** The formula without its leading `=`. */
  formula: string;
  /** The number format to give the cell, such as `0.0%`. */
  format: string;
}

/** Text that is only a number or a percentage as people type them: `75,5%`, `75.5 %`, `1.234,5`. */
const NUMERIC_TEXT = /^[+-]?[\d\s.,\u00A0]*\d[\d\s.,\u00A0]*%?$/;

/** Whether a cell's current content may be replaced by a formula. */
export function replaceable(value: unknown, formula: unknown): boolean {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return true;
  if (value === null || value === undefined || value === "") return true;
  if (typeof value === "number") return true;
  if (typeof value === "string") return NUMERIC_TEXT.test(value.trim());
  return false;
}

interface Run {
  r1: number;
  r2: number;
  c: number;
  cells: FormulaCell[];
}

/** Cells one above the other become one range, so a column of thirty rates is two commands. */
function columnRuns(cells: readonly FormulaCell[]): Run[] {
  const at = cells.map((cell) => ({ cell, pos: parseA1(cell.cell)! })).sort((a, b) => a.pos.c - b.pos.c || a.pos.r - b.pos.r);
  const runs: Run[] = [];
  for (const { cell, pos } of at) {
    const last = runs[runs.length - 1];
    if (last && last.c === pos.c && last.r2 + 1 === pos.r) {
      last.r2 = pos.r;
      last.cells.push(cell);
    } else runs.push({ r1: pos.r, r2: pos.r, c: pos.c, cells: [cell] });
  }
  return runs;
}

export async function writeFormulas(sheet: string, cells: FormulaCell[]): Promise<number> {
  // One entry per cell, the last one given winning.
  const unique = new Map<string, FormulaCell>();
  for (const c of cells) {
    const cell = cellAddress(c.cell);
    unique.set(cell, { cell, formula: String(c.formula ?? "").replace(/^=/, ""), format: c.format || "General" });
  }
  if (unique.size === 0) return 0;
  const runs = columnRuns([...unique.values()]);
  return runExcel(async (door) => {
    const ws = door.context.workbook.worksheets.getItem(sheet);
    const ranges = runs.map((run) => {
      const range = ws.getRange(run.r1 === run.r2 ? a1(run.r1, run.c) : `${a1(run.r1, run.c)}:${a1(run.r2, run.c)}`);
      range.load("values,formulas");
      return range;
    });
    try {
      await door.sync();
    } catch (e) {
      if ((e as { code?: unknown })?.code === "ItemNotFound") throw new ExcelDoorError("SheetNotFound", MESSAGES.sheetNotFound(sheet), e);
      throw e;
    }
    const refused: string[] = [];
    runs.forEach((run, i) => {
      run.cells.forEach((cell, k) => {
        if (!replaceable(ranges[i].values[k]?.[0], ranges[i].formulas[k]?.[0])) refused.push(cell.cell);
      });
    });
    if (refused.length > 0) throw new ExcelDoorError("WouldOverwriteText", MESSAGES.wouldOverwriteText(refused));

    door.context.application.suspendApiCalculationUntilNextSync();
    runs.forEach((run, i) => {
      // The format first, so that a cell formatted as text takes the formula as a formula.
      ranges[i].numberFormat = run.cells.map((c) => [c.format]);
      ranges[i].formulas = run.cells.map((c) => [`=${c.formula}`]);
    });
    await door.sync();
    return unique.size;
  });
}
