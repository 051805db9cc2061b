/**
 * Makes the second sample set, the official statistical forms (examples/bieu-thong-ke/), and the form
 * fixtures (test/fixtures/forms/): each workbook is built as units make them (scripts/forms/), written to
 * .xlsx by our renderer, then opened and saved by LibreOffice as .xlsx, .xls, .ods or .csv. The figures come
 * from a fixed seed and are checked against every relation of the templates before anything is written, so
 * the only broken relations are the documented mistakes. Run: `npm run examples:forms` (needs soffice);
 * `-- --only examples` or `-- --only fixtures` makes one of the two.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { breachKey, checkSet } from "./forms/check";
import { fixtureJobs, fixtureReadme, fixtures, FIXTURE_DIR } from "./forms/fixtures";
import { readme } from "./forms/readme";
import { rosterSheet } from "./forms/roster";
import { checkWorkbook, expectedBreaches, sampleWorkbooks } from "./forms/sample";
import { saveAll, type Job } from "./forms/save";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const jobs: Job[] = [];
/** Writes done once every workbook has been converted (see saveAll). */
const writes: (() => void)[] = [];

if (only !== "fixtures") {
  const dir = join("examples", "bieu-thong-ke");
  const books = sampleWorkbooks();
  // The sample must break exactly its documented relations: stop before writing anything otherwise.
  for (const b of books) {
    const shown = Object.fromEntries(Object.entries(b.forms).map(([id, s]) => [id, s.shown]));
    const got = checkWorkbook(shown).map(breachKey).sort();
    const want = expectedBreaches(b.mistakes).map(breachKey).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${b.unit.file}: breaks ${JSON.stringify(got)}, documented ${JSON.stringify(want)}`);
  }
  for (const b of books) jobs.push({ name: b.unit.file, target: b.unit.format, sheets: b.sheets, dest: join(dir, "units") });
  jobs.push({ name: "danh-sach-don-vi", target: "xlsx", sheets: [rosterSheet()], dest: dir });
  writes.push(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "units"), { recursive: true });
    writeFileSync(join(dir, "README.md"), readme(books));
  });
}

if (only !== "examples") {
  const list = fixtures();
  for (const f of list) {
    const shown = Object.fromEntries(Object.entries(f.forms).map(([id, s]) => [id, s.shown]));
    const got = checkSet(shown, f.periods).map(breachKey);
    if (got.length) throw new Error(`fixture ${f.file}.${f.target} breaks ${JSON.stringify(got)}`);
  }
  jobs.push(...fixtureJobs(list));
  writes.push(() => {
    rmSync(FIXTURE_DIR, { recursive: true, force: true });
    mkdirSync(FIXTURE_DIR, { recursive: true });
    writeFileSync(join(FIXTURE_DIR, "README.md"), fixtureReadme(list));
  });
}

for (const file of saveAll(jobs, () => writes.forEach((w) => w()))) console.log(file);
