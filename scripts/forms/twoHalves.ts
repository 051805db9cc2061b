import { a1, parseA1 } from "../../src/engine/grid";
import type { FormTemplate } from "../../src/templates/form";
import type { Figures } from "./figures";
import { formSheet, type FormSheet, type SheetContext } from "./layout";
import type { Style } from "./style";

/**
 * BTCTW-3DT as printed (btctw-3dt.md §2): two side-by-side halves with the same five columns, the left one
 * holding section I and ethnic groups 1–32, the right one groups 33–56, then section II and the religions.
 * Each half is laid out as a table of its own rows, then the right half's table is moved beside the left one.
 */
export function twoHalves(form: FormTemplate, figures: Figures, style: Style, ctx: SheetContext, split = 33): FormSheet {
  const leftRows = form.rows.slice(0, split);
  const rightRows = form.rows.slice(split);
  const left = formSheet({ ...form, rows: leftRows }, figures, style, ctx);
  const right = formSheet({ ...form, rows: rightRows }, figures, style, ctx);
  // Rows are sparse arrays: their length, not a map over them, gives the table's width.
  let width = 0;
  for (let r = left.table.first; r <= left.table.last; r++) width = Math.max(width, left.spec.rows[r]?.length ?? 0);
  const shift = (at: string) => {
    const p = parseA1(at) as { r: number; c: number };
    return a1(p.r, p.c + width);
  };
  const rows = left.spec.rows.map((r) => [...(r ?? [])]);
  for (let r = right.table.first; r <= right.table.last; r++) {
    (right.spec.rows[r] ?? []).forEach((cell, c) => ((rows[r] ??= [])[c + width] = cell));
  }
  // The marker (and `Đvt`) stand top right of the whole page.
  for (let r = 0; r < left.table.first; r++) {
    const cell = rows[r]?.[width - 1];
    if (cell && width > 1) {
      rows[r][2 * width - 1] = cell;
      rows[r][width - 1] = null;
    }
  }
  // The title lines span both halves; the right half's header merges move with it.
  const merges = (left.spec.merges ?? []).map((m) => (m.r1 < left.table.first ? { ...m, c2: m.c2 + width } : m));
  merges.push(...(right.spec.merges ?? []).filter((m) => m.r1 >= right.table.first).map((m) => ({ ...m, c1: m.c1 + width, c2: m.c2 + width })));
  const cells: FormSheet["cells"] = { ...left.cells };
  for (const [row, cols] of Object.entries(right.cells)) cells[row] = Object.fromEntries(Object.entries(cols).map(([c, at]) => [c, shift(at)]));
  const labels: FormSheet["labels"] = { ...left.labels };
  for (const [row, l] of Object.entries(right.labels)) labels[row] = { at: shift(l.at), text: l.text };
  return {
    spec: { ...left.spec, rows, merges, widths: [...(left.spec.widths ?? []), ...(left.spec.widths ?? [])] },
    cells,
    labels,
    shown: { ...left.shown, ...right.shown },
    table: { first: left.table.first, last: Math.max(left.table.last, right.table.last) },
  };
}
