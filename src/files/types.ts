/**
 * The types of the file reader, kept apart from index.ts so that every helper module can import them
 * without importing the orchestration (and so without import cycles).
 */
import type { Grid } from "../engine/grid";

export type ReadFailure =
  | "too_large"
  | "too_many_cells"
  | "encrypted"
  | "corrupt"
  | "empty"
  | "not_workbook"
  | "unsupported"
  /** Reading was stopped by a door's time or memory bound (the parser itself never returns this). */
  | "too_slow";

export type WorkbookFormat = "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" | "csv" | "html" | "xml";

/** A reason shown to the person who uploaded the file: what is wrong and what to do about it. */
export interface Reason {
  vi: string;
  en: string;
}

export type WorkbookRead =
  | {
      ok: true;
      grids: Grid[];
      format: WorkbookFormat;
      /**
       * Names of the sheets the workbook marks as hidden (their grids are in `grids` too: the caller
       * decides). Only as reliable as the format: .ods, HTML and CSV never report hidden sheets here.
       */
      hiddenSheets?: string[];
    }
  | { ok: false; failure: ReadFailure; reason: Reason };

export interface ReadLimits {
  /** Size of the file itself. */
  maxBytes: number;
  /** Cells over all grids, counted as the area rowCount × colCount of each grid (the Grid is dense). */
  maxCells: number;
  /** Characters in one cell's text (Excel's own limit is 32,767). */
  maxTextLength: number;
  /** Sum of the sizes a zip package (xlsx, ods…) declares for its entries once inflated. */
  maxUncompressedBytes: number;
  /** Inflated size ÷ file size, for zip packages. */
  maxCompressionRatio: number;
}

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxBytes: 25 * 1024 * 1024,
  maxCells: 2_000_000,
  maxTextLength: 32_767,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
});

/** An internal "this file cannot be read" value; readWorkbook turns it into `{ ok: false, … }`. */
export interface Failure {
  failure: ReadFailure;
  reason: Reason;
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === "object" && x !== null && "failure" in x && "reason" in x;
}

/**
 * Proves one deflated zip entry honest: it inflates to exactly `size` bytes (never producing more)
 * with CRC-32 `crc`. SheetJS's own inflater can loop forever on damaged data, so every entry is
 * checked before SheetJS sees it. The default is fflate's, in plain JavaScript; a Node door passes
 * native zlib, several times faster.
 */
export type VerifyDeflate = (data: Uint8Array, size: number, crc: number) => boolean;

export interface ReadOptions {
  verifyDeflate?: VerifyDeflate;
}
