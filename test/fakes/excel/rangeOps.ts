import { type Area, cellCountOf, colsOf, contains, intersects, rowsOf } from "./address";
import { type BorderState, type CellState, clearContent, clearFormat, type Edge } from "./cells";
import { ErrorCodes, invalidArgument, invalidOperation, notModelled, officeError } from "./errors";
import { type CellInput, interpretInput } from "./input";
import { MAX_COLS, MAX_ROWS, MAX_STYLED_CELLS } from "./limits";
import type { SheetModel, WorkbookModel } from "./model";

/** A range as the model sees it: a sheet and a rectangle. */
export interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

const SHAPE_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export function checkEditable(sheet: SheetModel, location: string): void {
  if (sheet.protected) throw officeError(ErrorCodes.accessDenied, `The worksheet '${sheet.name}' is protected.`, location);
}

function checkStyledSize(area: Area, location: string): void {
  if (cellCountOf(area) > MAX_STYLED_CELLS) throw notModelled(`styles on ${cellCountOf(area)} cells (whole rows or columns)`, location);
}

/**
 * Reads one input per cell from what the adapter passed: a 2-D array of exactly the range's shape,
 * or one value for every cell (Excel accepts both). Anything else is InvalidArgument.
 */
export function inputAt(input: unknown, area: Area, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    checkStyledSize(area, location);
    return () => input;
  }
  if (input.length !== rowsOf(area) || input.some((row) => !Array.isArray(row) || row.length !== colsOf(area)))
    throw invalidArgument(SHAPE_MESSAGE, location);
  const rows = input as unknown[][];
  return (r, c) => rows[r - area.r1][c - area.c1];
}

/** `values` / `formulas` setter: every cell is interpreted first, so a refused input changes nothing. */
export function writeContent(t: RangeTarget, input: unknown, location: string): void {
  checkEditable(t.sheet, location);
  const at = inputAt(input, t.area, location);
  const plan: [number, number, CellInput][] = [];
  for (let r = t.area.r1; r <= t.area.r2; r++)
    for (let c = t.area.c1; c <= t.area.c2; c++) {
      const interpreted = interpretInput(at(r, c), t.sheet.cells.get(r, c)?.numberFormat, location);
      if (interpreted.kind !== "skip") plan.push([r, c, interpreted]);
    }
  for (const [r, c, what] of plan) {
    const cell = t.sheet.cells.edit(r, c);
    clearContent(cell);
    if (what.kind === "value") {
      cell.value = what.value;
      if (what.quotePrefix) cell.quotePrefix = true;
      if (what.impliedFormat && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = what.impliedFormat;
    } else if (what.kind === "formula") {
      cell.formula = what.formula;
      cell.value = 0;
    }
    t.sheet.cells.prune(r, c);
  }
}

export function writeNumberFormat(t: RangeTarget, input: unknown, location: string): void {
  checkEditable(t.sheet, location);
  const at = inputAt(input, t.area, location);
  const plan: [number, number, string][] = [];
  for (let r = t.area.r1; r <= t.area.r2; r++)
    for (let c = t.area.c1; c <= t.area.c2; c++) {
      const f = at(r, c);
      if (f === null || f === undefined) continue;
      if (typeof f !== "string" || f.length > 255) throw invalidArgument("A number format is a string of at most 255 characters.", location);
      plan.push([r, c, f]);
    }
  for (const [r, c, f] of plan) {
    const cell = t.sheet.cells.edit(r, c);
    if (f === "" || f === "General") delete cell.numberFormat;
    else cell.numberFormat = f;
    t.sheet.cells.prune(r, c);
  }
}

/** Applies one formatting change to every cell of the range. */
export function styleCells(t: RangeTarget, location: string, apply: (cell: CellState) => void): void {
  checkEditable(t.sheet, location);
  checkStyledSize(t.area, location);
  for (let r = t.area.r1; r <= t.area.r2; r++)
    for (let c = t.area.c1; c <= t.area.c2; c++) {
      apply(t.sheet.cells.edit(r, c));
      t.sheet.cells.prune(r, c);
    }
}

export const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];
export const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

/** The cells and the side of each that draw a border line of the range. */
export function borderSides(area: Area, index: BorderIndex): [number, number, Edge][] {
  const out: [number, number, Edge][] = [];
  const row = (r: number, side: Edge) => {
    for (let c = area.c1; c <= area.c2; c++) out.push([r, c, side]);
  };
  const col = (c: number, side: Edge) => {
    for (let r = area.r1; r <= area.r2; r++) out.push([r, c, side]);
  };
  switch (index) {
    case "EdgeTop":
      row(area.r1, "top");
      break;
    case "EdgeBottom":
      row(area.r2, "bottom");
      break;
    case "EdgeLeft":
      col(area.c1, "left");
      break;
    case "EdgeRight":
      col(area.c2, "right");
      break;
    case "InsideHorizontal":
      for (let r = area.r1; r < area.r2; r++) {
        row(r, "bottom");
        row(r + 1, "top");
      }
      break;
    case "InsideVertical":
      for (let c = area.c1; c < area.c2; c++) {
        col(c, "right");
        col(c + 1, "left");
      }
      break;
    case "DiagonalDown":
    case "DiagonalUp":
      for (let r = area.r1; r <= area.r2; r++)
        for (let c = area.c1; c <= area.c2; c++) out.push([r, c, index === "DiagonalDown" ? "diagonalDown" : "diagonalUp"]);
  }
  return out;
}

