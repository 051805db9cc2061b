import type { Consolidation } from "../consolidate/consolidate";
import type { Lang } from "../findings";
import type { SheetSpec } from "../sheetspec";
import type { Template } from "../../templates/types";
import { findingsSheet, unitsSheet } from "./checks";
import { dataSheet } from "./data";
import { summarySheet } from "./summary";

/** The four sheets of a consolidation, in the order a user reads them. */
export function consolidationSheets(c: Consolidation, template: Template, lang: Lang = "vi"): SheetSpec[] {
  const unitOfFile = new Map(c.entries.filter((e) => e.file).map((e) => [e.file!, e.name]));
  return [
    summarySheet(c, template),
    dataSheet(c, template),
    findingsSheet(c.findings, (file) => (file ? unitOfFile.get(file) ?? "" : ""), lang),
    unitsSheet(c, lang),
  ];
}
