/**
 * Reads the workbook files units send (xlsx, xlsm, xlsb, xls, ods, CSV, and the HTML or XML files
 * some systems export under an .xls name) into Grids. Runs in the browser and in Node: no Node APIs.
 *
 * readWorkbook never throws: every file it cannot read comes back as `{ ok: false, failure, reason }`,
 * the reason saying in Vietnamese (and English) what to do. Order of the checks: size; the real
 * format from the bytes, never the extension (sniff.ts, text.ts); the container, checked before any
 * parser inflates or walks it (zip.ts: sizes, ratio, CRC; cfb.ts and biff.ts: the .xls structure
 * SheetJS would loop on); then SheetJS (sheetjs.ts) or our own CSV parser (csv.ts); then the cell and
 * text limits while the grids are built.
 *
 * On hangs: SheetJS is synchronous and cannot be interrupted, so "never hangs" rests on those checks.
 * They cover every endless loop found by fuzzing damaged copies of the fixtures (see biff.ts and
 * zip.ts); a file crafted against SheetJS's XML parsers with valid checksums is not covered.
 */
import type { Grid } from "../engine/grid";
import { checkBiffStream } from "./biff";
import { workbookStream } from "./cfb";
import { csvToGrid } from "./csv";
import { KINDS, messages } from "./messages";
import { parseWorkbook, workbookToGrids } from "./sheetjs";
import { sniffBytes, sniffText } from "./sniff";
import { decodeText } from "./text";
import { DEFAULT_LIMITS, isFailure, type Failure, type ReadLimits, type ReadOptions, type WorkbookFormat, type WorkbookRead } from "./types";
import { inspectZip } from "./zip";

export { DEFAULT_LIMITS } from "./types";
export type { ReadFailure, ReadLimits, ReadOptions, Reason, VerifyDeflate, WorkbookFormat, WorkbookRead } from "./types";

export const ACCEPTED_EXTENSIONS = [".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv"];

/** "Báo cáo Q1.XLSX" → ".xlsx"; "" when the name has none (".csv" alone is a hidden file's name). */
export function fileExtension(name: string): string {
  const base = String(name ?? "").split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  if (dot <= 0 || dot === base.length - 1) return "";
  return base.slice(dot).toLowerCase();
}

/** The sheet name a CSV gets: its file name without extension, as Excel does (31 characters at most). */
function csvSheetName(fileName: string): string {
  const base = String(fileName ?? "").split(/[\\/]/).pop() ?? "";
  const ext = fileExtension(base);
  const stem = (ext ? base.slice(0, -ext.length) : base).replace(/[\\/?*[\]:]/g, "_").trim();
  return stem.slice(0, 31) || "Sheet1";
}

function refuse(f: Failure): WorkbookRead {
  return { ok: false, failure: f.failure, reason: f.reason };
}

function limitsOf(partial?: Partial<ReadLimits>): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const v = partial?.[key];
    // A limit given as NaN, negative or not a number is ignored rather than disabling the check.
    if (typeof v === "number" && v >= 0 && !Number.isNaN(v)) out[key] = v;
  }
  return out;
}

/** SheetJS's workbook, as grids; an empty workbook is refused as such. */
function gridsFrom(input: Uint8Array | string, format: WorkbookFormat, limits: ReadLimits, textAsText = false): WorkbookRead {
  const wb = parseWorkbook(input, textAsText);
  if (isFailure(wb)) return refuse(wb);
  const converted = workbookToGrids(wb, limits);
  if (isFailure(converted)) return refuse(converted);
  if (!converted.grids.some((g) => g.rowCount > 0)) return refuse(messages.noData());
  return { ok: true, grids: converted.grids, format, hiddenSheets: converted.hiddenSheets };
}

function readBiff(stream: Uint8Array, limits: ReadLimits): WorkbookRead {
  const damage = checkBiffStream(stream);
  if (damage) return refuse(damage);
  return gridsFrom(stream, "xls", limits);
}

function readText(bytes: Uint8Array, fileName: string, limits: ReadLimits): WorkbookRead {
  const decoded = decodeText(bytes);
  if (!decoded) return refuse(messages.notWorkbook(KINDS.binary));
  const text = decoded.text;
  if (text.trim() === "") return refuse(messages.empty());
  switch (sniffText(text)) {
    case "spreadsheetml":
      return gridsFrom(text.trimStart(), "xml", limits);
    case "fods":
      return gridsFrom(text.trimStart(), "ods", limits);
    case "html":
      if (!/<table/i.test(text)) return refuse(messages.notWorkbook(KINDS.htmlNoTable));
      return gridsFrom(text.trimStart(), "html", limits, true);
    case "xml-other":
      return refuse(messages.notWorkbook(KINDS.xml));
    case "mht":
      return refuse(messages.unsupported(KINDS.mht));
    case "text": {
      const grid: Grid | Failure = csvToGrid(text, csvSheetName(fileName), limits);
      if (isFailure(grid)) return refuse(grid);
      return { ok: true, grids: [grid], format: "csv", hiddenSheets: [] };
    }
  }
}

function read(bytes: Uint8Array, fileName: string, limits: ReadLimits, options: ReadOptions): WorkbookRead {
  if (bytes.length === 0) return refuse(messages.empty());
  if (bytes.length > limits.maxBytes) return refuse(messages.tooManyBytes(bytes.length, limits.maxBytes));
  const sniffed = sniffBytes(bytes);
  switch (sniffed.kind) {
    case "zip": {
      const format = inspectZip(bytes, limits, options.verifyDeflate);
      if (isFailure(format)) return refuse(format);
      return gridsFrom(bytes, format, limits);
    }
    case "cfb": {
      // SheetJS gets only the workbook stream (see cfb.ts), checked first (see biff.ts).
      const stream = workbookStream(bytes);
      if (isFailure(stream)) return refuse(stream);
      return readBiff(stream, limits);
    }
    case "biff":
      return sniffed.old ? refuse(messages.unsupported(KINDS.excelOld)) : readBiff(bytes, limits);
    case "other":
      return refuse(messages.notWorkbook(sniffed.what));
    case "unknown":
      return readText(bytes, fileName, limits);
  }
}

/**
 * Reads one file. `fileName` only names a CSV's sheet: the format is always sniffed from the bytes.
 * Never throws; every failure is `{ ok: false }` with a reason for the user.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, limits?: Partial<ReadLimits>, options: ReadOptions = {}): WorkbookRead {
  try {
    if (!(bytes instanceof Uint8Array)) return refuse(messages.notWorkbook());
    return read(bytes, fileName, limitsOf(limits), options);
  } catch {
    // Every step above is meant to return its own failure; this is the last guard of "never throws"
    // (a RangeError from an allocation the limits did not foresee, for instance).
    return refuse(messages.corrupt());
  }
}
