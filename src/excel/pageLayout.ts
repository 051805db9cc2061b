/**
 * A sheet's print setup through `worksheet.pageLayout` (ExcelApi 1.9): A4, the orientation the engine chose,
 * one page wide and as many tall as needed, margins in points, printed gridlines, the table's header rows
 * repeated on every page. Queued with the sheet's other commands (no sync of its own); an Excel without
 * ExcelApi 1.9 keeps its own defaults, and the sheet is written all the same.
 */
import type { SheetSpec, SpecPrint } from "../engine/sheetspec";
import { COMMAND_OVERHEAD } from "./bytes";
import type { SizedOp } from "./ops";
import { apiSupported, FEATURE_SET } from "./support";

export interface PageLayoutOp {
  kind: "pageLayout";
  sheet: number;
  print: SpecPrint;
}

/** Commands one page layout takes: orientation, paper, zoom, six margins, gridlines, print titles. */
const COMMANDS = 11;

/** Millimetres → points (72 a inch), as the API's margins are. */
export const mmToPoints = (mm: number) => Math.round((mm * 72 * 100) / 25.4) / 100;

export function pageLayoutOps(sheet: number, spec: SheetSpec): SizedOp[] {
  if (!spec.print) return [];
  return [{ op: { kind: "pageLayout", sheet, print: spec.print }, bytes: COMMANDS * (COMMAND_OVERHEAD + 24) }];
}

export function applyPageLayout(sheet: Excel.Worksheet, print: SpecPrint): void {
  if (!apiSupported(FEATURE_SET.pageLayout)) return;
  const layout = sheet.pageLayout;
  // Strings, not the Excel enum objects: the values are what Excel receives either way.
  layout.orientation = (print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  layout.paperSize = "A4" as Excel.PaperType;
  // verticalFitToPages 0: as many pages tall as the rows need.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const m = print.margins;
  layout.leftMargin = mmToPoints(m.left);
  layout.rightMargin = mmToPoints(m.right);
  layout.topMargin = mmToPoints(m.top);
  layout.bottomMargin = mmToPoints(m.bottom);
  layout.headerMargin = mmToPoints(m.header);
  layout.footerMargin = mmToPoints(m.footer);
  layout.printGridlines = print.gridlines;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.r1 + 1}:$${print.titleRows.r2 + 1}`);
}
