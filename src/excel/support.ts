/**
 * Whether the running Excel has an ExcelApi requirement set. Outside Office (the browser mode, tests
 * without a fake) `Office.context.requirements` is undefined: that answers false, never throws.
 */
export function apiSupported(version: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const requirements = office?.context?.requirements;
    if (!requirements || typeof requirements.isSetSupported !== "function") return false;
    return requirements.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

/** Optional features, by the requirement set that brings them. */
export const FEATURE_SET = {
  dataValidation: "1.8",
  pivotTables: "1.8",
  fillPattern: "1.9",
  pageLayout: "1.9",
} as const;
