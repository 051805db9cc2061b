import { invalidArgument } from "./errors";
import { apiNotFound, compareVersions } from "./versions";

/**
 * `Excel.createWorkbook(base64?)` (ExcelApi 1.8): Excel opens the file as a new, unsaved workbook in a
 * window of its own; the open workbook is untouched. The fake keeps the files it was given (base64, as
 * received) in `created`, for tests to read back. Like Office.js it refuses, synchronously, on an Excel
 * below 1.8, and rejects what is not base64 of a zip package (an .xlsx) with InvalidArgument.
 */
export const CREATE_WORKBOOK_VERSION = "1.8";

const later = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function isXlsxBase64(value: string): boolean {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  try {
    return atob(value.slice(0, 8)).startsWith("PK");
  } catch {
    return false;
  }
}

export function createWorkbookFunction(apiVersion: string, created: string[]): (base64?: unknown) => Promise<void> {
  return (base64?: unknown) => {
    if (compareVersions(apiVersion, CREATE_WORKBOOK_VERSION) < 0) throw apiNotFound("Excel.createWorkbook", CREATE_WORKBOOK_VERSION);
    return later().then(() => {
      if (base64 !== undefined && (typeof base64 !== "string" || !isXlsxBase64(base64))) {
        throw invalidArgument("The file is not a workbook Excel can open (base64 of an .xlsx is expected).", "Excel.createWorkbook");
      }
      created.push(base64 ?? "");
    });
  };
}
