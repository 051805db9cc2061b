/**
 * A workbook lists its sheets, each pointing at its part by a relationship id. SheetJS parses the part
 * once per entry, so a 20 KB .xlsx whose workbook.xml names the same part 120 times is parsed 120
 * times, and the engine searches 120 grids (found by fuzzing: 2.6 s). Excel, LibreOffice and SheetJS
 * never write two sheets on one part: such a list is damage, refused before SheetJS runs.
 */
import { messages } from "./messages";
import type { Failure } from "./types";
import { packageContent, type ZipPackage } from "./zip";

/** `<sheet name="…" sheetId="…" r:id="rId2"/>`, whatever prefixes the namespaces were given. */
const SHEET = /<(?:[\w.-]+:)?sheet\s[^>]*?\b[\w.-]+:id\s*=\s*["']([^"']*)["']/g;

/** Whether the relationship ids name some part twice. */
export function hasRepeats(ids: Iterable<string>): boolean {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** An .xlsx/.xlsm package's sheet list, checked: a Failure when a part is listed twice. */
export function checkSheetList(bytes: Uint8Array, zip: ZipPackage): Failure | null {
  const entry = zip.entries.find((e) => e.name.toLowerCase() === "xl/workbook.xml");
  // Sizes were proved by inspectZip before this runs: inflating is bounded by them.
  const xml = entry ? packageContent(bytes, zip, entry) : null;
  if (!xml) return null;
  const ids = [...new TextDecoder().decode(xml).matchAll(SHEET)].map((m) => m[1]);
  return hasRepeats(ids) ? messages.corrupt() : null;
}
