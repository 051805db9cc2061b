import { XML_HEADER, escapeAttr, escapeText } from "./xml";

/**
 * The package plumbing of an .xlsx: content types, relationships, workbook.xml and the document
 * properties. Relationship ids are fixed by position (sheets first, then styles and strings) so
 * the same input always gives the same bytes.
 */

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export interface PackageSheet {
  name: string;
  /** Table id (`xl/tables/tableN.xml`) when the sheet has a table. */
  tableId?: number;
  /** The rows printed on every page (`'Tổng hợp'!$10:$11`), as `_xlnm.Print_Titles`. */
  printTitles?: string;
  /** Drawing id (`xl/drawings/drawingN.xml`) and its charts' ids when the sheet has charts. */
  drawing?: { id: number; chartIds: number[] };
}

function relationships(rels: [id: string, type: string, target: string][]): string {
  const items = rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return `${XML_HEADER}<Relationships xmlns="${NS_PKG_RELS}">${items.join("")}</Relationships>`;
}

export function contentTypesXml(sheets: readonly PackageSheet[]): string {
  const parts: string[] = [
    XML_HEADER,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
  ];
  sheets.forEach((_, i) =>
    parts.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`),
  );
  for (const s of sheets) {
    if (s.tableId !== undefined) {
      parts.push(`<Override PartName="/xl/tables/table${s.tableId}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`);
    }
  }
  for (const s of sheets) {
    if (!s.drawing) continue;
    parts.push(`<Override PartName="/xl/drawings/drawing${s.drawing.id}.xml" ContentType="${CT}.drawing+xml"/>`);
    for (const id of s.drawing.chartIds) parts.push(`<Override PartName="/xl/charts/chart${id}.xml" ContentType="${CT}.drawingml.chart+xml"/>`);
  }
  parts.push(
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
    "</Types>",
  );
  return parts.join("");
}

export function rootRelsXml(): string {
  return relationships([
    ["rId1", `${REL}/officeDocument`, "xl/workbook.xml"],
    ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
    ["rId3", `${REL}/extended-properties`, "docProps/app.xml"],
  ]);
}

export function workbookXml(sheets: readonly PackageSheet[], activeSheet: number): string {
  const items = sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  return (
    `${XML_HEADER}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<bookViews><workbookView activeTab="${activeSheet}"/></bookViews>` +
    `<sheets>${items.join("")}</sheets>` +
    definedNamesXml(sheets) +
    // Cached results may be missing or stale (the engine does not evaluate everything it writes):
    // ask Excel and LibreOffice to recalculate every formula when the file opens.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    "</workbook>"
  );
}

/** Each sheet's print titles, a defined name local to the sheet (localSheetId is its 0-based position). */
function definedNamesXml(sheets: readonly PackageSheet[]): string {
  const names = sheets.flatMap((s, i) =>
    s.printTitles ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(s.printTitles)}</definedName>`] : [],
  );
  return names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
}

export function workbookRelsXml(sheetCount: number): string {
  const rels: [string, string, string][] = [];
  for (let i = 0; i < sheetCount; i++) rels.push([`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  rels.push([`rId${sheetCount + 1}`, `${REL}/styles`, "styles.xml"]);
  rels.push([`rId${sheetCount + 2}`, `${REL}/sharedStrings`, "sharedStrings.xml"]);
  return relationships(rels);
}

/** The rels of a sheet with a table (`rId1`) and/or a drawing (next id), or null with neither. */
export function sheetRelsXml(tableId: number | undefined, drawingId?: number): string {
  const rels: [string, string, string][] = [];
  if (tableId !== undefined) rels.push([`rId${rels.length + 1}`, `${REL}/table`, `../tables/table${tableId}.xml`]);
  if (drawingId !== undefined) rels.push([`rId${rels.length + 1}`, `${REL}/drawing`, `../drawings/drawing${drawingId}.xml`]);
  return relationships(rels);
}

/** Core properties. No dates: a timestamp would make every run's bytes differ. */
export function coreXml(creator: string): string {
  const who = escapeText(creator);
  return (
    `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy>` +
    "</cp:coreProperties>"
  );
}

export function appXml(sheets: readonly PackageSheet[], application: string): string {
  const titles = sheets.map((s) => `<vt:lpstr>${escapeText(s.name)}</vt:lpstr>`).join("");
  return (
    `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeText(application)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    '<HeadingPairs><vt:vector size="2" baseType="variant">' +
    `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant>` +
    "</vt:vector></HeadingPairs>" +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>" +
    "</Properties>"
  );
}
