/**
 * Makes the period-series fixtures of issue 11 (test/fixtures/periods/): BC-XDĐ reports of five units for
 * Quý III/2025 and Quý I–III/2026 (scripts/periods/bcxdd.ts), and BTCTW-1 of four units for 6 tháng đầu năm
 * 2025, Năm 2025 and 6 tháng đầu năm 2026 (scripts/periods/btctw1.ts). Each workbook is built as units make
 * them (test/support/reportSheet.ts, scripts/forms/layout.ts), written by our renderer, then opened and saved
 * by LibreOffice as .xlsx, .xls or .ods (scripts/forms/save.ts). Also the sample cluster's previous quarter,
 * examples/ky-truoc (scripts/periods/examples.ts). Run: `node --import tsx scripts/make-period-fixtures.ts`.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportSheet } from "../test/support/reportSheet";
import { formSheet } from "./forms/layout";
import { saveAll, type Job, type Target } from "./forms/save";
import { styleOf, SUPERIOR } from "./forms/units";
import * as B from "./periods/bcxdd";
import * as T from "./periods/btctw1";
import * as E from "./periods/examples";

const DIR = join("test", "fixtures", "periods");
const FORMATS: Target[] = ["xlsx", "xls", "ods"];
const jobs: Job[] = [];
const notes: string[] = [];
const note = (path: string, how: string) => notes.push(`- \`${path}\`: ${how}`);

// BC-XDĐ: one folder per quarter, one file per unit; the format turns with the unit and the quarter.
B.SERIES.forEach((p, k) => {
  const dir = join(DIR, "bcxdd", B.quarterDir(p));
  const current = p.year === 2026 && p.q === 3;
  B.UNITS.forEach((u, i) => {
    const figures = B.quarterFigures(i, p);
    const mistake = current ? B.MISTAKES[i] : undefined;
    mistake?.apply(figures);
    const month = 3 * p.q + 1;
    const date = `${month > 12 ? p.year + 1 : p.year}-${String(((month - 1) % 12) + 1).padStart(2, "0")}-0${3 + (i % 5)}`;
    const target = FORMATS[(i + k) % 3];
    // Names unique across folders: saveAll converts every job of a format in one folder.
    const name = `${String(i + 1).padStart(2, "0")}-${u.code.toLowerCase()}-${B.quarterDir(p)}`;
    const layout = { period: B.quarterLabel(p), header: i % 2 ? ("variant" as const) : ("template" as const) };
    jobs.push({ name, target, sheets: [reportSheet(B.unitReport(i, p, figures, date), layout)], dest: dir });
    note(`bcxdd/${B.quarterDir(p)}/${name}.${target}`, `BC-XDĐ ${B.quarterLabel(p)} of ${u.code}, ${layout.header} header, saved by LibreOffice as .${target}; ${mistake ? `mistake: ${mistake.what} (${mistake.rule})` : "consistent with the other quarters"}.`);
    if (current && i === B.RESUBMISSION.index) {
      const again = B.quarterFigures(i, p);
      for (const c of B.RESUBMISSION.changes) (again[c.code][c.role] as number) += c.delta;
      const later = date.replace(/-0(\d)$/, (_, d) => `-${String(Number(d) + 6).padStart(2, "0")}`);
      jobs.push({ name: `${name}-gui-lai`, target: "xlsx", sheets: [reportSheet(B.unitReport(i, p, again, later), layout)], dest: dir });
      note(`bcxdd/${B.quarterDir(p)}/${name}-gui-lai.xlsx`, `the same unit's report sent again on ${later}, changing ${B.RESUBMISSION.changes.map((c) => `${c.code} ${["plan", "actual", "ytd"][c.role]} +${c.delta}`).join(", ")} (4 cells); saved by LibreOffice as .xlsx.`);
    }
  });
});

// BTCTW-1: one folder per period.
for (const key of ["2025-h1", "2025-nam", "2026-h1"] as const) {
  const h = T.PERIODS[key];
  const dir = join(DIR, "btctw1", key);
  T.UNITS.forEach((u, i) => {
    const figures = T.halfFigures(i, key);
    const mistake = key === "2026-h1" ? T.MISTAKES[i] : undefined;
    mistake?.apply(figures);
    const blankLastYear = key === "2026-h1" && i === T.BLANK_LAST_YEAR;
    if (blankLastYear) T.withoutLastYear(figures);
    T.finish(figures);
    const target = FORMATS[(i + 1) % 3];
    const sheet = formSheet(T.FORM, figures, styleOf(u), {
      sheetName: u.sheets[0],
      headerLines: [SUPERIOR, u.header],
      unitName: u.name,
      period: h.printed,
      dateLine: `Ninh Bình, ngày ${String(u.day).padStart(2, "0")} tháng ${h.kind === "half" ? 7 : 1} năm ${h.kind === "half" ? h.year : h.year + 1}`,
      preparer: u.preparer,
      secretary: u.secretary,
      onBehalfOf: "T/M ĐẢNG ỦY",
    });
    jobs.push({ name: `${u.file}-${key}`, target, sheets: [sheet.spec], dest: dir });
    note(`btctw1/${key}/${u.file}-${key}.${target}`, `Biểu số 1-BTCTW ${h.printed.toLowerCase()} of ${u.code} in its own layout (scripts/forms/units.ts), saved by LibreOffice as .${target}; ${mistake ? `mistake: ${mistake.what} (${mistake.rule})` : blankLastYear ? "column 3 (Cùng kỳ năm trước) and the ratio column left blank, the rest consistent" : "consistent with the other periods"}.`);
  });
}

// The sample cluster's previous quarter (examples/ky-truoc), for `npm run demo -- --previous examples/ky-truoc`.
const EXAMPLE_NOTES: string[] = [];
for (const { file, unit } of E.previousQuarter()) {
  jobs.push({ name: file, target: "xlsx", sheets: [reportSheet(unit, { period: E.PERIOD })], dest: E.EXAMPLE_DIR });
  EXAMPLE_NOTES.push(`- \`${file}.xlsx\`: ${unit.code} ${unit.name}, saved by LibreOffice${unit.code === E.SLIP_CODE ? "; its closing count is one short of the count it opens Quý I/2023 with (CARRY_OVER)" : ""}.`);
}

const README = `# Period series (issue 11)

Made by \`node --import tsx scripts/make-period-fixtures.ts\`: each workbook is written by our renderer and then
opened and saved by LibreOffice (\`soffice --headless --convert-to\`) in the format its name ends with. The figures
are consistent across periods (opening = last period's closing; year-to-date = last quarter's + this quarter's;
"Cùng kỳ năm trước" = what the unit reported a year earlier) except for the mistakes named below.

`;

for (const file of saveAll(jobs, () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, "README.md"), `${README}${notes.sort().join("\n")}\n`);
  rmSync(E.EXAMPLE_DIR, { recursive: true, force: true });
  mkdirSync(E.EXAMPLE_DIR, { recursive: true });
  writeFileSync(join(E.EXAMPLE_DIR, "README.md"), `${E.EXAMPLE_README}${EXAMPLE_NOTES.join("\n")}\n`);
})) console.log(file);
