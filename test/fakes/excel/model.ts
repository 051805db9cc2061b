import { type Area, formatAddress } from "./address";
import { CellStore } from "./cells";
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import { FORBIDDEN_SHEET_CHARS, MAX_SHEET_NAME } from "./limits";
import { defaultPageLayout, type PageLayoutModel } from "./pageLayout";

/**
 * The workbook as Excel holds it: plain data the proxies act on when a batch is applied at
 * `context.sync()`. Every rule that makes Excel refuse something lives here, as the Office error it gives.
 */
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ValidationRecord {
  area: Area;
  /** `{ wholeNumber: { formula1, operator } }` and the like, as the adapter set it. */
  rule: Record<string, unknown> | null;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export class SheetModel {
  visibility: Visibility = "Visible";
  tabColor = "";
  readonly cells = new CellStore();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Area[] = [];
  freeze = { rows: 0, cols: 0 };
  validations: ValidationRecord[] = [];
  selection: Area = { r1: 0, c1: 0, r2: 0, c2: 0 };
  protected = false;
  showGridlines = true;
  /** How the sheet prints (pageLayout.ts, ExcelApi 1.9). */
  pageLayout: PageLayoutModel = defaultPageLayout();
  /** Whether a cell's edge and its neighbour's facing edge are one line (see `FakeExcelOptions.sharedBorderEdges`). */
  sharedBorderEdges = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row included. */
  area: Area;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface DataFieldModel {
  id: string;
  field: string;
  name: string;
  summarizeBy: string;
  numberFormat: string;
}

export interface PivotModel {
  id: string;
  name: string;
  sheet: SheetModel;
  destination: Area;
  source: { sheet: SheetModel; area: Area; table?: TableModel };
  /** The source's column names when the pivot was made: its hierarchies. */
  fields: string[];
  rows: string[];
  columns: string[];
  filters: string[];
  data: DataFieldModel[];
  layout: { layoutType: string; showRowGrandTotals: boolean; showColumnGrandTotals: boolean; subtotalLocation: string };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class WorkbookModel {
  sheets: SheetModel[] = [];
  /** Settings are stored as JSON text, as Excel persists them in the document. */
  readonly settings = new Map<string, string>();
  tables: TableModel[] = [];
  pivots: PivotModel[] = [];
  active: SheetModel | null = null;
  /** Given to every sheet added: see `FakeExcelOptions.sharedBorderEdges`. */
  sharedBorderEdges = false;
  /** How many times `application.suspendApiCalculationUntilNextSync()` was applied. */
  calculationSuspensions = 0;
  private nextId = { sheet: 1, table: 1, pivot: 1, field: 1 };

  findSheet(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => sameName(s.name, key));
  }

  requireSheet(key: string, location?: string): SheetModel {
    const sheet = this.findSheet(key);
    if (!sheet) throw itemNotFound(`The worksheet '${key}' doesn't exist.`, location);
    return sheet;
  }

  isAlive(sheet: SheetModel): boolean {
    return this.sheets.includes(sheet);
  }

  checkSheetName(name: unknown, except: SheetModel | null, location?: string): string {
    if (typeof name !== "string" || name.length === 0 || name.length > MAX_SHEET_NAME || FORBIDDEN_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'") || sameName(name, "History"))
      throw invalidArgument(`The worksheet name '${String(name)}' is not valid: 1–31 characters, none of \\ / ? * [ ] :, not beginning or ending with an apostrophe, not "History".`, location);
    const clash = this.sheets.find((s) => s !== except && sameName(s.name, name));
    if (clash) throw itemAlreadyExists(`A worksheet named '${clash.name}' already exists.`, location);
    return name;
  }

  addSheet(name: unknown, location?: string): SheetModel {
    let chosen: string;
    if (name === undefined || name === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    } else chosen = this.checkSheetName(name, null, location);
    const id = `{${String(this.nextId.sheet++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, chosen);
    sheet.sharedBorderEdges = this.sharedBorderEdges;
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown, location?: string): void {
    const before = sheet.name;
    sheet.name = this.checkSheetName(name, sheet, location);
    // As Excel does: formulas that name the sheet follow it (quoted references, the only kind the add-in writes).
    const quote = (n: string) => `'${n.replace(/'/g, "''")}'!`;
    if (before === sheet.name) return;
    for (const s of this.sheets) {
      for (const [, , cell] of s.cells.entries()) if (cell.formula?.includes(quote(before))) cell.formula = cell.formula.split(quote(before)).join(quote(sheet.name));
    }
  }

  private visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  /** The sheet Excel shows when `leaving` stops being visible: the next visible one, else the previous. */
  private neighbourOf(leaving: SheetModel): SheetModel | null {
    const i = this.sheets.indexOf(leaving);
    const after = this.sheets.slice(i + 1).find((s) => s !== leaving && s.visibility === "Visible");
    const before = [...this.sheets.slice(0, i)].reverse().find((s) => s.visibility === "Visible");
    return after ?? before ?? null;
  }

  deleteSheet(sheet: SheetModel, location?: string): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1)
      throw invalidOperation("A workbook must contain at least one visible worksheet.", location);
    if (this.active === sheet) this.active = this.neighbourOf(sheet);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.pivots = this.pivots.filter((p) => p.sheet !== sheet);
  }

  moveSheet(sheet: SheetModel, position: unknown, location?: string): void {
    if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw invalidArgument(`Position ${String(position)} is outside 0…${this.sheets.length - 1}.`, location);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: unknown, location?: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") throw invalidArgument(undefined, location);
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1)
      throw invalidOperation("A workbook must contain at least one visible worksheet.", location);
    if (visibility !== "Visible" && this.active === sheet) this.active = this.neighbourOf(sheet);
    sheet.visibility = visibility;
  }

  activate(sheet: SheetModel, location?: string): void {
    if (sheet.visibility !== "Visible") throw invalidOperation(`The worksheet '${sheet.name}' is hidden and cannot be activated.`, location);
    this.active = sheet;
  }

  select(sheet: SheetModel, area: Area, location?: string): void {
    this.activate(sheet, location);
    sheet.selection = { ...area };
  }

  requireActive(location?: string): SheetModel {
    if (!this.active) throw itemNotFound("There is no active worksheet.", location);
    return this.active;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  pivotsOn(sheet: SheetModel): PivotModel[] {
    return this.pivots.filter((p) => p.sheet === sheet);
  }

  findTable(key: string, on?: SheetModel): TableModel | undefined {
    const pool = on ? this.tablesOn(on) : this.tables;
    return pool.find((t) => t.id === key) ?? pool.find((t) => sameName(t.name, key));
  }

  findPivot(name: string, on?: SheetModel): PivotModel | undefined {
    return (on ? this.pivotsOn(on) : this.pivots).find((p) => sameName(p.name, name));
  }

  newTableId(): string {
    return String(this.nextId.table++);
  }
  newPivotId(): string {
    return `{${String(this.nextId.pivot++).padStart(8, "0")}-0002-0000-0000-000000000000}`;
  }
  newFieldId(): string {
    return String(this.nextId.field++);
  }

  /** A name free among the workbook's tables: `Table1`, `Table2`… */
  freeTableName(): string {
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    return `Table${n}`;
  }

  addressOf(sheet: SheetModel, area: Area): string {
    return formatAddress(sheet.name, area);
  }
}
