/**
 * A realistic cluster for one quarter (Quý I/2023), modelled on the Cụm II article (shared/domain/articles/001):
 * agencies and enterprises of a province, ĐBCS and CBCS, figures that balance. Two honest mistakes are
 * planted (see `mistake`), as units really make them.
 */
export interface SampleUnit {
  code: string;
  name: string;
  type: "Đảng bộ cơ sở" | "Chi bộ cơ sở";
  /** Figures by indicator code: [plan, actual, ytd]; null where the cell is left blank. */
  figures: Record<string, [number | null, number | null, number | null]>;
  reportDate: string;
  mistake?: string;
}

interface Seed {
  code: string;
  name: string;
  type: SampleUnit["type"];
  members: number;
  staff: number;
  income: number;
  revenue: number | null;
  budget: number | null;
  cells: number;
  admitted: number;
  inspectedPlan: [number, number];
  inspected: [number, number];
  date: string;
}

const SEEDS: Seed[] = [
  { code: "DB01", name: "Đảng bộ Công ty Cổ phần Cấp nước tỉnh", type: "Đảng bộ cơ sở", members: 184, staff: 512, income: 11.2, revenue: 96.4, budget: 7.35, cells: 9, admitted: 3, inspectedPlan: [6, 40], inspected: [2, 11], date: "2023-04-05" },
  { code: "DB02", name: "Đảng bộ Công ty Điện lực tỉnh", type: "Đảng bộ cơ sở", members: 321, staff: 874, income: 16.8, revenue: 1240.5, budget: 38.2, cells: 14, admitted: 4, inspectedPlan: [10, 80], inspected: [3, 20], date: "2023-04-06" },
  { code: "DB03", name: "Đảng bộ Bảo hiểm xã hội tỉnh", type: "Đảng bộ cơ sở", members: 152, staff: 268, income: 12.5, revenue: null, budget: null, cells: 8, admitted: 2, inspectedPlan: [8, 547], inspected: [2, 142], date: "2023-04-04", },
  { code: "CB04", name: "Chi bộ Công ty TNHH MTV Xổ số kiến thiết", type: "Chi bộ cơ sở", members: 27, staff: 64, income: 13.1, revenue: 58.7, budget: 21.4, cells: 0, admitted: 1, inspectedPlan: [0, 6], inspected: [0, 2], date: "2023-04-03" },
  { code: "DB05", name: "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh", type: "Đảng bộ cơ sở", members: 263, staff: 541, income: 18.9, revenue: 612.3, budget: 45.75, cells: 12, admitted: 3, inspectedPlan: [80, 60], inspected: [62, 18], date: "2023-04-07" },
  { code: "CB06", name: "Chi bộ Công ty Cổ phần Dược phẩm", type: "Chi bộ cơ sở", members: 34, staff: 215, income: 9.4, revenue: 143.2, budget: 6.1, cells: 0, admitted: 1, inspectedPlan: [0, 8], inspected: [0, 3], date: "2023-04-05" },
  { code: "DB07", name: "Đảng bộ Công ty Cổ phần Môi trường đô thị", type: "Đảng bộ cơ sở", members: 88, staff: 603, income: 8.1, revenue: 74.9, budget: 3.2, cells: 6, admitted: 2, inspectedPlan: [4, 20], inspected: [1, 6], date: "2023-04-06" },
  { code: "CB08", name: "Chi bộ Quỹ Đầu tư phát triển tỉnh", type: "Chi bộ cơ sở", members: 21, staff: 38, income: 14.6, revenue: 31.5, budget: 2.05, cells: 0, admitted: 0, inspectedPlan: [0, 5], inspected: [0, 1], date: "2023-04-04" },
  { code: "DB09", name: "Đảng bộ Ban Quản lý các khu công nghiệp tỉnh", type: "Đảng bộ cơ sở", members: 62, staff: 95, income: 10.7, revenue: null, budget: null, cells: 5, admitted: 1, inspectedPlan: [3, 15], inspected: [1, 4], date: "2023-04-05" },
  { code: "CB10", name: "Chi bộ Công ty Cổ phần Sách và Thiết bị trường học", type: "Chi bộ cơ sở", members: 17, staff: 46, income: 7.9, revenue: 22.6, budget: 1.15, cells: 0, admitted: 0, inspectedPlan: [0, 4], inspected: [0, 1], date: "2023-04-03" },
];

