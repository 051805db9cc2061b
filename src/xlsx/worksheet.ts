import { a1 } from "../engine/grid";
import type { SheetSpec, SpecMerge, SpecValidation } from "../engine/sheetspec";
import { ByteWriter } from "./bytes";
import { argb } from "./color";
import { MAX_COLS, MAX_ROWS, checkIndex } from "./limits";
import { pageSetUpPrXml, printXml } from "./print";
import { writeSheetData, type SheetDataContext, type Used } from "./sheetData";
import { XML_HEADER, capText, escapeAttr } from "./xml";

/**
 * One worksheet part (`xl/worksheets/sheetN.xml`). Children of `<worksheet>` are written in the
 * order the schema fixes (sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
 * mergeCells, dataValidations, printOptions, pageMargins, pageSetup, drawing, tableParts): Excel rejects other orders.
 */

export interface WorksheetContext extends SheetDataContext {
  /** The sheet shown when the workbook opens. */
  selected: boolean;
  /** Relationship id of the table part in this sheet's rels. */
  tableRelId?: string;
  /** Relationship id of the drawing part (the sheet's charts) in this sheet's rels. */
  drawingRelId?: string;
}

/** Default row height (points) for Times New Roman 12, so rows are not drawn for Calibri 11. */
const DEFAULT_ROW_HEIGHT = 15.75;
/** Excel's maximum column width, in characters. */
const MAX_WIDTH = 255;
/** Excel's limit on a validation's error message. */
const MAX_ERROR_TEXT = 225;

