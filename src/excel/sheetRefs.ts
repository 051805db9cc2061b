/**
 * Formulas that read another sheet of the same consolidation (`So sánh`'s SUMIFS over `'Dữ liệu'!…`, issue 11)
 * are written while that sheet still has its temporary name (write.ts builds every sheet under one, then
 * renames them once the old ones are gone). A reference by the final name would point at the old sheet, about
 * to be deleted, and become #REF!; a reference by the temporary name follows the sheet through its rename,
 * as Excel updates references when a sheet is renamed, whatever final name (`Dữ liệu (2)`) it takes.
 * Only quoted references (`'Name'!`), which is how the engine writes them.
 */
import type { SheetSpec } from "../engine/sheetspec";

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;

export function retargetSheetRefs(specs: readonly SheetSpec[], temporary: readonly string[]): SheetSpec[] {
  const pairs = specs.map((s, i) => [quoted(s.name), quoted(temporary[i])] as const);
  const retarget = (f: string) => (f.includes("'!") ? pairs.reduce((acc, [from, to]) => acc.split(from).join(to), f) : f);
  return specs.map((s) =>
    s.rows.some((row) => row.some((c) => c?.t === "formula" && c.f.includes("'!")))
      ? { ...s, rows: s.rows.map((row) => row.map((c) => (c?.t === "formula" ? { ...c, f: retarget(c.f) } : c))) }
      : s,
  );
}
