import { averageAge, fillGroups, setFigure, type Figures, type FormSet, type Weights } from "./figures";
import { ancestors, form, valueColumns } from "./forms";
import { ADMITTED, MEMBERS } from "./profiles";
import { binomial, type Rng } from "./random";
import type { Unit } from "./units";

/** Changes a sample unit's figures before its ratios are typed: the documented mistakes hook in here. */
export interface Tweaks {
  /** BTCTW-3 row I, column 2, exceeds BTCTW-1 row D by this many (a list taken before a change was recorded). */
  staleMembers?: number;
  /** At least one transfer in (B.2) and one death (C.1) in column 2, so that a mistake has a figure to touch. */
  needTransferIn?: boolean;
  needDeath?: boolean;
}

/**
 * BTCTW-1 in one column: flows drawn per member (admissions, transfers, deaths…), D = A + B − C, each total the
 * sum of its parts. `start` is A, the members on the list at the start of the period.
 */
export function membersMovement(r: Rng, start: number, need: Tweaks = {}): Record<string, number> {
  const draw = (p: number, atLeast = 0) => Math.max(atLeast, binomial(r, start, p));
  const v: Record<string, number> = { A: start };
  v["B.1"] = draw(0.025);
  v["B.2.a"] = draw(0.008);
  v["B.2.b"] = draw(0.012, need.needTransferIn ? 1 : 0);
  v["B.3"] = 0;
  v["C.1"] = draw(0.006, need.needDeath ? 1 : 0);
  v["C.2"] = 0;
  v["C.3"] = draw(0.003);
  v["C.3.DB"] = binomial(r, v["C.3"], 0.5);
  v["C.4"] = 0;
  v["C.5.a"] = draw(0.008);
  v["C.5.b"] = draw(0.012);
  v["B.2"] = v["B.2.a"] + v["B.2.b"];
  v["B"] = v["B.1"] + v["B.2"] + v["B.3"];
  v["C.5"] = v["C.5.a"] + v["C.5.b"];
  v["C"] = v["C.1"] + v["C.2"] + v["C.3"] + v["C.4"] + v["C.5"];
  v["D"] = v.A + v.B - v.C;
  return v;
}

function put(f: Figures, col: string, values: Record<string, number>) {
  for (const [row, x] of Object.entries(values)) setFigure(f, row, col, x);
}

/** BTCTW-1: column 2 the first half of 2026, column 3 the first half of 2025 (its start a year earlier). */
function btctw1(u: Unit, r: Rng, t: Tweaks): Figures {
  const f: Figures = {};
  put(f, "2", membersMovement(r, u.members, t));
  const growth = r.int(-2, Math.max(1, Math.ceil(u.members * 0.05)));
  put(f, "3", membersMovement(r, Math.max(3, u.members - growth)));
  return f;
}

/** A form whose columns 2 and 3 are split from row totals by a profile (BTCTW-2, BTCTW-3). */
function profiled(id: string, totals: Record<string, Record<string, number>>, weights: (col: string) => Weights, r: Rng): Figures {
  const tpl = form(id);
  const f: Figures = {};
  for (const col of valueColumns(tpl)) {
    put(f, col, totals[col]);
    fillGroups(tpl, f, col, weights(col), r);
    if (tpl.rows.some((x) => x.code === "II.2.TBQ")) setFigure(f, "II.2.TBQ", col, averageAge(f, col, r));
  }
  return f;
}

/** BTCTW-5 of a TCCS: one row for its kind of enterprise (and its parents up to `Cộng`), the rest zero. */
export function btctw5(u: Unit): Figures {
  const tpl = form("BTCTW-5");
  const f: Figures = {};
  const isDB = u.type === "Đảng bộ cơ sở";
  const own = { "2": 1, "3": isDB ? 1 : 0, "4": isDB ? 0 : 1, "5": u.subParts, "6": u.subCells, "7": u.members };
  const filled = new Set([u.kind, ...ancestors(tpl, u.kind), ...(u.kind === "9.b.VNN" ? ["9.b.VNN.V100"] : [])]);
  for (const row of tpl.rows) {
    for (const [col, x] of Object.entries(own)) setFigure(f, row.code, col, filled.has(row.code) ? x : 0);
  }
  return f;
}

/** The four forms of a sample unit's half-year workbook, before any ratio is typed. */
export function unitCounts(u: Unit, r: Rng, t: Tweaks = {}): FormSet {
  const f1 = btctw1(u, r, t);
  const isDB = u.type === "Đảng bộ cơ sở";
  const org = { III: 1, "III.1": isDB ? 1 : 0, "III.2": isDB ? 0 : 1 };
  const f2 = profiled(
    "BTCTW-2",
    { "2": { I: f1["B.1"]["2"] as number, ...org }, "3": { I: f1["B.1"]["3"] as number, ...org } },
    (col) => ({ ...ADMITTED, "III.1.KN": (f1["B.1"][col] as number) > 0 ? 1 : 0, "III.2.KN": (f1["B.1"][col] as number) > 0 ? 1 : 0 }),
    r,
  );
  const f3 = profiled(
    "BTCTW-3",
    { "2": { I: (f1.D["2"] as number) + (t.staleMembers ?? 0) }, "3": { I: f1.D["3"] as number } },
    () => MEMBERS,
    r,
  );
  return { "BTCTW-1": f1, "BTCTW-2": f2, "BTCTW-3": f3, "BTCTW-5": btctw5(u) };
}
