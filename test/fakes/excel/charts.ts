import { formatArea } from "./address";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import type { SheetModel } from "./model";
import { FakeClientObject, ObjectPath, type ScalarDef } from "./proxy";
import { RangeProxy } from "./range";
import type { RangeTarget } from "./rangeOps";
import { areaOnSheet } from "./worksheet";

/**
 * Charts (ExcelApi 1.1, with the 1.7/1.8 members the adapter uses), strict as Excel is: an unknown
 * chart type, series-by or legend position is InvalidArgument; the source range must exist; a series
 * index past the chart's series is ItemNotFound; each member above the fake's `apiVersion` throws.
 * Charts are kept beside the sheet model (a WeakMap), read in tests through `chartsOf`.
 */

/** The chart types the adapter may use (Excel's `ChartType` has many more; the fake refuses them). */
export const CHART_TYPES = ["BarClustered", "ColumnClustered", "Line", "LineMarkers"] as const;
const SERIES_BY = ["Auto", "Columns", "Rows"];
const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];

export interface FakeSeries {
  name: string;
  values: RangeTarget | null;
  xValues: RangeTarget | null;
  fill: string | null;
  /** `clear()` was called: no fill. */
  noFill: boolean;
  lineColor: string | null;
  overlap: number | null;
  gapWidth: number | null;
  hasDataLabels: boolean;
  labelFormat: string | null;
}

export interface FakeAxis {
  title: string | null;
  numberFormat: string | null;
  minimum: number | null;
  maximum: number | null;
  reversePlotOrder: boolean;
  position: string;
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  sheet: SheetModel;
  source: RangeTarget;
  title: string | null;
  legend: { visible: boolean; position: string };
  axes: { category: FakeAxis; value: FakeAxis };
  series: FakeSeries[];
  /** Top-left and bottom-right cells, once `setPosition` ran. */
  position: { start: string; end: string } | null;
}

const store = new WeakMap<SheetModel, FakeChart[]>();
let nextId = 1;

/** The charts on a sheet model, in the order they were added. */
export function chartsOf(sheet: SheetModel): FakeChart[] {
  let list = store.get(sheet);
  if (!list) store.set(sheet, (list = []));
  return list;
}

const newSeries = (name: string, values: RangeTarget | null): FakeSeries => ({
  name, values, xValues: null, fill: null, noFill: false, lineColor: null, overlap: null, gapWidth: null, hasDataLabels: false, labelFormat: null,
});
const newAxis = (): FakeAxis => ({ title: null, numberFormat: null, minimum: null, maximum: null, reversePlotOrder: false, position: "Automatic" });

/** One series per column (or row) of the source, named `Series1`…, as Excel does without headers. */
function seriesOfSource(t: RangeTarget, by: string): FakeSeries[] {
  const a = t.area;
  const byRows = by === "Rows" || (by === "Auto" && a.c2 - a.c1 > a.r2 - a.r1);
  const out: FakeSeries[] = [];
  if (byRows) for (let r = a.r1; r <= a.r2; r++) out.push(newSeries(`Series${out.length + 1}`, { sheet: t.sheet, area: { ...a, r1: r, r2: r } }));
  else for (let c = a.c1; c <= a.c2; c++) out.push(newSeries(`Series${out.length + 1}`, { sheet: t.sheet, area: { ...a, c1: c, c2: c } }));
  return out;
}

/** A range argument, resolved when the command runs: it must exist then (a null range is refused). */
function rangeArg(context: FakeRequestContext, r: RangeProxy, location: string): () => RangeTarget {
  if (!(r instanceof RangeProxy)) throw invalidArgument("Expected a Range.", location);
  r._checkSameContext(context, location);
  return () => {
    const t = r._path.resolve();
    if (!t) throw invalidArgument("The source range does not exist.", location);
    return t;
  };
}

export class ChartCollectionProxy extends FakeClientObject<SheetModel> {
  protected readonly _typeName = "ChartCollection";
  protected _scalars(): Record<string, ScalarDef<SheetModel>> {
    return { count: { get: (s) => chartsOf(s).length } };
  }

  add(type: string, sourceData: RangeProxy | string, seriesBy: string = "Auto"): ChartProxy {
    const path = ObjectPath.created<FakeChart>("charts.add()");
    const location = "ChartCollection.add";
    const source = sourceData instanceof RangeProxy ? rangeArg(this.context, sourceData, location) : null;
    const describe = sourceData instanceof RangeProxy ? sourceData._path.describe : sourceData;
    this._call("add", [type, describe, seriesBy], (s, [t, , by]) => {
      if (!CHART_TYPES.includes(t as (typeof CHART_TYPES)[number])) throw invalidArgument(`'${String(t)}' is not a chart type the fake models.`, location);
      if (!SERIES_BY.includes(by as string)) throw invalidArgument(`'${String(by)}' is not a ChartSeriesBy.`, location);
      const src = source ? source() : { sheet: s, area: areaOnSheet(s, sourceData, location) };
      const list = chartsOf(s);
      const chart: FakeChart = {
        id: `{chart-${nextId++}}`, name: `Chart ${list.length + 1}`, type: t as string, sheet: s, source: src, title: null,
        legend: { visible: true, position: "Right" }, axes: { category: newAxis(), value: newAxis() }, series: seriesOfSource(src, by as string), position: null,
      };
      list.push(chart);
      path.bind(chart);
    });
    return new ChartProxy(this.context, path);
  }
}

