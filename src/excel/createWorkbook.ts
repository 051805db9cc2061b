import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import { toDoorError } from "./run";
import { apiSupported } from "./support";

/**
 * Opens an .xlsx file as a new workbook of its own (`Excel.createWorkbook`, ExcelApi 1.8): Excel shows it
 * in a new window (a new tab on the web), unsaved, and the user decides where it goes. The open workbook
 * is not touched. Not a `Excel.run` batch: `createWorkbook` is a static call of its own.
 */

/** The requirement set that brings `Excel.createWorkbook`. */
export const CREATE_WORKBOOK_SET = "1.8";

interface ExcelWithCreate {
  createWorkbook?: (base64?: string) => Promise<void>;
}

function createWorkbookFunction(): ((base64?: string) => Promise<void>) | null {
  const excel = (globalThis as { Excel?: ExcelWithCreate }).Excel;
  return excel && typeof excel.createWorkbook === "function" ? excel.createWorkbook.bind(excel) : null;
}

/** Inside an Excel that can open a file as a new workbook; false in the browser mode and in older Excels. */
export function canOpenNewWorkbook(): boolean {
  return apiSupported(CREATE_WORKBOOK_SET) && createWorkbookFunction() !== null;
}

/** Standard base64 of `bytes`, in slices so a large file does not overflow the argument list. */
export function base64OfBytes(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Opens `bytes` (an .xlsx file) as a new workbook. Throws `ExcelDoorError` (ApiNotSupported when it cannot). */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  const create = createWorkbookFunction();
  try {
    if (!create || !apiSupported(CREATE_WORKBOOK_SET)) throw new ExcelDoorError("ApiNotSupported", MESSAGES.apiNotSupported(CREATE_WORKBOOK_SET));
    await create(base64OfBytes(bytes));
  } catch (e) {
    throw toDoorError(e);
  }
}
