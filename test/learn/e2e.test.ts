/**
 * Issue 10 end to end, on forms no template describes (test/fixtures/learn, made by LibreOffice):
 * `tonghop template learn BLANK` writes a template that loads; `tonghop consolidate --form FORM.json` over the
 * units' filled copies (.xlsx, .xls, .ods) gives `forms[ID].totals` keyed by the learned row codes and printed
 * column numbers, equal to the sums of the figures read straight from each file at the blank's places; the
 * planted mistakes (a total typed wrong, a `Trong đó` above its parent) are caught and nothing else is; the
 * consolidated sheet keeps the blank's wording, and LibreOffice recalculates its formulas to the same totals.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellAt, type Grid } from "../../src/engine/grid";
import { textAt } from "../../src/engine/read/cells";
import { learnForm } from "../../src/engine/forms/learn";
import { parseForm, type FormTemplate } from "../../src/templates/form";
import { gridsOf, hasSoffice } from "../support/files";
import { sha, tmp, tonghop } from "../cli/helpers";

const DIR = "test/fixtures/learn";
const OOXML_CHECK = "/work/shared/tools/ooxml-check/check.sh";

interface Case {
  blank: string;
  prefix: string;
  id: string;
  units: number;
  /** The planted mistakes: rule, file suffix, cell. */
  mistakes: [string, string, string][];
}

const CASES: Case[] = [
  {
    blank: "bao-cao-nhiem-vu-quy-mau.xlsx",
    prefix: "bao-cao-nhiem-vu-quy-",
    id: "DV-02-BC-DU",
    units: 12,
    // Unit 3's total typed 7 too high in column 3 (E18); column 2 (=3+4) in D18 carries it. Unit 7's `Trong đó` row above its parent (C15).
    mistakes: [["SUM_ROWS", "03.ods", "D18"], ["SUM_ROWS", "03.ods", "E18"], ["SUBSET_ROW", "07.xlsx", "C15"]],
  },
  {
    blank: "khao-sat-dang-vien-chu-doanh-nghiep-mau.xls",
    prefix: "khao-sat-dang-vien-chu-doanh-nghiep-",
    id: "DV-01-KS",
    units: 6,
    mistakes: [["SUM_ROWS", "02.xls", "B10"], ["SUM_ROWS", "02.xls", "C10"], ["SUBSET_ROW", "05.xls", "B15"], ["SUBSET_ROW", "05.xls", "C15"]],
  },
];

const unitFiles = (prefix: string) => readdirSync(DIR).filter((f) => f.startsWith(prefix) && !f.includes("-mau.")).sort().map((f) => join(DIR, f));
const gridOf = (path: string): Grid => gridsOf(new Uint8Array(readFileSync(path)), path)[0];

/** The figure a spreadsheet shows in a cell: a number, or none. */
function figure(grid: Grid, r: number, c: number): number | null {
  const v = cellAt(grid, r, c)?.v;
  return typeof v === "number" ? v : null;
}

