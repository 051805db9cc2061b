import { type Area, parseArea, splitSheet } from "./address";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { FakeClientObject, FakeClientResult, FakeCollection, type NavDef, ObjectPath, type ScalarDef } from "./proxy";
import { RangeProxy } from "./range";
import type { RangeTarget } from "./rangeOps";
import { checkTableName, checkTableStyle, columnNames, createTable, dataBody, deleteTable, setShowTotals } from "./tableOps";
import { WorksheetProxy } from "./worksheet";

/** A table collection: the workbook's (no `sheet`) or one worksheet's. */
export interface TableScope {
  model: WorkbookModel;
  sheet?: SheetModel;
}

/** Where `tables.add` puts the table: a Range proxy, `Sheet!A1:C9`, or `A1:C9` on the scope's (else the active) sheet. */
function tableArea(scope: TableScope, address: unknown, location: string): { sheet: SheetModel; area: Area } {
  if (typeof address !== "string") throw invalidArgument(undefined, location);
  const { sheet: named, ref } = splitSheet(address);
  const sheet = named !== undefined ? scope.model.requireSheet(named, location) : (scope.sheet ?? scope.model.requireActive(location));
  if (scope.sheet && sheet !== scope.sheet) throw invalidArgument(`The address '${address}' is not on the worksheet '${scope.sheet.name}'.`, location);
  const area = parseArea(ref);
  if (!area) throw invalidArgument(`'${address}' is not a valid range address.`, location);
  return { sheet, area };
}

export class TableCollectionProxy extends FakeCollection<TableScope, TableModel, TableProxy> {
  protected readonly _typeName = "TableCollection";

  protected _elements(s: TableScope): TableModel[] {
    return s.sheet ? s.model.tablesOn(s.sheet) : [...s.model.tables];
  }

  protected _itemProxy(t: TableModel): TableProxy {
    const model = this.context.core.model;
    return new TableProxy(this.context, ObjectPath.of(`tables(${t.id})`, t, (x) => model.tables.includes(x)));
  }

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const model = this.context.core.model;
    const path = ObjectPath.created<TableModel>("tables.add()", (x) => model.tables.includes(x));
    if (address instanceof RangeProxy) {
      address._checkSameContext(this.context, "TableCollection.add");
      this._call("add", [address._path.describe, hasHeaders], (scope, [, headers], location) => {
        const t = address._path.resolve();
        if (!t) throw invalidArgument(undefined, location);
        if (scope.sheet && t.sheet !== scope.sheet) throw invalidArgument("The range is on another worksheet.", location);
        path.bind(createTable(scope.model, t.sheet, t.area, headers, location));
      });
    } else
      this._call("add", [address, hasHeaders], (scope, [addr, headers], location) => {
        const { sheet, area } = tableArea(scope, addr, location);
        path.bind(createTable(scope.model, sheet, area, headers, location));
      });
    return new TableProxy(this.context, path);
  }

  private find(describe: string, key: string, nullable: boolean): ObjectPath<TableModel> {
    const model = this.context.core.model;
    return this._path.child(
      describe,
      (s) => {
        const t = s.model.findTable(key, s.sheet);
        if (!t && !nullable) throw itemNotFound(`The table '${key}' doesn't exist.`, "TableCollection.getItem");
        return t ?? null;
      },
      (x) => model.tables.includes(x),
    );
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): TableProxy {
    return new TableProxy(this.context, this.find(`getItem(${JSON.stringify(key)})`, key, false));
  }

  getItemOrNullObject(key: string): TableProxy {
    this.context.requireApi("1.4", "TableCollection.getItemOrNullObject");
    const proxy = new TableProxy(this.context, this.find(`getItemOrNullObject(${JSON.stringify(key)})`, key, true));
    proxy._probe();
    return proxy;
  }

  getCount(): FakeClientResult<number> {
    this.context.requireApi("1.4", "TableCollection.getCount");
    const result = new FakeClientResult<number>();
    this._call("getCount", [], (s) => result._finisher(this._elements(s).length));
    return result;
  }
}

export class TableProxy extends FakeClientObject<TableModel> {
  protected readonly _typeName = "Table";
  private _worksheet?: WorksheetProxy;
  private _columns?: TableColumnCollectionProxy;

  protected _scalars(): Record<string, ScalarDef<TableModel>> {
    return {
      id: { get: (t) => t.id },
      name: { get: (t) => t.name },
      style: { get: (t) => t.style },
      showHeaders: { get: (t) => t.showHeaders },
      showTotals: { get: (t) => t.showTotals },
      showBandedRows: { get: (t) => t.showBandedRows },
      showBandedColumns: { get: (t) => t.showBandedColumns },
      showFilterButton: { get: (t) => t.showFilterButton, since: "1.3" },
      highlightFirstColumn: { get: (t) => t.highlightFirstColumn, since: "1.3" },
      highlightLastColumn: { get: (t) => t.highlightLastColumn, since: "1.3" },
    };
  }

