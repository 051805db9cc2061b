/**
 * Runs checkFileBytes (or SheetJS alone) on one input in a worker thread with a memory cap and a time limit, so that
 * an input that hangs or exhausts memory fails a test instead of taking the test process down.
 */
import { Worker } from "node:worker_threads";
import { expect } from "vitest";

export type IsolatedResult =
  | { state: "done"; ms: number; unreadable: boolean; message: string }
  | { state: "timeout"; ms: number }
  | { state: "out_of_memory"; ms: number }
  | { state: "error"; ms: number; message: string };

const CHECK_FILE = new URL("../../src/files/checkFile.ts", import.meta.url).href;
const TEMPLATE = new URL("../../src/templates/bcxdd.ts", import.meta.url).href;
const SHEETJS = new URL("../../src/files/sheetjs.ts", import.meta.url).href;

/**
 * A CommonJS eval worker: registers tsx (so the TypeScript sources load), runs `setup`, loads `modules`,
 * reports "ready", then times `call` on the one message it gets. `call` is the body of a function of
 * `(modules, { bytes, name })` returning `{ unreadable, message }`.
 */
const workerSource = (setup: string, modules: string[], call: string) => `
const { parentPort } = require("node:worker_threads");
import("tsx/esm/api")
  .then(({ register }) => { register(); ${setup}; return Promise.all(${JSON.stringify(modules)}.map((m) => import(m))); })
  .then((modules) => {
    const call = (modules, { bytes, name }) => { ${call} };
    parentPort.once("message", (input) => {
      const start = performance.now();
      const r = call(modules, input);
      parentPort.postMessage({ ms: performance.now() - start, ...r });
    });
    parentPort.postMessage("ready");
  });
`;

/** The reader as the doors call it. */
const CHECK_SOURCE = workerSource("", [CHECK_FILE, TEMPLATE], `
  const check = modules[0].checkFileBytes(bytes, name, modules[1].BCXDD);
  return { unreadable: check.unreadable, message: check.unreadable ? check.findings[0].message.en : "" };`);

// SheetJS alone (our parseWorkbook, none of the checks before it), with Node's Buffer hidden so that
// SheetJS takes the paths it takes in a browser (it slices Buffers where a browser loops).
const SHEETJS_SOURCE = workerSource("globalThis.Buffer = undefined", [SHEETJS], `
  const wb = modules[0].parseWorkbook(bytes);
  const failed = "failure" in wb;
  return { unreadable: failed, message: failed ? wb.reason.en : "" };`);

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

/** Checks in a capped worker: it must finish within `limitMs` and refuse the file, saying `message` when given. */
export async function expectRefusedInTime(bytes: Uint8Array, name: string, limitMs: number, message?: RegExp): Promise<void> {
  const r = await checkIsolated(bytes, name, limitMs);
  expect(r.state).toBe("done");
  if (r.state === "done") {
    expect(r.unreadable).toBe(true);
    expect(r.ms).toBeLessThan(limitMs);
    if (message) expect(r.message).toMatch(message);
  }
}
