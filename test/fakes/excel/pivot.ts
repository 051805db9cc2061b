import { invalidArgument, itemNotFound } from "./errors";
import type { DataFieldModel, PivotModel, SheetModel, WorkbookModel } from "./model";
import {
  addDataField,
  AGGREGATIONS,
  areaFromText,
  type Axis,
  checkPivotName,
  createPivot,
  fieldOf,
  LAYOUTS,
  type PivotSource,
  placeField,
  renameDataField,
  sourceFromText,
  SUBTOTAL_LOCATIONS,
} from "./pivotOps";
import { FakeClientObject, FakeClientResult, FakeCollection, type NavDef, ObjectPath, type ScalarDef } from "./proxy";
import { RangeProxy } from "./range";
import { TableProxy } from "./tables";
import { WorksheetProxy } from "./worksheet";

export interface PivotScope {
  model: WorkbookModel;
  sheet?: SheetModel;
}

const V18 = "1.8";

export class PivotTableCollectionProxy extends FakeCollection<PivotScope, PivotModel, PivotTableProxy> {
  protected readonly _typeName = "PivotTableCollection";

  protected _elements(s: PivotScope): PivotModel[] {
    return s.sheet ? s.model.pivotsOn(s.sheet) : [...s.model.pivots];
  }

  protected _itemProxy(p: PivotModel): PivotTableProxy {
    const model = this.context.core.model;
    return new PivotTableProxy(this.context, ObjectPath.of(`pivotTables(${p.id})`, p, (x) => model.pivots.includes(x)));
  }

  /** `source`: a Range, a Table, a table name or an address; `destination`: a Range or an address (its first cell). */
  add(name: string, source: RangeProxy | TableProxy | string, destination: RangeProxy | string): PivotTableProxy {
    this.context.requireApi(V18, "PivotTableCollection.add");
    const model = this.context.core.model;
    for (const arg of [source, destination]) if (arg instanceof FakeClientObject) arg._checkSameContext(this.context, "PivotTableCollection.add");
    const path = ObjectPath.created<PivotModel>(`pivotTables.add(${JSON.stringify(name)})`, (x) => model.pivots.includes(x));
    const describe = (a: unknown) => (a instanceof FakeClientObject ? a._path.describe : a);
    this._call("add", [name, describe(source), describe(destination)], (scope, [n], location) => {
      let src: PivotSource;
      if (source instanceof RangeProxy) {
        const t = source._path.resolve();
        if (!t) throw invalidArgument("The source range does not exist.", location);
        src = t;
      } else if (source instanceof TableProxy) {
        const t = source._path.resolve();
        if (!t) throw invalidArgument("The source table does not exist.", location);
        src = { sheet: t.sheet, area: t.area, table: t };
      } else src = sourceFromText(scope.model, source, scope.sheet, location);
      let dest;
      if (destination instanceof RangeProxy) {
        dest = destination._path.resolve();
        if (!dest) throw invalidArgument("The destination range does not exist.", location);
      } else dest = areaFromText(scope.model, destination, scope.sheet, location);
      path.bind(createPivot(scope.model, n, src, dest, location));
    });
    return new PivotTableProxy(this.context, path);
  }

  private find(describe: string, name: string, nullable: boolean): PivotTableProxy {
    const model = this.context.core.model;
    const proxy = new PivotTableProxy(
      this.context,
      this._path.child(
        describe,
        (s) => {
          const p = s.model.findPivot(name, s.sheet);
          if (!p && !nullable) throw itemNotFound(`The PivotTable '${name}' doesn't exist.`, "PivotTableCollection.getItem");
          return p ?? null;
        },
        (x) => model.pivots.includes(x),
      ),
    );
    if (nullable) proxy._probe();
    return proxy;
  }

  getItem(name: string): PivotTableProxy {
    return this.find(`getItem(${JSON.stringify(name)})`, name, false);
  }

  getItemOrNullObject(name: string): PivotTableProxy {
    this.context.requireApi("1.4", "PivotTableCollection.getItemOrNullObject");
    return this.find(`getItemOrNullObject(${JSON.stringify(name)})`, name, true);
  }

  getCount(): FakeClientResult<number> {
    this.context.requireApi("1.4", "PivotTableCollection.getCount");
    const result = new FakeClientResult<number>();
    this._call("getCount", [], (s) => result._finisher(this._elements(s).length));
    return result;
  }

  refreshAll(): void {
    this._call("refreshAll", [], () => undefined);
  }
}

export class PivotTableProxy extends FakeClientObject<PivotModel> {
  protected readonly _typeName = "PivotTable";
  private cache = new Map<string, unknown>();

