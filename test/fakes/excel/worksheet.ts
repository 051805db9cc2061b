import { type Area, parseArea, splitSheet } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import { MAX_COLS, MAX_ROWS } from "./limits";
import type { SheetModel, WorkbookModel } from "./model";
import { type PivotScope, PivotTableCollectionProxy } from "./pivot";
import { FakeClientObject, FakeClientResult, FakeCollection, type NavDef, ObjectPath, type ScalarDef } from "./proxy";
import { RangeProxy, rangeArg } from "./range";
import type { RangeTarget } from "./rangeOps";
import { TableCollectionProxy, type TableScope } from "./tables";
import { ChartCollectionProxy } from "./charts";
import { normalizeColor } from "./color";
import { PageLayoutProxy } from "./pageLayout";

/** `A1`, `A1:C3`, `A:C`, `3:5`, or `Sheet!A1` naming this very sheet; anything else is InvalidArgument. */
export function areaOnSheet(sheet: SheetModel, address: unknown, location: string): Area {
  if (typeof address !== "string") throw invalidArgument(`'${String(address)}' is not a range address.`, location);
  const { sheet: named, ref } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`The address '${address}' is not on the worksheet '${sheet.name}'.`, location);
  const area = parseArea(ref);
  if (!area) throw invalidArgument(`'${address}' is not a valid range address.`, location);
  return area;
}

export class WorksheetCollectionProxy extends FakeCollection<WorkbookModel, SheetModel, WorksheetProxy> {
  protected readonly _typeName = "WorksheetCollection";

  protected _elements(m: WorkbookModel): SheetModel[] {
    return [...m.sheets];
  }

  protected _itemProxy(sheet: SheetModel): WorksheetProxy {
    const model = this.context.core.model;
    return new WorksheetProxy(this.context, ObjectPath.of(`worksheets(${sheet.id})`, sheet, (s) => model.isAlive(s)));
  }

  private sheetPath(describe: string, find: (m: WorkbookModel) => SheetModel | null): ObjectPath<SheetModel> {
    const model = this.context.core.model;
    return this._path.child(describe, find, (s) => model.isAlive(s));
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this.sheetPath(`getItem(${JSON.stringify(key)})`, (m) => m.requireSheet(key, "WorksheetCollection.getItem")));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this.context.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    const proxy = new WorksheetProxy(this.context, this.sheetPath(`getItemOrNullObject(${JSON.stringify(key)})`, (m) => m.findSheet(key) ?? null));
    proxy._probe();
    return proxy;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this.sheetPath("getActiveWorksheet()", (m) => m.requireActive("WorksheetCollection.getActiveWorksheet")));
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    this.context.requireApi("1.5", "WorksheetCollection.getFirst");
    return new WorksheetProxy(this.context, this.sheetPath("getFirst()", (m) => pick(m.sheets, visibleOnly, "WorksheetCollection.getFirst")));
  }

  getLast(visibleOnly?: boolean): WorksheetProxy {
    this.context.requireApi("1.5", "WorksheetCollection.getLast");
    return new WorksheetProxy(this.context, this.sheetPath("getLast()", (m) => pick([...m.sheets].reverse(), visibleOnly, "WorksheetCollection.getLast")));
  }

  /** Adds a sheet at the end, without activating it (as Excel does). */
  add(name?: string): WorksheetProxy {
    const model = this.context.core.model;
    const path = ObjectPath.created<SheetModel>(`add(${JSON.stringify(name ?? null)})`, (s) => model.isAlive(s));
    this._call("add", [name], (m, [n], location) => path.bind(m.addSheet(n, location)));
    return new WorksheetProxy(this.context, path);
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    this.context.requireApi("1.4", "WorksheetCollection.getCount");
    const result = new FakeClientResult<number>();
    this._call("getCount", [visibleOnly], (m) => result._finisher(m.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length));
    return result;
  }
}

function pick(sheets: SheetModel[], visibleOnly: boolean | undefined, location: string): SheetModel {
  const found = sheets.find((s) => !visibleOnly || s.visibility === "Visible");
  if (!found) throw itemNotFound(undefined, location);
  return found;
}

