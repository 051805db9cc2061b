/**
 * Runs SheetJS on a workbook (grids.ts turns what it returns into Grids). SheetJS is trusted to parse;
 * it is not trusted to never throw or never log, so every call is wrapped. This is the only module that
 * loads SheetJS for reading: the CLI's reading workers load it only for a file that needs it (read.ts).
 */
import * as XLSX from "@e965/xlsx";
import { messages } from "./messages";
import { quietly } from "./quiet";
import type { Failure } from "./types";

export const BASE_OPTIONS: XLSX.ParsingOptions = {
  cellFormula: true,
  cellNF: true,
  cellText: true,
  cellHTML: false, // SheetJS would also render every rich text as HTML, which nothing here reads
  cellDates: false, // dates as Excel serial numbers, as the Grid contract says
  sheetStubs: true, // keeps formulas whose cached value is empty (LibreOffice's IF(…;"") in .xls)
  dense: true,
  WTF: false,
  bookVBA: false,
};

/**
 * Parses bytes (binary formats) or decoded text (HTML, SpreadsheetML, flat ODS). `textAsText` keeps
 * every HTML cell as the text shown: HTML carries no types, and SheetJS would otherwise read vi-VN
 * `8,1` as 81 and `2.465` as 2.465 (FORM.md "Numbers": that judgement belongs to the engine).
 * `shownText: false` skips SheetJS formatting every number into its shown text (`w`), 40 % of its
 * time on a report: for formats whose cells always carry their number format (`z`), the engine needs
 * nothing of `w` (numbers.ts reads a percentage from `z`, and from `w` only when there is no `z`).
 */
export function parseWorkbook(input: Uint8Array | string, textAsText = false, shownText = true): XLSX.WorkBook | Failure {
  // A bare BIFF stream goes in as "buffer": SheetJS's "array" path would copy it into a plain Array
  // of numbers (8 bytes a byte); every SheetJS read of it is a plain index or a Uint8Array method.
  const isBiff = typeof input !== "string" && input[0] === 0x09 && input[1] === 0x08;
  const options: XLSX.ParsingOptions = { ...BASE_OPTIONS, type: typeof input === "string" ? "string" : isBiff ? "buffer" : "array" };
  if (textAsText) options.raw = true;
  if (!shownText) options.cellText = false;
  try {
    const wb = quietly(() => XLSX.read(input, options));
    if (!wb || typeof wb !== "object" || !Array.isArray(wb.SheetNames) || !wb.Sheets) return messages.corrupt();
    return wb;
  } catch (e) {
    return failureFromError(e);
  }
}

/** SheetJS's messages, mapped to what the user can do about them. */
export function failureFromError(e: unknown): Failure {
  const text = e instanceof Error ? e.message : String(e);
  // "File is password-protected", "Password is incorrect", "Encryption scheme unsupported",
  // "ECMA-376 Encrypted file …", "Unsupported ZIP encryption".
  if (/password|encrypt/i.test(text)) return messages.encrypted();
  return messages.corrupt();
}

/** SheetJS's number-format table as its last read left it: a cell's format by id, for formats that give ids. */
export function formatTable(): Record<number, string> {
  return XLSX.SSF.get_table() as Record<number, string>;
}

/**
 * Gives SheetJS a zlib for the zip entries it inflates (its CFB use_zlib hook); the CLI's is Node's
 * (src/cli/zlib.ts).
 */
export function useZlib(zlib: unknown): void {
  (XLSX.CFB as { utils: { use_zlib(z: unknown): void } }).utils.use_zlib(zlib);
}
