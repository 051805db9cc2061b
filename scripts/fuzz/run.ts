/**
 * What one fuzz case and one batch do: the same calls the doors make. A case is `checkFileBytes`
 * (read + validate); a batch is `consolidate` → `consolidationSheets` → `renderWorkbook` over the
 * checks of the last cases (timed), then the written workbook read back (not timed). Exceptions are left to escape:
 * the caller counts them as crashes, since none of these is meant to throw on any input.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NODE_ZIP } from "../../src/cli/deflate";
import { nodeReadOptions } from "../../src/cli/zlib";
import type { FileCheck } from "../../src/engine/check";
import { readRoster } from "../../src/engine/consolidate/roster";
import type { RosterUnit } from "../../src/engine/consolidate/units";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { consolidationSheets } from "../../src/engine/sheets/consolidation";
import { checkFileBytes } from "../../src/files/checkFile";
import { DEFAULT_LIMITS, readWorkbook } from "../../src/files/index";
import { isFailure } from "../../src/files/types";
import { inspectZip } from "../../src/files/zip";
import { BCXDD } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import type { FuzzCase } from "./cases";
import { REPO } from "./corpus";
import { caseSeed, rng } from "./rng";

export type Outcome = "report" | "no_form" | "unreadable";

export interface CaseResult {
  ms: number;
  outcome: Outcome;
  /** Broken promises of the result's shape (a finding without a message, say); empty when sound. */
  problems: string[];
  /** A figure or stated percentage that is not a finite number (see the report: a known bug). */
  nonFinite: boolean;
  check: FileCheck;
}

function problemsOf(check: FileCheck): string[] {
  const problems: string[] = [];
  if (!Array.isArray(check.findings)) return ["findings is not an array"];
  for (const f of check.findings) {
    if (!["error", "warning", "info"].includes(f.severity)) problems.push(`${f.rule}: severity ${String(f.severity)}`);
    if (typeof f.message?.vi !== "string" || !f.message.vi || typeof f.message?.en !== "string" || !f.message.en) problems.push(`${f.rule}: message missing`);
  }
  if (check.unreadable && check.report) problems.push("unreadable file with a report");
  return problems;
}

function hasNonFinite(check: FileCheck): boolean {
  if (!check.report) return false;
  return Object.values(check.report.rows).some(
    (row) =>
      [row.plan, row.actual, row.ytd].some((f) => f.value !== null && !Number.isFinite(f.value)) ||
      (row.statedPct !== null && !Number.isFinite(row.statedPct.points)),
  );
}

/** Reads and validates one mutated file, timed. */
export function runCase(c: FuzzCase): CaseResult {
  const start = performance.now();
  const check = checkFileBytes(c.bytes, `${c.index}-${c.name}`, BCXDD, null, undefined, c.nodeZlib ? nodeReadOptions : undefined);
  const ms = performance.now() - start;
  const outcome: Outcome = check.unreadable ? "unreadable" : check.report ? "report" : "no_form";
  return { ms, outcome, problems: problemsOf(check), nonFinite: hasNonFinite(check), check };
}

let roster: RosterUnit[] | null = null;
function exampleRoster(): RosterUnit[] {
  if (!roster) {
    const read = readWorkbook(new Uint8Array(readFileSync(join(REPO, "examples/danh-sach-don-vi.csv"))), "danh-sach-don-vi.csv");
    const units = read.ok ? readRoster(read.grids[0]) : null;
    roster = units?.ok ? units.units : [];
  }
  return roster;
}

/**
 * The written workbook is read back whole up to this size. Above it (a damaged file can give tens of
 * thousands of findings, so a `Kiểm tra` sheet of 65,000 rows), only its zip is proven: reading
 * such a workbook back takes SheetJS seconds, which is the harness's time, not the product's.
 */
const READ_BACK_MAX_BYTES = 512 * 1024;

export interface BatchResult {
  ms: number;
  /** Why the written workbook does not read back, when it does not. */
  problem: string | null;
}

/** Consolidates a batch of checks and writes the workbook, as the CLI's `consolidate` does. */
export function runBatch(checks: FileCheck[], seed: number, batch: number): BatchResult {
  const r = rng(caseSeed(seed ^ 0x5bd1e995, batch));
  const start = performance.now();
  const result = consolidate(checks, BCXDD, { roster: r.chance(0.3) ? exampleRoster() : null });
  const sheets = consolidationSheets(result, BCXDD, r.pick(["vi", "en"] as const));
  const bytes = renderWorkbook(sheets, r.chance(0.5) ? NODE_ZIP : {});
  const ms = performance.now() - start;
  if (bytes.length > READ_BACK_MAX_BYTES) {
    const zip = inspectZip(bytes, DEFAULT_LIMITS, nodeReadOptions.verifyDeflate);
    return { ms, problem: isFailure(zip) ? `written workbook is not a sound zip: ${zip.reason.en}` : null };
  }
  const back = readWorkbook(bytes, "tong-hop.xlsx", undefined, nodeReadOptions);
  return { ms, problem: back.ok ? null : `written workbook does not read back: ${back.reason.en}` };
}
