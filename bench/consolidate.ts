/**
 * `npm run bench [-- N] [-- --samples]`: the command line measured as a user runs it. N files
 * (default 1,000): unit workbooks the bench makes, each a different unit, or with --samples copies
 * of the files it did not make (the LibreOffice-saved samples and report fixtures: .xlsx, .xls, .ods).
 * Then, as whole processes, alternated, three rounds, medians:
 *   SheetJS alone: `node -e` reading every file with XLSX.read, single-threaded, the way a
 *                  programmer would (the floor: parsing and nothing else);
 *   tonghop:       `node bin/tonghop.js consolidate --json --out X.xlsx DIR` (read, validate,
 *                  consolidate, write the workbook and the JSON), built first as `npm ci` builds it.
 * It prints both times, their ratio, each one's peak RSS (the whole process: the CLI's workers are
 * threads in it) and `tonghop --help`'s time. Figures, not assertions; the machine's load is printed
 * beside them, since other work on it shows in every figure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { renderWorkbook } from "../src/xlsx/index";
import { buildIsFresh } from "../bin/fresh.js";
import { reportSheet } from "../test/support/reportSheet";
import { SAMPLE_UNITS } from "../test/support/units";

const OUT = join("bench", ".out");
const DIR = join(OUT, "units");
const ROUNDS = 3;
/** Files nobody made for the bench: saved by LibreOffice (see test/fixtures/reports/README.md). */
const SAMPLE_DIRS = ["examples/units", "test/fixtures/reports"];

function makeUnits(n: number) {
  for (let i = 0; i < n; i++) {
    const base = SAMPLE_UNITS[i % SAMPLE_UNITS.length];
    const unit = { ...base, code: `U${String(i + 1).padStart(4, "0")}`, name: `${base.name} số ${i + 1}` };
    writeFileSync(join(DIR, `${unit.code}.xlsx`), renderWorkbook([reportSheet(unit, { top: i % 3, codeColumn: i % 4 !== 0 })]));
  }
}

function copySamples(n: number) {
  const samples = SAMPLE_DIRS.flatMap((d) => readdirSync(d).filter((f) => /\.(xlsx|xls|ods)$/.test(f)).map((f) => join(d, f)));
  for (let i = 0; i < n; i++) {
    const from = samples[i % samples.length];
    copyFileSync(from, join(DIR, `${String(i + 1).padStart(4, "0")}-${from.split("/").pop()}`));
  }
}

/** SheetJS alone, as a programmer would write it: every file of the folder through XLSX.read. */
const BARE = `const XLSX = require("@e965/xlsx"), fs = require("fs"), path = require("path");
for (const f of fs.readdirSync(process.argv[1])) XLSX.read(fs.readFileSync(path.join(process.argv[1], f)));`;

const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);

interface Run {
  s: number;
  /** Peak RSS of the whole process (MB), when /usr/bin/time is there to say. */
  rssMB: number | null;
  /** CPU time of the whole process, every thread (s): what other work on the machine inflates least. */
  cpu: number | null;
  status: number | null;
}

