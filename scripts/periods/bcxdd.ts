/**
 * BC-XDĐ reports of five units over a period series (Quý III/2025, Quý I–III/2026), filled the way an honest
 * unit fills them quarter after quarter: each quarter's opening count is the last quarter's closing count,
 * each flow's year-to-date is last quarter's plus this quarter's, stocks move by their flows. The mistakes of
 * Quý III/2026 (MISTAKES) are the only things the checks across periods may find.
 */
import { BCXDD, allIndicators } from "../../src/templates/bcxdd";
import { SAMPLE_UNITS, type SampleUnit } from "../../test/support/units";

export interface Quarter {
  year: number;
  q: number;
}

export const SERIES: Quarter[] = [
  { year: 2025, q: 3 },
  { year: 2026, q: 1 },
  { year: 2026, q: 2 },
  { year: 2026, q: 3 },
];

const ROMAN = ["I", "II", "III", "IV"];
export const quarterLabel = (p: Quarter) => `Quý ${ROMAN[p.q - 1]}/${p.year}`;
export const quarterDir = (p: Quarter) => `${p.year}-q${p.q}`;

/** The five units: the sample cluster's first five names and codes, with their own members and staff. */
export const UNITS = SAMPLE_UNITS.slice(0, 5).map((u, i) => ({ code: u.code, name: u.name, type: u.type, members: [184, 321, 152, 27, 263][i], staff: [512, 874, 268, 64, 541][i], income: [11.2, 16.8, 12.5, 13.1, 18.9][i], cells: [9, 14, 8, 0, 12][i] }));
export type SeriesUnit = (typeof UNITS)[number];

type Figures = SampleUnit["figures"];

/** One quarter's flows of one unit: small, varied, deterministic. */
function flows(i: number, p: Quarter): Record<string, number> {
  const big = UNITS[i].members > 150;
  return {
    ORG_MOI: 0, ORG_DH: p.q === 2 && big ? 1 : 0,
    DV_KN: ((i + p.q) % 3) + 1, DV_DEN: (i * p.q) % 2, DV_DI: (i + p.q + 1) % 2, DV_TUTRAN: big && p.q === 2 ? 1 : 0, DV_XOATEN: 0, DV_KHAITRU: 0,
    DV_CCT: 1, PT_LOP: 1, PT_QCUT: 5 + p.q, HH_TANG: p.q,
    KT_TC: 1, KT_DV: 3, GS_TC: 1, GS_DV: 2, KL_DV: 0, DT_CD: 0, DT_DTN: 0,
    DN_DT: Math.round(UNITS[i].staff * 0.047 * (p.q + 4)) / 10, DN_NS: Math.round(UNITS[i].staff * 0.9 + p.q * 7) / 100,
    KTH_TT: 0, KTH_CN: p.q,
  };
}

/** Annual plans of the rows that have one (the rest are blank). */
const PLANS: Record<string, number> = { DV_KN: 8, PT_QCUT: 30, KT_TC: 4, KT_DV: 12, GS_TC: 4, GS_DV: 8 };

/** Members at 1 January of `year`: 2025 a little fewer than 2026. */
const membersAtYearStart = (u: SeriesUnit, year: number) => (year === 2026 ? u.members : u.members - 6);

/**
 * The unit's report for one quarter, with every quarter of the year before it carried through: the opening
 * count from the closing count, year-to-date sums of the flows.
 */
export function quarterFigures(i: number, p: Quarter): Figures {
  const u = UNITS[i];
  let open = membersAtYearStart(u, p.year);
  const ytd: Record<string, number> = {};
  let figures: Figures = {};
  for (let q = 1; q <= p.q; q++) {
    const f = flows(i, { year: p.year, q });
    for (const [k, v] of Object.entries(f)) ytd[k] = Math.round(((ytd[k] ?? 0) + v) * 100) / 100;
    const close = open + f.DV_KN + f.DV_DEN - f.DV_DI - f.DV_TUTRAN - f.DV_XOATEN - f.DV_KHAITRU;
    const probationary = Math.max(1, Math.round(close * 0.04));
    figures = {};
    for (const ind of allIndicators(BCXDD)) {
      if (ind.code in f) figures[ind.code] = [PLANS[ind.code] ?? null, f[ind.code], ytd[ind.code]];
    }
    const stock = (v: number): [null, number, number] => [null, v, v];
    figures.ORG_CBTT = stock(u.cells);
    figures.DV_DAU = stock(open);
    figures.DV_CUOI = stock(close);
    figures.DV_CT = stock(close - probationary);
    figures.DV_DB = stock(probationary);
    figures.DN_LD = stock(u.staff + q);
    figures.DN_TN = stock(Math.round((u.income + 0.1 * q) * 10) / 10);
    open = close;
  }
  return figures;
}

/** What Quý III/2026 gets wrong, by unit index, and which check should say so. */
export const MISTAKES: Record<number, { rule: string; what: string; apply: (f: Figures) => void }> = {
  1: {
    rule: "CARRY_OVER",
    what: "DV_DAU typed 2 more than Quý II's DV_CUOI; the closing count (and DV_CT) follow it, so the sheet balances",
    apply: (f) => {
      for (const k of ["DV_DAU", "DV_CUOI", "DV_CT"]) f[k] = [null, f[k][1]! + 2, f[k][2]! + 2];
    },
  },
  2: {
    rule: "YTD_CONTINUITY",
    what: "DV_KN year-to-date one too many (Quý II's year-to-date plus this quarter is one less)",
    apply: (f) => {
      f.DV_KN = [f.DV_KN[0], f.DV_KN[1], f.DV_KN[2]! + 1];
    },
  },
  4: {
    rule: "SHARP_CHANGE",
    what: "DN_LD typed with a digit too many (ten times the staff)",
    apply: (f) => {
      f.DN_LD = [null, f.DN_LD[1]! * 10, f.DN_LD[2]! * 10];
    },
  },
};

/** Unit 3 (index 3) sends Quý III/2026 twice: the second copy corrects these cells (row, role index, new value). */
export const RESUBMISSION = {
  index: 3,
  changes: [
    { code: "KT_DV", role: 1, delta: 2 },
    { code: "KT_DV", role: 2, delta: 2 },
    { code: "PT_QCUT", role: 1, delta: 1 },
    { code: "PT_QCUT", role: 2, delta: 1 },
  ],
};

export function unitReport(i: number, p: Quarter, figures: Figures, reportDate: string): SampleUnit {
  const u = UNITS[i];
  return { code: u.code, name: u.name, type: u.type, figures, reportDate };
}
