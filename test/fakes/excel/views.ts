import { chartsOf, type FakeChart } from "./charts";
import { a1, columnLetters, contains, formatArea, parseArea } from "./address";
import type { BorderState, CellState, Edge } from "./cells";
import { lineAt } from "./rangeOps";
import { DEFAULT_FONT } from "./limits";
import type { PivotModel, SheetModel, TableModel, ValidationRecord, WorkbookModel } from "./model";
import { formulaOf, textOf, valueOf, valueTypeOf } from "./rangeReads";
import { applySeed, type FakeSheetSeed } from "./seed";
import { columnNames } from "./tableOps";
import type { PageLayoutModel } from "./pageLayout";

/**
 * Direct, synchronous access to the fake workbook for assertions: no proxies, no syncs, nothing counted.
 * Reads are live (they reflect the model now).
 */
export interface FakeCellView {
  address: string;
  /** `null` when empty; errors as their text (`#REF!`); a formula's cached value (0 when the adapter wrote it). */
  value: number | string | boolean | null;
  /** `=…`, or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** As Excel would show it (en-US). */
  text: string;
  type: string;
  quotePrefix: boolean;
  /** `#RRGGBB`, or null for no fill. */
  fill: string | null;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontColor: string;
  fontSize: number;
  fontName: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** Border line styles per side, `"None"` when absent. */
  borders: { top: string; bottom: string; left: string; right: string };
  /** The line drawn on each side, in full, or null for none (with shared edges, the neighbour's facing line). */
  lines: Record<"top" | "bottom" | "left" | "right", { style: string; weight: string; color: string } | null>;
  /** The merged area holding the cell (`A1:C1`), or null. */
  merge: string | null;
  /** The data-validation rule governing the cell, or null. */
  validation: FakeValidationView | null;
}

export interface FakeValidationView {
  address: string;
  rule: Record<string, unknown> | null;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface FakeTableView {
  id: string;
  name: string;
  sheet: string;
  address: string;
  style: string;
  columns: string[];
  showTotals: boolean;
  showBandedRows: boolean;
}

export interface FakePivotView {
  id: string;
  name: string;
  sheet: string;
  destination: string;
  source: { sheet: string; address: string; table: string | null };
  fields: string[];
  rows: string[];
  columns: string[];
  filters: string[];
  data: { field: string; name: string; summarizeBy: string; numberFormat: string }[];
  layout: PivotModel["layout"];
}

const tableView = (t: TableModel): FakeTableView => ({
  id: t.id,
  name: t.name,
  sheet: t.sheet.name,
  address: formatArea(t.area),
  style: t.style,
  columns: columnNames(t),
  showTotals: t.showTotals,
  showBandedRows: t.showBandedRows,
});

const pivotView = (p: PivotModel): FakePivotView => ({
  id: p.id,
  name: p.name,
  sheet: p.sheet.name,
  destination: formatArea(p.destination),
  source: { sheet: p.source.sheet.name, address: formatArea(p.source.area), table: p.source.table?.name ?? null },
  fields: [...p.fields],
  rows: [...p.rows],
  columns: [...p.columns],
  filters: [...p.filters],
  data: p.data.map(({ field, name, summarizeBy, numberFormat }) => ({ field, name, summarizeBy, numberFormat })),
  layout: { ...p.layout },
});

const validationView = (v: ValidationRecord): FakeValidationView => ({
  address: formatArea(v.area),
  rule: v.rule ? structuredClone(v.rule) : null,
  ...(v.errorAlert ? { errorAlert: { ...v.errorAlert } } : {}),
  ...(v.prompt ? { prompt: { ...v.prompt } } : {}),
  ignoreBlanks: v.ignoreBlanks,
});

/** A deep copy of a cell (cheaper than structuredClone over hundreds of thousands of cells). */
function copyCell(cell: CellState): CellState {
  const copy: CellState = { ...cell };
  if (typeof cell.value === "object") copy.value = { ...cell.value };
  if (cell.borders) copy.borders = Object.fromEntries(Object.entries(cell.borders).map(([side, b]) => [side, { ...b }]));
  return copy;
}

const copyLine = (b: BorderState | undefined) => (b ? { style: b.style, weight: b.weight, color: b.color } : null);

function cellValue(cell: CellState | undefined): number | string | boolean | null {
  return cell?.value === undefined ? null : valueOf(cell);
}

export class FakeSheetView {
  constructor(
    private readonly model: WorkbookModel,
    private readonly sheet: SheetModel,
  ) {}

