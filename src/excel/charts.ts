import { parseRange, splitRef, type ChartSpec } from "../engine/charts/chartspec";
import { a1 } from "../engine/grid";
import type { SheetSpec } from "../engine/sheetspec";
import { COMMAND_OVERHEAD, utf8Length } from "./bytes";
import type { SizedOp } from "./ops";
import { apiSupported } from "./support";

/**
 * A SheetSpec's charts through Excel's chart API, queued with the sheet's other commands (no sync
 * of its own). Each chart is added over its first series' values only (numbers), then every series
 * gets its name, values and categories explicitly, so nothing depends on Excel guessing headers:
 * `charts.add`, titles, axes, legend, fill, line and `setPosition` are ExcelApi 1.1;
 * `series.add`, `setValues`, `setXAxisValues` and `reversePlotOrder` are 1.7 (the add-in's minimum);
 * axis number formats, overlap, gap width, data labels and the axis crossing need 1.8 and are
 * skipped without it (the chart still shows the right bars, with Excel's defaults around them).
 */

export interface ChartOp {
  kind: "chart";
  sheet: number;
  chart: ChartSpec;
}

const TYPE = { bar: "BarClustered", column: "ColumnClustered", line: "LineMarkers" } as const;
/** Commands one chart queues, roughly: add, title, legend, axes, and about eight per series. */
const commandsOf = (c: ChartSpec) => 12 + 8 * c.series.length;

/**
 * The charts' commands, after the cells they read. A chart whose ranges point at another sheet is
 * left out: the add-in builds sheets under temporary names, so a sheet name would not resolve.
 */
export function chartOps(sheet: number, spec: SheetSpec): SizedOp[] {
  return (spec.charts ?? [])
    .filter((c) => [c.categories, ...c.series.map((s) => s.values)].every((ref) => splitRef(ref).sheet === null && parseRange(ref) !== null))
    .map((chart) => ({ op: { kind: "chart", sheet, chart }, bytes: commandsOf(chart) * COMMAND_OVERHEAD + utf8Length(JSON.stringify(chart)) }));
}

const color = (rgb: string) => `#${rgb.replace(/^#/, "")}`;

/** Queues one chart on its sheet. */
export function applyChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const rich = apiSupported("1.8");
  const first = spec.series[0];
  const chart = sheet.charts.add(TYPE[spec.kind] as Excel.ChartType, sheet.getRange(first.values), "Columns" as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  if (spec.legend === "none") chart.legend.visible = false;
  else chart.legend.position = (spec.legend === "right" ? "Right" : "Bottom") as Excel.ChartLegendPosition;

  const categories = sheet.getRange(spec.categories);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(sheet.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(categories);
    if (s.style === "outline") {
      series.format.fill.clear();
      if (s.color) series.format.line.color = color(s.color);
    } else if (s.color) {
      if (spec.kind === "line") series.format.line.color = color(s.color);
      else series.format.fill.setSolidColor(color(s.color));
    }
    if (rich && s.labels) {
      series.hasDataLabels = true;
      if (spec.valueAxis?.format) series.dataLabels.numberFormat = spec.valueAxis.format;
    }
  });
  // Overlap and gap width belong to the bar group: set on the first series, Excel applies them to all.
  if (rich && spec.kind !== "line") {
    const series = chart.series.getItemAt(0);
    if (spec.overlap !== undefined) series.overlap = spec.overlap;
    if (spec.gapWidth !== undefined) series.gapWidth = spec.gapWidth;
  }

  const { categoryAxis, valueAxis } = chart.axes;
  if (spec.categoryAxis?.title) categoryAxis.title.text = spec.categoryAxis.title;
  if (spec.valueAxis?.title) valueAxis.title.text = spec.valueAxis.title;
  if (spec.valueAxis?.min !== undefined) valueAxis.minimum = spec.valueAxis.min;
  if (spec.valueAxis?.max !== undefined) valueAxis.maximum = spec.valueAxis.max;
  if (rich && spec.valueAxis?.format) valueAxis.numberFormat = spec.valueAxis.format;
  if (spec.kind === "bar" && spec.topDown) {
    categoryAxis.reversePlotOrder = true;
    // Reversed, Excel moves the value axis to the top; crossing at the last category keeps it below.
    if (rich) categoryAxis.position = "Maximum" as Excel.ChartAxisPosition;
  }
  const { from, to } = spec.anchor;
  chart.setPosition(a1(from.row, from.col), a1(Math.max(from.row, to.row - 1), Math.max(from.col, to.col - 1)));
}
