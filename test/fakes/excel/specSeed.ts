import { a1, formatArea } from "./address";
import type { FakeSheetSeed } from "./seed";
import { STYLE_ROLES, type SheetSpec } from "../../../src/engine/sheetspec";

/**
 * A sheet as a unit's workbook would hold it, from a SheetSpec (the test builders make reports as specs):
 * text as text, numbers with their format, formulas with their cached result, role fills, merges.
 */
export function seedFromSpec(spec: SheetSpec, name = spec.name): FakeSheetSeed {
  const rows: FakeSheetSeed["rows"] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const fills: Record<string, string> = {};
  spec.rows.forEach((row, r) => {
    rows[r] = [];
    formats[r] = [];
    formulas[r] = [];
    (row ?? []).forEach((cell, c) => {
      rows[r][c] = null;
      formats[r][c] = null;
      formulas[r][c] = null;
      if (!cell) return;
      const fill = cell.role ? STYLE_ROLES[cell.role].fill : undefined;
      if (fill) fills[a1(r, c)] = `#${fill}`;
      switch (cell.t) {
        case "text":
          rows[r][c] = cell.v;
          break;
        case "number":
          rows[r][c] = cell.v;
          formats[r][c] = cell.format ?? null;
          break;
        case "formula":
          rows[r][c] = cell.result ?? null;
          formulas[r][c] = `=${cell.f}`;
          formats[r][c] = cell.format ?? null;
          break;
        case "blank":
          formats[r][c] = cell.format ?? null;
      }
    });
  });
  return { name, rows, formats, formulas, fills, merges: (spec.merges ?? []).map((m) => formatArea(m)) };
}
