import { rowsOf } from "./address";
import type { CellState } from "./cells";
import { normalizeColor } from "./color";
import { invalidArgument, notModelled } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, MAX_COLS, MAX_ROWS } from "./limits";
import { FakeClientObject, FakeCollection, type NavDef, ObjectPath, type ScalarDef } from "./proxy";
import { BORDER_INDEXES, type BorderIndex, borderSides, checkEditable, lineAt, type RangeTarget, setBorder, styleCells } from "./rangeOps";
import { uniform } from "./rangeReads";

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
/** Excel's limits: a row is at most 409 points high; a column at most 255 characters (about 1,800 points is far beyond). */
const MAX_ROW_HEIGHT = 409;
const MAX_COLUMN_WIDTH = 1800;

function checked<V>(ok: (v: unknown) => boolean, v: unknown, location: string): V {
  if (!ok(v)) throw invalidArgument(`'${String(v)}' is not valid here.`, location);
  return v as V;
}
const isBool = (v: unknown) => typeof v === "boolean";
const oneOf = (list: string[]) => (v: unknown) => typeof v === "string" && list.includes(v);

function color(v: unknown, location: string): string {
  const c = normalizeColor(v);
  if (!c) throw invalidArgument(`'${String(v)}' is not a colour (use #RRGGBB or an HTML colour name).`, location);
  return c;
}

/** A uniform number over a run of rows or columns, or null when they differ. */
function uniformSize(from: number, to: number, sizes: Map<number, number>, fallback: number, limit: number): number | null {
  const last = Math.min(to, limit - 1);
  let common: number | null = null;
  // Whole columns/rows: only the customised ones can differ from the default.
  if (last - from > 20_000) {
    const custom = [...sizes].filter(([i]) => i >= from && i <= last).map(([, w]) => w);
    const all = custom.length < last - from + 1 ? [...custom, fallback] : custom;
    return all.every((w) => w === all[0]) ? all[0] : null;
  }
  for (let i = from; i <= last; i++) {
    const w = sizes.get(i) ?? fallback;
    if (common === null) common = w;
    else if (common !== w) return null;
  }
  return common;
}

export class RangeFormatProxy extends FakeClientObject<RangeTarget> {
  protected readonly _typeName = "RangeFormat";
  private _fill?: RangeFillProxy;
  private _font?: RangeFontProxy;
  private _borders?: RangeBorderCollectionProxy;

  protected _scalars(): Record<string, ScalarDef<RangeTarget>> {
    return {
      columnWidth: { get: (t) => uniformSize(t.area.c1, t.area.c2, t.sheet.columnWidths, DEFAULT_COLUMN_WIDTH, MAX_COLS), since: "1.2" },
      rowHeight: { get: (t) => uniformSize(t.area.r1, t.area.r2, t.sheet.rowHeights, DEFAULT_ROW_HEIGHT, MAX_ROWS), since: "1.2" },
      horizontalAlignment: { get: (t) => uniform(t, (c) => c?.hAlign ?? "General") },
      verticalAlignment: { get: (t) => uniform(t, (c) => c?.vAlign ?? "Bottom") },
      wrapText: { get: (t) => uniform(t, (c) => c?.wrap ?? false) },
    };
  }

  protected override _navs(): Record<string, NavDef<RangeTarget>> {
    return {
      fill: { proxy: () => this.fill, target: (t) => t },
      font: { proxy: () => this.font, target: (t) => t },
      borders: { proxy: () => this.borders, target: (t) => t },
    };
  }

