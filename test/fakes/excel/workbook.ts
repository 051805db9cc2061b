import type { FakeRequestContext } from "./context";
import type { WorkbookModel } from "./model";
import { PivotTableCollectionProxy } from "./pivot";
import { FakeClientObject, type NavDef, ObjectPath, type ScalarDef } from "./proxy";
import { RangeProxy } from "./range";
import { SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheet";

/** `context.workbook`. */
export class WorkbookProxy extends FakeClientObject<WorkbookModel> {
  protected readonly _typeName = "Workbook";
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  readonly tables: TableCollectionProxy;
  private _settings?: SettingCollectionProxy;
  private _pivotTables?: PivotTableCollectionProxy;

  constructor(context: FakeRequestContext) {
    super(context, ObjectPath.of("workbook", context.core.model));
    this.worksheets = new WorksheetCollectionProxy(context, this._path.child("worksheets", (m) => m));
    this.application = new ApplicationProxy(context, this._path.child("application", (m) => m));
    this.tables = new TableCollectionProxy(context, this._path.child("tables", (m) => ({ model: m })));
  }

  get settings(): SettingCollectionProxy {
    this.context.requireApi("1.4", "Workbook.settings");
    return (this._settings ??= new SettingCollectionProxy(this.context, this._path.child("settings", (m) => m)));
  }

  get pivotTables(): PivotTableCollectionProxy {
    this.context.requireApi("1.3", "Workbook.pivotTables");
    return (this._pivotTables ??= new PivotTableCollectionProxy(this.context, this._path.child("pivotTables", (m) => ({ model: m }))));
  }

  get name(): string {
    return this._get("name");
  }

  protected _scalars(): Record<string, ScalarDef<WorkbookModel>> {
    return { name: { get: () => "Book1", since: "1.7" } };
  }

  protected override _navs(): Record<string, NavDef<WorkbookModel>> {
    return {
      worksheets: { proxy: () => this.worksheets, target: (m) => m },
      tables: { proxy: () => this.tables, target: (m) => ({ model: m }) },
      settings: { proxy: () => this.settings, target: (m) => m },
    };
  }

  /** The selected cells of the active sheet. */
  getSelectedRange(): RangeProxy {
    const model = this.context.core.model;
    return new RangeProxy(
      this.context,
      this._path.child(
        "getSelectedRange()",
        (m) => {
          const sheet = m.requireActive("Workbook.getSelectedRange");
          return { sheet, area: { ...sheet.selection } };
        },
        (t) => model.isAlive(t.sheet),
      ),
    );
  }

  /** The active cell: the first cell of the selection. */
  getActiveCell(): RangeProxy {
    this.context.requireApi("1.7", "Workbook.getActiveCell");
    const model = this.context.core.model;
    return new RangeProxy(
      this.context,
      this._path.child(
        "getActiveCell()",
        () => {
          const sheet = model.requireActive("Workbook.getActiveCell");
          const { r1, c1 } = sheet.selection;
          return { sheet, area: { r1, c1, r2: r1, c2: c1 } };
        },
        (t) => model.isAlive(t.sheet),
      ),
    );
  }
}

/** `context.application` / `workbook.application`. */
export class ApplicationProxy extends FakeClientObject<WorkbookModel> {
  protected readonly _typeName = "Application";

  get calculationMode(): string {
    return this._get("calculationMode");
  }

  protected _scalars(): Record<string, ScalarDef<WorkbookModel>> {
    return { calculationMode: { get: () => "Automatic" } };
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], (m) => void m.calculationSuspensions++, "1.6");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined, "1.9");
  }

  calculate(calculationType?: string): void {
    this._call("calculate", [calculationType], () => undefined);
  }
}