  private once<P>(key: string, make: () => P, since = V18): P {
    this.context.requireApi(since, `PivotTable.${key}`);
    let p = this.cache.get(key) as P | undefined;
    if (!p) this.cache.set(key, (p = make()));
    return p;
  }

  protected _scalars(): Record<string, ScalarDef<PivotModel>> {
    return {
      id: { get: (p) => p.id, since: "1.5" },
      name: { get: (p) => p.name },
    };
  }

  protected override _navs(): Record<string, NavDef<PivotModel>> {
    return {
      layout: { proxy: () => this.layout, target: (p) => p },
      hierarchies: { proxy: () => this.hierarchies, target: (p) => p },
      rowHierarchies: { proxy: () => this.rowHierarchies, target: (p) => p },
      columnHierarchies: { proxy: () => this.columnHierarchies, target: (p) => p },
      filterHierarchies: { proxy: () => this.filterHierarchies, target: (p) => p },
      dataHierarchies: { proxy: () => this.dataHierarchies, target: (p) => p },
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
    this._set("name", v, (p, name, location) => void (p.name = checkPivotName(model, name, p, location)));
  }

  get worksheet(): WorksheetProxy {
    const model = this.context.core.model;
    return this.once("worksheet", () => new WorksheetProxy(this.context, this._path.child("worksheet", (p) => p.sheet, (s) => model.isAlive(s))), "1.3");
  }
  get layout(): PivotLayoutProxy {
    return this.once("layout", () => new PivotLayoutProxy(this.context, this._path.child("layout", (p) => p)));
  }
  get hierarchies(): PivotHierarchyCollectionProxy {
    return this.once("hierarchies", () => new PivotHierarchyCollectionProxy(this.context, this._path.child("hierarchies", (p) => p)));
  }
  get rowHierarchies(): RowColumnPivotHierarchyCollectionProxy {
    return this.once("rowHierarchies", () => new RowColumnPivotHierarchyCollectionProxy(this.context, this._path.child("rowHierarchies", (p) => p), "rows"));
  }
  get columnHierarchies(): RowColumnPivotHierarchyCollectionProxy {
    return this.once("columnHierarchies", () => new RowColumnPivotHierarchyCollectionProxy(this.context, this._path.child("columnHierarchies", (p) => p), "columns"));
  }
  get filterHierarchies(): RowColumnPivotHierarchyCollectionProxy {
    return this.once("filterHierarchies", () => new RowColumnPivotHierarchyCollectionProxy(this.context, this._path.child("filterHierarchies", (p) => p), "filters"));
  }
  get dataHierarchies(): DataPivotHierarchyCollectionProxy {
    return this.once("dataHierarchies", () => new DataPivotHierarchyCollectionProxy(this.context, this._path.child("dataHierarchies", (p) => p)));
  }

  delete(): void {
    const model = this.context.core.model;
    this._call("delete", [], (p) => void (model.pivots = model.pivots.filter((x) => x !== p)), V18);
  }

  refresh(): void {
    this._call("refresh", [], () => undefined);
  }
}

export class PivotLayoutProxy extends FakeClientObject<PivotModel> {
  protected readonly _typeName = "PivotLayout";

  protected _scalars(): Record<string, ScalarDef<PivotModel>> {
    return {
      layoutType: { get: (p) => p.layout.layoutType },
      showRowGrandTotals: { get: (p) => p.layout.showRowGrandTotals },
      showColumnGrandTotals: { get: (p) => p.layout.showColumnGrandTotals },
      subtotalLocation: { get: (p) => p.layout.subtotalLocation },
    };
  }

  private setting(name: "layoutType" | "subtotalLocation", allowed: string[], v: string): void {
    this._set(name, v, (p, value, location) => {
      if (typeof value !== "string" || !allowed.includes(value)) throw invalidArgument(`'${String(value)}' is not valid for ${name}.`, location);
      p.layout[name] = value;
    });
  }
  private flag(name: "showRowGrandTotals" | "showColumnGrandTotals", v: boolean): void {
    this._set(name, v, (p, value, location) => {
      if (typeof value !== "boolean") throw invalidArgument(undefined, location);
      p.layout[name] = value;
    });
  }

