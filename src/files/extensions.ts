/**
 * The file names a user may pick, apart from the reader: the CLI's main thread lists a folder with
 * these and leaves the reading (SheetJS) to its workers, so it must not load the reader to know them.
 */

export const ACCEPTED_EXTENSIONS = [".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv"];

/** "Báo cáo Q1.XLSX" → ".xlsx"; "" when the name has none (".csv" alone is a hidden file's name). */
export function fileExtension(name: string): string {
  const base = String(name ?? "").split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  if (dot <= 0 || dot === base.length - 1) return "";
  return base.slice(dot).toLowerCase();
}
