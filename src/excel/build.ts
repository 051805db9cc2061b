import type { Localized } from "../engine/findings";
import { applyOp, type Applied } from "./apply";
import { COMMAND_OVERHEAD, utf8Length } from "./bytes";
import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import type { SizedOp } from "./ops";
import { toDoorError, type Door } from "./run";

/**
 * Builds new sheets batch by batch: the first request adds them, every request starts by
 * suspending calculation, and a request ends when the next command would pass the size limit.
 * If any request fails, the new sheets are deleted again and an `ExcelDoorError` is thrown: the
 * workbook is left as it was.
 */

export interface Built {
  sheets: Excel.Worksheet[];
  tables: Applied["tables"];
}

/** What every request starts with (suspending calculation), and the first one also adds the sheets. */
export function batchReserve(names: readonly string[]): (index: number) => number {
  const adds = names.reduce((n, name) => n + 3 * COMMAND_OVERHEAD + utf8Length(name), 0);
  return (index) => COMMAND_OVERHEAD + (index === 0 ? adds : 0);
}

export async function buildSheets(door: Door, names: readonly string[], batches: readonly SizedOp[][], onLastBatch?: (sheets: Excel.Worksheet[]) => void): Promise<Built> {
  const { context } = door;
  const sheets: Excel.Worksheet[] = [];
  const applied: Applied = { tables: new Map() };
  let added = false;
  try {
    for (let i = 0; i < batches.length; i++) {
      context.application.suspendApiCalculationUntilNextSync();
      if (i === 0) {
        for (const name of names) {
          const sheet = context.workbook.worksheets.add(name);
          sheet.load("id,name");
          sheets.push(sheet);
        }
      }
      for (const { op } of batches[i]) applyOp(sheets[op.sheet], op, applied);
      if (i === batches.length - 1) onLastBatch?.(sheets);
      await door.sync();
      added = true;
    }
  } catch (e) {
    throw await rollBack(door, added ? sheets : null, names, e);
  }
  return { sheets, tables: applied.tables };
}

/**
 * Deletes the sheets this write created and returns the error to throw. When the very first request
 * failed, the sheets may or may not exist, so they are looked up by name first.
 */
export async function rollBack(door: Door, sheets: Excel.Worksheet[] | null, names: readonly string[], cause: unknown): Promise<ExcelDoorError> {
  const error = toDoorError(cause);
  const message = (m: Localized) => new ExcelDoorError(error.code, m, error.cause ?? cause);
  try {
    if (sheets) {
      for (const s of sheets) s.delete();
      await door.sync();
    } else {
      const all = door.context.workbook.worksheets;
      all.load("items/name");
      await door.sync();
      const ours = new Set(names);
      const leftovers = all.items.filter((s) => ours.has(s.name));
      if (leftovers.length > 0) {
        for (const s of leftovers) s.delete();
        await door.sync();
      }
    }
    return message(MESSAGES.rolledBack(error.message));
  } catch {
    return message(MESSAGES.rollbackFailed(error.message, [...names]));
  }
}
