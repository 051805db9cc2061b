import { parseA1 } from "../engine/grid";
import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import { runExcel } from "./run";

/** `f12` → `F12`; throws when it is not one cell's address. */
export function cellAddress(cell: string): string {
  const at = parseA1(String(cell ?? ""));
  if (!at) throw new ExcelDoorError("InvalidArgument", MESSAGES.badCell(String(cell)));
  return String(cell).trim().replace(/\$/g, "").toUpperCase();
}

/** Shows `sheet` and selects `cell` on it (1 sync), so the user lands on what a finding points at. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  const address = cellAddress(cell);
  return runExcel(async (door) => {
    const ws = door.context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    try {
      await door.sync();
    } catch (e) {
      if ((e as { code?: unknown })?.code === "ItemNotFound") throw new ExcelDoorError("SheetNotFound", MESSAGES.sheetNotFound(sheet), e);
      throw e;
    }
  });
}
