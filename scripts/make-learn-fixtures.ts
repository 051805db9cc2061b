/**
 * Makes test/fixtures/learn/: two committee forms the learner has never seen (scripts/learn/forms.ts), each
 * as a blank and as units' filled copies with two planted mistakes, written as flat ODS (scripts/learn/fods.ts)
 * and converted by LibreOffice to .xlsx, .xls and .ods (which recalculates every formula). Also writes the
 * folder's README, one line per file. Run: `node --import tsx scripts/make-learn-fixtures.ts` (needs soffice).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layout, type Copy } from "./learn/build";
import { fillInputs, mistakeOver, seeded } from "./learn/copies";
import { fods } from "./learn/fods";
import { SURVEY, TASKS, type FormSpec } from "./learn/forms";

const OUT = join("test", "fixtures", "learn");
const FILTERS = { xlsx: "xlsx:Calc MS Excel 2007 XML", xls: "xls:MS Excel 97", ods: "ods" } as const;
type Format = keyof typeof FILTERS;

interface Job {
  name: string;
  format: Format;
  text: string;
  note: string;
}
const jobs: Job[] = [];

const TASK_UNITS = [
  "ĐẢNG ỦY XÃ TÂN LẬP", "ĐẢNG ỦY XÃ TÂN HÒA", "ĐẢNG ỦY XÃ TÂN TIẾN", "ĐẢNG ỦY XÃ THUẬN LỢI",
  "ĐẢNG ỦY XÃ ĐỒNG TÂM", "ĐẢNG ỦY XÃ TÂN PHƯỚC", "ĐẢNG ỦY XÃ TÂN HƯNG", "ĐẢNG ỦY XÃ THUẬN PHÚ",
  "ĐẢNG ỦY THỊ TRẤN TÂN PHÚ", "ĐẢNG ỦY XÃ TÂN LỢI", "CHI BỘ TRƯỜNG THPT ĐỒNG PHÚ", "ĐẢNG ỦY CÔNG AN HUYỆN",
];
const SURVEY_UNITS = ["CHI BỘ CÔNG TY CP CAO SU PHÚ RIỀNG", "ĐẢNG ỦY CÔNG TY TNHH MTV CAO SU BÌNH LONG", "CHI BỘ CÔNG TY CP THỦY ĐIỆN THÁC MƠ", "CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP TÂN THÀNH", "ĐẢNG ỦY TỔNG CÔNG TY SÔNG BÉ", "CHI BỘ CÔNG TY CP XI MĂNG BÌNH PHƯỚC"];
const FORMATS: Format[] = ["xlsx", "xls", "ods"];

function blank(spec: FormSpec, formats: Format[]) {
  const copy: Copy = { unit: "ĐẢNG ỦY ……………………………", period: spec.periodBlank, inputs: null, mistakes: [] };
  const text = fods([layout(spec, copy)]);
  for (const format of formats) jobs.push({ name: `${spec.file}-mau.${format}`, format, text, note: `the blank: ${describe(spec)}` });
}

function copies(spec: FormSpec, units: string[], period: string, seed: number, plant: (i: number, inputs: Map<string, Map<number, number>>) => ReturnType<typeof mistakeOver>[]) {
  const random = seeded(seed);
  units.forEach((unit, i) => {
    const inputs = fillInputs(spec, random);
    const mistakes = plant(i, inputs);
    const format = FORMATS[i % 3];
    const text = fods([layout(spec, { unit, period, inputs, mistakes })]);
    const what = mistakes.length ? `; mistake: ${mistakes.map((m) => m.why).join("; ")}` : "";
    jobs.push({ name: `${spec.file}-${String(i + 1).padStart(2, "0")}.${format}`, format, text, note: `${unit}'s filled copy (${period})${what}` });
  });
}

function describe(spec: FormSpec): string {
  return spec === TASKS
    ? "TT column, three merged header rows, numbering row `A | B | 1 | 2 (=3+4) | 3 | 4 | 5 | 6 (=5/1) | C`, SUM and `=a+b-c` total rows, `Trong đó:` line, `gồm:` with `+` bullets, bold headings"
    : "numbering in the label, two merged header rows with `Chia ra`, numbering row `1 | 2 (=3+4) | 3 | 4 | 5 | 6 (=4*100/2)`, a `Trong đó` column, a SUM total row, `chia ra:` and unannounced `-` lists, `Trong đó:` prefix and line";
}

blank(TASKS, ["xlsx", "ods"]);
blank(SURVEY, ["xls", "xlsx"]);
// Unit 3 types the total of `Kết nạp đảng viên mới` (a SUM row) 7 too high in column 3; unit 7 gives more
// young members than members who studied (a `Trong đó` row above its parent) in column 1.
copies(TASKS, TASK_UNITS, "QUÝ III NĂM 2026", 10, (i, inputs) =>
  i === 2 ? [mistakeOver(TASKS, inputs, "II.1", 4, 7, "the total `1. Kết nạp đảng viên mới` typed 7 too high in column 3 (cell E18, over its SUM formula)")]
  : i === 6 ? [mistakeOver(TASKS, inputs, "I.2.DVT", 2, 5, "`- Đảng viên trẻ` (Trong đó) 5 above its parent `2. Số lượt … tham gia học tập` in column 1 (cell C15)")]
  : []);
// Survey: unit 2 types row A's `Nam` 4 too high over its SUM; unit 5 gives more `chủ nhiệm HTX` than `Hợp tác xã`.
copies(SURVEY, SURVEY_UNITS, "NĂM 2026", 20, (i, inputs) =>
  i === 1 ? [mistakeOver(SURVEY, inputs, "A", 2, 4, "row `A. Tổng số …` typed 4 too high in column 3 `Nam` (cell C10, over its SUM formula)")]
  : i === 4 ? [mistakeOver(SURVEY, inputs, "A.4.CN", 2, 2, "`Trong đó: chủ nhiệm hợp tác xã` 2 above `4. Hợp tác xã` in column 3 (cell C15)")]
  : []);

const work = mkdtempSync(join(tmpdir(), "tonghop-learn-fixtures-"));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const format of FORMATS) {
  const src = join(work, format);
  mkdirSync(src);
  const mine = jobs.filter((j) => j.format === format);
  for (const j of mine) writeFileSync(join(src, j.name.replace(/\.\w+$/, ".fods")), j.text);
  const out = join(work, `${format}-out`);
  execFileSync("soffice", [`-env:UserInstallation=file://${join(tmpdir(), "tonghop-learn-lo-profile")}`, "--headless", "--convert-to", FILTERS[format], "--outdir", out, ...mine.map((j) => join(src, j.name.replace(/\.\w+$/, ".fods")))], { stdio: "ignore", timeout: 600_000 });
  for (const f of readdirSync(out)) renameSync(join(out, f), join(OUT, f));
}
const lines = jobs.map((j) => `| \`${j.name}\` | ${j.note}; written as flat ODS by \`scripts/make-learn-fixtures.ts\`, then \`soffice --convert-to '${FILTERS[j.format]}'\` |`);
writeFileSync(
  join(OUT, "README.md"),
  `# Fixtures for learning a committee's own form (issue 10)

Two forms no template describes: a quarterly *Báo cáo kết quả thực hiện nhiệm vụ* (\`bao-cao-nhiem-vu-quy-*\`) and a
yearly survey *Thống kê đảng viên là chủ doanh nghiệp* (\`khao-sat-dang-vien-chu-doanh-nghiep-*\`). Each is described
in \`scripts/learn/forms.ts\`, laid out by \`scripts/learn/build.ts\` as flat ODS (\`scripts/learn/fods.ts\`: merged cells,
Excel-syntax formulas turned into OpenFormula, bold headings), then converted by LibreOffice (headless, its own
profile), which recalculates the formulas. Figures come from a fixed seed (\`scripts/learn/copies.ts\`) and keep every
relation of the form but the mistakes named below. Rebuild: \`node --import tsx scripts/make-learn-fixtures.ts\`.

| file | how it was made |
|---|---|
${lines.join("\n")}
`,
);
rmSync(work, { recursive: true, force: true });
console.log(`${jobs.length} files in ${OUT}`);
