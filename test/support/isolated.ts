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
const SHEETJS = new URL("../../src/files/sheetjs.ts", import.meta.url).href;

// A CommonJS eval worker: registers tsx (so the TypeScript sources load), loads the reader, then
// reports "ready" and times the one call it is given.
const CHECK_SOURCE = `
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

// SheetJS alone (our parseWorkbook, none of the checks before it), with Node's Buffer hidden so that
// SheetJS takes the paths it takes in a browser (it slices Buffers where a browser loops).
const SHEETJS_SOURCE = `
const { parentPort } = require("node:worker_threads");
import("tsx/esm/api")
  .then(({ register }) => { register(); globalThis.Buffer = undefined; return import(${JSON.stringify(SHEETJS)}); })
  .then(({ parseWorkbook }) => {
    parentPort.once("message", ({ bytes }) => {
      const start = performance.now();
      const wb = parseWorkbook(bytes);
      const failed = "failure" in wb;
      parentPort.postMessage({ ms: performance.now() - start, unreadable: failed, message: failed ? wb.reason.en : "" });
    });
    parentPort.postMessage("ready");
  });
`;

/** `limitMs` counts from when the reader is loaded, not from the worker's start. */
export const checkIsolated = (bytes: Uint8Array, name: string, limitMs: number, heapMb = 512) => runIsolated(CHECK_SOURCE, bytes, name, limitMs, heapMb);

/** SheetJS on its own, as in a browser: what the checks before it protect from. */
export const sheetjsIsolated = (bytes: Uint8Array, limitMs: number, heapMb = 512) => runIsolated(SHEETJS_SOURCE, bytes, "", limitMs, heapMb);

function runIsolated(source: string, bytes: Uint8Array, name: string, limitMs: number, heapMb: number): Promise<IsolatedResult> {
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: true, stderr: true });
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