  get layoutType(): string {
    return this._get("layoutType");
  }
  set layoutType(v: string) {
    this.setting("layoutType", LAYOUTS, v);
  }
  get subtotalLocation(): string {
    return this._get("subtotalLocation");
  }
  set subtotalLocation(v: string) {
    this.setting("subtotalLocation", SUBTOTAL_LOCATIONS, v);
  }
  get showRowGrandTotals(): boolean {
    return this._get("showRowGrandTotals");
  }
  set showRowGrandTotals(v: boolean) {
    this.flag("showRowGrandTotals", v);
  }
  get showColumnGrandTotals(): boolean {
    return this._get("showColumnGrandTotals");
  }
  set showColumnGrandTotals(v: boolean) {
    this.flag("showColumnGrandTotals", v);
  }
}

interface FieldTarget {
  pivot: PivotModel;
  field: string;
}

/** `pivot.hierarchies`: one per source column. */
export class PivotHierarchyCollectionProxy extends FakeCollection<PivotModel, FieldTarget, PivotHierarchyProxy> {
  protected readonly _typeName = "PivotHierarchyCollection";

  protected _elements(p: PivotModel): FieldTarget[] {
    return p.fields.map((field) => ({ pivot: p, field }));
  }

  protected _itemProxy(e: FieldTarget): PivotHierarchyProxy {
    return new PivotHierarchyProxy(this.context, ObjectPath.of(`hierarchies(${JSON.stringify(e.field)})`, e));
  }

  getItem(name: string): PivotHierarchyProxy {
    return new PivotHierarchyProxy(this.context, this._path.child(`getItem(${JSON.stringify(name)})`, (p) => ({ pivot: p, field: fieldOf(p, name, "PivotHierarchyCollection.getItem") })));
  }
}

export class PivotHierarchyProxy extends FakeClientObject<FieldTarget> {
  protected readonly _typeName = "PivotHierarchy";

  protected _scalars(): Record<string, ScalarDef<FieldTarget>> {
    return { id: { get: (h) => h.field }, name: { get: (h) => h.field } };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
}

/** Resolves a hierarchy argument (a PivotHierarchy proxy of the same pivot) at apply time. */
function hierarchyArg(arg: unknown, pivot: PivotModel, location: string): string {
  if (!(arg instanceof PivotHierarchyProxy)) throw invalidArgument("Pass a PivotHierarchy from pivotTable.hierarchies.getItem(name).", location);
  const h = arg._path.resolve();
  if (!h || h.pivot !== pivot) throw invalidArgument("The hierarchy belongs to another PivotTable.", location);
  return h.field;
}

export class RowColumnPivotHierarchyCollectionProxy extends FakeCollection<PivotModel, FieldTarget, RowColumnPivotHierarchyProxy> {
  protected readonly _typeName: string;

  constructor(
    context: ConstructorParameters<typeof FakeClientObject<PivotModel>>[0],
    path: ObjectPath<PivotModel>,
    private readonly axis: Axis,
  ) {
    super(context, path);
    this._typeName = axis === "filters" ? "FilterPivotHierarchyCollection" : "RowColumnPivotHierarchyCollection";
  }

  protected _elements(p: PivotModel): FieldTarget[] {
    return p[this.axis].map((field) => ({ pivot: p, field }));
  }

  protected _itemProxy(e: FieldTarget): RowColumnPivotHierarchyProxy {
    return new RowColumnPivotHierarchyProxy(this.context, ObjectPath.of(`${this.axis}(${JSON.stringify(e.field)})`, e, (x) => x.pivot[this.axis].includes(x.field)), this.axis);
  }

  add(pivotHierarchy: PivotHierarchyProxy): RowColumnPivotHierarchyProxy {
    if (pivotHierarchy instanceof FakeClientObject) pivotHierarchy._checkSameContext(this.context, `${this._typeName}.add`);
    const path = ObjectPath.created<FieldTarget>(`${this.axis}.add()`, (x) => x.pivot[this.axis].includes(x.field));
    this._call("add", [pivotHierarchy instanceof FakeClientObject ? pivotHierarchy._path.describe : null], (p, _a, location) => {
      const field = hierarchyArg(pivotHierarchy, p, location);
      placeField(p, this.axis, field, location);
      path.bind({ pivot: p, field });
    });
    return new RowColumnPivotHierarchyProxy(this.context, path, this.axis);
  }

  remove(rowColumnPivotHierarchy: RowColumnPivotHierarchyProxy): void {
    this._call("remove", [rowColumnPivotHierarchy._path.describe], (p, _a, location) => {
      const h = rowColumnPivotHierarchy._path.resolve();
      if (!h || h.pivot !== p) throw invalidArgument(undefined, location);
      p[this.axis] = p[this.axis].filter((f) => f !== h.field);
    });
  }

