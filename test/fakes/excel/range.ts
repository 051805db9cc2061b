import { type Area, cellCountOf, colsOf, formatAddress, isEntireColumns, isEntireRows, rowsOf } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import { RangeFormatProxy } from "./format";
import { MAX_COLS, MAX_ROWS } from "./limits";
import { FakeClientObject, type NavDef, type ObjectPath, type ScalarDef } from "./proxy";
import { clearRange, merge, type RangeTarget, unmerge, writeContent, writeNumberFormat } from "./rangeOps";
import { formulaOf, grid, numberFormatOf, textOf, valueOf, valueTypeOf } from "./rangeReads";
import { DataValidationProxy } from "./validation";
import { WorksheetProxy } from "./worksheet";

/** An area that must lie on the sheet; Excel answers InvalidArgument otherwise. */
export function rangeArg(area: Area, location: string, invalid = false): Area {
  if (invalid || area.r1 < 0 || area.c1 < 0 || area.r2 >= MAX_ROWS || area.c2 >= MAX_COLS || area.r2 < area.r1 || area.c2 < area.c1)
    throw invalidArgument("The range would lie outside the worksheet.", location);
  return area;
}

export class RangeProxy extends FakeClientObject<RangeTarget> {
  protected readonly _typeName = "Range";
  private _format?: RangeFormatProxy;
  private _worksheet?: WorksheetProxy;
  private _dataValidation?: DataValidationProxy;

  protected _scalars(): Record<string, ScalarDef<RangeTarget>> {
    const loc = (p: string) => `Range.${p}`;
    return {
      address: { get: (t) => formatAddress(t.sheet.name, t.area) },
      addressLocal: { get: (t) => formatAddress(t.sheet.name, t.area) },
      rowIndex: { get: (t) => t.area.r1 },
      columnIndex: { get: (t) => t.area.c1 },
      rowCount: { get: (t) => rowsOf(t.area) },
      columnCount: { get: (t) => colsOf(t.area) },
      cellCount: { get: (t) => cellCountOf(t.area) },
      isEntireColumn: { get: (t) => isEntireColumns(t.area), since: "1.7" },
      isEntireRow: { get: (t) => isEntireRows(t.area), since: "1.7" },
      values: { get: (t) => grid(t, loc("values"), valueOf) },
      formulas: { get: (t) => grid(t, loc("formulas"), formulaOf) },
      formulasLocal: { get: (t) => grid(t, loc("formulasLocal"), formulaOf) },
      numberFormat: { get: (t) => grid(t, loc("numberFormat"), numberFormatOf) },
      numberFormatLocal: { get: (t) => grid(t, loc("numberFormatLocal"), numberFormatOf), since: "1.7" },
      text: { get: (t) => grid(t, loc("text"), textOf) },
      valueTypes: { get: (t) => grid(t, loc("valueTypes"), valueTypeOf) },
    };
  }