export class ChartProxy extends FakeClientObject<FakeChart> {
  protected readonly _typeName = "Chart";
  protected _scalars(): Record<string, ScalarDef<FakeChart>> {
    return { name: { get: (c) => c.name }, id: { get: (c) => c.id, since: "1.7" } };
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (c, n) => void (c.name = String(n)));
  }
  get title(): ChartTitleProxy {
    return new ChartTitleProxy(this.context, this._path.child("title", (c) => c));
  }
  get legend(): ChartLegendProxy {
    return new ChartLegendProxy(this.context, this._path.child("legend", (c) => c));
  }
  get axes(): { categoryAxis: ChartAxisProxy; valueAxis: ChartAxisProxy } {
    return {
      categoryAxis: new ChartAxisProxy(this.context, this._path.child("axes.categoryAxis", (c) => c.axes.category)),
      valueAxis: new ChartAxisProxy(this.context, this._path.child("axes.valueAxis", (c) => c.axes.value)),
    };
  }
  get series(): ChartSeriesCollectionProxy {
    return new ChartSeriesCollectionProxy(this.context, this._path.child("series", (c) => c));
  }
  /** Cells by address on the chart's sheet; the end is optional, as in Excel. */
  setPosition(startCell: string, endCell?: string): void {
    this._call("setPosition", [startCell, endCell ?? null], (c, [start, end], location) => {
      const s = areaOnSheet(c.sheet, start as string, location);
      const e = end ? areaOnSheet(c.sheet, end as string, location) : s;
      if (e.r2 < s.r1 || e.c2 < s.c1) throw invalidArgument("The end cell is above or left of the start cell.", location);
      c.position = { start: formatArea({ r1: s.r1, c1: s.c1, r2: s.r1, c2: s.c1 }), end: formatArea({ r1: e.r2, c1: e.c2, r2: e.r2, c2: e.c2 }) };
    });
  }
}

export class ChartTitleProxy extends FakeClientObject<FakeChart> {
  protected readonly _typeName = "ChartTitle";
  protected _scalars(): Record<string, ScalarDef<FakeChart>> {
    return { text: { get: (c) => c.title ?? "" } };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (c, t) => void (c.title = String(t)));
  }
}

export class ChartLegendProxy extends FakeClientObject<FakeChart> {
  protected readonly _typeName = "ChartLegend";
  protected _scalars(): Record<string, ScalarDef<FakeChart>> {
    return { visible: { get: (c) => c.legend.visible }, position: { get: (c) => c.legend.position } };
  }
  set visible(v: boolean) {
    this._set("visible", v, (c, on, location) => {
      if (typeof on !== "boolean") throw invalidArgument(undefined, location);
      c.legend.visible = on;
    });
  }
  set position(v: string) {
    this._set("position", v, (c, p, location) => {
      if (!LEGEND_POSITIONS.includes(p as string)) throw invalidArgument(`'${String(p)}' is not a legend position.`, location);
      c.legend.position = p as string;
    });
  }
}

export class ChartAxisProxy extends FakeClientObject<FakeAxis> {
  protected readonly _typeName = "ChartAxis";
  protected _scalars(): Record<string, ScalarDef<FakeAxis>> {
    return { minimum: { get: (a) => a.minimum }, maximum: { get: (a) => a.maximum } };
  }
  get title(): { text: string } {
    const set = (v: string) => this._call("title.text", [v], (a, [t]) => void (a.title = String(t)));
    return { set text(v: string) { set(v); }, get text(): string { throw new Error("ChartAxisTitle.text: load it first (not modelled)"); } };
  }
  set minimum(v: number) {
    this._set("minimum", v, (a, n, location) => {
      if (typeof n !== "number") throw invalidArgument(undefined, location);
      a.minimum = n;
    });
  }
  set maximum(v: number) {
    this._set("maximum", v, (a, n, location) => {
      if (typeof n !== "number") throw invalidArgument(undefined, location);
      a.maximum = n;
    });
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v, (a, f) => void (a.numberFormat = String(f)), "1.8");
  }
  set reversePlotOrder(v: boolean) {
    this._set("reversePlotOrder", v, (a, on) => void (a.reversePlotOrder = on === true), "1.7");
  }
  set position(v: string) {
    this._set(
      "position",
      v,
      (a, p, location) => {
        if (!AXIS_POSITIONS.includes(p as string)) throw invalidArgument(`'${String(p)}' is not an axis position.`, location);
        a.position = p as string;
      },
      "1.8",
    );
  }
}