describe.each(CASES)("learning $blank, then consolidating its units' copies", (k) => {
  const dir = tmp();
  const out = join(dir, "form.json");
  const book = join(dir, "tong-hop.xlsx");
  const blank = join(DIR, k.blank);
  const learned = learnForm(gridOf(blank));
  if (!learned.ok) throw new Error(learned.en);
  let form: FormTemplate;
  let json: { forms: Record<string, { units: number; totals: Record<string, Record<string, number | null>> }>; findings: { rule: string; file: string; cell: string; severity: string }[] };

  it("template learn writes a template that loads, without touching the blank", async () => {
    const before = sha(blank);
    const r = await tonghop("template", "learn", blank, "--out", out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Đã học mẫu");
    expect(sha(blank)).toBe(before);
    const loaded = parseForm(readFileSync(out, "utf8"));
    expect(loaded.ok, loaded.ok ? "" : JSON.stringify(loaded.problems)).toBe(true);
    form = (loaded as { form: FormTemplate }).form;
    expect(form.id).toBe(k.id);
  });

  it("each row's label in the template is the blank's own label, and each column's code its printed number", () => {
    const grid = gridOf(blank);
    for (const row of form.rows) {
      const r = learned.places.rows[row.code];
      const shown = [...Array(grid.colCount).keys()].map((c) => textAt(grid, r, c)).filter(Boolean).join(" ");
      expect(shown.replace(/\s+/g, " "), row.code).toContain(row.label);
    }
    const numberingRow = Math.min(...Object.values(learned.places.rows)) - 1;
    for (const col of form.columns) expect(textAt(grid, numberingRow, learned.places.columns[col.code]).startsWith(col.code), col.code).toBe(true);
  });

  it("consolidate --form FORM.json --json gives forms[ID].totals by learned row code and column number", async () => {
    const files = unitFiles(k.prefix);
    expect(files).toHaveLength(k.units);
    expect(new Set(files.map((f) => f.split(".").pop()))).toEqual(new Set(["xlsx", "xls", "ods"]));
    const r = await tonghop("consolidate", "--form", out, ...files, "--out", book, "--json");
    expect(r.code, r.err).toBe(1); // the planted mistakes are errors
    json = JSON.parse(r.out);
    const c = json.forms[k.id];
    expect(c.units).toBe(k.units);
    const figureRows = form.rows.filter((x) => x.kind !== "heading").map((x) => x.code);
    expect(Object.keys(c.totals).sort()).toEqual([...figureRows].sort());
    const valueColumns = form.columns.filter((x) => x.kind === "value").map((x) => x.code);
    // The sums of what each file shows at the blank's places, read here without the engine's reader.
    const grids = files.map(gridOf);
    let compared = 0;
    for (const row of figureRows) {
      for (const col of valueColumns) {
        const figures = grids.map((g) => figure(g, learned.places.rows[row], learned.places.columns[col])).filter((v): v is number => v !== null);
        const want = figures.length ? figures.reduce((a, b) => a + b, 0) : null;
        expect(c.totals[row][col], `${row}/${col}`).toBe(want);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
    // A ratio column is recomputed from the sums, never added up.
    const ratio = form.columns.find((x) => x.kind === "ratio")!;
    const [num, den] = [...ratio.formula!.matchAll(/col\("([^"]+)"\)/g)].map((m) => m[1]);
    const someRow = figureRows.find((x) => c.totals[x][den])!;
    expect(c.totals[someRow][ratio.code]).toBeCloseTo((c.totals[someRow][num]! * 100) / c.totals[someRow][den]!, 9);
  });

  it("catches the total typed wrong and the `Trong đó` above its parent, and nothing else", () => {
    const errors = json.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.file.replace(/^.*-/, ""), f.cell]);
    expect(errors.sort()).toEqual(k.mistakes.map((m) => [...m]).sort());
    expect(json.findings.filter((f) => f.severity !== "error" && f.rule !== "COVERAGE_NO_ROSTER")).toEqual([]);
  });

  it("the consolidated sheet is laid out like the blank, and the workbook passes the OOXML check", () => {
    const grid = gridsOf(new Uint8Array(readFileSync(book))).find((g) => g.name.startsWith("Biểu"))!;
    const texts = new Set<string>();
    for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) texts.add(textAt(grid, r, c));
    const all = [...texts].join("\n");
    expect(all).toContain(form.title);
    for (const row of form.rows) expect(all, row.code).toContain(row.label);
    for (const col of form.columns) expect(texts.has(col.numbering ?? col.code), col.code).toBe(true);
    if (existsSync(OOXML_CHECK)) {
      const report = execFileSync("bash", [OOXML_CHECK, book], { encoding: "utf8" });
      expect(report).toMatch(/0 error\(s\)/);
    }
  });

  it("template --form FORM.json writes the learned form's blank, which passes the OOXML check and reads back as that form", async () => {
    const blankOut = join(dir, "mau.xlsx");
    const r = await tonghop("template", "--form", out, "--out", blankOut);
    expect(r.code, r.err).toBe(0);
    if (existsSync(OOXML_CHECK)) expect(execFileSync("bash", [OOXML_CHECK, blankOut], { encoding: "utf8" })).toMatch(/0 error\(s\)/);
    const v = await tonghop("validate", "--form", out, blankOut, "--json");
    const files = JSON.parse(v.out).files as { forms?: { form: string; values: Record<string, unknown> }[] }[];
    expect(files[0].forms?.map((f) => f.form)).toEqual([k.id]);
    expect(Object.keys(files[0].forms![0].values).sort()).toEqual(form.rows.filter((x) => x.kind !== "heading").map((x) => x.code).sort());
  });

  it.skipIf(!hasSoffice)("LibreOffice recalculates the consolidated sheet's formulas to the engine's totals", () => {
    const lo = mkdtempSync(join(tmpdir(), "tonghop-learn-lo-"));
    mkdirSync(join(lo, "in"));
    // Cached results removed first: what LibreOffice shows is what it computed.
    writeFileSync(join(lo, "in", "book.xlsx"), stripCachedResults(readFileSync(book)));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(tmpdir(), "tonghop-learn-lo-profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", lo, join(lo, "in", "book.xlsx")], { stdio: "ignore", timeout: 180_000 });
    const grid = gridsOf(new Uint8Array(readFileSync(join(lo, "book.xlsx")))).find((g) => g.name.startsWith("Biểu"))!;
    const at = sheetPlaces(grid, form);
    const totals = json.forms[k.id].totals;
    let compared = 0;
    for (const [row, byColumn] of Object.entries(totals)) {
      for (const [col, want] of Object.entries(byColumn)) {
        const have = cellAt(grid, at.rows.get(row)!, at.cols.get(col)!)?.v ?? null;
        if (want === null) expect(have === null || have === "", `${row}/${col}`).toBe(true);
        else expect(have as number, `${row}/${col}`).toBeCloseTo(want, 9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
  }, 240_000);
});

/** Where each row and column of the form is on its consolidated sheet: rows by label, columns by printed number. */
function sheetPlaces(grid: Grid, form: FormTemplate) {
  const numbering = [...Array(grid.rowCount).keys()].find((r) => form.columns.every((c, i) => textAt(grid, r, i) === (c.numbering ?? c.code)))!;
  const cols = new Map(form.columns.map((c, i) => [c.code, i]));
  const rows = new Map(form.rows.map((row, i) => [row.code, numbering + 1 + i]));
  for (const row of form.rows) expect([...Array(form.columns.length).keys()].map((c) => textAt(grid, rows.get(row.code)!, c)).join(" ")).toContain(row.label);
  return { rows, cols };
}

/** The .xlsx with every formula's cached value removed (`<v>` after `<f>`), rezipped by LibreOffice's own reader. */
function stripCachedResults(bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-learn-strip-"));
  writeFileSync(join(dir, "b.xlsx"), bytes);
  execFileSync("bash", ["-c", `cd ${dir} && mkdir x && cd x && unzip -q ../b.xlsx && for f in xl/worksheets/*.xml; do perl -0pi -e 's#(<f>[^<]*</f>)<v>[^<]*</v>#$1#g; s#(<c [^>]*?) t="str"#$1#g' "$f"; done && rm ../b.xlsx && zip -q -r -X ../b.xlsx .`]);
  return readFileSync(join(dir, "b.xlsx"));
}