  get id(): string {
    return this.sheet.id;
  }
  get name(): string {
    return this.sheet.name;
  }
  get exists(): boolean {
    return this.model.isAlive(this.sheet);
  }
  get position(): number {
    return this.model.sheets.indexOf(this.sheet);
  }
  get visibility(): string {
    return this.sheet.visibility;
  }
  /** `#RRGGBB`, or "" when none. */
  get tabColor(): string {
    return this.sheet.tabColor;
  }
  /** The charts added to the sheet (charts.ts), as the fake keeps them. */
  get charts(): FakeChart[] {
    return chartsOf(this.sheet);
  }
  /** How the sheet prints (pageLayout.ts): a copy, with the print-title rows as `$1:$2` or null. */
  get pageLayout(): Omit<PageLayoutModel, "printTitleRows"> & { printTitleRows: string | null } {
    const p = this.sheet.pageLayout;
    const rows = p.printTitleRows;
    return { ...p, zoom: { ...p.zoom }, printTitleRows: rows ? `$${rows.r1 + 1}:$${rows.r2 + 1}` : null };
  }
  get protected(): boolean {
    return this.sheet.protected;
  }
  get showGridlines(): boolean {
    return this.sheet.showGridlines;
  }

  cell(ref: string): FakeCellView {
    const area = parseArea(ref);
    if (!area || area.r1 !== area.r2 || area.c1 !== area.c2) throw new Error(`cell(): '${ref}' is not one cell`);
    const { r1: r, c1: c } = area;
    const cell = this.sheet.cells.get(r, c);
    const merge = this.sheet.merges.find((m) => contains(m, area));
    const validation = [...this.sheet.validations].reverse().find((v) => contains(v.area, area));
    const line = (side: Edge) => lineAt(this.sheet, r, c, side);
    return {
      address: a1(r, c),
      value: cellValue(cell),
      formula: cell?.formula ?? null,
      numberFormat: cell?.numberFormat ?? "General",
      text: textOf(cell),
      type: valueTypeOf(cell),
      quotePrefix: cell?.quotePrefix ?? false,
      fill: cell?.fill ?? null,
      bold: cell?.bold ?? false,
      italic: cell?.italic ?? false,
      underline: cell?.underline ?? "None",
      fontColor: cell?.fontColor ?? DEFAULT_FONT.color,
      fontSize: cell?.fontSize ?? DEFAULT_FONT.size,
      fontName: cell?.fontName ?? DEFAULT_FONT.name,
      horizontalAlignment: cell?.hAlign ?? "General",
      verticalAlignment: cell?.vAlign ?? "Bottom",
      wrapText: cell?.wrap ?? false,
      borders: {
        top: line("top")?.style ?? "None",
        bottom: line("bottom")?.style ?? "None",
        left: line("left")?.style ?? "None",
        right: line("right")?.style ?? "None",
      },
      lines: { top: copyLine(line("top")), bottom: copyLine(line("bottom")), left: copyLine(line("left")), right: copyLine(line("right")) },
      merge: merge ? formatArea(merge) : null,
      validation: validation ? validationView(validation) : null,
    };
  }

  /** The used area's address (`B2:F30`), or null on an empty sheet. `valuesOnly` ignores formatted empty cells. */
  usedRange(valuesOnly = false): string | null {
    const area = this.sheet.cells.usedArea(valuesOnly);
    return area ? formatArea(area) : null;
  }

  private rowsFromA1<T>(f: (cell: CellState | undefined) => T): T[][] {
    const used = this.sheet.cells.usedArea(true);
    if (!used) return [];
    return Array.from({ length: used.r2 + 1 }, (_, r) => Array.from({ length: used.c2 + 1 }, (_, c) => f(this.sheet.cells.get(r, c))));
  }

  /** Values from A1 to the last cell holding something; empty cells are null. */
  grid(): (number | string | boolean | null)[][] {
    return this.rowsFromA1(cellValue);
  }

  /** Like `grid()`, with formulas (`=…`) in place of their values. */
  formulasGrid(): (number | string | boolean | null)[][] {
    return this.rowsFromA1((cell) => (cell?.value === undefined && !cell?.formula ? null : formulaOf(cell)));
  }

  /** Number formats over the same area as `grid()`. */
  formatsGrid(): string[][] {
    return this.rowsFromA1((cell) => cell?.numberFormat ?? "General");
  }

