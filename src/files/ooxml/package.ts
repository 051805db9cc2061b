/**
 * Where an .xlsx package keeps what a reading needs: its sheets in order (name, part, hidden or not),
 * its shared strings and its styles. Found as SheetJS finds them: the workbook's relationships for the
 * sheets, [Content_Types].xml for the shared strings and the styles.
 */
import { startTags, unescapeXml, wellFormed } from "./xml";

export interface SheetPart {
  name: string;
  /** The part's path in the zip, as listed (`xl/worksheets/sheet1.xml`). */
  path: string;
  /** 0 visible, 1 hidden, 2 very hidden (SheetJS's `Hidden`). */
  hidden: 0 | 1 | 2;
}

export interface PackageMap {
  sheets: SheetPart[];
  /** The shared strings part, when the package declares one. */
  strings: string | null;
  styles: string | null;
}

const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
/** The workbook types SheetJS reads as an .xlsx workbook (its ct2type "workbooks"). */
const WORKBOOK_TYPES = /^application\/vnd\.(?:openxmlformats-officedocument\.spreadsheetml\.(?:sheet|template)|ms-excel\.(?:sheet|template|addin)\.macroEnabled)\.main\+xml$/;
const WORKSHEET_REL = /\/worksheet$/;
/**
 * The workbook namespace read directly: transitional OOXML, what Excel, LibreOffice and every other
 * program write by default. Strict OOXML (Excel's "Strict Open XML" save option) and Excel 2006's
 * betas are left to SheetJS, as is a damaged namespace (which SheetJS refuses).
 */
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const stripSlash = (p: string) => p.replace(/^\//, "");

/**
 * The package's map, or null when it is laid out in a way this reader leaves to SheetJS: another
 * workbook part, prefixed elements, a sheet that is not a worksheet (a chart sheet, a macro sheet),
 * a relationship or part that is missing.
 */
export function packageMap(contentTypes: string, workbook: string, workbookRels: string, has: (path: string) => boolean): PackageMap | null {
  if (![contentTypes, workbook, workbookRels].every(wellFormed)) return null;
  const overrides = startTags(contentTypes, "Override");
  const root = startTags(workbook, "workbook");
  const relations = startTags(workbookRels, "Relationship");
  const sheetTags = startTags(workbook, "sheet");
  if (!overrides || !root || !relations || !sheetTags) return null;
  if (!contentTypes.includes(`xmlns="${CONTENT_TYPES_NS}"`)) return null;
  if (root.length !== 1 || /\sxmlns\s*=\s*"([^"]*)"/.exec(workbook)?.[1] !== MAIN_NS) return null;
  let strings: string | null = null;
  let styles: string | null = null;
  const workbooks: string[] = [];
  for (const o of overrides) {
    const part = stripSlash(o.PartName ?? "");
    if (o.ContentType === STRINGS_TYPE) strings ??= part;
    else if (o.ContentType === STYLES_TYPE) styles ??= part;
    else if (WORKBOOK_TYPES.test(o.ContentType ?? "")) workbooks.push(part);
  }
  if (workbooks.length > 1 || (workbooks.length === 1 && workbooks[0] !== "xl/workbook.xml")) return null;
  if ((strings !== null && !has(strings)) || (styles !== null && !has(styles))) return null;

  const rels = new Map<string, { type: string; target: string }>();
  for (const r of relations) if (r.Id) rels.set(r.Id, { type: r.Type ?? "", target: unescapeXml(r.Target ?? "") });
  const sheets: SheetPart[] = [];
  for (const s of sheetTags) {
    const rel = s.id === undefined ? undefined : rels.get(s.id);
    if (!rel || !WORKSHEET_REL.test(rel.type) || s.name === undefined) return null;
    const path = `xl/${rel.target.replace(/[/]?xl\//, "")}`;
    if (!has(path)) return null;
    sheets.push({ name: unescapeXml(s.name), path, hidden: s.state === "hidden" ? 1 : s.state === "veryHidden" ? 2 : 0 });
  }
  return sheets.length ? { sheets, strings, styles } : null;
}
