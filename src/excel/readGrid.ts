import type { Cell, CellValue, Grid } from "../engine/grid";

/**
 * Turns what Excel returns for a used range into a Grid, the same way `src/files` turns a file's
 * cells into one, so that `checkGrids` cannot tell where a sheet came from. Pure: no Office.js.
 */
export interface LoadedRange {
  /** 0-based position of the used range's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat?: unknown[][];
  /** The displayed text (`range.text`), when it was cheap to load. */
  text?: unknown[][];
  /** `range.valueTypes`: "Error", "String", "Double", "Boolean", "Empty", "Integer". */
  valueTypes?: unknown[][];
}

export const ERROR_LITERALS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

const TEXT_FORMAT = "@";

function valueOf(raw: unknown, type: unknown, format: unknown, isFormula: boolean): CellValue {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : { error: "#NUM!" };
  if (typeof raw === "boolean") return raw;
  if (typeof raw !== "string") return null;
  if (raw === "") return null;
  if (type === "Error") return { error: raw };
  // Without valueTypes, an error literal is an error unless the cell is formatted as text: Excel
  // itself turns a typed `#REF!` into an error value, and a text cell keeps it as text.
  if (type === undefined && ERROR_LITERALS.has(raw) && (isFormula || format !== TEXT_FORMAT)) return { error: raw };
  return raw;
}

/**
 * One cell; `undefined` when it is empty. A string in `formulas` that starts with `=` is a formula
 * unless it is exactly the cell's value: that is text that happens to start with `=` (a text cell).
 */
export function cellFrom(value: unknown, formula: unknown, format: unknown, text: unknown, type: unknown): Cell | undefined {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula.length > 1 && formula !== value;
  const v = valueOf(value, type, format, isFormula);
  if (v === null && !isFormula) return undefined;
  const cell: Cell = { v };
  if (isFormula) cell.f = (formula as string).slice(1);
  if (typeof format === "string" && format !== "") cell.z = format;
  if (typeof text === "string") cell.w = text;
  return cell;
}

/** A Grid whose `cells` start at A1: a used range at C3 leaves two empty rows and columns before it. */
export function gridFromLoaded(name: string, loaded: LoadedRange | null): Grid {
  if (!loaded) return { name, cells: [], merges: [], rowCount: 0, colCount: 0 };
  const { rowIndex, columnIndex, values, formulas } = loaded;
  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < rowIndex; r++) cells.push([]);
  let width = 0;
  for (let r = 0; r < values.length; r++) {
    const row: (Cell | undefined)[] = [];
    const vals = values[r] ?? [];
    for (let c = 0; c < vals.length; c++) {
      const cell = cellFrom(
        vals[c],
        formulas[r]?.[c],
        loaded.numberFormat?.[r]?.[c],
        loaded.text?.[r]?.[c],
        loaded.valueTypes?.[r]?.[c],
      );
      if (cell === undefined) continue;
      while (row.length < columnIndex + c) row.push(undefined);
      row.push(cell);
    }
    width = Math.max(width, vals.length);
    cells.push(row);
  }
  const empty = values.length === 0 || width === 0 || cells.every((row) => row.length === 0);
  if (empty) return { name, cells: [], merges: [], rowCount: 0, colCount: 0 };
  return { name, cells, merges: [], rowCount: rowIndex + values.length, colCount: columnIndex + width };
}
