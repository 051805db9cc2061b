export { completionCharts, UNIT_CHART_MAX_INDICATORS, UNIT_CHART_MAX_UNITS } from "./completion";
export { CHART_SHEET } from "./texts";
export type { ChartAxisSpec, ChartCell, ChartKind, ChartSeriesSpec, ChartSpec } from "./chartspec";
export { parseRange, splitRef } from "./chartspec";