  get tables(): FakeTableView[] {
    return this.model.tablesOn(this.sheet).map(tableView);
  }
  get pivotTables(): FakePivotView[] {
    return this.model.pivotsOn(this.sheet).map(pivotView);
  }
  get freeze(): { rows: number; cols: number } {
    return { ...this.sheet.freeze };
  }
  get merges(): string[] {
    return this.sheet.merges.map(formatArea);
  }
  get validations(): FakeValidationView[] {
    return this.sheet.validations.map(validationView);
  }
  /** Widths in points of the columns that were given one: `{ A: 60, C: 120 }`. */
  get columnWidths(): Record<string, number> {
    return Object.fromEntries([...this.sheet.columnWidths].sort(([a], [b]) => a - b).map(([c, w]) => [columnLetters(c), w]));
  }
  /** Heights in points by 1-based row number. */
  get rowHeights(): Record<number, number> {
    return Object.fromEntries([...this.sheet.rowHeights].sort(([a], [b]) => a - b).map(([r, h]) => [r + 1, h]));
  }
  /** The selected cells of this sheet (`B3`, `A1:C4`). */
  get selection(): string {
    return formatArea(this.sheet.selection);
  }
}

/** `workbook.settings` as stored: values come back parsed from their JSON, as Excel keeps them. */
export class FakeSettingsView {
  constructor(private readonly model: WorkbookModel) {}

  get size(): number {
    return this.model.settings.size;
  }
  has(key: string): boolean {
    return this.model.settings.has(key);
  }
  get(key: string): unknown {
    const json = this.model.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }
  /** The JSON text Excel holds. */
  raw(key: string): string | undefined {
    return this.model.settings.get(key);
  }
  keys(): string[] {
    return [...this.model.settings.keys()];
  }
  entries(): [string, unknown][] {
    return this.keys().map((k) => [k, this.get(k)]);
  }
  /** Direct write, for arranging a test. */
  set(key: string, value: unknown): void {
    this.model.settings.set(key, JSON.stringify(value));
  }
  delete(key: string): boolean {
    return this.model.settings.delete(key);
  }
}

export class FakeWorkbookState {
  readonly settings: FakeSettingsView;

  constructor(private readonly model: WorkbookModel) {
    this.settings = new FakeSettingsView(model);
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.model.findSheet(name) !== undefined;
  }

  /** By name (case-insensitive, as Excel) or id; throws when absent. */
  sheet(name: string): FakeSheetView {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`The fake workbook has no sheet '${name}' (it has: ${this.sheetNames().join(", ")})`);
    return new FakeSheetView(this.model, sheet);
  }

  get sheets(): FakeSheetView[] {
    return this.model.sheets.map((s) => new FakeSheetView(this.model, s));
  }

  get activeSheet(): string | null {
    return this.model.active?.name ?? null;
  }

  /** The active sheet's selected cells. */
  get selection(): { sheet: string; address: string } | null {
    const s = this.model.active;
    return s ? { sheet: s.name, address: formatArea(s.selection) } : null;
  }

  get tables(): FakeTableView[] {
    return this.model.tables.map(tableView);
  }

  get pivotTables(): FakePivotView[] {
    return this.model.pivots.map(pivotView);
  }

  /** How many times the adapter's `suspendApiCalculationUntilNextSync()` reached Excel. */
  get calculationSuspensions(): number {
    return this.model.calculationSuspensions;
  }

  /** Adds a sheet directly (arranging a test), as a seed. */
  addSheet(seed: FakeSheetSeed): FakeSheetView {
    applySeed(this.model, seed);
    return this.sheet(seed.name);
  }

  /**
   * Everything the fake holds, as plain data: compare two snapshots to prove a failed operation left the
   * workbook exactly as it was.
   */
  snapshot(): unknown {
    const m = this.model;
    return {
      active: m.active?.id ?? null,
      settings: Object.fromEntries(m.settings),
      sheets: m.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        protected: s.protected,
        showGridlines: s.showGridlines,
        freeze: { ...s.freeze },
        selection: formatArea(s.selection),
        merges: s.merges.map(formatArea).sort(),
        validations: s.validations.map(validationView),
        columnWidths: Object.fromEntries([...s.columnWidths].sort(([a], [b]) => a - b)),
        rowHeights: Object.fromEntries([...s.rowHeights].sort(([a], [b]) => a - b)),
        cells: Object.fromEntries(
          [...s.cells.entries()].sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2).map(([r, c, cell]) => [a1(r, c), copyCell(cell)]),
        ),
      })),
      tables: m.tables.map(tableView),
      pivots: m.pivots.map(pivotView),
    };
  }
}