/** On the roster, sends nothing this quarter. */
export const MISSING_UNIT = { code: "DB11", name: "Đảng bộ Công ty Cổ phần Vận tải ô tô", type: "Đảng bộ cơ sở" as const };

export const CLUSTER = "Cụm II";

function figuresOf(s: Seed): SampleUnit["figures"] {
  const transferredIn = s.members > 100 ? 2 : 0;
  const transferredOut = s.members > 150 ? 1 : 0;
  const deceased = s.members > 200 ? 1 : 0;
  const start = s.members - s.admitted - transferredIn + transferredOut + deceased;
  const probationary = Math.max(1, Math.round(s.members * 0.04));
  const q = <T extends number | null>(a: T): [null, T, T] => [null, a, a];
  const planned = (plan: number, a: number): [number | null, number, number] => [plan > 0 ? plan : null, a, a];
  const official = Math.min(probationary, s.admitted + 1);
  return {
    ORG_CBTT: q(s.cells),
    ORG_MOI: planned(s.cells ? 1 : 0, 0),
    ORG_DH: planned(s.cells, s.cells ? Math.round(s.cells / 3) : 0),
    DV_DAU: q(start),
    DV_KN: planned(Math.max(2, s.admitted * 3), s.admitted),
    DV_DEN: q(transferredIn),
    DV_DI: q(transferredOut),
    DV_TUTRAN: q(deceased),
    DV_XOATEN: q(0),
    DV_KHAITRU: q(0),
    DV_CUOI: q(s.members),
    DV_CT: q(s.members - probationary),
    DV_DB: q(probationary),
    DV_CCT: q(official),
    PT_LOP: planned(s.members > 100 ? 2 : 1, s.members > 100 ? 1 : 0),
    PT_QCUT: planned(Math.max(3, s.admitted * 4), s.admitted * 3),
    HH_TANG: q(s.members > 150 ? 3 : 0),
    KT_TC: planned(s.inspectedPlan[0], s.inspected[0]),
    KT_DV: planned(s.inspectedPlan[1], s.inspected[1]),
    GS_TC: planned(s.inspectedPlan[0] ? Math.ceil(s.inspectedPlan[0] / 2) : 0, s.inspected[0] ? 1 : 0),
    GS_DV: planned(Math.ceil(s.inspectedPlan[1] / 2), Math.ceil(s.inspected[1] / 2)),
    KL_DV: q(0),
    DT_CD: planned(0, 0),
    DT_DTN: planned(0, 0),
    DN_LD: q(s.staff),
    DN_TN: q(s.income),
    DN_DT: s.revenue === null ? [null, null, null] : [Math.round(s.revenue * 4.2 * 10) / 10, s.revenue, s.revenue],
    DN_NS: s.budget === null ? [null, null, null] : [Math.round(s.budget * 4.1 * 100) / 100, s.budget, s.budget],
    KTH_TT: q(s.members > 100 ? 1 : 0),
    KTH_CN: q(s.members > 100 ? 5 : 1),
  };
}

export const SAMPLE_UNITS: SampleUnit[] = SEEDS.map((s) => ({
  code: s.code,
  name: s.name,
  type: s.type,
  figures: figuresOf(s),
  reportDate: s.date,
}));

// Honest mistakes. DB05 types the article's 75,5 % for 62/80 (it is 77,5 %); DB07 forgets a member who
// moved away, so the end-of-period count does not balance.
SAMPLE_UNITS[4].mistake = "PCT_STATED: KT_TC stated 75,5%";
SAMPLE_UNITS[6].mistake = "DV_BALANCE: DV_CUOI one too many";
SAMPLE_UNITS[6].figures.DV_DI = [null, 1, 1];
SAMPLE_UNITS[6].figures.DV_DAU = [null, 86, 86];
