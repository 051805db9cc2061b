/**
 * Reads the workbook files units send (xlsx, xlsm, xlsb, xls, ods, CSV, and the HTML or XML files
 * some systems export under an .xls name) into Grids. Runs in the browser and in Node: no Node APIs.
 *
 * readWorkbook never throws: every file it cannot read comes back as `{ ok: false, failure, reason }`,
 * the reason saying in Vietnamese (and English) what to do. Order of the checks: size; the real
 * format from the bytes, never the extension (sniff.ts, text.ts); the container, checked before any
 * parser inflates or walks it (zip.ts: sizes, ratio, CRC; cfb.ts and biff.ts: the .xls structure
 * SheetJS would loop on; xlsb.ts: the same for .xlsb records; ods.ts: the cells an .ods's repeats
 * expand to; sheetList.ts: one sheet part listed many times); then the direct .xlsx reader (ooxml/),
 * SheetJS (sheetjs.ts) or our own CSV parser (csv.ts); then the cell and text limits while the grids
 * are built (grids.ts).
 *
 * Excel 5.0/95 files store text in a Windows code page, which SheetJS decodes only with its code-page
 * tables: codepages.ts loads them on demand (readWorkbookAsync does it when a file needs them).
 *
 * On hangs: SheetJS is synchronous and cannot be interrupted, so "never hangs" rests first on those
 * checks. They cover every endless loop and blow-up found by fuzzing damaged copies of the fixtures
 * (see biff.ts, xlsb.ts, ods.ts and zip.ts). What they do not foresee (a file crafted against SheetJS's
 * XML parsers, say) is bounded by the doors: the CLI and the task pane read each file in a worker they
 * stop after a time limit, and list the file as unreadable.
 */
import type { Grid } from "../engine/grid";
import { biffVersion, checkBiffStream } from "./biff";
import { workbookStream } from "./cfb";
import { codepagesLoaded, loadCodepages } from "./codepages";
import { csvToGrid } from "./csv";
import { fileExtension } from "./extensions";
import { KINDS, messages } from "./messages";
import { readOoxml } from "./ooxml/index";
import { workbookToGrids, type SheetSource } from "./grids";
import { sniffBytes, sniffText } from "./sniff";
import { decodeText } from "./text";
import { DEFAULT_LIMITS, isFailure, type Failure, type ReadLimits, type ReadOptions, type WorkbookFormat, type WorkbookRead } from "./types";
import { checkOdsMarkup, checkOdsPackage, type OdsCaps } from "./ods";
import { checkSheetList } from "./sheetList";
import { checkXlsbParts } from "./xlsb";
import { inspectZip, type ZipPackage } from "./zip";

export { DEFAULT_LIMITS } from "./types";
export { ACCEPTED_EXTENSIONS, fileExtension } from "./extensions";
export { codepagesLoaded, loadCodepages } from "./codepages";
export type { ReadFailure, ReadLimits, ReadOptions, Reason, VerifyDeflate, WorkbookFormat, WorkbookRead } from "./types";

/** SheetJS as the reader uses it (sheetjs.ts): given by index.ts, or loaded when first needed (useParserLoader). */
export type Parser = Pick<typeof import("./sheetjs"), "parseWorkbook" | "formatTable" | "useZlib">;

let parser: Parser | null = null;
let loadParser: (() => Promise<Parser>) | null = null;
const parserHooks: ((p: Parser) => void)[] = [];

/** The SheetJS the reader uses from now on. */
export function useParser(p: Parser): void {
  parser = p;
  for (const hook of parserHooks) hook(p);
}

/**
 * How readWorkbookAsync gets SheetJS when a file needs it and none was given: the CLI's reading
 * workers read .xlsx without it (ooxml/), and load it only for another format or an unusual .xlsx.
 */
export function useParserLoader(load: () => Promise<Parser>): void {
  loadParser = load;
}

/** Runs `hook` on SheetJS once the reader has it (now, if it has): the CLI gives it Node's zlib. */
export function whenParser(hook: (p: Parser) => void): void {
  parserHooks.push(hook);
  if (parser) hook(parser);
}

/** What a reading without SheetJS returns when the file needs it: readWorkbookAsync loads it and reads again. */
const NEEDS_PARSER: WorkbookRead = { ok: false, failure: "corrupt", reason: messages.corrupt().reason };

/** The sheet name a CSV gets: its file name without extension, as Excel does (31 characters at most). */
function csvSheetName(fileName: string): string {
  const base = String(fileName ?? "").split(/[\\/]/).pop() ?? "";
  const ext = fileExtension(base);
  const stem = (ext ? base.slice(0, -ext.length) : base).replace(/[\\/?*[\]:]/g, "_").trim();
  return stem.slice(0, 31) || "Sheet1";
}

/**
 * SheetJS expands an .ods's repeated cells at about 300,000 a second here: past this many filled cells the
 * file could not be read in a couple of seconds. A report has a few hundred; LibreOffice repeats only
 * identical neighbours, and empty rows and cells (which cost nothing) are not counted.
 */
const ODS_EXPANDED_CELLS = 250_000;

const odsCaps = (limits: ReadLimits): OdsCaps => ({ cells: Math.min(limits.maxCells, ODS_EXPANDED_CELLS), text: limits.maxTextLength });

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

/**
 * SheetJS's workbook, as grids; an empty workbook is refused as such. `codePageText`: the text was
 * decoded from a Windows code page, whose Vietnamese (1258) writes most tones as combining marks; it
 * is composed (NFC) so that it reads and compares like the same words from any other file.
 */
