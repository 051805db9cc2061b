/**
 * A fuzz worker: runs the cases of one batch at a time, reporting each as it finishes, then the
 * batch's consolidation. The parent watches the time between reports (see pool.ts): a worker that
 * stops reporting is stuck in a case, and is terminated from outside.
 */
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import type { FileCheck } from "../../src/engine/check";
import { makeCase } from "./cases";
import { loadCorpus } from "./corpus";
import type { OdsLimits } from "./odsParts";
import type { FromWorker, Job } from "./protocol";
import { runBatch, runCase } from "./run";

const { limits } = workerData as { limits: OdsLimits };
const corpus = loadCorpus();
const port = parentPort!;
const send = (m: FromWorker) => port.postMessage(m);

function errorOf(e: unknown): { message: string; stack: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: err.message, stack: err.stack ?? err.message };
}

port.on("message", (job: Job) => {
  const checks: FileCheck[] = [];
  for (let i = job.from; i < job.to; i++) {
    const c = makeCase(corpus, job.seed, i, limits);
    try {
      const res = runCase(c);
      checks.push(res.check);
      send({ type: "case", index: i, ms: res.ms, outcome: res.outcome, problems: res.problems, nonFinite: res.nonFinite, source: c.source, mutation: c.mutation });
    } catch (e) {
      send({ type: "case", index: i, ms: NaN, outcome: "crash", problems: [], nonFinite: false, source: c.source, mutation: c.mutation, error: errorOf(e) });
    }
  }
  send({ type: "consolidating", batch: job.batch });
  try {
    const res = runBatch(checks, job.seed, job.batch);
    send({ type: "batch", batch: job.batch, ms: res.ms, files: checks.length, problem: res.problem });
  } catch (e) {
    send({ type: "batch", batch: job.batch, ms: NaN, files: checks.length, problem: null, error: errorOf(e) });
  }
  const heap = getHeapStatistics();
  send({ type: "idle", heapUsedMB: heap.used_heap_size / 2 ** 20, heapTotalMB: heap.total_heap_size / 2 ** 20 });
});
// Warm up (module loading, JIT) on one unmutated file of each kind, so the first case's time is its own.
for (const kind of [/\.xlsx$/, /\.xls$/, /\.ods$/, /\.csv$/]) {
  const file = corpus.find((f) => kind.test(f.path));
  if (file) runCase({ index: -1, source: file.path, name: file.path.split("/").pop()!, bytes: file.bytes, mutation: "", nodeZlib: false });
}
send({ type: "ready" });
