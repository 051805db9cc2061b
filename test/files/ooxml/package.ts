/**
 * .xlsx packages written by hand, part by part, for the direct reader's tests: the markup other
 * programs write (Excel's shared formulas and extension attributes, inline strings, rich text) that
 * neither LibreOffice nor our own writer produce, so that no fixture of ours would show it.
 */
import { strToU8, zipSync } from "fflate";

export interface HandSheet {
  name: string;
  /** The worksheet part's XML, whole. */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** A relationship type other than a worksheet's (a chart sheet). */
  type?: string;
}

export interface HandPackage {
  sheets: HandSheet[];
  /** The `<si>` items of the shared strings part, when there is one. */
  strings?: string[];
  /** The styles part's XML, when there is one. */
  styles?: string;
  /** The workbook's namespace, when not transitional OOXML's (Strict OOXML's, say). */
  namespace?: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = `${REL}/worksheet`;

/** A worksheet part as Excel writes one: namespaces and extension attributes included. */
export function worksheet(sheetData: string, extra = { before: '<dimension ref="A1:E5"/>', after: "" }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" ` +
    `xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    `${extra.before}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    `<sheetData>${sheetData}</sheetData>${extra.after}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

export function stylesPart(numFmts: string, xfs: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN}">${numFmts}` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="9">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

/** The package's bytes. */
export function handPackage(p: HandPackage): Uint8Array {
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...p.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    ...(p.strings ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`] : []),
    ...(p.styles ? [`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`] : []),
  ];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${p.namespace ?? MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="164011"/><sheets>` +
        p.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
        `</sheets><calcPr calcId="191029"/></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        p.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${s.type ?? SHEET_TYPE}" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        (p.strings ? `<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        (p.styles ? `<Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/>` : "") +
        `</Relationships>`,
    ),
  };
  p.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  if (p.strings) {
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="${p.strings.length}" uniqueCount="${p.strings.length}">` +
        p.strings.map((s) => `<si>${s}</si>`).join("") +
        `</sst>`,
    );
  }
  if (p.styles) files["xl/styles.xml"] = strToU8(p.styles);
  return zipSync(files, { level: 6 });
}
