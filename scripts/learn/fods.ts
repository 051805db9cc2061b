/**
 * A minimal flat OpenDocument spreadsheet (.fods) writer, so that the learning fixtures are made by
 * LibreOffice from a plain description (cells, merged areas, formulas in Excel's A1 syntax, bold text), not
 * by our own workbook renderer: `soffice --convert-to xlsx|xls|ods` then writes the files the tests read,
 * recalculating every formula on the way.
 */
export interface FodsCell {
  v?: string | number;
  /** A formula in Excel's syntax without `=`: `SUM(C8:C12)`, `E8+F8`. */
  f?: string;
  bold?: boolean;
}

export interface FodsSheet {
  name: string;
  /** `cells[r][c]`, 0-based. */
  cells: (FodsCell | undefined)[][];
  merges: { r1: number; c1: number; r2: number; c2: number }[];
  widths: number[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `SUM(C8:C12)` → `of:=SUM([.C8:.C12])`; `E8+F8` → `of:=[.E8]+[.F8]`; `,` → `;`. */
export function odfFormula(f: string): string {
  const withRanges = f
    .replace(/\b([A-Z]{1,3}\d{1,7}):([A-Z]{1,3}\d{1,7})\b/g, "[.$1:.$2]")
    .replace(/(?<![.[A-Z])\b([A-Z]{1,3}\d{1,7})\b(?![\]:])/g, "[.$1]")
    .replace(/,/g, ";");
  return `of:=${withRanges}`;
}

function cellXml(cell: FodsCell | undefined, span: { rows: number; cols: number } | null): string {
  const attrs: string[] = [];
  if (span && span.cols > 1) attrs.push(`table:number-columns-spanned="${span.cols}"`);
  if (span && span.rows > 1) attrs.push(`table:number-rows-spanned="${span.rows}"`);
  if (!cell) return `<table:table-cell ${attrs.join(" ")}/>`;
  attrs.push(`table:style-name="${cell.bold ? "bold" : "plain"}"`);
  if (cell.f) attrs.push(`table:formula="${esc(odfFormula(cell.f))}"`);
  if (typeof cell.v === "number") {
    attrs.push(`office:value-type="float" office:value="${cell.v}"`);
    return `<table:table-cell ${attrs.join(" ")}><text:p>${cell.v}</text:p></table:table-cell>`;
  }
  if (cell.f) return `<table:table-cell ${attrs.join(" ")} office:value-type="float" office:value="0"/>`;
  if (cell.v === undefined || cell.v === "") return `<table:table-cell ${attrs.join(" ")}/>`;
  attrs.push(`office:value-type="string"`);
  return `<table:table-cell ${attrs.join(" ")}><text:p>${esc(cell.v)}</text:p></table:table-cell>`;
}

function sheetXml(s: FodsSheet): string {
  const rows = s.cells.length;
  const cols = Math.max(s.widths.length, ...s.cells.map((r) => r?.length ?? 0));
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of s.merges) {
    spans.set(`${m.r1},${m.c1}`, { rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r},${c}`);
  }
  const columns = s.widths.map((w, i) => `<table:table-column table:style-name="co${i}"/>`).join("");
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) cells.push("<table:covered-table-cell/>");
      else cells.push(cellXml(s.cells[r]?.[c], spans.get(`${r},${c}`) ?? null));
    }
    body.push(`<table:table-row>${cells.join("")}</table:table-row>`);
  }
  return `<table:table table:name="${esc(s.name)}">${columns}${body.join("\n")}</table:table>`;
}

export function fods(sheets: FodsSheet[]): string {
  const widths = sheets[0].widths;
  const colStyles = widths
    .map((w, i) => `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.19).toFixed(2)}cm"/></style:style>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>${colStyles}
<style:style style:name="plain" style:family="table-cell"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
${sheets.map(sheetXml).join("\n")}
</office:spreadsheet></office:body></office:document>
`;
}