function gridsFrom(input: Uint8Array | string, format: WorkbookFormat, limits: ReadLimits, textAsText = false, codePageText = false): WorkbookRead {
  // An .xlsx/.xlsm cell always carries its number format: its shown text is not needed (sheetjs.ts).
  if (!parser) return NEEDS_PARSER;
  const wb = parser.parseWorkbook(input, textAsText, format !== "xlsx" && format !== "xlsm");
  return isFailure(wb) ? refuse(wb) : gridsOf(wb, format, limits, codePageText, parser.formatTable());
}

function gridsOf(wb: SheetSource, format: WorkbookFormat, limits: ReadLimits, codePageText = false, formats = {}): WorkbookRead {
  const converted = workbookToGrids(wb, limits, codePageText, formats);
  if (isFailure(converted)) return refuse(converted);
  if (!converted.grids.some((g) => g.rowCount > 0)) return refuse(messages.noData());
  return { ok: true, grids: converted.grids, format, hiddenSheets: converted.hiddenSheets };
}

function readBiff(stream: Uint8Array, limits: ReadLimits): WorkbookRead {
  const version = biffVersion(stream);
  // Excel 5.0/95 text is in a code page: without the tables it would come out garbled, so it is
  // refused rather than misread (readWorkbookAsync loads them first).
  if (version === 5 && !codepagesLoaded()) return refuse(messages.unsupported(KINDS.excel95));
  const damage = checkBiffStream(stream);
  if (damage) return refuse(damage);
  return gridsFrom(stream, "xls", limits, false, version === 5);
}

function readText(bytes: Uint8Array, fileName: string, limits: ReadLimits): WorkbookRead {
  const decoded = decodeText(bytes);
  if (!decoded) return refuse(messages.notWorkbook(KINDS.binary));
  const text = decoded.text;
  if (text.trim() === "") return refuse(messages.empty());
  switch (sniffText(text)) {
    case "spreadsheetml":
      return gridsFrom(text.trimStart(), "xml", limits);
    case "fods": {
      const over = checkOdsMarkup(text, odsCaps(limits));
      return over ? refuse(over) : gridsFrom(text.trimStart(), "ods", limits);
    }
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

/** What each zip format's contents hold that SheetJS would choke on, found before it inflates them. */
function checkContents(bytes: Uint8Array, zip: ZipPackage, limits: ReadLimits): Failure | null {
  switch (zip.format) {
    case "ods":
      return checkOdsPackage(bytes, zip, odsCaps(limits));
    case "xlsb":
      return checkXlsbParts(bytes, zip);
    case "xlsx":
    case "xlsm":
      return checkSheetList(bytes, zip);
  }
}

function read(bytes: Uint8Array, fileName: string, limits: ReadLimits, options: ReadOptions): WorkbookRead {
  if (bytes.length === 0) return refuse(messages.empty());
  if (bytes.length > limits.maxBytes) return refuse(messages.tooManyBytes(bytes.length, limits.maxBytes));
  const sniffed = sniffBytes(bytes);
  switch (sniffed.kind) {
    case "zip": {
      const zip = inspectZip(bytes, limits, options.verifyDeflate);
      if (isFailure(zip)) return refuse(zip);
      const damage = checkContents(bytes, zip, limits);
      if (damage) return refuse(damage);
      // An .xlsx read directly when it holds nothing unusual; SheetJS reads the rest (ooxml/index.ts).
      const direct = zip.format === "xlsx" || zip.format === "xlsm" ? readOoxml(bytes, zip) : null;
      // What SheetJS reads it inflates itself: the parts kept for the direct reader are let go first.
      zip.xml.clear();
      return direct ? gridsOf(direct, zip.format, limits) : gridsFrom(bytes, zip.format, limits);
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
 * Never throws; every failure is `{ ok: false }` with a reason for the user. Excel 5.0/95 files are
 * read once loadCodepages() has resolved, else refused as unsupported: readWorkbookAsync does both.
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

/**
 * Whether reading these bytes needs the code-page tables: an Excel 5.0/95 workbook, in its compound
 * file or as a bare stream. Cheap (the compound file's directory and the first record); never throws.
 */
export function needsCodepages(bytes: Uint8Array): boolean {
  try {
    if (!(bytes instanceof Uint8Array)) return false;
    const sniffed = sniffBytes(bytes);
    if (sniffed.kind === "biff") return biffVersion(bytes) === 5;
    if (sniffed.kind !== "cfb") return false;
    const stream = workbookStream(bytes);
    return !isFailure(stream) && biffVersion(stream) === 5;
  } catch {
    return false;
  }
}

/**
 * readWorkbook, after loading the code-page tables when the file is an Excel 5.0/95 workbook (the
 * only format that needs them). Never rejects; the doors use this one.
 */
export async function readWorkbookAsync(bytes: Uint8Array, fileName: string, limits?: Partial<ReadLimits>, options: ReadOptions = {}): Promise<WorkbookRead> {
  const within = bytes instanceof Uint8Array && bytes.length <= limitsOf(limits).maxBytes;
  if (within && !codepagesLoaded() && needsCodepages(bytes)) await loadCodepages();
  const read = readWorkbook(bytes, fileName, limits, options);
  if (read !== NEEDS_PARSER || !loadParser) return read;
  useParser(await loadParser());
  return readWorkbook(bytes, fileName, limits, options);
}