export class ChartSeriesCollectionProxy extends FakeClientObject<FakeChart> {
  protected readonly _typeName = "ChartSeriesCollection";
  protected _scalars(): Record<string, ScalarDef<FakeChart>> {
    return { count: { get: (c) => c.series.length } };
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      this._path.child(`getItemAt(${index})`, (c) => {
        const s = c.series[index];
        if (!s) throw itemNotFound(`The chart has no series ${index}.`, "ChartSeriesCollection.getItemAt");
        return { chart: c, series: s };
      }),
    );
  }
  add(name?: string): ChartSeriesProxy {
    this.context.requireApi("1.7", "ChartSeriesCollection.add");
    const path = ObjectPath.created<SeriesTarget>("series.add()");
    this._call("add", [name ?? null], (c, [n]) => {
      const s = newSeries(typeof n === "string" ? n : `Series${c.series.length + 1}`, null);
      c.series.push(s);
      path.bind({ chart: c, series: s });
    });
    return new ChartSeriesProxy(this.context, path);
  }
}

interface SeriesTarget {
  chart: FakeChart;
  series: FakeSeries;
}

export class ChartSeriesProxy extends FakeClientObject<SeriesTarget> {
  protected readonly _typeName = "ChartSeries";
  protected _scalars(): Record<string, ScalarDef<SeriesTarget>> {
    return { name: { get: (t) => t.series.name } };
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, n) => void (t.series.name = String(n)));
  }
  set overlap(v: number) {
    this._set("overlap", v, (t, n, location) => {
      if (typeof n !== "number" || n < -100 || n > 100) throw invalidArgument(`Overlap ${String(n)} is outside -100…100.`, location);
      t.series.overlap = n;
    }, "1.8");
  }
  set gapWidth(v: number) {
    this._set("gapWidth", v, (t, n, location) => {
      if (typeof n !== "number" || n < 0 || n > 500) throw invalidArgument(`Gap width ${String(n)} is outside 0…500.`, location);
      t.series.gapWidth = n;
    }, "1.8");
  }
  set hasDataLabels(v: boolean) {
    this._set("hasDataLabels", v, (t, on) => void (t.series.hasDataLabels = on === true), "1.8");
  }
  get dataLabels(): { numberFormat: string; showValue: boolean } {
    this.context.requireApi("1.8", "ChartSeries.dataLabels");
    const call = (name: string, value: unknown, apply: (s: FakeSeries, v: unknown) => void) => this._call(`dataLabels.${name}`, [value], (t, [x]) => apply(t.series, x));
    return {
      set numberFormat(f: string) { call("numberFormat", f, (s, x) => void (s.labelFormat = String(x))); },
      set showValue(on: boolean) { call("showValue", on, (s, x) => void (s.hasDataLabels = x === true)); },
      get numberFormat(): string { throw new Error("not modelled"); },
      get showValue(): boolean { throw new Error("not modelled"); },
    };
  }
  get format(): { fill: { setSolidColor(c: string): void; clear(): void }; line: { color: string } } {
    const run = (name: string, args: unknown[], apply: (s: FakeSeries, a: unknown[], location: string) => void) =>
      this._call(name, args, (t, a, location) => apply(t.series, a, location));
    return {
      fill: {
        setSolidColor: (c: string) => run("format.fill.setSolidColor", [c], (s, [x], location) => {
          if (typeof x !== "string" || !/^#?[0-9A-Fa-f]{6}$/.test(x)) throw invalidArgument(`'${String(x)}' is not a colour.`, location);
          s.fill = `#${x.replace(/^#/, "").toUpperCase()}`;
          s.noFill = false;
        }),
        clear: () => run("format.fill.clear", [], (s) => {
          s.fill = null;
          s.noFill = true;
        }),
      },
      line: {
        set color(c: string) {
          run("format.line.color", [c], (s, [x], location) => {
            if (typeof x !== "string" || !/^#?[0-9A-Fa-f]{6}$/.test(x)) throw invalidArgument(`'${String(x)}' is not a colour.`, location);
            s.lineColor = `#${x.replace(/^#/, "").toUpperCase()}`;
          });
        },
        get color(): string { throw new Error("not modelled"); },
      },
    };
  }
  /** ExcelApi 1.7: the values from a range (which must exist). */
  setValues(source: RangeProxy): void {
    this.context.requireApi("1.7", "ChartSeries.setValues");
    const get = rangeArg(this.context, source, "ChartSeries.setValues");
    this._call("setValues", [source._path.describe], (t) => void (t.series.values = get()));
  }
  setXAxisValues(source: RangeProxy): void {
    this.context.requireApi("1.7", "ChartSeries.setXAxisValues");
    const get = rangeArg(this.context, source, "ChartSeries.setXAxisValues");
    this._call("setXAxisValues", [source._path.describe], (t) => void (t.series.xValues = get()));
  }
}
