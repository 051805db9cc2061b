/**
 * `npm run bench [-- N]`: makes N unit workbooks (default 1,000), then measures, each in a fresh child
 * process so that its peak memory is its own:
 *   floor: SheetJS alone reading every file (bytes from disk → XLSX.read, exactly as our reader calls it);
 *   full:  the whole `consolidate`, as the CLI does it (read, validate, consolidate, write the .xlsx).
 * It prints both times, their ratio and each phase's peak RSS. Figures, not assertions.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { checkFileBytes } from "../src/files/checkFile";
import { BASE_OPTIONS } from "../src/files/sheetjs";
import { consolidate } from "../src/engine/consolidate/consolidate";
import { consolidationSheets } from "../src/engine/sheets/consolidation";
import { BCXDD } from "../src/templates/bcxdd";
import { renderWorkbook } from "../src/xlsx/index";
import { nodeDeflate, nodeReadOptions } from "../src/cli/zlib";
import { reportSheet } from "../test/support/reportSheet";
import { SAMPLE_UNITS } from "../test/support/units";

const DIR = join("bench", ".out", "units");

function makeUnits(n: number) {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (let i = 0; i < n; i++) {
    const base = SAMPLE_UNITS[i % SAMPLE_UNITS.length];
    const unit = { ...base, code: `U${String(i + 1).padStart(4, "0")}`, name: `${base.name} số ${i + 1}` };
    writeFileSync(join(DIR, `${unit.code}.xlsx`), renderWorkbook([reportSheet(unit, { top: i % 3, codeColumn: i % 4 !== 0 })]));
  }
}

const files = () => readdirSync(DIR).sort().map((f) => join(DIR, f));

/** SheetJS exactly as our reader calls it (same options, bytes as a Uint8Array), and nothing else. */
function floor() {
  for (const f of files()) XLSX.read(new Uint8Array(readFileSync(f)), { ...BASE_OPTIONS, type: "array" });
}

function full() {
  const checks = files().map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f, BCXDD, statSync(f).mtimeMs, undefined, nodeReadOptions));
  const result = consolidate(checks, BCXDD);
  const bytes = renderWorkbook(consolidationSheets(result, BCXDD), { compress: nodeDeflate });
  writeFileSync(join("bench", ".out", "tong-hop.xlsx"), bytes);
  if (result.used.length !== checks.length) throw new Error(`only ${result.used.length} of ${checks.length} units were used`);
}

/** Runs one phase in this process and prints `{ms, rssMB}` for the parent. */
function phase(name: string) {
  const start = performance.now();
  (name === "floor" ? floor : full)();
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
}

function child(name: string): { ms: number; rssMB: number } {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/consolidate.ts", "--phase", name], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

const args = process.argv.slice(2);
if (args[0] === "--phase") phase(args[1]);
else {
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  const t0 = performance.now();
  makeUnits(n);
  console.log(`tonghop bench: ${n} unit workbooks made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Two rounds, alternating, keeping each phase's best time: the machine has other work too.
  const runs = { floor: [] as { ms: number; rssMB: number }[], full: [] as { ms: number; rssMB: number }[] };
  for (let round = 0; round < 2; round++) {
    runs.floor.push(child("floor"));
    runs.full.push(child("full"));
  }
  const best = (r: { ms: number; rssMB: number }[]) => r.reduce((a, b) => (b.ms < a.ms ? b : a));
  const f = best(runs.floor);
  const c = best(runs.full);
  const rows = [
    ["SheetJS alone (floor)", `${(f.ms / 1000).toFixed(2)} s`, `${f.rssMB.toFixed(0)} MB`],
    ["consolidate (read, validate, write)", `${(c.ms / 1000).toFixed(2)} s`, `${c.rssMB.toFixed(0)} MB`],
  ];
  for (const [what, time, rss] of rows) console.log(`${what.padEnd(38)} ${time.padStart(9)}   peak RSS ${rss.padStart(7)}`);
  console.log(`ratio consolidate / floor: ${(c.ms / f.ms).toFixed(2)}   (target ≤ 1.30; peak RSS target ≤ 500 MB)`);
  console.log(`per file: floor ${(f.ms / n).toFixed(2)} ms, consolidate ${(c.ms / n).toFixed(2)} ms`);
}
