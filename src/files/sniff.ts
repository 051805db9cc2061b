/**
 * Decides what a file really is from its first bytes. Units rename files freely (an HTML export saved
 * as ".xls", a CSV called ".xlsx", a screenshot attached as the report), so the extension is never
 * trusted: only the content decides which reader runs.
 */
import { KINDS } from "./messages";

export type Sniffed =
  /** A zip package: xlsx, xlsm, xlsb or ods (zip.ts tells which). */
  | { kind: "zip" }
  /** An OLE2 compound file: .xls, an encrypted OOXML package, or some other Office document. */
  | { kind: "cfb" }
  /** A bare BIFF stream: Excel 2–4 files, or a BIFF5/8 workbook stream without its compound file. */
  | { kind: "biff"; old: boolean }
  /** Something we recognise and refuse, with what it is. */
  | { kind: "other"; what: { vi: string; en: string }; supported: false }
  /** Anything else: possibly text (CSV, HTML, SpreadsheetML), decided by text.ts. */
  | { kind: "unknown" };

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

const ascii = (s: string): number[] => Array.from(s, (ch) => ch.charCodeAt(0));

export function sniffBytes(bytes: Uint8Array): Sniffed {
  // Local file header, or the "empty zip" end record: both are zips to be inspected.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: "zip" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "cfb" };
  // BIFF BOF record: 0x0009 (BIFF2), 0x0209 (BIFF3), 0x0409 (BIFF4), 0x0809 (BIFF5/8), then a small length.
  if (bytes.length >= 8 && bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1]) && bytes[3] === 0 && bytes[2] >= 4 && bytes[2] <= 20) {
    return { kind: "biff", old: bytes[1] !== 0x08 };
  }
  const other = (what: { vi: string; en: string }): Sniffed => ({ kind: "other", what, supported: false });
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return other(KINDS.png);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return other(KINDS.jpeg);
  if (startsWith(bytes, ascii("GIF8"))) return other(KINDS.gif);
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return other(KINDS.tiff);
  if (startsWith(bytes, ascii("%PDF"))) return other(KINDS.pdf);
  if (startsWith(bytes, ascii("{\\rtf"))) return other(KINDS.rtf);
  if (startsWith(bytes, ascii("MZ"))) return other(KINDS.exe);
  if (startsWith(bytes, ascii("Rar!"))) return other(KINDS.rar);
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return other(KINDS.sevenZip);
  if (startsWith(bytes, [0x1f, 0x8b])) return other(KINDS.gzip);
  return { kind: "unknown" };
}

/** What a decoded text holds; `head` is its first few KB, BOM and leading whitespace removed. */
export type TextKind = "html" | "spreadsheetml" | "fods" | "xml-other" | "mht" | "text";

export function sniffText(text: string): TextKind {
  const head = text.slice(0, 8192).trimStart().toLowerCase();
  if (head.startsWith("mime-version:")) return "mht";
  if (!head.startsWith("<")) return "text";
  // SpreadsheetML 2003 ("XML Spreadsheet") names its namespace near the top; so does flat ODS.
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "spreadsheetml";
  if (head.includes("urn:oasis:names:tc:opendocument:xmlns:office")) return "fods";
  // An HTML export ("Web page" saved as .xls, possibly XHTML): SheetJS reads its <table>s.
  if (/<html|<!doctype html|<table/.test(head)) return "html";
  if (head.startsWith("<?xml")) return "xml-other";
  // Some other text that happens to start with "<": let the CSV reader judge it.
  return "text";
}
