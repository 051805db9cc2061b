/**
 * `node --import tsx bench/bundle.ts [dist]`: the size of what the task pane downloads, after `npm run build`.
 *   initial: the scripts dist/taskpane.html loads (its <script src> tags, Microsoft's office.js aside);
 *   pages:   the scripts of the other pages (the ribbon's function file, the result dialog);
 *   lazy:    every other .js file: the files worker and split chunks, fetched only when used.
 * Gzip at level 9 stands in for what the web server sends. Target: initial JS ≤ 300 KB gzipped.
 * Figures, not assertions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const INITIAL_TARGET_GZIP = 300 * 1024;

export type BundleKind = "initial" | "page" | "lazy";

export interface BundleFile {
  /** Path relative to the dist folder, with forward slashes. */
  file: string;
  kind: BundleKind;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  initialJsGzip: number;
  initialJsRaw: number;
  lazyJsGzip: number;
  lazyJsRaw: number;
  files: BundleFile[];
}

/** The local scripts an HTML page loads, as paths relative to the dist folder (quoted or, minified, not). */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^([a-z]+:)?\/\//i.test(src))
    .map((src) => src.replace(/[?#].*$/, "").replace(/^\.?\//, ""));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function measureBundle(distDir = "dist"): BundleSizes {
  const taskpane = join(distDir, "taskpane.html");
  if (!existsSync(taskpane)) throw new Error(`${taskpane} not found: run npm run build first`);
  const all = filesUnder(distDir).map((p) => relative(distDir, p).split("\\").join("/"));
  const initial = new Set(scriptsOf(readFileSync(taskpane, "utf8")));
  const pages = new Set(
    all.filter((f) => f.endsWith(".html") && f !== "taskpane.html").flatMap((f) => scriptsOf(readFileSync(join(distDir, f), "utf8"))),
  );
  const files = all
    .filter((f) => f.endsWith(".js"))
    .map((file): BundleFile => {
      const bytes = readFileSync(join(distDir, file));
      const kind: BundleKind = initial.has(file) ? "initial" : pages.has(file) ? "page" : "lazy";
      return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const missing = [...initial].filter((f) => !files.some((x) => x.file === f));
  if (missing.length) throw new Error(`taskpane.html loads ${missing.join(", ")}, which is not in ${distDir}`);
  const sum = (kind: BundleKind, key: "raw" | "gzip") => files.filter((f) => f.kind === kind).reduce((n, f) => n + f[key], 0);
  return {
    initialJsGzip: sum("initial", "gzip"),
    initialJsRaw: sum("initial", "raw"),
    lazyJsGzip: sum("lazy", "gzip"),
    lazyJsRaw: sum("lazy", "raw"),
    files,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main(distDir: string): number {
  if (!existsSync(join(distDir, "taskpane.html"))) {
    console.error(`No ${join(distDir, "taskpane.html")}: run npm run build first.`);
    return 1;
  }
  const sizes = measureBundle(distDir);
  const width = Math.max(...sizes.files.map((f) => f.file.length), 4);
  console.log(`${"file".padEnd(width)}  kind     ${"raw".padStart(10)}  ${"gzip -9".padStart(10)}`);
  for (const f of sizes.files) console.log(`${f.file.padEnd(width)}  ${f.kind.padEnd(7)}  ${kb(f.raw).padStart(10)}  ${kb(f.gzip).padStart(10)}`);
  const verdict = sizes.initialJsGzip <= INITIAL_TARGET_GZIP ? "within" : "OVER";
  console.log(`\ninitial JS (taskpane.html): ${kb(sizes.initialJsGzip)} gzipped (${kb(sizes.initialJsRaw)} raw), ${verdict} the ${kb(INITIAL_TARGET_GZIP)} target`);
  console.log(`lazy JS (worker, split chunks): ${kb(sizes.lazyJsGzip)} gzipped (${kb(sizes.lazyJsRaw)} raw)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv[2] ?? "dist");
}
