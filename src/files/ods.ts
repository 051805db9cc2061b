/**
 * OpenDocument sheets say "this row, repeated a million times" in one element. SheetJS expands every
 * repeated row and cell that holds something before our cell limit can count them, so a 30 KB .ods can
 * take seconds and gigabytes (found by fuzzing). The cells content.xml will expand to are counted here,
 * from the markup, before SheetJS sees the file.
 */
import { inflateSync } from "fflate";
import { entryData, listZipEntries } from "./zip";

const TAGS = /<table:table-row\b([^>]*?)(\/?)>|<\/table:table-row>|<table:(?:covered-)?table-cell\b([^>]*?)(\/?)>/g;

function repeat(attributes: string, name: string): number {
  const m = new RegExp(`table:${name}="(\\d+)"`).exec(attributes);
  return m ? Number(m[1]) : 1;
}

/** Cells holding something once every repeat is expanded; null when content.xml cannot be looked at. */
export function odsFilledCells(bytes: Uint8Array, stopAbove: number): number | null {
  const entry = listZipEntries(bytes)?.find((e) => e.name === "content.xml");
  if (!entry) return null;
  const stored = entryData(bytes, entry);
  if (!stored) return null;
  // Sizes and checksums were proved by inspectZip before this runs: inflating is bounded by them.
  const xml = entry.method === 0 ? stored : inflateSync(stored, { out: new Uint8Array(entry.size) });
  const text = new TextDecoder().decode(xml);
  let total = 0;
  let rowRepeat = 1;
  let rowCells = 0;
  for (const m of text.matchAll(TAGS)) {
    if (m[0].startsWith("</")) {
      total += rowRepeat * rowCells;
      if (total > stopAbove) return total;
      rowRepeat = 1;
      rowCells = 0;
    } else if (m[0].startsWith("<table:table-row")) {
      rowRepeat = m[2] ? 0 : repeat(m[1], "number-rows-repeated");
      rowCells = 0;
    } else {
      // A cell with children (text) or a typed value holds something; an empty one only moves the column.
      const attributes = m[3];
      if (!m[4] || /office:value-type=/.test(attributes)) rowCells += repeat(attributes, "number-columns-repeated");
    }
  }
  return total;
}