/** One whole process, its stdout into `stdout`; wall time, peak RSS and exit status. */
function measure(args: string[], stdout: string, stderr: "inherit" | "ignore" = "inherit"): Run {
  const rssFile = join(OUT, "rss.txt");
  const fd = openSync(stdout, "w");
  try {
    const [cmd, argv] = hasTime ? [TIME, ["-f", "%M %U %S", "-o", rssFile, process.execPath, ...args]] : [process.execPath, args];
    const start = performance.now();
    const r = spawnSync(cmd, argv, { stdio: ["ignore", fd, stderr] });
    const s = (performance.now() - start) / 1000;
    const [rss, user, sys] = hasTime ? readFileSync(rssFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number) : [];
    return { s, rssMB: hasTime ? rss / 1024 : null, cpu: hasTime ? user + sys : null, status: r.status };
  } finally {
    closeSync(fd);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const secs = (s: number) => `${s.toFixed(2)} s`;
const cpu = (r: Run[]) => (r[0].cpu === null ? "n/a" : secs(median(r.map((x) => x.cpu ?? 0))));
const mb = (r: Run[]) => (r[0].rssMB === null ? "n/a" : `${Math.max(...r.map((x) => x.rssMB ?? 0)).toFixed(0)} MB`);
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const samples = args.includes("--samples");

// The command as `npm ci` leaves it: built, so bin/tonghop.js runs no TypeScript.
execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
(samples ? copySamples : makeUnits)(n);
console.log(`tonghop bench: ${n} ${samples ? "copies of the samples and report fixtures" : "unit workbooks, each a different unit"} in ${DIR}`);
console.log(`machine: ${availableParallelism()} cores, load average ${load()} (1, 5, 15 min) at the start`);

const xlsx = join(OUT, "tong-hop.xlsx");
const cli = ["bin/tonghop.js", "consolidate", "--json", "--out", xlsx, DIR];
const runs = { bare: [] as Run[], cli: [] as Run[] };
for (let round = 1; round <= ROUNDS; round++) {
  // Alternated, so a burst of other work on the machine falls on both.
  // SheetJS alone says "ODS number format may be incorrect" for some .ods samples: not ours to show.
  const bare = measure(["-e", BARE, DIR], join(OUT, "bare.out"), "ignore");
  const whole = measure(cli, join(OUT, "tong-hop.json"));
  // In a shared working tree a source may change meanwhile: bin/tonghop.js would then have run the
  // sources through tsx, which is not what users run.
  if (!buildIsFresh()) throw new Error("a source changed after the build, so tonghop ran through tsx: run the bench again");
  if (bare.status !== 0) throw new Error(`SheetJS alone exited ${bare.status}`);
  // 1: the samples carry honest mistakes (error findings); 2 or a signal would be a failure.
  if (whole.status !== 0 && whole.status !== 1) throw new Error(`tonghop exited ${whole.status}`);
  const doc = JSON.parse(readFileSync(join(OUT, "tong-hop.json"), "utf8")) as { summary: { files: number }; units: { file: string | null; status: string }[] };
  if (doc.summary.files !== n) throw new Error(`tonghop read ${doc.summary.files} of ${n} files`);
  const unread = doc.units.filter((u) => u.status === "unreadable").length;
  if (!samples && unread) throw new Error(`${unread} unit workbooks were unreadable`);
  runs.bare.push(bare);
  runs.cli.push(whole);
  console.log(`round ${round}: SheetJS alone ${secs(bare.s)}, tonghop ${secs(whole.s)} (ratio ${(whole.s / bare.s).toFixed(2)})`);
}

const help: number[] = [];
for (let i = 0; i < 5; i++) help.push(measure(["bin/tonghop.js", "--help"], join(OUT, "help.out")).s);

const bare = median(runs.bare.map((r) => r.s));
const whole = median(runs.cli.map((r) => r.s));
console.log("");
console.log(`${"".padEnd(48)} ${"median".padStart(8)}   peak RSS   CPU (median)`);
console.log(`${"SheetJS alone (node -e, XLSX.read each file)".padEnd(48)} ${secs(bare).padStart(8)}   ${mb(runs.bare).padStart(8)}   ${cpu(runs.bare)}`);
console.log(`${"tonghop consolidate --json --out X.xlsx DIR".padEnd(48)} ${secs(whole).padStart(8)}   ${mb(runs.cli).padStart(8)}   ${cpu(runs.cli)}`);
console.log(`ratio tonghop / SheetJS alone: ${(whole / bare).toFixed(2)}   (target ≤ 1.0; peak RSS target ≤ 500 MB)`);
console.log(`tonghop --help: ${secs(median(help))} (median of 5; target < 0.2 s)`);
console.log(`load average ${load()} at the end`);
