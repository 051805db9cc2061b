/**
 * `npm run bench` (second part): the add-in's budgets on the fake Excel (test/fakes/excel), which counts
 * syncs and estimates each request's size in UTF-8 bytes as Excel on the web limits it (5 MB). Prints, per
 * operation, the syncs, the largest request and the time on this machine. Figures, not assertions.
 */
import { consolidate, consolidationSheets, formSheet, checkGrids, completionColumn } from "../src/engine";
import { BCXDD } from "../src/templates/bcxdd";
import * as excel from "../src/excel";
import { MAX_CUED_CELLS } from "../src/excel/highlightCue";
import { createFakeExcel } from "../test/fakes/excel";
import { seedFromSpec } from "../test/fakes/excel/specSeed";
import { unitChecks } from "../test/support/build";
import { reportSheet } from "../test/support/reportSheet";
import { SAMPLE_UNITS } from "../test/support/units";

const UNITS = Number(process.argv[2] ?? 500);
const REPORT = reportSheet(SAMPLE_UNITS[0], { statedPct: { KT_DV: "75,5%", KT_TC: "90%" } });

interface Row {
  what: string;
  syncs: number;
  maxRequest: number;
  ms: number;
}

async function measure(what: string, fake: ReturnType<typeof createFakeExcel>, op: () => Promise<unknown>): Promise<Row> {
  fake.stats.reset();
  const t0 = performance.now();
  await op();
  return { what, syncs: fake.stats.syncs, maxRequest: fake.stats.maxRequestBytes, ms: performance.now() - t0 };
}

async function main() {
  const fake = createFakeExcel({ sheets: [{ ...seedFromSpec(REPORT, "Báo cáo"), active: true }] });
  fake.install();
  const rows: Row[] = [];
  let grid = await excel.readActiveSheet();
  rows.push(await measure("read the active sheet", fake, async () => (grid = await excel.readActiveSheet())));
  const findings = checkGrids([grid], grid.name, BCXDD).findings.filter((f) => f.cell);
  const targets = findings.map((f) => ({ sheet: f.sheet!, cell: f.cell!, severity: f.severity }));
  rows.push(await measure(`highlight ${targets.length} findings`, fake, () => excel.highlightCells(targets)));
  rows.push(await measure("clear the highlight", fake, () => excel.clearHighlights()));
  // The worst case the border cue allows: 12 commands a cell each way.
  const many = Array.from({ length: MAX_CUED_CELLS }, (_, i) => ({ sheet: grid.name, cell: `Z${i + 1}`, severity: "warning" as const }));
  rows.push(await measure(`highlight ${MAX_CUED_CELLS} cells (the border cue's cap)`, fake, () => excel.highlightCells(many)));
  rows.push(await measure(`clear ${MAX_CUED_CELLS} highlighted cells`, fake, () => excel.clearHighlights()));
  rows.push(await measure("select a finding's cell", fake, () => excel.selectCell(targets[0].sheet, targets[0].cell)));
  const column = completionColumn(checkGrids([grid], grid.name, BCXDD).report!, grid);
  rows.push(await measure(`write ${column.cells.length} rate formulas`, fake, () => excel.writeFormulas(column.sheet, column.cells)));
  rows.push(await measure("insert the blank form", fake, () => excel.insertSheet(formSheet(BCXDD))));
  const specs = consolidationSheets(consolidate(unitChecks(UNITS), BCXDD), BCXDD);
  const cells = specs.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  rows.push(await measure(`consolidate ${UNITS} units (${cells.toLocaleString("en")} cells) + pivot`, fake, () => excel.writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" })));
  rows.push(await measure(`the same again (replaces own sheets)`, fake, () => excel.writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" })));

  console.log(`\ntonghop bench: the add-in on the fake Excel (request limit 5 MB; our own cap ${(excel.REQUEST_LIMIT / 1024 / 1024).toFixed(1)} MB)`);
  console.log(`${"operation".padEnd(58)} syncs  largest request      time`);
  for (const r of rows) {
    console.log(`${r.what.padEnd(58)} ${String(r.syncs).padStart(5)}  ${((r.maxRequest / 1024).toFixed(1) + " KB").padStart(15)}  ${(r.ms.toFixed(0) + " ms").padStart(8)}`);
  }
  console.log("targets: read ≤ 2 syncs; a 500-unit consolidation ≤ 6 syncs; no request over 4 MB");
}

await main();
