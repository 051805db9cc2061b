/**
 * `npm run bench` (after consolidate.ts, on the unit workbooks it made): what looking for every form costs
 * a unit's BC-XDĐ workbook (issue 9: "BC-XDĐ must not get slower"). In one process, on the same files read
 * twice so that neither side meets strings the other already normalised: `checkWorkbook` with BC-XDĐ and
 * every built-in form, against `checkGrids`, BC-XDĐ alone as before the forms. CPU time, alternated, the
 * first two rounds left out (the JIT warms up). A figure, not an assertion.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formSet } from "../src/engine/batch";
import { checkGrids } from "../src/engine/check";
import type { Grid } from "../src/engine/grid";
import { checkWorkbook } from "../src/engine/forms/checkWorkbook";
import { readWorkbook } from "../src/files/index";

const DIR = join("bench", ".out", "units");
const ROUNDS = 10;
const WARM_UP = 2;

const names = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
const per = Math.floor(names.length / ROUNDS);
if (per < 10) throw new Error(`bench/forms.ts needs the unit workbooks of bench/consolidate.ts in ${DIR}`);
const bytes = names.map((n) => new Uint8Array(readFileSync(join(DIR, n))));
const forms = formSet();

function read(i: number): Grid[] {
  const r = readWorkbook(bytes[i], names[i]);
  if (!r.ok) throw new Error(`${names[i]}: ${r.reason.en}`);
  return r.grids;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function time(run: () => void): number {
  const t = cpuMs();
  run();
  return cpuMs() - t;
}

let withForms = 0;
let alone = 0;
for (let round = 0; round < ROUNDS; round++) {
  const files = Array.from({ length: per }, (_, i) => round * per + i);
  const a = files.map(read);
  const b = files.map(read);
  const all = () => a.forEach((g, i) => checkWorkbook(g, names[files[i]], forms));
  const bcxdd = () => b.forEach((g, i) => checkGrids(g, names[files[i]], forms.bcxdd));
  let w: number, c: number;
  if (round % 2) {
    w = time(all);
    c = time(bcxdd);
  } else {
    c = time(bcxdd);
    w = time(all);
  }
  if (round < WARM_UP) continue;
  withForms += w;
  alone += c;
}
const files = per * (ROUNDS - WARM_UP);
console.log("");
console.log(`tonghop bench: checking ${files} BC-XDĐ workbooks (in process, CPU, after reading)`);
console.log(`  BC-XDĐ alone (checkGrids)                      ${alone.toFixed(0).padStart(6)} ms`);
console.log(`  BC-XDĐ and every form (checkWorkbook, ${forms.forms.length} forms) ${withForms.toFixed(0).padStart(6)} ms`);
console.log(`  ratio ${(withForms / alone).toFixed(2)}   (target ≤ 1.0: the forms cost BC-XDĐ nothing)`);
