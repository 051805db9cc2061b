/**
 * A direct reader of .xlsx/.xlsm worksheets: the parts a reading needs (sheet list, shared strings,
 * styles, worksheets), read into the same dense worksheets SheetJS makes, so that grids.ts turns
 * them into Grids exactly as before. SheetJS reads every part of a package and formats as it goes;
 * this reads four kinds, in a single pass each, three to four times faster (README, Benchmark). Anything
 * it does not know for certain (see package.ts and sheet.ts) makes it return null, and SheetJS reads
 * the file as it always has: it is never a second opinion, only a faster path to the same one
 * (test/files/ooxml/direct.test.ts compares both on every .xlsx we have, damaged.test.ts on damaged ones).
 */
import type { WorkSheet } from "@e965/xlsx";
import type { SheetSource } from "../grids";
import { packageContent, type ZipPackage } from "../zip";
import { packageMap } from "./package";
import { readSheet } from "./sheet";
import { sharedStrings } from "./strings";
import { styleFormats } from "./styles";
import { memoized } from "../../engine/memo";

const utf8 = new TextDecoder("utf-8");

/**
 * A batch's workbooks mostly come from one template, and so share their styles part to the byte: its
 * formats are read once (a tenth of a unit's reading). Frozen, as every file that shares them reads them.
 */
const formatsOf = memoized((xml: string) => {
  const formats = styleFormats(xml);
  return formats && Object.freeze(formats);
}, 16);

/** The package's parts by lower-case name (zip.ts and SheetJS find them whatever their case). */
function partReader(bytes: Uint8Array, zip: ZipPackage) {
  const byName = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e]));
  return {
    has: (path: string) => byName.has(path.toLowerCase()),
    /** A part's text; null when missing, damaged, or not UTF-8 (a UTF-16 part is left to SheetJS). */
    text(path: string): string | null {
      const entry = byName.get(path.toLowerCase());
      if (!entry) return null;
      const raw = packageContent(bytes, zip, entry);
      zip.xml.delete(entry); // read once: not kept longer than this read
      if (!raw || (raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff)) return null;
      return utf8.decode(raw);
    },
  };
}

/**
 * The workbook's worksheets, read directly; null when SheetJS should read this package. `zip` has
 * been proved honest by inspectZip (sizes and CRCs), which bounds what is inflated.
 */
export function readOoxml(bytes: Uint8Array, zip: ZipPackage): SheetSource | null {
  try {
    const parts = partReader(bytes, zip);
    const [types, workbook, rels] = [parts.text("[Content_Types].xml"), parts.text("xl/workbook.xml"), parts.text("xl/_rels/workbook.xml.rels")];
    if (types === null || workbook === null || rels === null) return null;
    const map = packageMap(types, workbook, rels, parts.has);
    if (!map) return null;
    const stringsXml = map.strings === null ? null : parts.text(map.strings);
    const strings = stringsXml === null ? null : sharedStrings(stringsXml);
    if (map.strings !== null && strings === null) return null;
    const stylesXml = map.styles === null ? null : parts.text(map.styles);
    const formats = stylesXml === null ? [] : formatsOf(stylesXml);
    if (formats === null || (map.styles !== null && stylesXml === null)) return null;

    const sheets: Record<string, WorkSheet> = {};
    for (const part of map.sheets) {
      const xml = parts.text(part.path);
      const ws = xml === null ? null : readSheet(xml, { strings, formats });
      if (!ws) return null;
      sheets[part.name] = ws;
    }
    return { SheetNames: map.sheets.map((s) => s.name), Sheets: sheets, Workbook: { Sheets: map.sheets.map((s) => ({ Hidden: s.hidden })) } };
  } catch {
    return null; // a shape nobody foresaw: SheetJS reads it, and says what is wrong if anything is
  }
}
