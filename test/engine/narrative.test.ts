/**
 * The summary paragraph (issue 13 §3) built through the real engine: unit reports as sheets, read and
 * checked by checkGrids, consolidated, then put into words.
 */
import { describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine/check";
import { consolidate, type Consolidation } from "../../src/engine/consolidate/consolidate";
import type { RosterUnit } from "../../src/engine/consolidate/units";
import { summaryParagraph, summarySheet, SUMMARY_SHEET_NAME } from "../../src/engine/narrative";
import { BCXDD } from "../../src/templates/bcxdd";
import type { Template } from "../../src/templates/types";
import { reportSheet } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import type { SampleUnit } from "../support/units";

type Figures = SampleUnit["figures"];
type WorkCode = "KT_TC" | "KT_DV" | "GS_TC" | "GS_DV";

/** `total` spread over `n` units as evenly as integers allow (the first ones take the remainder). */
const spread = (total: number, n: number): number[] => Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));

interface ClusterSpec {
  dbcs: number;
  cbcs: number;
  subCells: number | null;
  members: number | null;
  staff: number | null;
  admitted: number | null;
  official: number | null;
  /** [year-to-date, annual plan] per planned row; a plan of null: no unit has a plan. */
  work: Partial<Record<WorkCode, [number, number | null]>>;
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
  const each = (total: number | null, k = n) => (total === null ? Array<null>(k).fill(null) : spread(total, k));
  const members = each(spec.members);
  const staff = each(spec.staff);
  const admitted = each(spec.admitted);
  const official = each(spec.official);
  const sub = each(spec.subCells, spec.dbcs);
  return Array.from({ length: n }, (_, i) => {
    const isDb = i < spec.dbcs;
    const q = (v: number | null): [null, number | null, number | null] => [null, v, v];
    const m = members[i];
    const figures: Figures = {
      ORG_CBTT: q(isDb ? sub[i] : null),
      DV_DAU: q(m === null ? null : m - (admitted[i] ?? 0)),
      DV_KN: q(admitted[i]),
      DV_CUOI: q(m),
      DV_CT: q(m === null ? null : m - 5),
      DV_DB: q(m === null ? null : 5),
      DV_CCT: q(official[i]),
      DN_LD: q(staff[i]),
    };
    for (const [code, [ytd, plan]] of Object.entries(spec.work)) {
      const p = plan === null ? null : spread(plan, n)[i];
      figures[code] = [p || null, spread(ytd, n)[i], spread(ytd, n)[i]];
    }
    const code = `${isDb ? "DB" : "CB"}${String(i + 1).padStart(2, "0")}`;
    return { code, name: `${isDb ? "Đảng bộ" : "Chi bộ"} đơn vị ${code}`, type: isDb ? "Đảng bộ cơ sở" : "Chi bộ cơ sở", figures, reportDate: "2023-04-05" };
  });
}

function consolidationOf(units: SampleUnit[], options: { period?: string; roster?: RosterUnit[] } = {}): Consolidation {
  const checks = units.map((u) => checkGrids([specToGrid(reportSheet(u, { period: options.period ?? "Quý I/2023" }))], `${u.code}.xlsx`, BCXDD));
  return consolidate(checks, BCXDD, { roster: options.roster });
}

const cluster = (changes: Partial<ClusterSpec> = {}, options?: Parameters<typeof consolidationOf>[1]) => consolidationOf(unitsOf({ ...CUM_II, ...changes }), options);
const vi = (c: Consolidation, template: Template = BCXDD) => summaryParagraph(c, template, "vi");
const sentence = (c: Consolidation, key: string) => vi(c).sentences.find((s) => s.key === key)?.text ?? null;

/** The article's own words (articles/001), with its two slips. */
const ARTICLE = {
  organisation:
    "Cụm II, thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở; tổng số đảng viên của Cụm II là 2.465 đồng chí trên tổng số 5.606 cán bộ, công chức, viên chức, người lao động.",
  activities:
    "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới, chuyển đảng chính thức cho 3 đảng viên dự bị; kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (đạt 25,9% kế hoạch năm)…",
};

