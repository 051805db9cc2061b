import type { Grid } from "../grid";
import { filledCells, textAt } from "../read/cells";
import { unitTypeOf, unitTypeOfName } from "../read/meta";
import { foldText } from "../text";
import type { RosterUnit } from "./units";

type RosterColumn = "code" | "name" | "type" | "cluster";

const HEADERS: Record<RosterColumn, string[]> = {
  code: ["ma don vi", "ma dv", "ma"],
  name: ["ten don vi", "don vi", "ten to chuc co so dang", "ten tccs", "ten"],
  type: ["loai hinh", "loai tccs", "loai"],
  cluster: ["cum", "cum thi dua"],
};

export type RosterRead = { ok: true; units: RosterUnit[] } | { ok: false; reason: { vi: string; en: string } };

/**
 * A roster: the first sheet's header row names `Mã đơn vị`, `Tên đơn vị`, `Loại hình` and optionally
 * `Cụm`; each row below is a unit expected to report.
 */
export function readRoster(grid: Grid | undefined): RosterRead {
  if (!grid) return fail();
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    const cols: Partial<Record<RosterColumn, number>> = {};
    for (const { c, text } of filledCells(grid, r)) {
      const key = foldText(text).replace(/[^a-z0-9 ]/g, "").trim();
      for (const role of Object.keys(HEADERS) as RosterColumn[]) {
        if (cols[role] === undefined && HEADERS[role].includes(key)) cols[role] = c;
      }
    }
    if (cols.name === undefined) continue;
    const units: RosterUnit[] = [];
    for (let rr = r + 1; rr < grid.rowCount; rr++) {
      const name = textAt(grid, rr, cols.name);
      const code = cols.code === undefined ? "" : textAt(grid, rr, cols.code);
      if (!name && !code) continue;
      const typeText = cols.type === undefined ? "" : textAt(grid, rr, cols.type);
      units.push({
        code: code || null,
        name: name || code,
        type: unitTypeOf(typeText) ?? unitTypeOfName(name),
        cluster: cols.cluster === undefined ? null : textAt(grid, rr, cols.cluster) || null,
      });
    }
    if (units.length) return { ok: true, units };
  }
  return fail();
}

function fail(): RosterRead {
  return {
    ok: false,
    reason: {
      vi: "Không thấy danh sách đơn vị: trang tính đầu tiên cần một hàng tiêu đề có cột \"Tên đơn vị\" (và \"Mã đơn vị\", \"Loại hình\", \"Cụm\" nếu có) và ít nhất một đơn vị.",
      en: "No roster found: the first sheet needs a header row with a \"Tên đơn vị\" column (and \"Mã đơn vị\", \"Loại hình\", \"Cụm\" if any) and at least one unit.",
    },
  };
}
