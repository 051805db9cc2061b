/**
 * An earlier period given as our own consolidated workbook (issue 11): its pivot-ready tables, `Dữ liệu`
 * (BC-XDĐ: one row per unit × indicator) and `Dữ liệu biểu` (other forms: one row per unit × form × row ×
 * column), carry for each figure the unit's code and name, the period, the row and column, and the unit's own
 * file, sheet and cell. Those tables are read back; the consolidated sheets, whose cells are formulas, are not.
 * A table is recognised by its exact header row (whatever its sheet is called), so a unit's sheet that happens
 * to be called `Dữ liệu` is not one.
 */
import { columnLetters, isCellError, type Grid } from "../grid";
import { parsePeriod, periodKey, type Period } from "../period";
import { DATA_COLUMNS } from "../sheets/data";
import { FORM_DATA_COLUMNS } from "../forms/sheets/names";
import { foldText } from "../text";
import { BCXDD_ID, type CellRef, type Snapshot, type SnapUnit } from "./types";

/** The header row of a table: where its first column name sits among the top rows, and each column's index. */
function tableHeader(grid: Grid, names: readonly string[]): { row: number; col: Map<string, number> } | null {
  const want = names.map(foldText);
  for (let r = 0; r < Math.min(grid.cells.length, 5); r++) {
    const cells = grid.cells[r] ?? [];
    const texts = cells.map((c) => (typeof c?.v === "string" ? foldText(c.v) : ""));
    const first = texts.indexOf(want[0]);
    if (first < 0) continue;
    if (want.every((w, i) => texts[first + i] === w)) return { row: r, col: new Map(names.map((n, i) => [n, first + i])) };
  }
  return null;
}

const textAt = (grid: Grid, r: number, c: number | undefined): string => {
  if (c === undefined) return "";
  const v = grid.cells[r]?.[c]?.v;
  return v === null || v === undefined || typeof v === "object" ? "" : String(v).trim();
};

const numberAt = (grid: Grid, r: number, c: number | undefined): number | null => {
  if (c === undefined) return null;
  const v = grid.cells[r]?.[c]?.v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  if (v !== null && v !== undefined && isCellError(v)) return null;
  return null;
};

/** Rows grouped by period, then by form, then by unit (code, else name). */
class Collector {
  private readonly periods = new Map<string, { period: Period; forms: Map<string, Map<string, SnapUnit>> }>();

  unit(period: Period, form: string, code: string, name: string, file: string): SnapUnit {
    const key = periodKey(period);
    const slot = this.periods.get(key) ?? { period, forms: new Map() };
    this.periods.set(key, slot);
    const units = slot.forms.get(form) ?? new Map<string, SnapUnit>();
    slot.forms.set(form, units);
    const id = code ? `code:${code.toUpperCase()}` : `name:${foldText(name)}`;
    let u = units.get(id);
    if (!u) units.set(id, (u = { code: code || null, name, file, values: {} }));
    return u;
  }

  snapshots(source: string): Snapshot[] {
    return [...this.periods.values()].map(({ period, forms }) => ({
      period,
      source,
      from: "consolidation" as const,
      forms: Object.fromEntries([...forms].map(([form, units]) => [form, [...units.values()]])),
    }));
  }
}

const originOf = (grid: Grid, r: number, col: Map<string, number>): CellRef | undefined => {
  const file = textAt(grid, r, col.get("Tệp"));
  const sheet = textAt(grid, r, col.get("Trang tính"));
  const cell = textAt(grid, r, col.get("Ô"));
  return file && cell ? { file, sheet, cell } : undefined;
};

/** BC-XDĐ's `Dữ liệu`: plan, actual and year-to-date per unit and indicator; only the actual's own cell is listed. */
function readBcxddTable(grid: Grid, file: string, into: Collector): boolean {
  const h = tableHeader(grid, DATA_COLUMNS);
  if (!h) return false;
  const roles = [["plan", "Kế hoạch"], ["actual", "Thực hiện"], ["ytd", "Lũy kế"]] as const;
  for (let r = h.row + 1; r < grid.cells.length; r++) {
    const period = parsePeriod(textAt(grid, r, h.col.get("Kỳ")));
    const row = textAt(grid, r, h.col.get("Mã chỉ tiêu"));
    if (!period || !row) continue;
    const unit = into.unit(period, BCXDD_ID, textAt(grid, r, h.col.get("Mã đơn vị")), textAt(grid, r, h.col.get("Đơn vị")), textAt(grid, r, h.col.get("Tệp")));
    const out = (unit.values[row] ??= {});
    for (const [role, name] of roles) {
      const c = h.col.get(name)!;
      const value = numberAt(grid, r, c);
      if (value === null) continue;
      const origin = role === "actual" ? originOf(grid, r, h.col) : undefined;
      out[role] = { value, at: { file, sheet: grid.name, cell: `${columnLetters(c)}${r + 1}` }, ...(origin ? { origin } : {}) };
    }
  }
  return true;
}

/** `Dữ liệu biểu`: one figure per row; only the reports the totals used (`Dùng trong tổng` = Có). */
function readFormsTable(grid: Grid, file: string, into: Collector): boolean {
  const h = tableHeader(grid, FORM_DATA_COLUMNS);
  if (!h) return false;
  const valueCol = h.col.get("Giá trị")!;
  for (let r = h.row + 1; r < grid.cells.length; r++) {
    if (foldText(textAt(grid, r, h.col.get("Dùng trong tổng"))) !== "co") continue;
    const period = parsePeriod(textAt(grid, r, h.col.get("Kỳ")));
    const form = textAt(grid, r, h.col.get("Biểu"));
    const row = textAt(grid, r, h.col.get("Mã dòng"));
    const column = textAt(grid, r, h.col.get("Cột"));
    const value = numberAt(grid, r, valueCol);
    if (!period || !form || !row || !column || value === null) continue;
    const unit = into.unit(period, form, textAt(grid, r, h.col.get("Mã đơn vị")), textAt(grid, r, h.col.get("Đơn vị")), textAt(grid, r, h.col.get("Tệp")));
    const origin = originOf(grid, r, h.col);
    (unit.values[row] ??= {})[column] = { value, at: { file, sheet: grid.name, cell: `${columnLetters(valueCol)}${r + 1}` }, ...(origin ? { origin } : {}) };
  }
  return true;
}

/**
 * The periods a consolidated workbook of ours holds, read from its data tables; null when the workbook has
 * neither table (it is then a unit's file, read as one).
 */
export function snapshotsOfConsolidation(grids: readonly Grid[], file: string): Snapshot[] | null {
  const into = new Collector();
  let found = false;
  // By the header row, not the sheet's name: the Excel door names the table's sheet `Dữ liệu (2)` when a user's
  // sheet already bears the name, and a user may rename it.
  for (const g of grids) found = readBcxddTable(g, file, into) || readFormsTable(g, file, into) || found;
  return found ? into.snapshots(file) : null;
}
