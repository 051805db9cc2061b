/**
 * One workbook given as an earlier period (`--previous`, Kỳ trước): our own consolidated workbook (read from its
 * data tables), else a unit's file (read and checked as any report, to take its figures). Pure: every door
 * reads the bytes into grids its own way and hands them here.
 */
import type { FileCheck } from "../check";
import { checkWorkbook, type CheckWorkbookOptions } from "../forms/checkWorkbook";
import type { Grid } from "../grid";
import { snapshotsOfConsolidation } from "./fromTable";
import type { Snapshot } from "./types";

export type EarlierWorkbook = { kind: "consolidation"; snapshots: Snapshot[] } | { kind: "units"; check: FileCheck };

export function readEarlierWorkbook(grids: readonly Grid[], file: string, forms: CheckWorkbookOptions, modified: number | null = null): EarlierWorkbook {
  const snapshots = snapshotsOfConsolidation(grids, file);
  if (snapshots) return { kind: "consolidation", snapshots };
  return { kind: "units", check: checkWorkbook([...grids], file, forms, modified) };
}
