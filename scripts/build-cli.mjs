// Builds the `tonghop` command to plain JavaScript (npm's `prepare`, so `npm ci` runs it): esbuild
// bundles in build/cli/, the command, its reading worker and the start of its workers, so no TypeScript is transpiled
// when a user runs it (tsx took 0.5 s at every start, and again in every worker). Beside them,
// inputs.json lists the sources they were made from: bin/tonghop.js uses the build only while none
// of those is newer, and falls back to tsx on the sources otherwise (a developer's edit is never
// ignored). Plain .mjs, run by node alone: nothing else has to work before it.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `node scripts/build-cli.mjs [DIR]`: DIR (default build/cli) is for the test that runs a fresh build.
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, "build", "cli");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // An install without dev dependencies: the command still runs, through tsx.
  console.warn("tonghop: esbuild is not installed; the command will run its TypeScript sources through tsx.");
  process.exit(0);
}

const tmp = `${out}.${process.pid}.tmp`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const result = await esbuild.build({
  absWorkingDir: root,
  // prestart: the reading workers, started by bin/tonghop.js before the command loads (prestart.ts).
  entryPoints: { tonghop: "src/cli/entry.ts", "read-worker": "src/cli/readWorkerEntry.ts", prestart: "src/cli/prestart.ts" },
  outdir: tmp,
  outExtension: { ".js": ".mjs" },
  // What the command imports dynamically (the reader, for --previous and template learn) becomes a chunk
  // of its own, so that `tonghop --help` and a consolidation's main thread never load SheetJS.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Commander is CommonJS: its require() calls need a require in an ES module.
  banner: { js: 'import { createRequire as __tonghopRequire } from "node:module"; const require = __tonghopRequire(import.meta.url);' },
  // The code pages of Excel 95 files (470 KB) stay a separate module, loaded from node_modules only
  // when such a file is met, as in the browser bundle.
  external: ["@e965/xlsx/dist/cpexcel.full.mjs"],
  // The bundle knows it is one: boundedRead.ts then starts the built worker, without tsx.
  define: { TONGHOP_BUILT: "true" },
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});
const sources = Object.keys(result.metafile.inputs)
  .filter((p) => !p.includes("node_modules/"))
  .sort();
writeFileSync(join(tmp, "inputs.json"), `${JSON.stringify({ sources: sources.map((p) => relative(root, join(root, p))) }, null, 1)}\n`);
// Swapped in whole, so a command started meanwhile never sees half a build.
rmSync(out, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
renameSync(tmp, out);
