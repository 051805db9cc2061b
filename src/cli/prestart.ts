/**
 * Reading workers started before the command has loaded. A worker takes about 0.2 s to load the
 * reader and the engine, and the command about as long to load and list its inputs: started by
 * bin/tonghop.js first thing, the workers load while the command does, and boundedRead.ts takes
 * them as its own (takeSpareWorker) instead of starting new ones then. This module is kept small
 * (no engine, no reader) so that loading it costs nothing; the numbers of workers and their memory
 * bounds live here because both sides need them.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";

/**
 * Each worker's V8 old generation (MB). The 1.9 million text cells of boundedRead.ts's largest file
 * peak near 1 GB of process RSS and read within it; what fills more is refused as using too much memory.
 */
export const READ_MAX_OLD_GENERATION_MB = 1024;
/** Each worker's V8 young generation (MB): V8's own default here, written down as a bound. */
export const READ_MAX_YOUNG_GENERATION_MB = 48;
/** Below this many files a second worker costs more to start (about 0.1 s of a core) than it saves. */
const PARALLEL_FROM = 20;
/**
 * Never more workers than this: each holds SheetJS and a file's workbook (about 50 MB), and past a
 * few the main thread's own work (consolidating, writing the .xlsx) is what the batch waits for.
 */
const MAX_WORKERS = 4;

/**
 * Workers for a batch of `jobs` files: one for a few files, else one per core (up to MAX_WORKERS).
 * Reading is nearly all of a batch's time, so on this 2-core machine two workers read 1,000 files in
 * about 0.55 of the time one takes (README, Benchmark).
 */
export function defaultReadWorkers(jobs: number): number {
  return jobs >= PARALLEL_FROM ? Math.max(1, Math.min(MAX_WORKERS, availableParallelism())) : 1;
}

/**
 * Where a worker's old generation starts its first full collection (MB). V8 grows a heap after each
 * full collection by a factor it takes from the heap's bound: about 1.6 for a 1,024 MB bound. A
 * reading worker keeps about 10 MB alive, so it ran a full collection every 8 files or so (with the
 * concurrent marking they start, about a fifth of a batch's CPU time). Starting at 64 MB takes that
 * to one or two, and leaves the bound where it is.
 */
const INITIAL_OLD_GENERATION_MB = 64;

let heapFlagsSet = false;
/**
 * V8 reads its heap flags when an isolate is made, and they are process-wide: set once, before the
 * first worker starts, this one applies to every worker and leaves the main isolate (already made) as it is.
 */
export function setWorkerHeapFlags(): void {
  if (heapFlagsSet) return;
  heapFlagsSet = true;
  setFlagsFromString(`--initial-old-space-size=${INITIAL_OLD_GENERATION_MB}`);
}

/**
 * V8's optimising compiler tuned for a command that lives a few seconds. Measured on 1,000 units
 * (`npm run bench`), TurboFan's compiling was a third of the process's CPU time: every worker
 * optimises the same reader and engine afresh, with V8's defaults made for long-lived pages. Here a
 * function must run four times as long before it is optimised (`--interrupt-budget`, default 66 KB
 * of bytecode), and fewer callees are inlined into it (`--max-inlined-bytecode-size-cumulative`,
 * default 920): the whole process used 4.2 s of CPU instead of 4.7 s, and finished 0.2 s sooner. Only
 * how eagerly code is optimised changes, never what it does. Set before the workers start (V8's flags
 * are process-wide and read as each function is compiled), so it applies to them and to the command.
 */
export function tuneCompilerForBatch(): void {
  // Measured on Node 20's V8 (11.x). A later V8 tiers up differently (Maglev) and may have renamed a
  // flag, which V8 would then report on stderr at every run: it keeps its defaults.
  if (!process.versions.v8.startsWith("11.")) return;
  setFlagsFromString("--interrupt-budget=270336");
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=150");
}

/** A worker started ahead: whether it has said "ready", or died before anyone took it. */
export interface SpareWorker {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Takes off the listeners that tracked it until it was taken. */
  release(): void;
}

const spares: SpareWorker[] = [];

/** A worker started with the pool's default bounds, not yet keeping the process alive (unref). */
function startSpare(entry: URL): SpareWorker {
  const worker = new Worker(entry, {
    resourceLimits: { maxOldGenerationSizeMb: READ_MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: READ_MAX_YOUNG_GENERATION_MB },
    execArgv: [],
  });
  const spare: SpareWorker = { worker, ready: false, dead: false, release: () => {} };
  const onMessage = (m: { type?: string }) => void (m?.type === "ready" && (spare.ready = true));
  const onEnd = () => void (spare.dead = true);
  worker.on("message", onMessage).on("error", onEnd).on("exit", onEnd);
  // A command that ends without reading (a usage error, --help) exits without waiting for it. After
  // the listeners: adding a "message" listener refs the worker again.
  worker.unref();
  spare.release = () => void worker.off("message", onMessage).off("error", onEnd).off("exit", onEnd);
  return spare;
}

/**
 * Options of `consolidate` and `validate` that take a value: the word after them is not an input.
 * Written here, not taken from main.ts, so that this module loads nothing; test/cli/build.test.ts
 * holds it to the commands' own options.
 */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  "--committee", "--parent", "--place", "--signer", "--on-behalf", "--roster", "--out", "--report", "--form", "--previous", "--lang",
]);

/** How many files `args` name, roughly (a folder's entries, unfiltered): enough to choose how many workers. */
function inputCount(args: string[]): number {
  let n = 0;
  for (let i = 0; i < args.length; i++) {
    if (VALUE_OPTIONS.has(args[i])) i++;
    else if (!args[i].startsWith("-")) {
      try {
        n += statSync(args[i]).isDirectory() ? readdirSync(args[i]).length : 1;
      } catch {
        n += 1;
      }
    }
  }
  return n;
}

/**
 * Starts the reading workers `argv` (the command line, after `node tonghop`) will want: none unless
 * it consolidates or validates files. `entry` is the built worker (build/cli/read-worker.mjs).
 */
export function prestartReadWorkers(entry: URL, argv: string[]): void {
  const [command, ...args] = argv;
  if ((command !== "consolidate" && command !== "validate") || args.includes("--help") || args.includes("-h")) return;
  const inputs = inputCount(args);
  if (inputs === 0) return; // a usage error to come
  setWorkerHeapFlags();
  for (let i = 0; i < defaultReadWorkers(inputs); i++) spares.push(startSpare(entry));
}

/** A worker started ahead and still alive, now the caller's to keep (ref'd again); undefined when none is left. */
export function takeSpareWorker(): SpareWorker | undefined {
  for (let spare = spares.shift(); spare; spare = spares.shift()) {
    spare.release();
    if (!spare.dead) {
      spare.worker.ref();
      return spare;
    }
  }
  return undefined;
}

/** Ends the workers started ahead that nobody took (the batch needed fewer). */
export function dropSpareWorkers(): void {
  for (const spare of spares.splice(0)) {
    spare.release();
    void spare.worker.terminate().catch(() => {});
  }
}