  protected override _navs(): Record<string, NavDef<TableModel>> {
    return { columns: { proxy: () => this.columns, target: (t) => t } };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    const model = this.context.core.model;
    this._set("name", v, (t, name, location) => void (t.name = checkTableName(model, name, t, location)));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (t, style, location) => void (t.style = checkTableStyle(style, location)));
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v, (t, on, location) => setShowTotals(t, on, location));
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this.flag("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this._get("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this.flag("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.flag("showFilterButton", v, "1.3");
  }
  get highlightFirstColumn(): boolean {
    return this._get("highlightFirstColumn");
  }
  set highlightFirstColumn(v: boolean) {
    this.flag("highlightFirstColumn", v, "1.3");
  }
  get highlightLastColumn(): boolean {
    return this._get("highlightLastColumn");
  }
  set highlightLastColumn(v: boolean) {
    this.flag("highlightLastColumn", v, "1.3");
  }

  private flag(name: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn", v: boolean, since?: string): void {
    this._set(
      name,
      v,
      (t, on, location) => {
        if (typeof on !== "boolean") throw invalidArgument(undefined, location);
        t[name] = on;
      },
      since,
    );
  }

  get worksheet(): WorksheetProxy {
    this.context.requireApi("1.2", "Table.worksheet");
    const model = this.context.core.model;
    return (this._worksheet ??= new WorksheetProxy(this.context, this._path.child("worksheet", (t) => t.sheet, (s) => model.isAlive(s))));
  }

  get columns(): TableColumnCollectionProxy {
    return (this._columns ??= new TableColumnCollectionProxy(this.context, this._path.child("columns", (t) => t)));
  }

  private range(describe: string, areaOf: (t: TableModel) => Area): RangeProxy {
    const model = this.context.core.model;
    const path: ObjectPath<RangeTarget> = this._path.child(describe, (t) => ({ sheet: t.sheet, area: areaOf(t) }), (r) => model.isAlive(r.sheet));
    return new RangeProxy(this.context, path);
  }

  getRange(): RangeProxy {
    return this.range("getRange()", (t) => t.area);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange()", (t) => ({ ...t.area, r2: t.area.r1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange()", dataBody);
  }
  getTotalRowRange(): RangeProxy {
    return this.range("getTotalRowRange()", (t) => {
      if (!t.showTotals) throw invalidOperation("The table has no total row.", "Table.getTotalRowRange");
      return { ...t.area, r1: t.area.r2 };
    });
  }

  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    const model = this.context.core.model;
    this._call("delete", [], (t, _a, location) => deleteTable(model, t, false, location));
  }

  /** Keeps the cells, drops the table. */
  convertToRange(): RangeProxy {
    const model = this.context.core.model;
    const range = this.getRange();
    this._call("convertToRange", [], (t, _a, location) => deleteTable(model, t, true, location), "1.2");
    return range;
  }
}

interface ColumnTarget {
  table: TableModel;
  index: number;
}

export class TableColumnCollectionProxy extends FakeCollection<TableModel, ColumnTarget, TableColumnProxy> {
  protected readonly _typeName = "TableColumnCollection";

  protected _elements(t: TableModel): ColumnTarget[] {
    return columnNames(t).map((_, index) => ({ table: t, index }));
  }

  protected _itemProxy(e: ColumnTarget): TableColumnProxy {
    const model = this.context.core.model;
    return new TableColumnProxy(this.context, ObjectPath.of(`columns(${e.index})`, e, (c) => model.tables.includes(c.table)));
  }

  private column(describe: string, find: (t: TableModel) => number, nullable: boolean): TableColumnProxy {
    const model = this.context.core.model;
    const proxy = new TableColumnProxy(
      this.context,
      this._path.child(
        describe,
        (t) => {
          const index = find(t);
          if (index < 0 || index > t.area.c2 - t.area.c1) {
            if (nullable) return null;
            throw itemNotFound(`The column doesn't exist.`, "TableColumnCollection.getItem");
          }
          return { table: t, index };
        },
        (c) => model.tables.includes(c.table),
      ),
    );
    if (nullable) proxy._probe();
    return proxy;
  }

  /** By name or by id (the 1-based position, as Excel numbers new tables' columns). */
  getItem(key: string | number): TableColumnProxy {
    return this.column(`getItem(${JSON.stringify(key)})`, (t) => indexOf(t, key), false);
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this.column(`getItemOrNullObject(${JSON.stringify(key)})`, (t) => indexOf(t, key), true);
  }

  getItemAt(index: number): TableColumnProxy {
    return this.column(`getItemAt(${index})`, () => index, false);
  }
}

function indexOf(t: TableModel, key: string | number): number {
  const names = columnNames(t);
  const byName = names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
  return byName >= 0 ? byName : /^\d+$/.test(String(key)) ? Number(key) - 1 : -1;
}

export class TableColumnProxy extends FakeClientObject<ColumnTarget> {
  protected readonly _typeName = "TableColumn";

  protected _scalars(): Record<string, ScalarDef<ColumnTarget>> {
    return {
      id: { get: (c) => c.index + 1 },
      index: { get: (c) => c.index },
      name: { get: (c) => columnNames(c.table)[c.index] },
    };
  }

  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }

  private range(describe: string, rows: (t: TableModel) => { r1: number; r2: number }): RangeProxy {
    const model = this.context.core.model;
    return new RangeProxy(
      this.context,
      this._path.child(describe, (c) => ({ sheet: c.table.sheet, area: { ...rows(c.table), c1: c.table.area.c1 + c.index, c2: c.table.area.c1 + c.index } }), (r) => model.isAlive(r.sheet)),
    );
  }

  getRange(): RangeProxy {
    return this.range("getRange()", (t) => t.area);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange()", (t) => ({ r1: t.area.r1, r2: t.area.r1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange()", dataBody);
  }
}
