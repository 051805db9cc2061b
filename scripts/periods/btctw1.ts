/**
 * BTCTW-1 (Thống kê tăng, giảm đảng viên) of four units for 6 tháng đầu năm 2025, Năm 2025 and 6 tháng đầu năm
 * 2026, filled as honest units fill it: row A of a period is row D at 31/12 of the year before; column 3
 * ("Cùng kỳ năm trước") is what the unit reported as column 2 for the same period a year earlier; D = A + B − C
 * and every partition adds up. The mistakes of 6 tháng đầu năm 2026 (MISTAKES) are the only ones.
 */
import type { Figures } from "../forms/figures";
import { setFigure } from "../forms/figures";
import { form } from "../forms/forms";
import { fillRatios } from "../forms/ratios";
import { UNITS as FORM_UNITS } from "../forms/units";

export const FORM = form("BTCTW-1");
export const UNITS = FORM_UNITS.slice(0, 4);

export interface Half {
  key: "2024-h1" | "2024-nam" | "2025-h1" | "2025-nam" | "2026-h1";
  year: number;
  kind: "half" | "year";
  printed: string;
}

export const PERIODS: Record<Half["key"], Half> = {
  "2024-h1": { key: "2024-h1", year: 2024, kind: "half", printed: "6 THÁNG ĐẦU NĂM 2024" },
  "2024-nam": { key: "2024-nam", year: 2024, kind: "year", printed: "NĂM 2024" },
  "2025-h1": { key: "2025-h1", year: 2025, kind: "half", printed: "6 THÁNG ĐẦU NĂM 2025" },
  "2025-nam": { key: "2025-nam", year: 2025, kind: "year", printed: "NĂM 2025" },
  "2026-h1": { key: "2026-h1", year: 2026, kind: "half", printed: "6 THÁNG ĐẦU NĂM 2026" },
};

/** Column 2 of one period: the flows of the months it covers, from the members at 1 January. */
function movement(i: number, year: number, months: 6 | 12): Record<string, number> {
  const m = UNITS[i].members - 8 * (2026 - year);
  const k = (x: number) => x * (months === 12 ? 2 : 1);
  const v: Record<string, number> = { A: m };
  v["B.1"] = k(((i + year) % 3) + 1);
  v["B.2.a"] = k((i + year) % 2);
  v["B.2.b"] = k(1 + (i % 2));
  v["B.3"] = 0;
  v["C.1"] = k(i % 2);
  v["C.2"] = 0;
  v["C.3"] = 0;
  v["C.3.DB"] = 0;
  v["C.4"] = 0;
  v["C.5.a"] = k((i + year + 1) % 2);
  v["C.5.b"] = k(1);
  v["B.2"] = v["B.2.a"] + v["B.2.b"];
  v.B = v["B.1"] + v["B.2"] + v["B.3"];
  v["C.5"] = v["C.5.a"] + v["C.5.b"];
  v.C = v["C.1"] + v["C.2"] + v["C.3"] + v["C.4"] + v["C.5"];
  v.D = v.A + v.B - v.C;
  return v;
}

const monthsOf = (h: Half): 6 | 12 => (h.kind === "half" ? 6 : 12);

/**
 * A's of consecutive years chain: the members at 1 January of year y+1 are D of year y. The model gives each
 * year its own A; it is kept consistent by deriving A(y+1) from D(y) below.
 */
function column2(i: number, h: Half): Record<string, number> {
  let start: number | null = null;
  let v: Record<string, number> = {};
  for (let y = 2023; y <= h.year; y++) {
    const base = movement(i, y, y === h.year ? monthsOf(h) : 12);
    if (start !== null) {
      const shift = start - base.A;
      base.A += shift;
      base.D += shift;
    }
    v = base;
    if (y < h.year) start = base.D;
  }
  return v;
}

const lastYear: Record<Half["key"], Half["key"] | null> = { "2024-h1": null, "2024-nam": null, "2025-h1": "2024-h1", "2025-nam": "2024-nam", "2026-h1": "2025-h1" };

export function halfFigures(i: number, key: Half["key"]): Figures {
  const f: Figures = {};
  for (const [row, x] of Object.entries(column2(i, PERIODS[key]))) setFigure(f, row, "2", x);
  const ago = lastYear[key];
  if (ago) for (const [row, x] of Object.entries(column2(i, PERIODS[ago]))) setFigure(f, row, "3", x);
  return f;
}

/** Closing the figures: ratios typed as units type them. */
export function finish(f: Figures): Figures {
  fillRatios(FORM, f);
  return f;
}

/** What 6 tháng đầu năm 2026 gets wrong, by unit index. */
export const MISTAKES: Record<number, { rule: string; what: string; apply: (f: Figures) => void }> = {
  1: {
    rule: "CARRY_OVER",
    what: "row A, column 2, three more than row D of Năm 2025 (D follows it, so D = A + B − C holds)",
    apply: (f) => {
      f.A["2"] = (f.A["2"] as number) + 3;
      f.D["2"] = (f.D["2"] as number) + 3;
    },
  },
  3: {
    rule: "LAST_YEAR_MISMATCH",
    what: "column 3 moves one transfer from B.2.b to B.2.a (B.2 unchanged): both differ from 6 tháng đầu năm 2025's column 2",
    apply: (f) => {
      f["B.2.a"]["3"] = (f["B.2.a"]["3"] as number) + 1;
      f["B.2.b"]["3"] = (f["B.2.b"]["3"] as number) - 1;
    },
  },
};

/** Unit 0 leaves column 3 of 6 tháng đầu năm 2026 blank (it had no copy of last year's form at hand): not a mistake. */
export const BLANK_LAST_YEAR = 0;

export function withoutLastYear(f: Figures): void {
  for (const row of Object.keys(f)) delete f[row]["3"];
}
