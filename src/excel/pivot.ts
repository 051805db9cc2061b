import { OWN_SHEETS_KEY, saveSetting } from "./ownSheets";
import type { Door } from "./run";

/**
 * The PivotTable over `Dữ liệu` (ExcelApi 1.8): indicators down the side, the cluster and unit as
 * filters, the plan, the period's figure and the year-to-date figure summed. Column names are the
 * public contract of `DATA_COLUMNS` in `src/engine/sheets/data.ts`.
 */
export const PIVOT_NAME = "TongHopPivot";
export const PIVOT_SHEET = "Pivot";
export const PIVOT_ROWS = ["Nhóm", "Chỉ tiêu"] as const;
export const PIVOT_FILTERS = ["Cụm", "Đơn vị"] as const;
export const PIVOT_DATA = ["Kế hoạch", "Thực hiện", "Lũy kế"] as const;

/** Queues the PivotTable on `sheet`; the caller syncs and decides what a failure means. */
export function addPivot(sheet: Excel.Worksheet, source: Excel.Table): Excel.PivotTable {
  const pivot = sheet.pivotTables.add(PIVOT_NAME, source, sheet.getRange("A3"));
  const field = (name: string) => pivot.hierarchies.getItem(name);
  for (const name of PIVOT_ROWS) pivot.rowHierarchies.add(field(name));
  for (const name of PIVOT_FILTERS) pivot.filterHierarchies.add(field(name));
  for (const name of PIVOT_DATA) pivot.dataHierarchies.add(field(name));
  return pivot;
}

/**
 * The last step of a consolidation: the PivotTable on its (already named, already recorded) sheet.
 * A failure here undoes none of the written sheets; only the empty pivot sheet is taken away again
 * and forgotten, so that the result is "failed", not a half-made pivot.
 */
export async function pivotStep(door: Door, sheet: Excel.Worksheet | undefined, source: Excel.Table | undefined, ownIds: string[]): Promise<"created" | "failed"> {
  if (!sheet || !source) return "failed";
  try {
    addPivot(sheet, source);
    await door.sync();
    return "created";
  } catch {
    try {
      sheet.delete();
      saveSetting(door.context, OWN_SHEETS_KEY, ownIds);
      await door.sync();
    } catch {
      // The empty sheet stays, recorded as ours: the next run replaces it.
    }
    return "failed";
  }
}
