/**
 * A sheet's print setup as SpreadsheetML: `<pageSetUpPr fitToPage="1"/>` inside `<sheetPr>` (without it
 * Excel ignores fitToWidth), then `<printOptions>`, `<pageMargins>` and `<pageSetup>` after the data
 * validations, in CT_Worksheet's order; the repeated header rows are the defined name
 * `_xlnm.Print_Titles` (package.ts writes it in workbook.xml).
 */
import type { SheetSpec, SpecPrint } from "../engine/sheetspec";

/** What a sheet without a print setup has always had: Excel's own defaults. */
const DEFAULT_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** `paperSize` 9 is A4 in SpreadsheetML's table of paper sizes. */
const PAPER = { A4: 9 } as const;

/** Millimetres → inches, as pageMargins wants them, rounded to what Excel itself writes. */
const inches = (mm: number) => Math.round((mm / 25.4) * 10000) / 10000;

/** `<pageSetUpPr fitToPage="1"/>`, the last child of `<sheetPr>`, or "". */
export function pageSetUpPrXml(print: SpecPrint | undefined): string {
  return print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
}

/** printOptions, pageMargins and pageSetup, in that order; only the margins when the sheet has no setup. */
export function printXml(spec: SheetSpec): string {
  const p = spec.print;
  if (!p) return DEFAULT_MARGINS;
  const m = p.margins;
  const options = p.gridlines ? '<printOptions gridLines="1"/>' : "";
  const margins =
    `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}"` +
    ` header="${inches(m.header)}" footer="${inches(m.footer)}"/>`;
  // fitToHeight 0: as many pages tall as the rows need, one page wide.
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const setup = `<pageSetup paperSize="${PAPER[p.paper] ?? PAPER.A4}" orientation="${p.orientation === "landscape" ? "landscape" : "portrait"}"${fit}/>`;
  return options + margins + setup;
}

/** The value of `_xlnm.Print_Titles` for a sheet (`'Tổng hợp'!$10:$11`), or null. */
export function printTitlesRef(spec: SheetSpec): string | null {
  const t = spec.print?.titleRows;
  if (!t || !Number.isInteger(t.r1) || !Number.isInteger(t.r2) || t.r1 < 0 || t.r2 < t.r1) return null;
  return `'${spec.name.replace(/'/g, "''")}'!$${t.r1 + 1}:$${t.r2 + 1}`;
}
