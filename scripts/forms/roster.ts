import { text, type SheetSpec } from "../../src/engine/sheetspec";
import { MISSING_UNIT, UNITS } from "./units";

/** The committee's list of its TCCS (README "Danh sách đơn vị"): one of them sends nothing (UNIT_MISSING). */
export function rosterSheet(): SheetSpec {
  const units = [...UNITS, MISSING_UNIT];
  return {
    name: "Danh sách",
    rows: [
      [text("Mã đơn vị", "header"), text("Tên đơn vị", "header"), text("Loại hình", "header")],
      ...units.map((u) => [text(u.code, "body"), text(u.name, "body"), text(u.type, "body")]),
    ],
    widths: [12, 70, 18],
  };
}
