import { type Area, intersects, parseArea, splitSheet } from "./address";
import { ErrorCodes, invalidArgument, itemAlreadyExists, itemNotFound, officeError } from "./errors";
import type { DataFieldModel, PivotModel, SheetModel, TableModel, WorkbookModel } from "./model";
import { checkEditable } from "./rangeOps";
import { valueOf } from "./rangeReads";

export const AGGREGATIONS = ["Automatic", "Sum", "Count", "Average", "Max", "Min", "Product", "CountNumbers", "StandardDeviation", "StandardDeviationP", "Variance", "VarianceP"];
export const LAYOUTS = ["Compact", "Tabular", "Outline"];
export const SUBTOTAL_LOCATIONS = ["AtTop", "AtBottom", "Off"];

export interface PivotSource {
  sheet: SheetModel;
  area: Area;
  table?: TableModel;
}

/** A source named by text: a table name, or an address (`Dữ liệu!A1:Q100`, or unqualified on `home`). */
export function sourceFromText(model: WorkbookModel, text: unknown, home: SheetModel | undefined, location: string): PivotSource {
  if (typeof text !== "string" || !text) throw invalidArgument("The PivotTable source is missing.", location);
  const table = model.findTable(text);
  if (table) return { sheet: table.sheet, area: table.area, table };
  return areaFromText(model, text, home, location);
}

export function areaFromText(model: WorkbookModel, text: unknown, home: SheetModel | undefined, location: string): { sheet: SheetModel; area: Area } {
  if (typeof text !== "string") throw invalidArgument(undefined, location);
  const { sheet: named, ref } = splitSheet(text);
  const sheet = named !== undefined ? model.requireSheet(named, location) : home;
  const area = parseArea(ref);
  if (!sheet || !area) throw invalidArgument(`'${text}' is not a valid reference here.`, location);
  return { sheet, area };
}

export function checkPivotName(model: WorkbookModel, name: unknown, except: PivotModel | null, location: string): string {
  if (typeof name !== "string" || name.trim().length === 0 || name.length > 255) throw invalidArgument(`'${String(name)}' is not a valid PivotTable name.`, location);
  const clash = model.pivots.find((p) => p !== except && p.name.toLowerCase() === name.toLowerCase());
  if (clash) throw itemAlreadyExists(`A PivotTable named '${clash.name}' already exists.`, location);
  return name;
}

export function createPivot(model: WorkbookModel, name: unknown, source: PivotSource, destination: { sheet: SheetModel; area: Area }, location: string): PivotModel {
  const pivotName = checkPivotName(model, name, null, location);
  checkEditable(destination.sheet, location);
  const { sheet, area } = source;
  if (area.r2 - area.r1 < 1) throw invalidArgument("A PivotTable source needs a header row and at least one row of data.", location);
  const fields: string[] = [];
  for (let c = area.c1; c <= area.c2; c++) {
    const name = String(valueOf(sheet.cells.get(area.r1, c))).trim();
    if (!name) throw invalidArgument("The PivotTable field name is not valid: every column of the source needs a header.", location);
    let unique = name;
    for (let n = 2; fields.some((f) => f.toLowerCase() === unique.toLowerCase()); n++) unique = `${name}${n}`;
    fields.push(unique);
  }
  const anchor: Area = { ...destination.area, r2: destination.area.r1, c2: destination.area.c1 };
  const conflict =
    (destination.sheet === sheet && intersects(anchor, area)) ||
    model.tablesOn(destination.sheet).some((t) => intersects(t.area, anchor)) ||
    model.pivotsOn(destination.sheet).some((p) => intersects(p.destination, anchor));
  if (conflict) throw officeError(ErrorCodes.pivotTableRangeConflict, "A PivotTable cannot overlap its source, a table or another PivotTable.", location);
  const pivot: PivotModel = {
    id: model.newPivotId(),
    name: pivotName,
    sheet: destination.sheet,
    destination: anchor,
    source: { ...source, area: { ...area } },
    fields,
    rows: [],
    columns: [],
    filters: [],
    data: [],
    layout: { layoutType: "Compact", showRowGrandTotals: true, showColumnGrandTotals: true, subtotalLocation: "AtTop" },
  };
  model.pivots.push(pivot);
  return pivot;
}

export function fieldOf(pivot: PivotModel, name: string, location: string): string {
  const field = pivot.fields.find((f) => f.toLowerCase() === name.toLowerCase());
  if (!field) throw itemNotFound(`The PivotTable has no field '${name}'.`, location);
  return field;
}

export type Axis = "rows" | "columns" | "filters";

export function placeField(pivot: PivotModel, axis: Axis, field: string, location: string): void {
  if (pivot.rows.includes(field) || pivot.columns.includes(field) || pivot.filters.includes(field))
    throw invalidArgument(`The field '${field}' is already on the PivotTable's rows, columns or filters.`, location);
  pivot[axis].push(field);
}

/** Excel's default summary: Sum for a column of numbers, Count otherwise. */
export function addDataField(model: WorkbookModel, pivot: PivotModel, field: string): DataFieldModel {
  const { sheet, area } = pivot.source;
  const col = area.c1 + pivot.fields.indexOf(field);
  let numeric = true;
  for (let r = area.r1 + 1; r <= area.r2 && numeric; r++) {
    const v = sheet.cells.get(r, col)?.value;
    if (v !== undefined && typeof v !== "number") numeric = false;
  }
  const summarizeBy = numeric ? "Sum" : "Count";
  let name = `${summarizeBy === "Sum" ? "Sum" : "Count"} of ${field}`;
  for (let n = 2; pivot.data.some((d) => d.name === name); n++) name = `${summarizeBy} of ${field}${n}`;
  const data: DataFieldModel = { id: model.newFieldId(), field, name, summarizeBy, numberFormat: "General" };
  pivot.data.push(data);
  return data;
}

/** A data field may not bear the name of a source field (Excel: "PivotTable field name already exists"). */
export function renameDataField(pivot: PivotModel, data: DataFieldModel, name: unknown, location: string): void {
  if (typeof name !== "string" || !name.trim()) throw invalidArgument(undefined, location);
  if (pivot.fields.some((f) => f.toLowerCase() === name.toLowerCase()) || pivot.data.some((d) => d !== data && d.name.toLowerCase() === name.toLowerCase()))
    throw invalidArgument(`The PivotTable field name '${name}' already exists.`, location);
  data.name = name;
}
