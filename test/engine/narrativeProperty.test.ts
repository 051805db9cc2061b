/**
 * Properties of the summary paragraph over consolidations it has not seen: random clusters (units of
 * either type, figures missing, zero or not, plans or none, a roster with missing units, any period),
 * built through the real engine. Whatever the data, the paragraph never says NaN, undefined or null,
 * never prints a number that is not one of the data's (so no 0 is made up), and never speaks of a row
 * that has no figure.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine/check";
import { consolidate, type Consolidation } from "../../src/engine/consolidate/consolidate";
import type { RosterUnit } from "../../src/engine/consolidate/units";
import type { Lang } from "../../src/engine/findings";
import { formatNumber, formatPercent } from "../../src/engine/format";
import { summaryParagraph } from "../../src/engine/narrative";
import { BCXDD } from "../../src/templates/bcxdd";
import { reportSheet } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import type { SampleUnit } from "../support/units";
import "../property/arbitraries"; // the fixed seed of every property test

const CODES = ["ORG_CBTT", "DV_CUOI", "DN_LD", "DV_KN", "DV_CCT", "KT_TC", "KT_DV", "GS_TC", "GS_DV"] as const;
const WORK = ["KT_TC", "KT_DV", "GS_TC", "GS_DV"] as const;
const PERIODS = ["Quý I/2023", "Quý II/2023", "Quý IV/2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "Năm 2023"];
/** Names without digits, so that every digit in the paragraph is a figure. */
const NAMES = ["An Bình", "Bắc Hà", "Cửu Long", "Đông Hải", "Hòa Phát", "Kim Sơn", "Lam Giang", "Minh Châu", "Nam Việt", "Phú Thọ"];

const figure = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 31, max: 20000 })), { nil: null });
const row = fc.tuple(figure, figure, figure);

const unitArb = fc.record({
  db: fc.boolean(),
  figures: fc.record(Object.fromEntries(CODES.map((c) => [c, row])) as Record<(typeof CODES)[number], typeof row>),
});

const clusterArb = fc.record({
  units: fc.array(unitArb, { maxLength: 5 }),
  period: fc.constantFrom(...PERIODS),
  /** Roster: null, or the units plus some that sent nothing (their type maybe unknown). */
  missing: fc.option(fc.array(fc.option(fc.boolean(), { nil: null }), { maxLength: 3 }), { nil: null }),
});

type Generated = typeof clusterArb extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): { c: Consolidation; units: SampleUnit[] } {
  const units: SampleUnit[] = g.units.map((u, i) => ({
    code: `U${i}`,
    name: `${u.db ? "Đảng bộ" : "Chi bộ"} ${NAMES[i]}`,
    type: u.db ? "Đảng bộ cơ sở" : "Chi bộ cơ sở",
    figures: u.figures,
    reportDate: "2023-04-05",
  }));
  const checks = units.map((u) => checkGrids([specToGrid(reportSheet(u, { period: g.period }))], `${u.code}.xlsx`, BCXDD));
  const roster: RosterUnit[] | undefined = g.missing
    ? [
        ...units.map((u) => ({ code: u.code, name: u.name, type: u.type, cluster: "Cụm II" })),
        ...g.missing.map((db, i) => ({ code: `M${i}`, name: `Đơn vị ${NAMES[NAMES.length - 1 - i]}`, type: db === null ? null : db ? ("Đảng bộ cơ sở" as const) : ("Chi bộ cơ sở" as const), cluster: "Cụm II" })),
      ]
    : undefined;
  return { c: consolidate(checks, BCXDD, { roster }), units };
}

/** FORM.md's year-to-date figure of a unit's row: the period's figure for a whole year, else the ytd cell, else the period's. */
const ytdOf = ([, actual, ytd]: [number | null, number | null, number | null], period: string) => (period.startsWith("Năm") && actual !== null ? actual : ytd ?? actual);