  getItem(name: string): RowColumnPivotHierarchyProxy {
    return new RowColumnPivotHierarchyProxy(
      this.context,
      this._path.child(`getItem(${JSON.stringify(name)})`, (p) => {
        const field = p[this.axis].find((f) => f.toLowerCase() === name.toLowerCase());
        if (!field) throw itemNotFound(`'${name}' is not on this axis.`, `${this._typeName}.getItem`);
        return { pivot: p, field };
      }),
      this.axis,
    );
  }
}

export class RowColumnPivotHierarchyProxy extends FakeClientObject<FieldTarget> {
  protected readonly _typeName = "RowColumnPivotHierarchy";

  constructor(
    context: ConstructorParameters<typeof FakeClientObject<FieldTarget>>[0],
    path: ObjectPath<FieldTarget>,
    private readonly axis: Axis,
  ) {
    super(context, path);
  }

  protected _scalars(): Record<string, ScalarDef<FieldTarget>> {
    return {
      id: { get: (h) => h.field },
      name: { get: (h) => h.field },
      position: { get: (h) => h.pivot[this.axis].indexOf(h.field) },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  get position(): number {
    return this._get("position");
  }
}

interface DataTarget {
  pivot: PivotModel;
  data: DataFieldModel;
}

export class DataPivotHierarchyCollectionProxy extends FakeCollection<PivotModel, DataTarget, DataPivotHierarchyProxy> {
  protected readonly _typeName = "DataPivotHierarchyCollection";

  protected _elements(p: PivotModel): DataTarget[] {
    return p.data.map((data) => ({ pivot: p, data }));
  }

  protected _itemProxy(e: DataTarget): DataPivotHierarchyProxy {
    return new DataPivotHierarchyProxy(this.context, ObjectPath.of(`data(${e.data.id})`, e, (x) => x.pivot.data.includes(x.data)));
  }

  add(pivotHierarchy: PivotHierarchyProxy): DataPivotHierarchyProxy {
    if (pivotHierarchy instanceof FakeClientObject) pivotHierarchy._checkSameContext(this.context, "DataPivotHierarchyCollection.add");
    const model = this.context.core.model;
    const path = ObjectPath.created<DataTarget>("data.add()", (x) => x.pivot.data.includes(x.data));
    this._call("add", [pivotHierarchy instanceof FakeClientObject ? pivotHierarchy._path.describe : null], (p, _a, location) => {
      const field = hierarchyArg(pivotHierarchy, p, location);
      path.bind({ pivot: p, data: addDataField(model, p, field) });
    });
    return new DataPivotHierarchyProxy(this.context, path);
  }

  remove(dataPivotHierarchy: DataPivotHierarchyProxy): void {
    this._call("remove", [dataPivotHierarchy._path.describe], (p, _a, location) => {
      const d = dataPivotHierarchy._path.resolve();
      if (!d || d.pivot !== p) throw invalidArgument(undefined, location);
      p.data = p.data.filter((x) => x !== d.data);
    });
  }

  getItem(name: string): DataPivotHierarchyProxy {
    return new DataPivotHierarchyProxy(
      this.context,
      this._path.child(`getItem(${JSON.stringify(name)})`, (p) => {
        const data = p.data.find((d) => d.name.toLowerCase() === name.toLowerCase());
        if (!data) throw itemNotFound(`'${name}' is not a data field.`, "DataPivotHierarchyCollection.getItem");
        return { pivot: p, data };
      }),
    );
  }
}

export class DataPivotHierarchyProxy extends FakeClientObject<DataTarget> {
  protected readonly _typeName = "DataPivotHierarchy";

  protected _scalars(): Record<string, ScalarDef<DataTarget>> {
    return {
      id: { get: (d) => d.data.id },
      name: { get: (d) => d.data.name },
      summarizeBy: { get: (d) => d.data.summarizeBy },
      numberFormat: { get: (d) => d.data.numberFormat },
      position: { get: (d) => d.pivot.data.indexOf(d.data) },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (d, name, location) => renameDataField(d.pivot, d.data, name, location));
  }
  get summarizeBy(): string {
    return this._get("summarizeBy");
  }
  set summarizeBy(v: string) {
    this._set("summarizeBy", v, (d, agg, location) => {
      if (typeof agg !== "string" || !AGGREGATIONS.includes(agg)) throw invalidArgument(`'${String(agg)}' is not an aggregation function.`, location);
      d.data.summarizeBy = agg;
    });
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v, (d, f, location) => {
      if (typeof f !== "string") throw invalidArgument(undefined, location);
      d.data.numberFormat = f;
    });
  }
  get position(): number {
    return this._get("position");
  }
}