const FACING: Partial<Record<Edge, [number, number, Edge]>> = { top: [-1, 0, "bottom"], bottom: [1, 0, "top"], left: [0, -1, "right"], right: [0, 1, "left"] };

/** The cell and side across the line from (r, c, side), on a sheet whose facing edges are one line; else null. */
function facing(sheet: SheetModel, r: number, c: number, side: Edge): [number, number, Edge] | null {
  const f = sheet.sharedBorderEdges ? FACING[side] : undefined;
  if (!f) return null;
  const [fr, fc] = [r + f[0], c + f[1]];
  return fr < 0 || fc < 0 || fr >= MAX_ROWS || fc >= MAX_COLS ? null : [fr, fc, f[2]];
}

/** The line drawn on one side of a cell: its own, or (shared edges) its neighbour's facing one; undefined for none. */
export function lineAt(sheet: SheetModel, r: number, c: number, side: Edge): BorderState | undefined {
  const own = sheet.cells.get(r, c)?.borders?.[side];
  if (own) return own;
  const f = facing(sheet, r, c, side);
  return f ? sheet.cells.get(f[0], f[1])?.borders?.[f[2]] : undefined;
}

function putLine(sheet: SheetModel, r: number, c: number, side: Edge, line: BorderState | undefined): void {
  const cell = sheet.cells.edit(r, c);
  const borders = (cell.borders ??= {});
  if (line) borders[side] = { ...line };
  else delete borders[side];
  if (Object.keys(borders).length === 0) delete cell.borders;
  sheet.cells.prune(r, c);
}

export function setBorder(t: RangeTarget, index: BorderIndex, change: Partial<BorderState>, location: string): void {
  checkEditable(t.sheet, location);
  checkStyledSize(t.area, location);
  if (change.style !== undefined && !BORDER_STYLES.includes(change.style)) throw invalidArgument(`Unknown border style '${change.style}'.`, location);
  if (change.weight !== undefined && !BORDER_WEIGHTS.includes(change.weight)) throw invalidArgument(`Unknown border weight '${change.weight}'.`, location);
  for (const [r, c, side] of borderSides(t.area, index)) {
    // Setting only a colour or weight on a side with no line draws a continuous one, as Excel does.
    const next = { ...(lineAt(t.sheet, r, c, side) ?? { style: "Continuous", color: "#000000", weight: "Thin" }), ...change };
    const line = next.style === "None" ? undefined : next;
    putLine(t.sheet, r, c, side, line);
    const f = facing(t.sheet, r, c, side);
    if (f) putLine(t.sheet, f[0], f[1], f[2], line);
  }
}

export const CLEAR_KINDS = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"];

export function clearRange(t: RangeTarget, applyTo: unknown, location: string): void {
  const kind = applyTo ?? "All";
  if (typeof kind !== "string" || !CLEAR_KINDS.includes(kind)) throw invalidArgument(`Unknown clear option '${String(applyTo)}'.`, location);
  checkEditable(t.sheet, location);
  if (kind === "Hyperlinks" || kind === "RemoveHyperlinks") return;
  for (const [r, c, cell] of [...t.sheet.cells.within(t.area)]) {
    if (kind !== "Formats") clearContent(cell);
    if (kind !== "Contents") clearFormat(cell);
    t.sheet.cells.prune(r, c);
  }
  if (kind !== "Contents") t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
}

export function merge(model: WorkbookModel, t: RangeTarget, across: boolean, location: string): void {
  checkEditable(t.sheet, location);
  const areas: Area[] = across ? Array.from({ length: rowsOf(t.area) }, (_, i) => ({ ...t.area, r1: t.area.r1 + i, r2: t.area.r1 + i })) : [t.area];
  const toMerge = areas.filter((a) => cellCountOf(a) > 1);
  for (const a of toMerge) {
    if (model.tablesOn(t.sheet).some((tb) => intersects(tb.area, a))) throw invalidOperation("Cells in a table cannot be merged.", location);
    if (t.sheet.merges.some((m) => intersects(m, a) && !contains(a, m))) throw invalidOperation("The range partly overlaps a merged area.", location);
  }
  for (const a of toMerge) {
    t.sheet.merges = t.sheet.merges.filter((m) => !contains(a, m));
    t.sheet.merges.push({ ...a });
    // Excel keeps only the upper-left value of a merged area.
    for (const [r, c, cell] of [...t.sheet.cells.within(a)]) {
      if (r === a.r1 && c === a.c1) continue;
      clearContent(cell);
      t.sheet.cells.prune(r, c);
    }
  }
}

export function unmerge(t: RangeTarget, location: string): void {
  checkEditable(t.sheet, location);
  t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
}