/** Every number the paragraph may print, as `lang` writes it: the consolidation's figures of the rows it speaks of. */
function allowedNumbers(c: Consolidation, units: SampleUnit[], period: string, lang: Lang): Set<string> {
  const out = new Set<string>();
  const add = (v: number | null | undefined) => v !== null && v !== undefined && out.add(formatNumber(v, lang));
  for (const code of [...CODES, "ORG_TCCS", "ORG_DBCS", "ORG_CBCS"]) {
    const t = c.totals[code];
    [t.actual, t.ytd, t.plan].forEach(add);
    if (t.pctRounded !== null) out.add(formatPercent(t.pctRounded, lang, 1).replace("%", ""));
  }
  // The part of a year-to-date total done by the units with a plan (what the rate divides).
  for (const code of WORK) {
    const planned = units.filter((u) => (u.figures[code][0] ?? 0) > 0);
    if (planned.length) add(planned.reduce((s, u) => s + (ytdOf(u.figures[code], period) ?? 0), 0));
  }
  [c.coverage.received, c.coverage.expected, c.coverage.missing.length].forEach(add);
  return out;
}

/** What each row is called in each language: the paragraph names a row only when it has a figure. */
const WORDS_OF: Partial<Record<string, Record<Lang, RegExp>>> = {
  DV_KN: { vi: /kết nạp/, en: /admitted/ },
  DV_CCT: { vi: /chuyển đảng chính thức/, en: /recognised/ },
  DN_LD: { vi: /cán bộ, công chức/, en: /officials/ },
  DV_CUOI: { vi: /tổng số đảng viên/, en: /party members (?:in|is)/ },
  KT_TC: { vi: /kiểm tra(?: được [\d.]+(?:\/[\d.]+)?)? tổ chức/, en: /inspected (?:no |[\d,]+(?:\/[\d,]+)? )party organisation/ },
  KT_DV: { vi: /kiểm tra(?: được [\d.]+(?:\/[\d.]+)?)? đảng viên/, en: /inspected (?:no |[\d,]+(?:\/[\d,]+)? )party member/ },
  GS_TC: { vi: /giám sát(?: được [\d.]+(?:\/[\d.]+)?)? tổ chức/, en: /supervised (?:no |[\d,]+(?:\/[\d,]+)? )party organisation/ },
  GS_DV: { vi: /giám sát(?: được [\d.]+(?:\/[\d.]+)?)? đảng viên/, en: /supervised (?:no |[\d,]+(?:\/[\d,]+)? )party member/ },
};

describe("the paragraph over random consolidations", () => {
  it.each<Lang>(["vi", "en"])("%s: no NaN/undefined/null, no number that is not the data's, no row without a figure", (lang) => {
    fc.assert(
      fc.property(clusterArb, (g) => {
        const { c, units } = build(g);
        const p = summaryParagraph(c, BCXDD, lang);
        expect(p.text).not.toMatch(/NaN|undefined|null|Infinity|\[object/);
        expect(p.text).toBe(p.sentences.map((s) => s.text).join(" "));
        for (const s of p.sentences) expect(s.text).toMatch(/^\S.*[.]$/);
        const allowed = allowedNumbers(c, units, g.period, lang);
        // The period's own words (`Trong 9 tháng`, `6 tháng đầu năm`) are not figures.
        const numbers = p.text.replace(/\b[69] tháng/g, "").match(/\d+(?:[.,]\d+)*/g) ?? [];
        for (const n of numbers) expect(allowed, `${n} in: ${p.text}`).toContain(n);
        for (const [code, words] of Object.entries(WORDS_OF)) {
          const t = c.totals[code];
          const none = WORK.includes(code as (typeof WORK)[number]) ? t.ytd === null : code === "DN_LD" ? !t.actual : t.actual === null;
          if (none) expect(p.text, `${code} has no figure`).not.toMatch(words![lang]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