function sheetViewXml(spec: SheetSpec, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const rows = spec.freeze?.rows ?? 0;
  const cols = spec.freeze?.cols ?? 0;
  checkIndex(rows, MAX_ROWS, `Sheet "${spec.name}" freeze.rows`);
  checkIndex(cols, MAX_COLS, `Sheet "${spec.name}" freeze.cols`);
  if (rows === 0 && cols === 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const topLeft = a1(rows, cols);
  const split = `${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

function colsXml(widths: readonly number[] | undefined): string {
  if (!widths || widths.length === 0) return "";
  if (widths.length > MAX_COLS) throw new Error(`widths has ${widths.length} entries; Excel allows ${MAX_COLS} columns`);
  const parts: string[] = [];
  // Runs of equal widths become one <col min max>, which keeps 3,000-column sheets short.
  for (let c = 0; c < widths.length; ) {
    const w = widths[c];
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    if (typeof w === "number" && Number.isFinite(w) && w > 0) {
      parts.push(`<col min="${c + 1}" max="${end + 1}" width="${Math.min(w, MAX_WIDTH)}" customWidth="1"/>`);
    }
    c = end + 1;
  }
  return parts.length ? `<cols>${parts.join("")}</cols>` : "";
}

function mergesXml(spec: SheetSpec): string {
  const merges = spec.merges;
  if (!merges || merges.length === 0) return "";
  const boxes: SpecMerge[] = [];
  for (const m of merges) {
    const box = { r1: Math.min(m.r1, m.r2), r2: Math.max(m.r1, m.r2), c1: Math.min(m.c1, m.c2), c2: Math.max(m.c1, m.c2) };
    checkIndex(box.r1, MAX_ROWS, `Sheet "${spec.name}" merge row`);
    checkIndex(box.r2, MAX_ROWS, `Sheet "${spec.name}" merge row`);
    checkIndex(box.c1, MAX_COLS, `Sheet "${spec.name}" merge column`);
    checkIndex(box.c2, MAX_COLS, `Sheet "${spec.name}" merge column`);
    if (box.r1 === box.r2 && box.c1 === box.c2) continue; // a one-cell merge means nothing
    boxes.push(box);
  }
  // Overlapping merges make Excel repair the file; merges are few, so a pairwise check is fine.
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2) {
        throw new Error(`Sheet "${spec.name}": merged areas ${a1(a.r1, a.c1)}:${a1(a.r2, a.c2)} and ${a1(b.r1, b.c1)}:${a1(b.r2, b.c2)} overlap`);
      }
    }
  }
  if (boxes.length === 0) return "";
  const parts = boxes.map((b) => `<mergeCell ref="${a1(b.r1, b.c1)}:${a1(b.r2, b.c2)}"/>`);
  return `<mergeCells count="${boxes.length}">${parts.join("")}</mergeCells>`;
}

function validationXml(spec: SheetSpec, v: SpecValidation): string {
  const sqref = v.ref.replace(/\$/g, "").trim().toUpperCase();
  if (!/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?( [A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?)*$/.test(sqref)) {
    throw new Error(`Sheet "${spec.name}": validation range "${v.ref}" is not an A1 range`);
  }
  if (v.type !== "whole" && v.type !== "decimal") throw new Error(`Sheet "${spec.name}": validation type "${v.type}" is not supported`);
  if (!Number.isFinite(v.min)) throw new Error(`Sheet "${spec.name}": validation minimum ${v.min} is not a finite number`);
  const error = escapeAttr(capText(v.error ?? "", MAX_ERROR_TEXT));
  return (
    `<dataValidation type="${v.type}" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorStyle="stop"` +
    `${error ? ` error="${error}"` : ""} sqref="${sqref}"><formula1>${v.min}</formula1></dataValidation>`
  );
}

/** `<dimension ref="A1:XFD1048576"/>` is the longest possible dimension element. */
const MAX_DIMENSION_BYTES = 33;

/**
 * The worksheet part, as UTF-8 bytes (large sheets never exist as one string). The parts before
 * `<sheetData>` are known up front except the used range, so room for them is reserved at the
 * start of the buffer and filled in afterwards: the sheet data is never copied.
 */
export function worksheetBytes(spec: SheetSpec, ctx: WorksheetContext): Uint8Array {
  const encoder = new TextEncoder();
  const open: string[] = [
    XML_HEADER,
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  // sheetPr's children in schema order: tabColor, then pageSetUpPr (print.ts).
  const tabColor = spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor, `Sheet "${spec.name}" tabColor`)}"/>` : "";
  const sheetPr = tabColor + pageSetUpPrXml(spec.print);
  if (sheetPr) open.push(`<sheetPr>${sheetPr}</sheetPr>`);
  const beforeDimension = encoder.encode(open.join(""));
  const afterDimension = encoder.encode(
    sheetViewXml(spec, ctx.selected) + `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_HEIGHT}"/>` + colsXml(spec.widths),
  );

  const tail: string[] = [mergesXml(spec)];
  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    tail.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) tail.push(validationXml(spec, v));
    tail.push("</dataValidations>");
  }
  tail.push(printXml(spec));
  // `<drawing>` comes after the page setup and before `<tableParts>` (CT_Worksheet's order).
  if (ctx.drawingRelId) tail.push(`<drawing r:id="${ctx.drawingRelId}"/>`);
  if (ctx.table && ctx.tableRelId) tail.push(`<tableParts count="1"><tablePart r:id="${ctx.tableRelId}"/></tableParts>`);
  tail.push("</worksheet>");

  const reserved = beforeDimension.length + MAX_DIMENSION_BYTES + afterDimension.length;
  // Sized from the widest of the first rows (a title row may hold one cell) so that a big sheet rarely
  // has to grow (and copy) its buffer.
  const widest = spec.rows.slice(0, 20).reduce((w, row) => Math.max(w, row?.length ?? 0), 1);
  const estimate = spec.rows.length * widest * 40;
  const w = new ByteWriter(reserved + Math.min(1 << 28, Math.max(1 << 16, estimate)));
  w.skip(reserved);
  const used: Used = { maxRow: -1, maxCol: -1 };
  writeSheetData(w, spec, ctx, used);
  w.str(tail.join(""));

  // The used range always starts at A1 here; an empty sheet reports just A1, as Excel does.
  const range = used.maxRow <= 0 && used.maxCol <= 0 ? "A1" : `A1:${a1(used.maxRow, used.maxCol)}`;
  const dimension = encoder.encode(`<dimension ref="${range}"/>`);
  const start = reserved - beforeDimension.length - dimension.length - afterDimension.length;
  w.writeAt(start, beforeDimension);
  w.writeAt(start + beforeDimension.length, dimension);
  w.writeAt(start + beforeDimension.length + dimension.length, afterDimension);
  return w.bytes(start);
}
