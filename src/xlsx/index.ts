import type { SheetSpec } from "../engine/sheetspec";
import { validateSheetNames } from "./names";
import { appXml, contentTypesXml, coreXml, rootRelsXml, sheetRelsXml, workbookRelsXml, workbookXml, type PackageSheet } from "./package";
import { SharedStrings } from "./sharedStrings";
import { StyleTable } from "./styles";
import { planDrawing, type DrawingPlan } from "./drawing";
import { planTable, tableXml, type TablePlan } from "./table";
import { printTitlesRef } from "./print";
import { worksheetBytes } from "./worksheet";
import { zipParts, type Checksum, type Compress } from "./zip";

/**
 * Renders SheetSpecs to the bytes of an .xlsx file (Office Open XML, ECMA-376).
 *
 * Hand-written XML rather than a library: SheetJS CE cannot write styles or tables and exceljs is
 * unmaintained, while the subset needed here is small. Browser-safe: no Node APIs.
 */

export interface RenderOptions {
  /** Author written to the document properties. */
  creator?: string;
  /** Index of the sheet shown when the file opens; default 0. */
  activeSheet?: number;
  /** Raw deflate for the zip entries; default fflate's (browser-safe). Node doors pass zlib's. */
  compress?: Compress;
  /** CRC-32 of each part; default the writer's own (crc32.ts, browser-safe). Node doors pass zlib's. */
  checksum?: Checksum;
}

const APPLICATION = "Tổng hợp";

export type { Checksum, Compress } from "./zip";

export function renderWorkbook(sheets: SheetSpec[], options: RenderOptions = {}): Uint8Array {
  if (!Array.isArray(sheets) || sheets.length === 0) throw new Error("renderWorkbook: a workbook needs at least one sheet");
  validateSheetNames(sheets.map((s) => s.name));
  const active = options.activeSheet ?? 0;
  if (!Number.isInteger(active) || active < 0 || active >= sheets.length) {
    throw new Error(`renderWorkbook: activeSheet ${active} is not a sheet index (0 to ${sheets.length - 1})`);
  }
  const creator = options.creator ?? APPLICATION;

  // Styles and shared strings are workbook-wide and only complete after every sheet is written.
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const tableNames = new Set<string>();
  const pkg: PackageSheet[] = [];
  const sheetParts: [string, string | Uint8Array][] = [];
  const tables: TablePlan[] = [];
  const drawings: DrawingPlan[] = [];
  const byName = new Map(sheets.map((s) => [s.name, s]));

  sheets.forEach((spec, i) => {
    const table = planTable(spec, tables.length + 1, tableNames);
    const chartCount = drawings.reduce((n, d) => n + d.chartIds.length, 0);
    const drawing = planDrawing(spec, drawings.length + 1, chartCount + 1, (name) => (name === null ? spec : byName.get(name)));
    const drawingRelId = drawing ? `rId${table ? 2 : 1}` : undefined;
    const xml = worksheetBytes(spec, { styles, strings, selected: i === active, table, tableRelId: table ? "rId1" : undefined, drawingRelId });
    sheetParts.push([`xl/worksheets/sheet${i + 1}.xml`, xml]);
    if (table) tables.push(table);
    if (drawing) drawings.push(drawing);
    if (table || drawing) sheetParts.push([`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheetRelsXml(table?.id, drawing?.id)]);
    pkg.push({ name: spec.name, printTitles: printTitlesRef(spec) ?? undefined, tableId: table?.id, drawing: drawing && { id: drawing.id, chartIds: drawing.chartIds } });
  });

  return zipParts([
    ["[Content_Types].xml", contentTypesXml(pkg)],
    ["_rels/.rels", rootRelsXml()],
    ["docProps/app.xml", appXml(pkg, APPLICATION)],
    ["docProps/core.xml", coreXml(creator)],
    ["xl/workbook.xml", workbookXml(pkg, active)],
    ["xl/_rels/workbook.xml.rels", workbookRelsXml(sheets.length)],
    ...sheetParts,
    ...tables.map((t): [string, string | Uint8Array] => [`xl/tables/table${t.id}.xml`, tableXml(t)]),
    ...drawings.flatMap((d) => d.parts),
    ["xl/styles.xml", styles.toXml()],
    ["xl/sharedStrings.xml", strings.toXml()],
  ], options.compress, options.checksum);
}
