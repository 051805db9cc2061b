import type { ChartSpec } from "../engine/charts/chartspec";
import type { SheetSpec } from "../engine/sheetspec";
import { chartXml, type SheetLookup } from "./chart";
import { MAX_COLS, MAX_ROWS, checkIndex } from "./limits";
import { XML_HEADER, escapeAttr } from "./xml";

/**
 * A sheet's charts as package parts: one drawing part (`xl/drawings/drawingN.xml`) holding a
 * two-cell anchor and a graphic frame per chart, its rels pointing at the chart parts
 * (`xl/charts/chartN.xml`). Anchored to cells, the charts move and print with the cells under them.
 */

const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export interface DrawingPlan {
  /** Workbook-wide drawing number (`drawingN.xml`). */
  id: number;
  /** Workbook-wide numbers of its charts (`chartN.xml`), in the sheet's order. */
  chartIds: number[];
  /** Every part to add to the zip: the drawing, its rels and the charts. */
  parts: [string, string][];
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchorXml(chart: ChartSpec, index: number, sheet: string): string {
  const { from, to } = chart.anchor;
  for (const [v, max, what] of [[from.row, MAX_ROWS, "row"], [to.row, MAX_ROWS, "row"], [from.col, MAX_COLS, "column"], [to.col, MAX_COLS, "column"]] as const) {
    checkIndex(v, max, `Sheet "${sheet}" chart anchor ${what}`);
  }
  if (to.row <= from.row || to.col <= from.col) throw new Error(`Sheet "${sheet}": chart "${chart.title}" must end below and right of where it starts`);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.row, from.col)}${marker("to", to.row, to.col)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeAttr(`Chart ${index + 1}`)}" descr="${escapeAttr(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The parts of a sheet's charts, or undefined when it has none. */
export function planDrawing(spec: SheetSpec, drawingId: number, firstChartId: number, lookup: SheetLookup): DrawingPlan | undefined {
  const charts = spec.charts ?? [];
  if (charts.length === 0) return undefined;
  const chartIds = charts.map((_, i) => firstChartId + i);
  const drawing =
    `${XML_HEADER}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    charts.map((c, i) => anchorXml(c, i, spec.name)).join("") +
    "</xdr:wsDr>";
  const rels =
    `${XML_HEADER}<Relationships xmlns="${NS_PKG_RELS}">` +
    chartIds.map((id, i) => `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${id}.xml"/>`).join("") +
    "</Relationships>";
  return {
    id: drawingId,
    chartIds,
    parts: [
      [`xl/drawings/drawing${drawingId}.xml`, drawing],
      [`xl/drawings/_rels/drawing${drawingId}.xml.rels`, rels],
      ...charts.map((c, i): [string, string] => [`xl/charts/chart${chartIds[i]}.xml`, chartXml(c, spec, lookup)]),
    ],
  };
}
