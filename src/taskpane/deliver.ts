import { canOpenNewWorkbook, openAsNewWorkbook } from "../excel";
import { downloadWorkbook } from "./download";
import type { Mode } from "./host";

/** Where a workbook the pane made went: opened in Excel as a new workbook, or downloaded. */
export type Delivery = { kind: "opened"; fileName: string } | { kind: "downloaded"; fileName: string };

/**
 * Hands the user a workbook the pane made (a findings report): inside an Excel that can (ExcelApi 1.8),
 * opened as a new workbook, ready to save and send; otherwise, or if Excel refuses (a blocked window on
 * the web), downloaded. Either way it stays on this computer.
 */
export async function deliverWorkbook(bytes: ArrayBuffer, fileName: string, mode: Mode): Promise<Delivery> {
  if (mode === "excel" && canOpenNewWorkbook()) {
    try {
      await openAsNewWorkbook(new Uint8Array(bytes));
      return { kind: "opened", fileName };
    } catch {
      // Fall through to the download: the user still gets the file.
    }
  }
  downloadWorkbook(bytes, fileName);
  return { kind: "downloaded", fileName };
}
