import { join } from "node:path";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { reportSheet } from "../../test/support/reportSheet";
import { SAMPLE_UNITS } from "../../test/support/units";
import type { Periods } from "./check";
import { ethnicReligion, partyWork } from "./extraFigures";
import type { FormSet } from "./figures";
import { form } from "./forms";
import { formSheet, type FormSheet, type SheetContext } from "./layout";
import { twoHalves } from "./twoHalves";
import { rng } from "./random";
import { fillRatios } from "./ratios";
import { FILTER, type Job, type Target } from "./save";
import { BASE_STYLE, type Style } from "./style";
import { unitCounts } from "./unitFigures";
import { SUPERIOR, UNITS, type Unit } from "./units";

export const FIXTURE_DIR = join("test", "fixtures", "forms");

/** One fixture file: its sheets, the forms among them (to read back) and how it was made. */
export interface Fixture {
  file: string;
  target: Target;
  sheets: SheetSpec[];
  forms: Record<string, FormSheet>;
  periods: Periods;
  how: string;
}

const HALF = "6 THÁNG ĐẦU NĂM 2026";
const YEAR = "NĂM 2025";

/** A unit of 1.251 members, so that vi-VN text figures carry grouping dots. */
const BIG: Unit = {
  ...UNITS[0], code: "DB20", name: "Đảng bộ Tổng công ty May Ninh Bình", header: "ĐẢNG ỦY TỔNG CÔNG TY MAY NINH BÌNH",
  members: 1251, subParts: 3, subCells: 24, file: "", style: {},
};

function ctx(u: Unit, sheetName: string, period: string): SheetContext {
  return {
    sheetName, headerLines: [SUPERIOR, u.header], unitName: u.name, period,
    // A yearly form is signed in January, a half-year one in July.
    dateLine: period === YEAR ? "Ninh Bình, ngày 12 tháng 01 năm 2026" : "Ninh Bình, ngày 06 tháng 7 năm 2026", preparer: u.preparer, secretary: u.secretary,
    onBehalfOf: u.type === "Đảng bộ cơ sở" ? "T/M ĐẢNG ỦY" : "T/M CHI BỘ",
  };
}

/** The counts and typed ratios of a unit's half-year forms. */
function halfYear(u: Unit, seed: number): FormSet {
  const set = unitCounts(u, rng(seed));
  for (const id of Object.keys(set)) fillRatios(form(id), set[id]);
  return set;
}

function single(file: string, target: Target, id: string, u: Unit, figures: FormSet[string], style: Partial<Style>, period: string, kind: "half" | "year", how: string, sheetName = "Biểu"): Fixture {
  const sheet = formSheet(form(id), figures, { ...BASE_STYLE, ...style }, ctx(u, sheetName, period));
  return { file, target, sheets: [sheet.spec], forms: { [id]: sheet }, periods: { [id]: { kind, label: period } }, how };
}

