import { STYLE_ROLES, type RoleStyle, type SpecCell } from "../engine/sheetspec";

/**
 * Cells' roles as few rectangles as possible: each row's runs of equally styled cells, then runs
 * that repeat on the next row joined into one rectangle. A 15,000-row table with a styled header
 * costs one rectangle, not 15,000 cells' worth of commands. Roles that look the same (`total` and
 * `totalPercent`) share rectangles.
 */
export interface StyleRect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  style: RoleStyle;
}

const keys = new Map<RoleStyle, string>();
function styleKey(style: RoleStyle): string {
  let key = keys.get(style);
  if (key === undefined) {
    key = JSON.stringify(Object.keys(style).sort().map((k) => [k, style[k as keyof RoleStyle]]));
    keys.set(style, key);
  }
  return key;
}

/** The non-default look of a cell, or undefined. */
function styleOf(cell: SpecCell | null | undefined): RoleStyle | undefined {
  if (!cell?.role) return undefined;
  const style = STYLE_ROLES[cell.role];
  return style && Object.keys(style).length > 0 ? style : undefined;
}

export function styleRects(rows: readonly ((SpecCell | null)[] | null | undefined)[]): StyleRect[] {
  const out: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const next = new Map<string, StyleRect>();
    for (let c = 0; c < row.length; ) {
      const style = styleOf(row[c]);
      if (!style) {
        c++;
        continue;
      }
      const key = styleKey(style);
      let end = c;
      while (end + 1 < row.length) {
        const s = styleOf(row[end + 1]);
        if (!s || styleKey(s) !== key) break;
        end++;
      }
      const runKey = `${c}:${end}:${key}`;
      const prev = open.get(runKey);
      if (prev && prev.r2 === r - 1) {
        prev.r2 = r;
        next.set(runKey, prev);
      } else {
        const rect: StyleRect = { r1: r, c1: c, r2: r, c2: end, style };
        out.push(rect);
        next.set(runKey, rect);
      }
      c = end + 1;
    }
    open = next;
  }
  return out;
}

/** How many commands it takes to give a rectangle its style (for the request-size count). */
export function styleCommandCount(rect: StyleRect): number {
  const s = rect.style;
  let n = 0;
  if (s.bold) n++;
  if (s.italic) n++;
  if (s.underline) n++;
  if (s.size !== undefined) n++;
  if (s.color) n++;
  if (s.fill) n++;
  if (s.align) n++;
  if (s.wrap) n++;
  if (s.border) n += 4 + (rect.r2 > rect.r1 ? 1 : 0) + (rect.c2 > rect.c1 ? 1 : 0);
  return n;
}
