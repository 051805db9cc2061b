/**
 * Makes the bundled sample cluster (examples/) and the report fixtures (test/fixtures/reports/):
 * each unit's report is built as the committees make them (test/support/reportSheet.ts), written to
 * .xlsx by our renderer, then opened and re-saved by LibreOffice as .xlsx, .xls (BIFF8) or .ods, so
 * every file is one that real spreadsheet software wrote. Run: `npm run examples` (needs soffice).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderWorkbook } from "../src/xlsx/index";
import { reportSheet, type Layout } from "../test/support/reportSheet";
import { CLUSTER, MISSING_UNIT, SAMPLE_UNITS } from "../test/support/units";

type Format = "xlsx" | "xls" | "ods";
const FILTER: Record<Format, string> = { xlsx: "xlsx:Calc MS Excel 2007 XML", xls: "xls:MS Excel 97", ods: "ods" };

/** One file a unit sends: its layout and the format its software saves. */
const PLAN: { file: string; format: Format; layout: Layout }[] = [
  { file: "01-cap-nuoc", format: "xlsx", layout: {} },
  { file: "02-dien-luc", format: "xlsx", layout: { codeColumn: false, header: "variant" } },
  { file: "03-bhxh", format: "xlsx", layout: { header: "two-row", pct: "text", statedPct: { KT_DV: "25,9%" } } },
  { file: "04-xo-so", format: "xlsx", layout: { metaInline: true, periodInTitle: true, top: 1 } },
  { file: "05-agribank", format: "xls", layout: { statedPct: { KT_TC: "75,5%" } } },
  { file: "06-duoc-pham", format: "xls", layout: { header: "variant", numbering: false, top: 2, left: 1 } },
  { file: "07-moi-truong", format: "xls", layout: { header: "two-row" } },
  { file: "08-quy-dau-tu", format: "ods", layout: { codeColumn: false, reorder: true, blankRows: true } },
  { file: "09-bql-kcn", format: "ods", layout: { pct: "value" } },
  { file: "10-sach-tbth", format: "ods", layout: { numbersAsText: true, pct: "none" } },
];

function soffice(src: string, format: Format, outDir: string) {
  const profile = join(tmpdir(), "tonghop-lo-profile");
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", FILTER[format], "--outdir", outDir, src], {
    stdio: "ignore",
    timeout: 120_000,
  });
}

/** Writes `spec` with our renderer, has LibreOffice re-save it as `format`, and moves it to `dest`. */
function saveVia(spec: Parameters<typeof renderWorkbook>[0], name: string, format: Format, destDir: string) {
  const work = mkdtempSync(join(tmpdir(), "tonghop-ex-"));
  const srcDir = join(work, "src");
  mkdirSync(srcDir);
  const src = join(srcDir, `${name}.xlsx`);
  writeFileSync(src, renderWorkbook(spec));
  soffice(src, format, work);
  renameSync(join(work, `${name}.${format}`), join(destDir, `${name}.${format}`));
  rmSync(work, { recursive: true, force: true });
}

const examples = "examples";
const units = join(examples, "units");
rmSync(units, { recursive: true, force: true });
mkdirSync(units, { recursive: true });

PLAN.forEach((p, i) => {
  saveVia([reportSheet(SAMPLE_UNITS[i], p.layout)], p.file, p.format, units);
  console.log(`${p.file}.${p.format}`);
});

const roster = [...SAMPLE_UNITS, MISSING_UNIT].map((u) => [u.code, u.name, u.type, CLUSTER]);
const csv = [["Mã đơn vị", "Tên đơn vị", "Loại hình", "Cụm"], ...roster].map((r) => r.map((c) => `"${c}"`).join(",")).join("\r\n");
writeFileSync(join(examples, "danh-sach-don-vi.csv"), `\ufeff${csv}\r\n`);

// Fixtures for the reader's tests: the same sample, in formats and layouts the examples do not cover.
const fixtures = join("test", "fixtures", "reports");
rmSync(fixtures, { recursive: true, force: true });
mkdirSync(fixtures, { recursive: true });
const FIXTURES: { file: string; format: Format; unit: number; layout: Layout }[] = [
  { file: "hai-dong-tieu-de", format: "xls", unit: 1, layout: { header: "two-row", codeColumn: false, top: 3 } },
  { file: "hai-dong-tieu-de", format: "ods", unit: 1, layout: { header: "two-row", codeColumn: false, top: 3 } },
  { file: "chu-so-dang-van-ban", format: "xls", unit: 4, layout: { numbersAsText: true, metaInline: true } },
  { file: "nfd-khong-ma", format: "xlsx", unit: 2, layout: { nfd: true, codeColumn: false, reorder: true } },
  { file: "quy-hai", format: "ods", unit: 5, layout: { period: "Quý II/2023" } },
];
for (const f of FIXTURES) {
  saveVia([reportSheet(SAMPLE_UNITS[f.unit], f.layout)], f.file, f.format, fixtures);
  console.log(`${fixtures}/${f.file}.${f.format}`);
}
