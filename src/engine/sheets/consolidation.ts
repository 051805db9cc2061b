import type { Consolidation } from "../consolidate/consolidate";
import type { Finding, Lang } from "../findings";
import type { SheetSpec } from "../sheetspec";
import type { Template } from "../../templates/types";
import { findingsSheet, unitsSheet } from "./checks";
import { dataSheet } from "./data";
import { summarySheet } from "./summary";
import type { SigningSettings } from "../print/letterhead";

/** Every finding the `Kiểm tra` sheet lists, and the unit each file is from; by default BC-XDĐ's own. */
export interface FindingsOverride {
  findings: Finding[];
  unitOfFile(file: string | undefined): string;
}

/**
 * The four sheets of a consolidation, in the order a user reads them; `signing` fills the letterhead and
 * signature block of `Tổng hợp` (dots where it says nothing).
 */
export function consolidationSheets(c: Consolidation, template: Template, lang: Lang = "vi", checks?: FindingsOverride, signing: SigningSettings = {}): SheetSpec[] {
  const unitOfFile = new Map(c.entries.filter((e) => e.file).map((e) => [e.file!, e.name]));
  return [
    summarySheet(c, template, signing),
    dataSheet(c, template),
    checks ? findingsSheet(checks.findings, checks.unitOfFile, lang) : findingsSheet(c.findings, (file) => (file ? unitOfFile.get(file) ?? "" : ""), lang),
    unitsSheet(c, lang),
  ];
}
