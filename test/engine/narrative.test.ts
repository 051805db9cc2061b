/**
 * The summary paragraph (issue 13 §3) built through the real engine: unit reports as sheets, read and
 * checked by checkGrids, consolidated, then put into words.
 */
import { describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine/check";
import { consolidate, type Consolidation } from "../../src/engine/consolidate/consolidate";
import type { RosterUnit } from "../../src/engine/consolidate/units";
import { summaryParagraph } from "../../src/engine/narrative";
import { BCXDD } from "../../src/templates/bcxdd";
import { reportSheet } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import type { SampleUnit } from "../support/units";

type Figures = SampleUnit["figures"];

/** `total` spread over `n` units as evenly as integers allow (the first ones take the remainder). */
const spread = (total: number, n: number): number[] => Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));

interface ClusterSpec {
  dbcs: number;
  cbcs: number;
  subCells: number;
  members: number;
  staff: number | null;
  admitted: number;
  official: number;
  /** [year-to-date, annual plan] per planned row; plan null = no plan anywhere. */
  work: Partial<Record<"KT_TC" | "KT_DV" | "GS_TC" | "GS_DV", [number, number | null]>>;
  period?: string;
}

/** Article 001's Cụm II, Quý I/2023. */
const CUM_II: ClusterSpec = {
  dbcs: 22,
  cbcs: 14,
  subCells: 141,
  members: 2465,
  staff: 5606,
  admitted: 20,
  official: 3,
  work: { KT_TC: [62, 80], KT_DV: [142, 547] },
};

/** One report per unit whose figures add up to the cluster's, each balanced (DV_SPLIT, DV_BALANCE hold). */
function unitsOf(spec: ClusterSpec): SampleUnit[] {
  const n = spec.dbcs + spec.cbcs;
  const members = spread(spec.members, n);
  const staff = spec.staff === null ? null : spread(spec.staff, n);
  const admitted = spread(spec.admitted, n);
  const official = spread(spec.official, n);
  const sub = spread(spec.subCells, spec.dbcs);
  const work = Object.fromEntries(
    Object.entries(spec.work).map(([code, [ytd, plan]]) => [code, { ytd: spread(ytd, n), plan: plan === null ? null : spread(plan, n) }]),
  );
  return Array.from({ length: n }, (_, i) => {
    const isDb = i < spec.dbcs;
    const q = (v: number | null): [null, number | null, number | null] => [null, v, v];
    const figures: Figures = {
      ORG_CBTT: q(isDb ? sub[i] : null),
      DV_DAU: q(members[i] - admitted[i]),
      DV_KN: q(admitted[i]),
      DV_DEN: q(0),
      DV_DI: q(0),
      DV_TUTRAN: q(0),
      DV_XOATEN: q(0),
      DV_KHAITRU: q(0),
      DV_CUOI: q(members[i]),
      DV_CT: q(members[i] - 5),
      DV_DB: q(5),
      DV_CCT: q(official[i]),
      DN_LD: q(staff ? staff[i] : null),
    };
    for (const [code, w] of Object.entries(work)) {
      const plan = w.plan ? w.plan[i] : null;
      figures[code] = [plan === 0 ? null : plan, w.ytd[i], w.ytd[i]];
    }
    const code = `${isDb ? "DB" : "CB"}${String(i + 1).padStart(2, "0")}`;
    return {
      code,
      name: `${isDb ? "Đảng bộ" : "Chi bộ"} đơn vị ${code}`,
      type: isDb ? "Đảng bộ cơ sở" : "Chi bộ cơ sở",
      figures,
      reportDate: "2023-04-05",
    };
  });
}

function consolidationOf(units: SampleUnit[], period = "Quý I/2023", roster?: RosterUnit[]): Consolidation {
  const checks = units.map((u) => checkGrids([specToGrid(reportSheet(u, { period }))], `${u.code}.xlsx`, BCXDD));
  return consolidate(checks, BCXDD, { roster });
}

/** The article's own words (Báo Gia Lai, articles/001), with its two slips. */
const ARTICLE = {
  organisation:
    "Cụm II, thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở; tổng số đảng viên của Cụm II là 2.465 đồng chí trên tổng số 5.606 cán bộ, công chức, viên chức, người lao động.",
  activities:
    "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới, chuyển đảng chính thức cho 3 đảng viên dự bị; kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (đạt 25,9% kế hoạch năm)…",
};

describe("article 001: Cụm II, Quý I/2023", () => {
  const c = consolidationOf(unitsOf(CUM_II));

  it("the consolidation is the article's cluster, with no error in any report", () => {
    expect(c.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(c.totals.ORG_TCCS.actual).toBe(36);
    expect(c.totals.KT_TC.pctRounded).toBe(77.5);
  });

  it("gives the article's sentences, its two slips corrected", () => {
    const p = summaryParagraph(c, BCXDD, "vi", { parent: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh" });
    const corrected = ARTICLE.activities.replace("75,5%", "77,5%").replace("25,9%", "26,0%").replace(/…$/, ".");
    expect(p.sentences).toEqual([
      { key: "organisation", text: ARTICLE.organisation },
      { key: "activities", text: corrected },
    ]);
    expect(p.text).toBe(`${ARTICLE.organisation} ${corrected}`);
    console.log(p.text);
    console.log(summaryParagraph(c, BCXDD, "en").text);
  });
});
