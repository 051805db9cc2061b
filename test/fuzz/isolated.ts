/**
 * Runs checkFileBytes on one input in a worker thread with a memory cap and a time limit, so that
 * an input that hangs or exhausts memory fails a test instead of taking the test process down.
 */
import { Worker } from "node:worker_threads";

export type IsolatedResult =
  | { state: "done"; ms: number; unreadable: boolean; message: string }
  | { state: "timeout"; ms: number }
  | { state: "out_of_memory"; ms: number }
  | { state: "error"; ms: number; message: string };

const CHECK_FILE = new URL("../../src/files/checkFile.ts", import.meta.url).href;
const TEMPLATE = new URL("../../src/templates/bcxdd.ts", import.meta.url).href;

// A CommonJS eval worker: registers tsx (so the TypeScript sources load), loads the reader, then
// reports "ready" and times the one call it is given.
const SOURCE = `
const { parentPort } = require("node:worker_threads");
import("tsx/esm/api")
  .then(({ register }) => { register(); return Promise.all([import(${JSON.stringify(CHECK_FILE)}), import(${JSON.stringify(TEMPLATE)})]); })
  .then(([{ checkFileBytes }, { BCXDD }]) => {
    parentPort.once("message", ({ bytes, name }) => {
      const start = performance.now();
      const check = checkFileBytes(bytes, name, BCXDD);
      parentPort.postMessage({ ms: performance.now() - start, unreadable: check.unreadable, message: check.unreadable ? check.findings[0].message.en : "" });
    });
    parentPort.postMessage("ready");
  });
`;

/** `limitMs` counts from when the reader is loaded, not from the worker's start. */
export function checkIsolated(bytes: Uint8Array, name: string, limitMs: number, heapMb = 512): Promise<IsolatedResult> {
  return new Promise((resolve) => {
    const worker = new Worker(SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    let start = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: IsolatedResult) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on("error", () => {});
      void worker.terminate();
      resolve(r);
    };
    worker.on("message", (m: "ready" | { ms: number; unreadable: boolean; message: string }) => {
      if (m === "ready") {
        start = performance.now();
        timer = setTimeout(() => finish({ state: "timeout", ms: performance.now() - start }), limitMs);
        worker.postMessage({ bytes, name });
      } else finish({ state: "done", ...m });
    });
    worker.on("error", (e: Error & { code?: string }) => {
      const ms = start ? performance.now() - start : 0;
      finish(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? { state: "out_of_memory", ms } : { state: "error", ms, message: e.message });
    });
  });
}