  get fill(): RangeFillProxy {
    return (this._fill ??= new RangeFillProxy(this.context, this._path.child("fill", (t) => t)));
  }
  get font(): RangeFontProxy {
    return (this._font ??= new RangeFontProxy(this.context, this._path.child("font", (t) => t)));
  }
  get borders(): RangeBorderCollectionProxy {
    return (this._borders ??= new RangeBorderCollectionProxy(this.context, this._path.child("borders", (t) => t)));
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set(
      "columnWidth",
      v,
      (t, w, location) => {
        checkEditable(t.sheet, location);
        const width = checked<number>((x) => typeof x === "number" && x >= 0 && x <= MAX_COLUMN_WIDTH, w, location);
        for (let c = t.area.c1; c <= t.area.c2; c++) t.sheet.columnWidths.set(c, width);
      },
      "1.2",
    );
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set(
      "rowHeight",
      v,
      (t, h, location) => {
        checkEditable(t.sheet, location);
        const height = checked<number>((x) => typeof x === "number" && x >= 0 && x <= MAX_ROW_HEIGHT, h, location);
        if (rowsOf(t.area) > 100_000) throw notModelled(`heights of ${rowsOf(t.area)} rows at once`, location);
        for (let r = t.area.r1; r <= t.area.r2; r++) t.sheet.rowHeights.set(r, height);
      },
      "1.2",
    );
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v, (t, a, location) => {
      const align = checked<string>(oneOf(H_ALIGN), a, location);
      styleCells(t, location, (c) => (align === "General" ? delete c.hAlign : (c.hAlign = align)));
    });
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v, (t, a, location) => {
      const align = checked<string>(oneOf(V_ALIGN), a, location);
      styleCells(t, location, (c) => (align === "Bottom" ? delete c.vAlign : (c.vAlign = align)));
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, (t, w, location) => {
      const wrap = checked<boolean>(isBool, w, location);
      styleCells(t, location, (c) => (wrap ? (c.wrap = true) : delete c.wrap));
    });
  }

  /** The fake has no fonts to measure: autofit leaves widths as they are (the command is still sent). */
  autofitColumns(): void {
    this._call("autofitColumns", [], (t, _a, location) => checkEditable(t.sheet, location), "1.2");
  }
  autofitRows(): void {
    this._call("autofitRows", [], (t, _a, location) => checkEditable(t.sheet, location), "1.2");
  }
}

export class RangeFillProxy extends FakeClientObject<RangeTarget> {
  protected readonly _typeName = "RangeFill";

  protected _scalars(): Record<string, ScalarDef<RangeTarget>> {
    return {
      // Excel answers white for a cell with no fill; `pattern` (1.9) tells the two apart.
      color: { get: (t) => uniform(t, (c) => c?.fill ?? "#FFFFFF") },
      pattern: { get: (t) => uniform(t, (c) => c?.pattern ?? (c?.fill ? "Solid" : "None")), since: "1.9" },
    };
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, value, location) => {
      const fill = color(value, location);
      styleCells(t, location, (c) => {
        c.fill = fill;
        delete c.pattern;
      });
    });
  }
  get pattern(): string {
    return this._get("pattern");
  }
  set pattern(v: string) {
    this._set(
      "pattern",
      v,
      (t, p, location) => {
        if (p === "None") styleCells(t, location, (c) => clearFill(c));
        else if (p === "Solid") styleCells(t, location, (c) => ((c.fill ??= "#FFFFFF"), delete c.pattern));
        else throw invalidArgument(`The fake models fill patterns None and Solid only, not '${String(p)}'.`, location);
      },
      "1.9",
    );
  }

  clear(): void {
    this._call("clear", [], (t, _a, location) => styleCells(t, location, clearFill));
  }
}

function clearFill(c: CellState): void {
  delete c.fill;
  delete c.pattern;
}

export class RangeFontProxy extends FakeClientObject<RangeTarget> {
  protected readonly _typeName = "RangeFont";

  protected _scalars(): Record<string, ScalarDef<RangeTarget>> {
    return {
      bold: { get: (t) => uniform(t, (c) => c?.bold ?? false) },
      italic: { get: (t) => uniform(t, (c) => c?.italic ?? false) },
      underline: { get: (t) => uniform(t, (c) => c?.underline ?? "None") },
      color: { get: (t) => uniform(t, (c) => c?.fontColor ?? DEFAULT_FONT.color) },
      size: { get: (t) => uniform(t, (c) => c?.fontSize ?? DEFAULT_FONT.size) },
      name: { get: (t) => uniform(t, (c) => c?.fontName ?? DEFAULT_FONT.name) },
    };
  }