describe("article 001: Cụm II, Quý I/2023", () => {
  const c = cluster();

  it("the consolidation is the article's cluster, with no error in any report", () => {
    expect(c.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect([c.totals.ORG_TCCS.actual, c.totals.ORG_DBCS.actual, c.totals.ORG_CBCS.actual, c.totals.ORG_CBTT.actual]).toEqual([36, 22, 14, 141]);
    expect([c.totals.KT_TC.ytd, c.totals.KT_TC.plan, c.totals.KT_DV.ytd, c.totals.KT_DV.plan]).toEqual([62, 80, 142, 547]);
  });

  it("gives the article's sentences, its two slips corrected (77,5 % and 26,0 %)", () => {
    const p = summaryParagraph(c, BCXDD, "vi", { parent: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh" });
    const corrected = ARTICLE.activities.replace("75,5%", "77,5%").replace("25,9%", "26,0%").replace(/…$/, ".");
    expect(p.sentences).toEqual([
      { key: "organisation", text: ARTICLE.organisation },
      { key: "activities", text: corrected },
    ]);
    expect(p.text).toBe(`${ARTICLE.organisation} ${corrected}`);
  });

  it("without the committee above, the cluster stands alone", () => {
    expect(sentence(c, "organisation")).toBe(ARTICLE.organisation.replace(", thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", ""));
  });

  it("names the cluster as written, prefixes a bare name with Cụm, and speaks without a place when there is none", () => {
    expect(sentence({ ...c, cluster: "II" }, "organisation")).toMatch(/^Cụm II có 36 TCCS đảng/);
    const nameless = vi({ ...c, cluster: null }).sentences.map((s) => s.text);
    expect(nameless[0]).toBe("Có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở; tổng số đảng viên là 2.465 đồng chí trên tổng số 5.606 cán bộ, công chức, viên chức, người lao động.");
    expect(nameless[1]).toMatch(/^Trong quý, các TCCS đảng đã kết nạp được 20 đảng viên mới/);
    expect(summaryParagraph({ ...c, cluster: null }, BCXDD, "en").text).toMatch(/^There are 36 grassroots party organisations, of which/);
  });

  it("in English, with en-US numbers as the English messages write them", () => {
    expect(summaryParagraph(c, BCXDD, "en").text).toBe(
      "Cụm II has 36 grassroots party organisations, of which 22 are grassroots party committees with 141 affiliated party cells and 14 are grassroots party cells; " +
        "the total number of party members in Cụm II is 2,465, among 5,606 officials, civil servants, public employees and workers. " +
        "In the quarter, the grassroots party organisations of Cụm II admitted 20 new members and recognised 3 probationary members as full members; " +
        "inspected 62/80 party organisations (77.5% of the annual plan) and inspected 142/547 party members (26.0% of the annual plan).",
    );
  });
});

describe("a sentence or clause whose figures are missing is left out", () => {
  it.each<[string, Partial<ClusterSpec>, string, string | null]>([
    ["no plan for the inspections: no x/y, no rate", { work: { KT_TC: [62, null], KT_DV: [142, null] } }, "activities", "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới, chuyển đảng chính thức cho 3 đảng viên dự bị; kiểm tra được 62 tổ chức, kiểm tra được 142 đảng viên."],
    ["no staff figure: members without a base", { staff: null }, "organisation", "Cụm II có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở; tổng số đảng viên của Cụm II là 2.465 đồng chí."],
    ["no members, staff alone", { members: null }, "organisation", "Cụm II có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở; tổng số cán bộ, công chức, viên chức, người lao động của Cụm II là 5.606 người."],
    ["no chi bộ trực thuộc figure", { subCells: null, members: null, staff: null }, "organisation", "Cụm II có 36 TCCS đảng, trong đó có 22 đảng bộ và 14 chi bộ cơ sở."],
    ["only chi bộ cơ sở", { dbcs: 0, cbcs: 14, subCells: null }, "organisation", "Cụm II có 14 TCCS đảng, đều là chi bộ cơ sở; tổng số đảng viên của Cụm II là 2.465 đồng chí trên tổng số 5.606 cán bộ, công chức, viên chức, người lao động."],
    ["only đảng bộ cơ sở", { dbcs: 5, cbcs: 0, subCells: 30, members: null, staff: null }, "organisation", "Cụm II có 5 TCCS đảng, đều là đảng bộ cơ sở, với 30 chi bộ trực thuộc."],
    ["no admissions figure", { admitted: null }, "activities", "Trong quý, các TCCS đảng trong Cụm đã chuyển đảng chính thức cho 3 đảng viên dự bị; kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (đạt 26,0% kế hoạch năm)."],
    ["no admission: said in words, and đã comes back after it", { admitted: 0 }, "activities", "Trong quý, các TCCS đảng trong Cụm chưa kết nạp được đảng viên mới, đã chuyển đảng chính thức cho 3 đảng viên dự bị; kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (đạt 26,0% kế hoạch năm)."],
    ["nothing inspected yet against a plan", { work: { KT_TC: [0, 80] } }, "activities", "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới, chuyển đảng chính thức cho 3 đảng viên dự bị; chưa kiểm tra tổ chức nào (kế hoạch năm: 80)."],
    ["supervision after inspection", { work: { KT_TC: [62, 80], GS_TC: [10, 40], GS_DV: [30, 120] } }, "activities", "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới, chuyển đảng chính thức cho 3 đảng viên dự bị; kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm); giám sát được 10/40 tổ chức (đạt 25,0% kế hoạch năm), giám sát được 30/120 đảng viên (đạt 25,0% kế hoạch năm)."],
    ["no activity figure at all", { admitted: null, official: null, work: {} }, "activities", null],
  ])("%s", (_, changes, key, expected) => {
    expect(sentence(cluster(changes), key)).toBe(expected);
  });

  it("no sentence at all for a consolidation of nothing", () => {
    const p = vi(consolidate([], BCXDD));
    expect(p).toEqual({ sentences: [], text: "" });
  });

  it("a template without the staff row gives members without a base", () => {
    const noStaff: Template = { ...BCXDD, sections: BCXDD.sections.map((s) => ({ ...s, indicators: s.indicators.filter((i) => i.code !== "DN_LD") })) };
    expect(vi(cluster(), noStaff).sentences[0].text).toMatch(/là 2\.465 đồng chí\.$/);
  });

  it("units without a plan: the rate is said of the units that have one", () => {
    const units = unitsOf({ ...CUM_II, work: { KT_TC: [62, 80] } });
    // The last unit keeps its 1 inspection but has no plan: 62 done, 61/80 against a plan.
    units[35].figures.KT_TC = [null, 1, 1];
    expect(units.reduce((s, u) => s + (u.figures.KT_TC[0] ?? 0), 0)).toBe(78);
    // 61/78 = 78,205…: the rate the Tổng hợp sheet shows for the row, and the fraction it is of.
    expect(sentence(consolidationOf(units), "activities")).toContain("kiểm tra được 62 tổ chức (các đơn vị có kế hoạch: 61/78, đạt 78,2% kế hoạch năm)");
  });
});

describe("units that have not reported", () => {
  const units = unitsOf(CUM_II);
  const rosterOf = (list: { code: string; name: string; type: RosterUnit["type"] }[]): RosterUnit[] => list.map((u) => ({ code: u.code, name: u.name, type: u.type, cluster: "Cụm II" }));
  const extra = [
    { code: "DB90", name: "Đảng bộ Công ty Cổ phần Vận tải ô tô", type: "Đảng bộ cơ sở" as const },
    { code: "CB91", name: "=cmd|' /C calc'!A0", type: "Chi bộ cơ sở" as const },
  ];

  it("are named, with the share of units the figures cover; the roster counts the TCCS", () => {
    const c = consolidationOf(units, { roster: rosterOf([...units, ...extra]) });
    expect(sentence(c, "coverage")).toBe(`Còn 2 đơn vị chưa gửi báo cáo: ${extra[0].name}, ${extra[1].name}; số liệu trên tổng hợp từ 36/38 đơn vị.`);
    expect(sentence(c, "organisation")).toMatch(/^Cụm II có 38 TCCS đảng, trong đó có 23 đảng bộ với 141 chi bộ trực thuộc và 15 chi bộ cơ sở;/);
    expect(summaryParagraph(c, BCXDD, "en").sentences[2].text).toBe(`2 units have not sent their reports: ${extra[0].name}, ${extra[1].name}; the figures above are from 36 of 38 units.`);
  });

  it("a missing unit of unknown type: the TCCS are not split by type", () => {
    const c = consolidationOf(units, { roster: rosterOf([...units, { ...extra[0], type: null }]) });
    expect(sentence(c, "organisation")).toMatch(/^Cụm II có 37 TCCS đảng với 141 chi bộ trực thuộc;/);
  });

  it("none reported at all", () => {
    const c = consolidationOf([], { roster: rosterOf(extra) });
    expect(vi(c).sentences.map((s) => s.text)).toEqual(["Cụm II có 2 TCCS đảng, trong đó có 1 đảng bộ và 1 chi bộ cơ sở.", "Cả 2 đơn vị trong danh sách đều chưa gửi báo cáo."]);
  });

  it("all reported: no sentence", () => {
    expect(sentence(consolidationOf(units, { roster: rosterOf(units) }), "coverage")).toBeNull();
  });
});

describe("rates: year-to-date over the annual plan, rounded half away from zero (FORM.md)", () => {
  it.each<[number, number, string, string]>([
    [62, 80, "62/80", "77,5%"],
    [142, 547, "142/547", "26,0%"], // 25,959… rounds up; the article truncated it to 25,9
    [23, 80, "23/80", "28,8%"], // exactly 28,75: binary floating point makes it 28,749999…
    [41, 80, "41/80", "51,3%"],
    [1, 16, "1/16", "6,3%"],
    [2, 3, "2/3", "66,7%"],
    [80, 80, "80/80", "100,0%"],
    [1234, 1000, "1.234/1.000", "123,4%"],
    [1, 2000, "1/2.000", "0,1%"], // 0,05 → 0,1
    [23, 2000, "23/2.000", "1,2%"], // exactly 1,15, whose nearest double 1,1499… shows 1,1 by toFixed
    [3, 2000, "3/2.000", "0,2%"],
    [1, 2001, "1/2.001", "0,0%"],
  ])("%i/%i", (ytd, plan, fraction, pct) => {
    const c = consolidationOf(unitsOf({ ...CUM_II, dbcs: 1, cbcs: 0, subCells: 3, work: { KT_TC: [ytd, plan] } }));
    expect(sentence(c, "activities")).toContain(`kiểm tra được ${fraction} tổ chức (đạt ${pct} kế hoạch năm)`);
    expect(summaryParagraph(c, BCXDD, "en").text).toContain(`(${pct.replace(",", ".")} of the annual plan)`);
  });
});

describe("later periods: the quarter's flows, the year so far for inspections", () => {
  const units = unitsOf(CUM_II).map((u, i) => {
    const copy = structuredClone(u);
    // Quý II: this quarter's admissions, plus one admitted in Quý I by each of the first 15 units.
    const [, a] = copy.figures.DV_KN;
    copy.figures.DV_KN = [null, a, (a ?? 0) + (i < 15 ? 1 : 0)];
    return copy;
  });
  const c = consolidationOf(units, { period: "Quý II/2023" });

  it("cites the year-to-date figure beside the quarter's and says the inspections are year-to-date", () => {
    expect(sentence(c, "activities")).toBe(
      "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới (lũy kế từ đầu năm: 35), chuyển đảng chính thức cho 3 đảng viên dự bị; lũy kế từ đầu năm, đã kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (đạt 26,0% kế hoạch năm).",
    );
    expect(summaryParagraph(c, BCXDD, "en").sentences[1].text).toContain("admitted 20 new members (35 since the start of the year)");
  });

  it.each([
    ["6 tháng đầu năm 2023", "Trong 6 tháng đầu năm, "],
    ["9 tháng năm 2023", "Trong 9 tháng, "],
    ["Năm 2023", "Trong năm, "],
  ])("%s: the period is the year so far, said once", (period, opening) => {
    const text = sentence(cluster({}, { period }), "activities")!;
    expect(text.startsWith(opening)).toBe(true);
    expect(text).not.toContain("lũy kế");
  });

  it("no flow in a later quarter: the sentence opens on the year so far", () => {
    const text = sentence(cluster({ admitted: null, official: null }, { period: "Quý III/2023" }), "activities");
    expect(text).toBe("Từ đầu năm đến nay, các TCCS đảng trong Cụm đã kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (đạt 26,0% kế hoạch năm).");
  });
});

describe("the Tóm tắt sheet", () => {
  const units = unitsOf(CUM_II);
  const roster: RosterUnit[] = [...units, { code: "CB91", name: "=cmd|' /C calc'!A0", type: "Chi bộ cơ sở" as const }].map((u) => ({ code: u.code, name: u.name, type: u.type, cluster: "Cụm II" }));
  const c = consolidationOf(units, { roster });
  const paragraph = vi(c);
  const sheet = summarySheet(paragraph, c, "vi");
  const cells = sheet.rows.flat().filter((x) => x !== null);

  it("is named Tóm tắt in both languages, with the title and the cluster's period", () => {
    expect(sheet.name).toBe(SUMMARY_SHEET_NAME);
    expect(summarySheet(summaryParagraph(c, BCXDD, "en"), c, "en").name).toBe("Tóm tắt");
    expect(sheet.rows[0]).toEqual([{ t: "text", v: "TÓM TẮT KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG", role: "title" }]);
    expect(sheet.rows[1]).toEqual([{ t: "text", v: "Cụm II – Quý I/2023", role: "subtitle" }]);
  });

  it("holds every sentence, as text cells only, in lines that fit column A", () => {
    expect(cells.every((x) => x.t === "text")).toBe(true);
    const body = sheet.rows.slice(3).map((r) => (r[0]?.t === "text" && r[0].role === undefined ? r[0].v : null));
    const lines = body.filter((v): v is string => v !== null);
    expect(lines.every((l) => l.length <= sheet.widths![0])).toBe(true);
    // Blank rows part the sentences; the lines of one sentence join back into it.
    const sentences: string[][] = [[]];
    for (const line of body) {
      if (line !== null) sentences[sentences.length - 1].push(line);
      else if (sentences[sentences.length - 1].length) sentences.push([]);
    }
    expect(sentences.filter((s) => s.length).map((s) => s.join(" "))).toEqual(paragraph.sentences.map((s) => s.text));
    expect(paragraph.sentences).toHaveLength(3);
    expect(cells.some((x) => x.t === "text" && x.v.includes("=cmd|' /C calc'!A0"))).toBe(true);
  });

  it("says so when there is nothing to summarise", () => {
    const empty = consolidate([], BCXDD);
    const rows = summarySheet(vi(empty), empty, "vi").rows;
    expect(rows.flat().some((x) => x?.t === "text" && x.v === "Chưa có số liệu để tóm tắt.")).toBe(true);
  });
});
