import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { completionCharts, UNIT_CHART_MAX_INDICATORS, UNIT_CHART_MAX_UNITS } from "../../src/engine/charts";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { readRoster } from "../../src/engine/consolidate/roster";
import { unitFigures } from "../../src/engine/consolidate/totals";
import type { SpecCell } from "../../src/engine/sheetspec";
import { consolidationSheets } from "../../src/engine/sheets/consolidation";
import { BCXDD, allIndicators } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import { unitChecks } from "../support/build";
import { exampleChecks, gridsOf, hasSoffice, ROSTER } from "../support/files";

const roster = readRoster(gridsOf(new Uint8Array(readFileSync(ROSTER)), ROSTER)[0]);
if (!roster.ok) throw new Error("roster");
const sample = consolidate(exampleChecks(), BCXDD, { roster: roster.units });
const dir = mkdtempSync(join(tmpdir(), "charts-e2e-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const numberOf = (cell: SpecCell | null | undefined) => (cell?.t === "number" ? cell.v : null);
const textOf = (cell: SpecCell | null | undefined) => (cell?.t === "text" ? cell.v : null);

describe("Biểu đồ: what the charts show", () => {
  const spec = completionCharts(sample, BCXDD)!;
  const [byIndicator, byUnit] = spec.charts!;
  const rowsOf = (ref: string) => {
    const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref)!;
    return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) - 1 + i);
  };

  it("chart 1: every indicator with a cluster rate, the rate as Tổng hợp caches it (a fraction), beside a column of 1s", () => {
    const expected = allIndicators(BCXDD).filter((i) => sample.totals[i.code].pct !== null);
    const rows = rowsOf(byIndicator.categories);
    expect(rows.map((r) => textOf(spec.rows[r]![0]))).toEqual(expected.map((i) => `${i.stt}. ${i.name}`));
    rows.forEach((r, k) => {
      expect(numberOf(spec.rows[r]![1])).toBeCloseTo(sample.totals[expected[k].code].pct! / 100, 12);
      expect(numberOf(spec.rows[r]![2])).toBe(1);
    });
    // The same figures the Tổng hợp sheet caches in its `Tỷ lệ % KH` column (H).
    const summary = consolidationSheets(sample, BCXDD)[0];
    const cached = new Map(summary.rows.flatMap((row) => (row && textOf(row[1]) && row[7]?.t === "formula" ? [[textOf(row[1])!, row[7].result]] : [])));
    for (const [k, ind] of expected.entries()) expect(cached.get(ind.code)).toBeCloseTo(numberOf(spec.rows[rows[k]]![1])!, 12);
  });

  it("chart 2: units as categories, each unit's own ytd ÷ plan, blank where it has no plan", () => {
    const rows = rowsOf(byUnit.categories);
    expect(rows.map((r) => textOf(spec.rows[r]![0]))).toEqual(sample.used.slice(0, UNIT_CHART_MAX_UNITS).map((u) => u.name));
    const header = spec.rows[rows[0] - 1]!;
    byUnit.series.forEach((s, j) => {
      const ind = allIndicators(BCXDD).find((i) => `${i.stt}. ${i.name}` === s.name)!;
      expect(textOf(header[j + 1])).toBe(s.name);
      rows.forEach((r, k) => {
        const f = unitFigures(sample.used[k].check!.report!, ind.code, sample.period);
        const want = f.plan !== null && f.plan > 0 ? (f.ytd ?? 0) / f.plan : null;
        const got = numberOf(spec.rows[r]![j + 1]);
        if (want === null) expect(got).toBeNull();
        else expect(got).toBeCloseTo(want, 12);
      });
    });
    expect(byUnit.series.length).toBeLessThanOrEqual(UNIT_CHART_MAX_INDICATORS);
  });

  it("caps a large cluster and says so on the sheet; English with lang en; nothing to draw gives no sheet", () => {
    const big = consolidate(unitChecks(40), BCXDD);
    const capped = completionCharts(big, BCXDD)!;
    const unitsRows = capped.charts![1].categories;
    expect(unitsRows).toMatch(/^A\d+:A\d+$/);
    const texts = capped.rows.flatMap((r) => (r ?? []).map(textOf)).filter(Boolean) as string[];
    expect(texts.some((t) => t.startsWith(`Biểu đồ chỉ vẽ ${UNIT_CHART_MAX_UNITS}/40 đơn vị`))).toBe(true);
    const en = completionCharts(big, BCXDD, "en")!;
    expect(en.charts!.map((c) => c.title)).toEqual(["Completion against plan by indicator", "Each unit's completion against plan"]);
    expect(en.name).toBe("Biểu đồ");
    expect(completionCharts(consolidate([], BCXDD), BCXDD)).toBeNull();
  });

  it("the charts lie inside the sheet's used range (so they print with it)", () => {
    const lastRow = spec.rows.length - 1;
    for (const c of spec.charts!) expect(c.anchor.to.row).toBeLessThanOrEqual(lastRow);
    expect(Math.max(...spec.charts!.map((c) => c.anchor.to.col))).toBeLessThanOrEqual(spec.widths!.length);
  });
});

const CHECK = join(process.cwd(), "../shared/tools/ooxml-check/check.sh");
const hasJava = existsSync("/usr/bin/javac") || existsSync("/usr/bin/java");

describe("the consolidated workbook with Biểu đồ at the end", () => {
  const bytes = renderWorkbook([...consolidationSheets(sample, BCXDD), completionCharts(sample, BCXDD)!]);
  const file = join(dir, "tong-hop.xlsx");
  writeFileSync(file, bytes);

  it.skipIf(!existsSync(CHECK) || !hasJava)("passes ooxml-check with 0 errors", () => {
    const out = execFileSync("bash", [CHECK, "--errors-only", file], { encoding: "utf8", timeout: 240_000 });
    expect(out).toMatch(/0 error\(s\).*OK/);
  }, 250_000);

  it.skipIf(!hasSoffice || !existsSync("/usr/bin/pdftotext"))("LibreOffice prints the charts: their titles and axis labels are in the PDF", () => {
    execFileSync("/usr/bin/soffice", ["-env:UserInstallation=file:///tmp/lo-charts-test-profile", "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 180_000, stdio: "pipe" });
    const pdf = execFileSync("pdftotext", [join(dir, "tong-hop.pdf"), "-"], { encoding: "utf8" });
    // The value axis' title exists only in the charts (once each); the section labels above them differ.
    // (LibreOffice repeats a chart's text on each page the chart crosses without a fit-to-width setup.)
    expect(pdf.split("Tỷ lệ hoàn thành kế hoạch (%)").length - 1).toBeGreaterThanOrEqual(2);
    // Axis ticks in whole percent from the chart's own format: the cells all show one decimal (`40.0%`).
    expect(pdf).toMatch(/(^|\s)40%(\s|$)/m);
  }, 200_000);
});
