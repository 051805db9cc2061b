import type { ChartAxisSpec, ChartSeriesSpec, ChartSpec } from "../engine/charts/chartspec";
import { parseRange, splitRef } from "../engine/charts/chartspec";
import type { SheetSpec, SpecCell } from "../engine/sheetspec";
import { XML_HEADER, escapeAttr, escapeText } from "./xml";

/**
 * One chart part (`xl/charts/chartN.xml`, DrawingML `c:chartSpace`): bars or lines over ranges of
 * the workbook, each reference written with the values it points at cached, as Excel writes them, so
 * that a reader that does not recalculate (SheetJS, a previewer) still draws the right bars.
 * Children follow the order ECMA-376 fixes for each element (Excel refuses other orders).
 */

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CAT_AX = 500000001;
const VAL_AX = 500000002;
/** The palette a series without a colour takes, by its position (Office's first six accents). */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** Resolves a sheet name (null: the chart's own) to its spec, to cache the values a range holds. */
export type SheetLookup = (name: string | null) => SheetSpec | undefined;

interface Resolved {
  /** `'Sheet'!$A$1:$A$9`, as `c:f` wants it. */
  f: string;
  cells: (SpecCell | null)[];
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const col = (c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function resolve(ref: string, own: SheetSpec, lookup: SheetLookup, what: string): Resolved {
  const { sheet, range } = splitRef(ref);
  const spec = sheet === null ? own : lookup(sheet);
  if (!spec) throw new Error(`Chart on sheet "${own.name}": ${what} refers to a sheet "${sheet}" the workbook does not have`);
  const box = parseRange(range);
  if (!box || (box.r1 !== box.r2 && box.c1 !== box.c2)) {
    throw new Error(`Chart on sheet "${own.name}": ${what} "${ref}" is not one row or column of cells`);
  }
  const cells: (SpecCell | null)[] = [];
  for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) cells.push(spec.rows[r]?.[c] ?? null);
  return { f: `${quoteSheet(spec.name)}!$${col(box.c1)}$${box.r1 + 1}:$${col(box.c2)}$${box.r2 + 1}`, cells };
}

/** Plain XML text (DrawingML `a:t` is xsd:string, not the cell's `_xHHHH_` escaped form). */
function plain(s: string): string {
  return s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cellText(cell: SpecCell | null): string {
  if (!cell) return "";
  if (cell.t === "text") return cell.v;
  if (cell.t === "number") return Number.isFinite(cell.v) ? String(cell.v) : "";
  if (cell.t === "formula") return cell.result === null || cell.result === undefined ? "" : String(cell.result);
  return "";
}

function cellNumber(cell: SpecCell | null): number | null {
  if (cell?.t === "number" && Number.isFinite(cell.v)) return cell.v;
  if (cell?.t === "formula" && typeof cell.result === "number" && Number.isFinite(cell.result)) return cell.result;
  return null;
}

function strRef(r: Resolved): string {
  const pts = r.cells.map((cell, i) => `<c:pt idx="${i}"><c:v>${escapeText(cellText(cell))}</c:v></c:pt>`);
  return `<c:strRef><c:f>${plain(r.f)}</c:f><c:strCache><c:ptCount val="${r.cells.length}"/>${pts.join("")}</c:strCache></c:strRef>`;
}

/** Empty cells have no `c:pt`: the chart leaves a gap there (no bar), as for a unit without a plan. */
function numRef(r: Resolved, format: string): string {
  const pts = r.cells.flatMap((cell, i) => {
    const v = cellNumber(cell);
    return v === null ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`];
  });
  return `<c:numRef><c:f>${plain(r.f)}</c:f><c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${r.cells.length}"/>${pts.join("")}</c:numCache></c:numRef>`;
}

function richText(s: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${plain(s)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const titleXml = (s: string | undefined, size: number) => (s ? `<c:title>${richText(s, size, true)}<c:overlay val="0"/></c:title>` : "");

function seriesShape(s: ChartSeriesSpec, i: number, kind: ChartSpec["kind"]): string {
  const color = (s.color ?? PALETTE[i % PALETTE.length]).replace(/^#/, "").toUpperCase();
  const solid = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  if (kind === "line") return `<c:spPr><a:ln w="28575" cap="rnd">${solid}<a:round/></a:ln></c:spPr>`;
  if (s.style === "outline") return `<c:spPr><a:noFill/><a:ln w="22225">${solid}</a:ln></c:spPr>`;
  return `<c:spPr>${solid}<a:ln><a:noFill/></a:ln></c:spPr>`;
}

function dataLabels(s: ChartSeriesSpec, format: string, kind: ChartSpec["kind"]): string {
  if (!s.labels) return "";
  const pos = kind === "line" ? "t" : "outEnd";
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeAttr(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function axisText(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function scaling(reverse: boolean, axis: ChartAxisSpec | undefined): string {
  const max = axis?.max !== undefined && Number.isFinite(axis.max) ? `<c:max val="${axis.max}"/>` : "";
  const min = axis?.min !== undefined && Number.isFinite(axis.min) ? `<c:min val="${axis.min}"/>` : "";
  return `<c:scaling><c:orientation val="${reverse ? "maxMin" : "minMax"}"/>${max}${min}</c:scaling>`;
}

/** The chart part's XML; `own` is the sheet the chart sits on. */
export function chartXml(chart: ChartSpec, own: SheetSpec, lookup: SheetLookup): string {
  if (!["bar", "column", "line"].includes(chart.kind)) throw new Error(`Chart on sheet "${own.name}": kind "${chart.kind}" is not bar, column or line`);
  if (!chart.series?.length) throw new Error(`Chart "${chart.title}" on sheet "${own.name}" has no series`);
  const format = chart.valueAxis?.format || "General";
  const cat = resolve(chart.categories, own, lookup, "categories");
  const horizontal = chart.kind === "bar";
  const reverse = horizontal && chart.topDown === true;

  const series = chart.series.map((s, i) => {
    const val = resolve(s.values, own, lookup, `series "${s.name}"`);
    if (val.cells.length !== cat.cells.length) {
      throw new Error(`Chart "${chart.title}": series "${s.name}" has ${val.cells.length} values for ${cat.cells.length} categories`);
    }
    const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${seriesShape(s, i, chart.kind)}`;
    const data = `<c:cat>${strRef(cat)}</c:cat><c:val>${numRef(val, format)}</c:val>`;
    if (chart.kind === "line") {
      return `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${dataLabels(s, format, chart.kind)}${data}<c:smooth val="0"/></c:ser>`;
    }
    return `<c:ser>${head}<c:invertIfNegative val="0"/>${dataLabels(s, format, chart.kind)}${data}</c:ser>`;
  });

  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const clamp = (v: number | undefined, lo: number, hi: number, dflt: number) => Math.round(Math.min(hi, Math.max(lo, v ?? dflt)));
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/>${axIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}` +
        `<c:gapWidth val="${clamp(chart.gapWidth, 0, 500, 150)}"/>` +
        (chart.overlap !== undefined ? `<c:overlap val="${clamp(chart.overlap, -100, 100, 0)}"/>` : "") +
        `${axIds}</c:barChart>`;

  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/>${scaling(reverse, undefined)}<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    titleXml(chart.categoryAxis?.title, 1000) +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${axisText(900)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling(false, chart.valueAxis)}<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    titleXml(chart.valueAxis?.title, 1000) +
    `<c:numFmt formatCode="${escapeAttr(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    // With the categories top-down, the value axis crosses at the last one: it stays at the bottom.
    `${axisText(900)}<c:crossAx val="${CAT_AX}"/><c:crosses val="${reverse ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;

  const legend = chart.legend === "none" ? "" : `<c:legend><c:legendPos val="${chart.legend === "right" ? "r" : "b"}"/><c:overlay val="0"/>${axisText(900)}</c:legend>`;
  return (
    `${XML_HEADER}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title, 1300)}<c:autoTitleDeleted val="${chart.title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    "</c:chartSpace>"
  );
}