/** Every fixture, built in memory (the test reads the saved files back against these). */
export function fixtures(): Fixture[] {
  const dien = UNITS[0];
  const may = UNITS[7];
  const s1 = halfYear(dien, 101);
  const s2 = halfYear(may, 102);
  const big = halfYear(BIG, 103);
  const dt = ethnicReligion(dien.members + 6, 9, rng(104));
  fillRatios(form("BTCTW-3DT"), dt);
  const work = partyWork(rng(105));
  fillRatios(form("BTCTW-7"), work);
  const out: Fixture[] = [];
  for (const target of ["xlsx", "xls", "ods"] as Target[]) {
    out.push(single("btctw1", target, "BTCTW-1", dien, s1["BTCTW-1"], {}, HALF, "half", `BTCTW-1 alone (a đảng bộ cơ sở, ${HALF}): numbering in the label, two merged header rows, numbering row \`1 | 2 | 3 | 4(=2*100/3)\``, "Biểu 1"));
  }
  out.push(single("btctw2-tt-ba-dong-tieu-de", "xlsx", "BTCTW-2", dien, s1["BTCTW-2"], { numbering: "tt", headerRows: "extra" }, HALF, "half",
    `BTCTW-2 with a \`TT\` column and three merged header rows (\`Số đảng viên mới kết nạp\` over \`Thực hiện\` over \`Kỳ này | Cùng kỳ năm trước\`)`, "Biểu 2"));
  out.push(single("btctw3dt", "xlsx", "BTCTW-3DT", dien, dt, { marker: "own" }, YEAR, "year",
    `BTCTW-3DT (${YEAR}, stocks at 31/12/2025) as one table (TT, name, Tổng số, Trong đó: nữ, Tỷ lệ (%)), not the printed form's two side-by-side halves`, "Biểu 3 (tiếp)"));
  const halves = twoHalves(form("BTCTW-3DT"), dt, BASE_STYLE, ctx(dien, "Biểu 3 (tiếp)", YEAR));
  out.push({
    file: "btctw3dt-hai-nua", target: "xlsx", sheets: [halves.spec], forms: { "BTCTW-3DT": halves }, periods: { "BTCTW-3DT": { kind: "year", label: YEAR } },
    how: `The same BTCTW-3DT as printed: two side-by-side halves with the same five columns (section I and groups 1–32 left; groups 33–56, section II and the religions right), title and marker across both`,
  });
  out.push(single("btctw7", "ods", "BTCTW-7", dien, work, { zero: "-" }, YEAR, "year",
    `BTCTW-7 (${YEAR}), zeros printed as \`-\``, "Biểu 7"));
  out.push(single("btctw1-nfd", "xlsx", "BTCTW-1", may, s2["BTCTW-1"], { nfd: true, numbering: "tt" }, HALF, "half",
    `BTCTW-1 of a chi bộ cơ sở with every text in decomposed Unicode (NFD) and a \`TT\` column`, "Biểu 1"));
  out.push(single("btctw3-so-dang-van-ban", "xls", "BTCTW-3", BIG, big["BTCTW-3"], { numbersAsText: true }, HALF, "half",
    `BTCTW-3 of a unit of 1.251 members with every figure typed as vi-VN text (\`1.251\`; averages and ratios with a decimal comma)`, "Biểu 3"));
  out.push(single("btctw2-dao-dong-trong", "ods", "BTCTW-2", may, s2["BTCTW-2"], { reorder: true, blankRows: true, zero: "blank" }, HALF, "half",
    `BTCTW-2 with each run of sibling rows in reverse order and an empty row before every section and heading, zeros left blank`, "Biểu 2"));
  const both = formSheet(form("BTCTW-1"), s1["BTCTW-1"], BASE_STYLE, ctx(dien, "Biểu 1-BTCTW", HALF));
  out.push({
    file: "bcxdd-va-btctw1", target: "xlsx", sheets: [reportSheet(SAMPLE_UNITS[0], { sheetName: "BC-XDĐ" }), both.spec],
    forms: { "BTCTW-1": both }, periods: { "BTCTW-1": { kind: "half", label: HALF } },
    how: `A BC-XDĐ report (test/support/reportSheet.ts, Quý I/2023) and a BTCTW-1 (${HALF}) in one workbook, sheets \`BC-XDĐ\` and \`Biểu 1-BTCTW\``,
  });
  out.push(single("btctw1", "csv", "BTCTW-1", dien, s1["BTCTW-1"], { columnNumbers: "paren" }, HALF, "half",
    `BTCTW-1 with a \`(1) | (2) | (3) | (4)\` numbering row`, "Biểu 1"));
  return out;
}

export function fixtureJobs(list: Fixture[]): Job[] {
  return list.map((f) => ({ name: f.file, target: f.target, sheets: f.sheets, dest: FIXTURE_DIR }));
}

/** test/fixtures/forms/README.md: a line per file saying how it was made. */
export function fixtureReadme(list: Fixture[]): string {
  // Pipes inside a table cell (the numbering row `1 | 2 | 3`) are escaped, or they split the cell.
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const made = (t: Target) => `our renderer, then \`soffice --convert-to '${FILTER[t]}'\`${t === "csv" ? " (UTF-8, comma, raw values), then the UTF-8 BOM Excel writes" : ""}`;
  const lines = list.map((f) => `| \`${f.file}.${f.target}\` | ${cell(f.how)}; ${cell(made(f.target))} |`).join("\n");
  return `# Fixtures of the official statistical forms (BTCTW)

All written by \`scripts/make-form-examples.ts\` (\`npm run examples:forms -- --only fixtures\`) from the generator in
\`scripts/forms/\`: each workbook is built as SheetSpecs, written to .xlsx by our renderer (\`src/xlsx\`), then opened and
saved by LibreOffice 7.4 (headless profile \`/tmp/lo-forms\`). Figures come from a fixed seed and satisfy every relation
of their templates (derived rules, ROW_FORMULA, CROSS_FORM): these are clean files for the reader; the sample in
\`examples/bieu-thong-ke/\` carries the documented mistakes. \`test/examples/formFixtures.test.ts\` reads each back with
SheetJS. A rebuild that changes no content keeps every file's bytes (LibreOffice's save time aside).

| file | how it was made |
|---|---|
${lines}
`;
}