  private style(name: string, value: unknown, apply: (c: CellState, v: unknown) => void, ok: (v: unknown) => boolean): void {
    this._set(name, value, (t, v, location) => {
      checked(ok, v, location);
      styleCells(t, location, (c) => apply(c, v));
    });
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.style("bold", v, (c, b) => (b ? (c.bold = true) : delete c.bold), isBool);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.style("italic", v, (c, i) => (i ? (c.italic = true) : delete c.italic), isBool);
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this.style("underline", v, (c, u) => (u === "None" ? delete c.underline : (c.underline = u as string)), oneOf(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, value, location) => {
      const c = color(value, location);
      styleCells(t, location, (cell) => (c === DEFAULT_FONT.color ? delete cell.fontColor : (cell.fontColor = c)));
    });
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.style("size", v, (c, s) => (s === DEFAULT_FONT.size ? delete c.fontSize : (c.fontSize = s as number)), (s) => typeof s === "number" && s >= 1 && s <= 409);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this.style("name", v, (c, n) => (n === DEFAULT_FONT.name ? delete c.fontName : (c.fontName = n as string)), (n) => typeof n === "string" && n.length > 0);
  }
}

interface BorderTarget {
  range: RangeTarget;
  index: BorderIndex;
}

export class RangeBorderCollectionProxy extends FakeCollection<RangeTarget, BorderTarget, RangeBorderProxy> {
  protected readonly _typeName = "RangeBorderCollection";

  protected _elements(t: RangeTarget): BorderTarget[] {
    return BORDER_INDEXES.slice(0, 6).map((index) => ({ range: t, index }));
  }

  protected _itemProxy(e: BorderTarget): RangeBorderProxy {
    return new RangeBorderProxy(this.context, ObjectPath.of(`borders(${e.index})`, e));
  }

  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(
      this.context,
      this._path.child(`getItem(${JSON.stringify(index)})`, (t) => {
        if (!(BORDER_INDEXES as readonly string[]).includes(index)) throw invalidArgument(`'${index}' is not a border index.`, "RangeBorderCollection.getItem");
        return { range: t, index: index as BorderIndex };
      }),
    );
  }

  getItemAt(i: number): RangeBorderProxy {
    return this.getItem(BORDER_INDEXES[i] ?? `#${i}`);
  }
}

export class RangeBorderProxy extends FakeClientObject<BorderTarget> {
  protected readonly _typeName = "RangeBorder";

  private static read(b: BorderTarget, pick: (s: { style: string; color: string; weight: string } | undefined) => unknown): unknown {
    const sides = borderSides(b.range.area, b.index);
    if (sides.length === 0) return pick(undefined);
    if (sides.length > 200_000) return null;
    let first: unknown;
    for (let i = 0; i < sides.length; i++) {
      const [r, c, side] = sides[i];
      const v = pick(lineAt(b.range.sheet, r, c, side));
      if (i === 0) first = v;
      else if (v !== first) return null;
    }
    return first;
  }

  protected _scalars(): Record<string, ScalarDef<BorderTarget>> {
    return {
      sideIndex: { get: (b) => b.index },
      style: { get: (b) => RangeBorderProxy.read(b, (s) => s?.style ?? "None") },
      color: { get: (b) => RangeBorderProxy.read(b, (s) => s?.color ?? "#000000") },
      weight: { get: (b) => RangeBorderProxy.read(b, (s) => s?.weight ?? "Thin") },
    };
  }

  get sideIndex(): string {
    return this._get("sideIndex");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (b, s, location) => setBorder(b.range, b.index, { style: s as string }, location));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (b, value, location) => setBorder(b.range, b.index, { color: color(value, location) }, location));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._set("weight", v, (b, w, location) => setBorder(b.range, b.index, { weight: w as string }, location));
  }
}
