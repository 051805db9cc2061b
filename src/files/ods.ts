/**
 * OpenDocument sheets say "this row, repeated a million times" in one element, and "a hundred million
 * spaces" in another (`<text:s text:c="…"/>`). SheetJS expands every repeated row and cell that holds
 * something, and every run of spaces, before our limits can count them, so a 30 KB .ods can take
 * seconds and gigabytes (both found by fuzzing). What content.xml (or a flat .fods) will expand to is
 * counted here, from the markup, before SheetJS sees the file.
 */
import { a1 } from "../engine/grid";
import { messages } from "./messages";
import type { Failure } from "./types";
import { packageContent, type ZipPackage } from "./zip";

const TAGS =
  /<table:table\b[^>]*?table:name="([^"]*)"[^>]*>|<table:table-row\b([^>]*?)(\/?)>|<\/table:table-row>|<table:(?:covered-)?table-cell\b([^>]*?)(\/?)>|<text:s\b([^>]*?)\/?>/g;

/** The count attributes, compiled once: the scan runs them on every row, cell and run of spaces. */
const ROWS = /table:number-rows-repeated="(\d+)"/;
const COLUMNS = /table:number-columns-repeated="(\d+)"/;
const SPACES = /text:c="(\d+)"/;

function repeat(attributes: string, count: RegExp): number {
  const m = count.exec(attributes);
  return m ? Number(m[1]) : 1;
}

export interface OdsCaps {
  /** Cells holding something once every repeat is expanded. */
  cells: number;
  /** Characters of one cell's runs of spaces. */
  text: number;
}

/**
 * Refuses markup that expands past the caps: more filled cells than `caps.cells`, or a cell whose runs
 * of spaces alone exceed `caps.text` characters (named by its sheet and address). Null when within.
 */
export function checkOdsMarkup(xml: string, caps: OdsCaps): Failure | null {
  let sheet = "";
  let total = 0;
  let row = 0;
  let rowRepeat = 1;
  let rowCells = 0;
  let col = 0;
  let cellCol = 0;
  let spaces = 0;
  for (const m of xml.matchAll(TAGS)) {
    const tag = m[0];
    if (m[1] !== undefined) {
      sheet = m[1];
      row = 0;
    } else if (tag.startsWith("</")) {
      total += rowRepeat * rowCells;
      if (total > caps.cells) return messages.tooManyCells(caps.cells);
      row += rowRepeat;
    } else if (tag.startsWith("<table:table-row")) {
      const n = repeat(m[2], ROWS);
      // A self-closed row holds nothing and has no closing tag: it only moves the row.
      rowRepeat = m[3] ? 0 : n;
      if (m[3]) row += n;
      rowCells = 0;
      col = 0;
    } else if (tag.startsWith("<text:s")) {
      spaces += repeat(m[6], SPACES);
      if (spaces > caps.text) {
        const where = `${sheet}!${a1(Math.min(row, 1_048_575), Math.min(cellCol, 16_383))}`;
        return messages.textTooLong(where, spaces, caps.text);
      }
    } else {
      // A cell with children (text) or a typed value holds something; an empty one only moves the column.
      const n = repeat(m[4], COLUMNS);
      if (!m[5] || /office:value-type=/.test(m[4])) rowCells += n;
      cellCol = col;
      col += n;
      spaces = 0;
    }
  }
  return null;
}

/** checkOdsMarkup on an .ods package's content.xml; null as well when there is none to look at. */
export function checkOdsPackage(bytes: Uint8Array, zip: ZipPackage, caps: OdsCaps): Failure | null {
  const entry = zip.entries.find((e) => e.name === "content.xml");
  // Sizes were proved by inspectZip before this runs: inflating is bounded by them.
  const xml = entry ? packageContent(bytes, zip, entry) : null;
  return xml ? checkOdsMarkup(new TextDecoder().decode(xml), caps) : null;
}
