/**
 * The fuzz run: batches of cases spread over a pool of worker threads, with a watchdog. A worker
 * silent for longer than the timeout is stuck in a case (a hang): it is terminated, the case is
 * recorded, and a fresh worker takes the rest of its batch. A worker that dies (an uncaught error,
 * out of memory) is handled the same way.
 */
import { Worker } from "node:worker_threads";
import { describeCase } from "./cases";
import type { OdsLimits } from "./odsParts";
import type { FromWorker, Job } from "./protocol";

export interface FuzzOptions {
  seed: number;
  cases: number;
  workers: number;
  /** Silence longer than this is a hang (ms). */
  timeoutMs: number;
  /** Cases per consolidation. */
  batchSize: number;
  /** A case slower than this is listed as slow (ms). */
  slowMs: number;
  limits: OdsLimits;
  /** Called now and then with the number of cases finished. */
  onProgress?: (done: number) => void;
}

export type FailureKind = "crash" | "hang" | "out_of_memory" | "bad_result";

export interface Failure {
  kind: FailureKind;
  /** The case, or null when the batch's consolidation failed. */
  index: number | null;
  batch: number;
  description: string;
  stack?: string;
}

export interface Timed {
  index: number;
  ms: number;
  description: string;
}

export interface FuzzSummary {
  casesRun: number;
  failures: Failure[];
  slow: Timed[];
  slowest: Timed | null;
  batches: number;
  slowestBatch: { batch: number; ms: number } | null;
  /** Cases by what the reader made of them. */
  outcomes: Record<string, number>;
  /** Outcomes by mutation family (`zip`, `bytes`, `csv`). */
  families: Record<string, Record<string, number>>;
  nonFiniteCases: number[];
  wallMs: number;
  /** Sampled RSS of the whole process (the workers are threads of it), and the kernel's peak. */
  peakRssMB: number;
  maxRssMB: number;
  peakWorkerHeapMB: number;
  workerRestarts: number;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** The case the worker is on: the one after the last it reported. */
  next: number;
  phase: "cases" | "consolidating";
  lastActivity: number;
  /** Set once this worker has been given up on, so its later events are ignored. */
  dead: boolean;
  ready: boolean;
}

export const CONSOLIDATION_FACTOR = 4;

/** Loading tsx, the engine and SheetJS in a fresh worker takes about a second here. */
const STARTUP_MS = 60_000;