export class WorksheetProxy extends FakeClientObject<SheetModel> {
  protected readonly _typeName = "Worksheet";
  private _tables?: TableCollectionProxy;
  private _pivotTables?: PivotTableCollectionProxy;
  private _freezePanes?: FreezePanesProxy;
  private _protection?: WorksheetProtectionProxy;
  private _pageLayout?: PageLayoutProxy;

  protected _scalars(): Record<string, ScalarDef<SheetModel>> {
    const model = this.context.core.model;
    return {
      id: { get: (s) => s.id },
      name: { get: (s) => s.name },
      position: { get: (s) => model.sheets.indexOf(s) },
      visibility: { get: (s) => s.visibility },
      tabColor: { get: (s) => s.tabColor, since: "1.7" },
      standardWidth: { get: () => 8.43, since: "1.7" },
      showGridlines: { get: (s) => s.showGridlines, since: "1.8" },
    };
  }

  protected override _navs(): Record<string, NavDef<SheetModel>> {
    const model = this.context.core.model;
    return {
      tables: { proxy: () => this.tables, target: (s) => ({ model, sheet: s }) },
      protection: { proxy: () => this.protection, target: (s) => s },
      freezePanes: { proxy: () => this.freezePanes, target: (s) => s },
      pageLayout: { proxy: () => this.pageLayout, target: (s) => s },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    const model = this.context.core.model;
    this._set("name", v, (s, name, location) => model.renameSheet(s, name, location));
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    const model = this.context.core.model;
    this._set("position", v, (s, p, location) => model.moveSheet(s, p, location));
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    const model = this.context.core.model;
    this._set("visibility", v, (s, vis, location) => model.setVisibility(s, vis, location));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set(
      "tabColor",
      v,
      (s, color, location) => {
        if (color === "" || color === null) s.tabColor = "";
        else {
          const c = normalizeColor(color);
          if (!c) throw invalidArgument(`'${String(color)}' is not a colour.`, location);
          s.tabColor = c;
        }
      },
      "1.7",
    );
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._set(
      "showGridlines",
      v,
      (s, on, location) => {
        if (typeof on !== "boolean") throw invalidArgument(undefined, location);
        s.showGridlines = on;
      },
      "1.8",
    );
  }

  get tables(): TableCollectionProxy {
    const model = this.context.core.model;
    return (this._tables ??= new TableCollectionProxy(this.context, this._path.child<TableScope>("tables", (s) => ({ model, sheet: s }))));
  }

  get pivotTables(): PivotTableCollectionProxy {
    this.context.requireApi("1.3", "Worksheet.pivotTables");
    const model = this.context.core.model;
    return (this._pivotTables ??= new PivotTableCollectionProxy(this.context, this._path.child<PivotScope>("pivotTables", (s) => ({ model, sheet: s }))));
  }

  /** ExcelApi 1.1 (charts.ts). */
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, this._path.child("charts", (s) => s));
  }

  /** ExcelApi 1.9 (pageLayout.ts). */
  get pageLayout(): PageLayoutProxy {
    this.context.requireApi("1.9", "Worksheet.pageLayout");
    return (this._pageLayout ??= new PageLayoutProxy(this.context, this._path.child("pageLayout", (s) => s)));
  }

  get freezePanes(): FreezePanesProxy {
    this.context.requireApi("1.7", "Worksheet.freezePanes");
    return (this._freezePanes ??= new FreezePanesProxy(this.context, this._path.child("freezePanes", (s) => s)));
  }

  get protection(): WorksheetProtectionProxy {
    this.context.requireApi("1.2", "Worksheet.protection");
    return (this._protection ??= new WorksheetProtectionProxy(this.context, this._path.child("protection", (s) => s)));
  }

  activate(): void {
    const model = this.context.core.model;
    this._call("activate", [], (s, _a, location) => model.activate(s, location));
  }

  delete(): void {
    const model = this.context.core.model;
    this._call("delete", [], (s, _a, location) => model.deleteSheet(s, location));
  }

  private rangePath(describe: string, areaOf: (s: SheetModel) => Area | null): ObjectPath<RangeTarget> {
    const model = this.context.core.model;
    return this._path.child(
      describe,
      (s) => {
        const area = areaOf(s);
        return area ? { sheet: s, area } : null;
      },
      (t) => model.isAlive(t.sheet),
    );
  }

  /** With no address: the whole sheet. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      this.rangePath(`getRange(${JSON.stringify(address ?? null)})`, (s) =>
        address === undefined || address === "" ? { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 } : areaOnSheet(s, address, "Worksheet.getRange"),
      ),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this.context.requireApi("1.7", "Worksheet.getRangeByIndexes");
    return new RangeProxy(
      this.context,
      this.rangePath(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () =>
        rangeArg({ r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 }, "Worksheet.getRangeByIndexes", rowCount < 1 || columnCount < 1),
      ),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, this.rangePath(`getCell(${row},${column})`, () => rangeArg({ r1: row, c1: column, r2: row, c2: column }, "Worksheet.getCell")));
  }

  /** The used area; on an empty sheet Excel answers A1. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, this.rangePath(`getUsedRange(${!!valuesOnly})`, (s) => s.cells.usedArea(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 }));
  }

  /** The used area, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    const proxy = new RangeProxy(this.context, this.rangePath(`getUsedRangeOrNullObject(${!!valuesOnly})`, (s) => s.cells.usedArea(!!valuesOnly)));
    proxy._probe();
    return proxy;
  }
}

export class FreezePanesProxy extends FakeClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetFreezePanes";

  protected _scalars(): Record<string, ScalarDef<SheetModel>> {
    return {};
  }

  private static count(n: unknown, max: number, location: string): number {
    const v = n ?? 1;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= max) throw invalidArgument(`Cannot freeze ${String(n)}.`, location);
    return v;
  }

  freezeRows(count?: number): void {
    this._call("freezeRows", [count], (s, [n], location) => void (s.freeze = { rows: FreezePanesProxy.count(n, MAX_ROWS, location), cols: 0 }));
  }

  freezeColumns(count?: number): void {
    this._call("freezeColumns", [count], (s, [n], location) => void (s.freeze = { rows: 0, cols: FreezePanesProxy.count(n, MAX_COLS, location) }));
  }

  /** Freezes the rows and columns up to the range's bottom-right corner. */
  freezeAt(frozenRange: RangeProxy | string): void {
    if (frozenRange instanceof RangeProxy) {
      frozenRange._checkSameContext(this.context, "WorksheetFreezePanes.freezeAt");
      this._call("freezeAt", [frozenRange._path.describe], (s, _a, location) => {
        const t = frozenRange._path.resolve();
        if (!t) throw invalidArgument(undefined, location);
        if (t.sheet !== s) throw invalidArgument("The range is on another worksheet.", location);
        s.freeze = freezeOf(t.area);
      });
    } else this._call("freezeAt", [frozenRange], (s, [address], location) => void (s.freeze = freezeOf(areaOnSheet(s, address, location))));
  }

  unfreeze(): void {
    this._call("unfreeze", [], (s) => void (s.freeze = { rows: 0, cols: 0 }));
  }

  getLocationOrNullObject(): RangeProxy {
    const model = this.context.core.model;
    const proxy = new RangeProxy(
      this.context,
      this._path.child(
        "getLocationOrNullObject()",
        (s) => {
          const { rows, cols } = s.freeze;
          if (!rows && !cols) return null;
          const area: Area = rows && cols ? { r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 } : rows ? { r1: 0, c1: 0, r2: rows - 1, c2: MAX_COLS - 1 } : { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: cols - 1 };
          return { sheet: s, area };
        },
        (t) => model.isAlive(t.sheet),
      ),
    );
    proxy._probe();
    return proxy;
  }
}

function freezeOf(area: Area): { rows: number; cols: number } {
  const wholeRows = area.c1 === 0 && area.c2 === MAX_COLS - 1;
  const wholeCols = area.r1 === 0 && area.r2 === MAX_ROWS - 1;
  return { rows: wholeCols ? 0 : area.r2 + 1, cols: wholeRows ? 0 : area.c2 + 1 };
}

export class WorksheetProtectionProxy extends FakeClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetProtection";

  protected _scalars(): Record<string, ScalarDef<SheetModel>> {
    return { protected: { get: (s) => s.protected } };
  }

  get protected(): boolean {
    return this._get("protected");
  }

  protect(_options?: unknown, _password?: string): void {
    this._call("protect", [], (s) => void (s.protected = true));
  }

  unprotect(_password?: string): void {
    this._call("unprotect", [], (s) => void (s.protected = false));
  }
}