  protected override _navs(): Record<string, NavDef<RangeTarget>> {
    return {
      format: { proxy: () => this.format, target: (t) => t },
      worksheet: { proxy: () => this.worksheet, target: (t) => t.sheet },
    };
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (t, input, location) => writeContent(t, input, location));
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (t, input, location) => writeContent(t, input, location));
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this._set("formulasLocal", v, (t, input, location) => writeContent(t, input, location));
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this._set("numberFormat", v, (t, input, location) => writeNumberFormat(t, input, location));
  }
  get numberFormatLocal(): string[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: string[][]) {
    this._set("numberFormatLocal", v, (t, input, location) => writeNumberFormat(t, input, location), "1.7");
  }

  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.context, this._path.child("format", (t) => t)));
  }

  get worksheet(): WorksheetProxy {
    const model = this.context.core.model;
    return (this._worksheet ??= new WorksheetProxy(this.context, this._path.child("worksheet", (t) => t.sheet, (s) => model.isAlive(s))));
  }

  get dataValidation(): DataValidationProxy {
    this.context.requireApi("1.8", "Range.dataValidation");
    return (this._dataValidation ??= new DataValidationProxy(this.context, this._path.child("dataValidation", (t) => t)));
  }

  select(): void {
    const model = this.context.core.model;
    this._call("select", [], (t, _a, location) => model.select(t.sheet, t.area, location));
  }

  merge(across?: boolean): void {
    const model = this.context.core.model;
    this._call("merge", [across ?? false], (t, [a], location) => merge(model, t, a === true, location), "1.2");
  }

  unmerge(): void {
    this._call("unmerge", [], (t, _a, location) => unmerge(t, location), "1.2");
  }

  clear(applyTo?: string): void {
    this._call("clear", [applyTo], (t, [kind], location) => clearRange(t, kind ?? undefined, location));
  }

  private derived(describe: string, step: (a: Area, location: string) => Area, since?: string): RangeProxy {
    const location = `Range.${describe.replace(/\(.*$/, "")}`;
    if (since) this.context.requireApi(since, location);
    const model = this.context.core.model;
    const path: ObjectPath<RangeTarget> = this._path.child(describe, (t) => ({ sheet: t.sheet, area: rangeArg(step(t.area, location), location) }), (t) => model.isAlive(t.sheet));
    return new RangeProxy(this.context, path);
  }

  /** Relative to the range's top-left cell; may lie outside the range, as in Excel. */
  getCell(row: number, column: number): RangeProxy {
    return this.derived(`getCell(${row},${column})`, (a) => ({ r1: a.r1 + row, c1: a.c1 + column, r2: a.r1 + row, c2: a.c1 + column }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (a) => ({ r1: a.r1 + rowOffset, c1: a.c1 + columnOffset, r2: a.r2 + rowOffset, c2: a.c2 + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (a) => ({ ...a, r2: a.r2 + deltaRows, c2: a.c2 + deltaColumns }), "1.3");
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derived(
      `getAbsoluteResizedRange(${numRows},${numColumns})`,
      (a, location) => rangeArg({ ...a, r2: a.r1 + numRows - 1, c2: a.c1 + numColumns - 1 }, location, numRows < 1 || numColumns < 1),
      "1.7",
    );
  }

  getRow(row: number): RangeProxy {
    return this.derived(`getRow(${row})`, (a, location) => rangeArg({ ...a, r1: a.r1 + row, r2: a.r1 + row }, location, row < 0 || a.r1 + row > a.r2));
  }

  getColumn(column: number): RangeProxy {
    return this.derived(`getColumn(${column})`, (a, location) => rangeArg({ ...a, c1: a.c1 + column, c2: a.c1 + column }, location, column < 0 || a.c1 + column > a.c2));
  }

  getEntireRow(): RangeProxy {
    return this.derived("getEntireRow()", (a) => ({ r1: a.r1, r2: a.r2, c1: 0, c2: MAX_COLS - 1 }));
  }

  getEntireColumn(): RangeProxy {
    return this.derived("getEntireColumn()", (a) => ({ r1: 0, r2: MAX_ROWS - 1, c1: a.c1, c2: a.c2 }));
  }

  getLastCell(): RangeProxy {
    return this.derived("getLastCell()", (a) => ({ r1: a.r2, c1: a.c2, r2: a.r2, c2: a.c2 }));
  }

  getLastRow(): RangeProxy {
    return this.derived("getLastRow()", (a) => ({ ...a, r1: a.r2 }));
  }

  getLastColumn(): RangeProxy {
    return this.derived("getLastColumn()", (a) => ({ ...a, c1: a.c2 }));
  }

  /** The used part of this range; ItemNotFound when none of it is used (unlike Worksheet.getUsedRange). */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    const model = this.context.core.model;
    return new RangeProxy(
      this.context,
      this._path.child(
        `getUsedRange(${!!valuesOnly})`,
        (t) => {
          const area = t.sheet.cells.usedArea(!!valuesOnly, t.area);
          if (!area) throw itemNotFound("No cell of the range is used.", "Range.getUsedRange");
          return { sheet: t.sheet, area };
        },
        (t) => model.isAlive(t.sheet),
      ),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.context.requireApi("1.4", "Range.getUsedRangeOrNullObject");
    const model = this.context.core.model;
    const proxy = new RangeProxy(
      this.context,
      this._path.child(
        `getUsedRangeOrNullObject(${!!valuesOnly})`,
        (t) => {
          const area = t.sheet.cells.usedArea(!!valuesOnly, t.area);
          return area ? { sheet: t.sheet, area } : null;
        },
        (t) => model.isAlive(t.sheet),
      ),
    );
    proxy._probe();
    return proxy;
  }
}