export function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const queue: Job[] = [];
  for (let from = 0, batch = 0; from < o.cases; from += o.batchSize, batch++) queue.push({ seed: o.seed, batch, from, to: Math.min(o.cases, from + o.batchSize) });
  const s: FuzzSummary = {
    casesRun: 0,
    failures: [],
    slow: [],
    slowest: null,
    batches: 0,
    slowestBatch: null,
    outcomes: {},
    families: {},
    nonFiniteCases: [],
    wallMs: 0,
    peakRssMB: 0,
    maxRssMB: 0,
    peakWorkerHeapMB: 0,
    workerRestarts: 0,
  };
  const slots: Slot[] = [];
  let lastProgress = 0;
  let finished = false;

  return new Promise((resolve, reject) => {
    const sampleRss = () => (s.peakRssMB = Math.max(s.peakRssMB, process.memoryUsage.rss() / 2 ** 20));
    const rssTimer = setInterval(sampleRss, 200);

    const finishIfDone = () => {
      if (finished || queue.length || slots.some((x) => x.job)) return;
      finished = true;
      clearInterval(rssTimer);
      clearInterval(watchdog);
      sampleRss();
      s.maxRssMB = process.resourceUsage().maxRSS / 1024;
      s.wallMs = performance.now() - started;
      s.slow.sort((a, b) => b.ms - a.ms);
      s.failures.sort((a, b) => (a.index ?? a.batch) - (b.index ?? b.batch));
      Promise.all(slots.map((x) => x.worker.terminate())).then(() => resolve(s));
    };

    const dispatch = (slot: Slot) => {
      const job = queue.shift();
      slot.job = job ?? null;
      if (!job) return finishIfDone();
      slot.next = job.from;
      slot.phase = "cases";
      slot.lastActivity = performance.now();
      slot.worker.postMessage(job);
    };

    const count = (key: string, family: string) => {
      s.outcomes[key] = (s.outcomes[key] ?? 0) + 1;
      const f = (s.families[family] ??= {});
      f[key] = (f[key] ?? 0) + 1;
    };

    const onMessage = (slot: Slot, m: FromWorker) => {
      if (slot.dead) return;
      slot.lastActivity = performance.now();
      switch (m.type) {
        case "ready":
          slot.ready = true;
          return dispatch(slot);
        case "case": {
          slot.next = m.index + 1;
          s.casesRun++;
          const description = describeCase({ index: m.index, source: m.source, mutation: m.mutation });
          count(m.outcome, /^\w+/.exec(m.mutation)?.[0] ?? "original");
          const batch = slot.job!.batch;
          if (m.error) s.failures.push({ kind: "crash", index: m.index, batch, description, stack: m.error.stack });
          else {
            if (m.problems.length) s.failures.push({ kind: "bad_result", index: m.index, batch, description, stack: m.problems.join("\n") });
            if (m.nonFinite) s.nonFiniteCases.push(m.index);
            const timed = { index: m.index, ms: m.ms, description };
            if (!s.slowest || m.ms > s.slowest.ms) s.slowest = timed;
            if (m.ms > o.slowMs) s.slow.push(timed);
          }
          if (o.onProgress && s.casesRun - lastProgress >= Math.max(1, Math.floor(o.cases / 10))) {
            lastProgress = s.casesRun;
            o.onProgress(s.casesRun);
          }
          return;
        }
        case "consolidating":
          slot.phase = "consolidating";
          return;
        case "batch":
          s.batches++;
          if (m.error) s.failures.push({ kind: "crash", index: null, batch: m.batch, description: `consolidation of batch ${m.batch} (${m.files} files)`, stack: m.error.stack });
          else if (m.problem) s.failures.push({ kind: "bad_result", index: null, batch: m.batch, description: `consolidation of batch ${m.batch}: ${m.problem}` });
          if (!Number.isNaN(m.ms) && (!s.slowestBatch || m.ms > s.slowestBatch.ms)) s.slowestBatch = { batch: m.batch, ms: m.ms };
          return;
        case "idle":
          s.peakWorkerHeapMB = Math.max(s.peakWorkerHeapMB, m.heapTotalMB);
          return dispatch(slot);
      }
    };

    /** Gives up on a worker: records what it was doing, requeues the rest of its batch, starts another. */
    const abandon = (slot: Slot, kind: FailureKind, why: string, stack?: string) => {
      if (slot.dead || finished) return;
      slot.dead = true;
      if (!slot.ready) {
        // A worker that cannot even start would be restarted forever: stop the run instead.
        finished = true;
        clearInterval(rssTimer);
        clearInterval(watchdog);
        for (const x of slots) x.worker.terminate().catch(() => {});
        reject(new Error(`a fuzz worker failed to start: ${why}\n${stack ?? ""}`));
        return;
      }
      const job = slot.job;
      if (job) {
        const inCases = slot.phase === "cases" && slot.next < job.to;
        if (inCases) {
          s.casesRun++;
          count(kind, "?");
          s.failures.push({ kind, index: slot.next, batch: job.batch, description: `#${slot.next} (${why})`, stack });
          // The rest of the batch goes to a fresh worker, consolidated without the lost case.
          if (slot.next + 1 < job.to) queue.unshift({ ...job, from: slot.next + 1 });
        } else {
          s.failures.push({ kind, index: null, batch: job.batch, description: `consolidation of batch ${job.batch} (${why})`, stack });
        }
      }
      slot.worker.terminate().catch(() => {});
      s.workerRestarts++;
      const i = slots.indexOf(slot);
      slots[i] = spawn();
    };

    const spawn = (): Slot => {
      const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), {
        workerData: { limits: o.limits },
        // A worker out of memory dies alone, reported as such, instead of taking the run down.
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
        stdout: true,
        stderr: true,
      });
      // SheetJS and friends may print; the summary is what matters. Drain the streams.
      worker.stdout.resume();
      worker.stderr.resume();
      const slot: Slot = { worker, job: null, next: 0, phase: "cases", lastActivity: performance.now(), dead: false, ready: false };
      worker.on("message", (m: FromWorker) => onMessage(slot, m));
      worker.on("error", (e: Error & { code?: string }) => {
        const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY";
        abandon(slot, oom ? "out_of_memory" : "crash", oom ? "worker out of memory" : `worker error: ${e.message}`, e.stack);
        finishIfDone();
      });
      worker.on("exit", (code) => {
        if (!slot.dead && slot.job) {
          abandon(slot, "crash", `worker exited with code ${code}`);
          finishIfDone();
        }
      });
      return slot;
    };

    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const slot of [...slots]) {
        // A batch's consolidation does 25 files' work (and reads its output back): it gets longer.
        const limit = slot.phase === "consolidating" ? CONSOLIDATION_FACTOR * o.timeoutMs : o.timeoutMs;
        if (slot.job && !slot.dead && now - slot.lastActivity > limit) {
          abandon(slot, "hang", `no answer within ${limit} ms`);
        } else if (!slot.ready && !slot.dead && now - slot.lastActivity > STARTUP_MS) {
          abandon(slot, "crash", `not ready after ${STARTUP_MS} ms`);
        }
      }
      finishIfDone();
    }, 100);

    for (let i = 0; i < Math.max(1, o.workers); i++) slots.push(spawn());
  });
}
