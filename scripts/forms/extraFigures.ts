import { binomial, type Rng } from "./random";
import { fillGroups, figure, setFigure, type Figures } from "./figures";
import { figureRows, form } from "./forms";
import { ETHNIC, PARTY_WORK } from "./profiles";

/**
 * BTCTW-3DT of a unit with `members` at 31/12: column 3 split by ethnic group and religion, column 4 (women)
 * drawn from each row's own members and summed up, so that both columns keep every partition and subset.
 */
export function ethnicReligion(members: number, religious: number, r: Rng): Figures {
  const tpl = form("BTCTW-3DT");
  const f: Figures = {};
  setFigure(f, "I", "3", members);
  setFigure(f, "II", "3", religious);
  fillGroups(tpl, f, "3", ETHNIC, r);
  const leaves = figureRows(tpl).filter((x) => x.code !== "I" && x.code !== "II");
  for (const row of leaves) setFigure(f, row.code, "4", binomial(r, figure(f, row.code, "3") ?? 0, 0.38));
  for (const total of ["I", "II"]) {
    const sum = leaves.filter((x) => x.under === total).reduce((s, x) => s + (figure(f, x.code, "4") ?? 0), 0);
    setFigure(f, total, "4", sum);
  }
  return f;
}

/** BTCTW-7 of a đảng bộ cơ sở for a year: its awards, badges, cards and transfers, both columns. */
export function partyWork(r: Rng): Figures {
  const tpl = form("BTCTW-7");
  const f: Figures = {};
  for (const col of ["2", "3"]) {
    const totals: Record<string, number> = {
      "I.1.a": 0, "I.1.b": r.int(0, 1), "I.1.c": r.int(0, 1), "I.1.d": r.int(2, 5), "I.2": r.int(8, 20),
      "II.HH30": r.int(1, 4), "II.HH40": r.int(0, 3), "II.HH45": r.int(0, 2), "II.HH50": r.int(0, 1),
      "II.HH55": 0, "II.HH60": 0, "II.HH65": 0, "II.HH70": 0, "II.HH75": 0, "II.HH80": 0, "II.HH85": 0, "II.HH90": 0,
      "III.1": r.int(3, 9), "III.2": r.int(0, 2), "III.3": r.int(0, 1),
      "IV.1": r.int(2, 8), "IV.2": r.int(4, 12),
      "IV.3.DENSAI": 0, "IV.3.DISAI": 0, "IV.3.GIAMAO": 0,
    };
    for (const [row, v] of Object.entries(totals)) setFigure(f, row, col, v);
    fillGroups(tpl, f, col, PARTY_WORK, r);
  }
  return f;
}
