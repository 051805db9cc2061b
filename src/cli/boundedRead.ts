/**
 * The CLI reads each file in a worker thread with a bound on time and memory. SheetJS is synchronous:
 * a damaged or crafted file can make it spin or fill the heap, and in-process that would hang or kill
 * the whole batch. Here a file that takes longer than its time bound has its worker terminated and
 * becomes FILE_UNREADABLE ("reading stopped after N seconds"); a worker that dies (out of its memory
 * bound, most often) makes its file FILE_UNREADABLE too ("too much memory"). A fresh worker takes the
 * next file, and the rest of the batch goes on.
 *
 * Workers stay alive across files (a worker loads tsx, the engine and SheetJS in about 0.5 s), and a
 * caller gets each file's answer by its own promise, so results keep the input order whatever the
 * order workers finish in. Node-only: this is the CLI's door, not the engine.
 */
import { Worker } from "node:worker_threads";
import { unreadableFile, type FileCheck } from "../engine/check";
import type { RosterUnit } from "../engine/consolidate/units";
import type { Localized } from "../engine/findings";
import type { FormTemplate } from "../templates/form/types";
import { messages } from "../files/messages";
import { dropSpareWorkers, READ_MAX_OLD_GENERATION_MB, READ_MAX_YOUNG_GENERATION_MB, setWorkerHeapFlags, takeSpareWorker } from "./prestart";

export { defaultReadWorkers, READ_MAX_OLD_GENERATION_MB, READ_MAX_YOUNG_GENERATION_MB } from "./prestart";

/**
 * The time bound of any file (ms). Real reports read in well under a second; the slowest damaged
 * file the fuzzer found that still reads took 3.5 s.
 */
export const READ_TIMEOUT_MS = 20_000;
/**
 * …and more time per MB of file (ms): a big file within every limit is slow without being hostile.
 * A 12.9 MB .xlsx of 1.9 million text cells (under the 2 million cell limit) reads in 21 s on this
 * 2-core machine; it gets 20 + 39 s. The hostile files seen are small and get about 20 s.
 */
export const READ_TIMEOUT_MS_PER_MB = 3_000;
/** A worker that has not loaded its modules in this time is broken (ours, not the file's): give up. */
const STARTUP_TIMEOUT_MS = 60_000;

/** The time bound of a file of `bytes` bytes (ms). */
export function readTimeoutMs(bytes: number, options: Pick<ReadPoolOptions, "timeoutMs" | "timeoutMsPerMb"> = {}): number {
  return Math.round((options.timeoutMs ?? READ_TIMEOUT_MS) + ((options.timeoutMsPerMb ?? READ_TIMEOUT_MS_PER_MB) * bytes) / 2 ** 20);
}

export interface ReadPoolOptions {
  /** Workers (default 1; the CLI asks for defaultReadWorkers). */
  workers?: number;
  /** Time bound of any file (ms)… */
  timeoutMs?: number;
  /** …plus this much per MB of the file (ms). */
  timeoutMsPerMb?: number;
  maxOldGenerationMb?: number;
  maxYoungGenerationMb?: number;
  /**
   * The module the worker runs, which must export `main()` (default: readWorker.ts). Tests give one
   * that certainly hangs or runs out of memory.
   */
  workerModule?: URL;
  /**
   * The forms to look for beyond BC-XDĐ and the built-ins (`--form FILE.json`) and the one form a run is
   * restricted to (`--form ID`), handed to every worker before its first file (plain JSON, a message:
   * a worker started ahead, prestart.ts, had no way to get them when it started). Absent: BC-XDĐ and
   * every built-in form.
   */
  forms?: WorkerForms;
}

/** What a reading worker makes its form set from (formSet(extra, only)). */
export interface WorkerForms {
  extra: FormTemplate[];
  only?: string;
}

/** The roster as the worker reads it: its units, or why it cannot be used. */
export type RosterAnswer = { ok: true; units: RosterUnit[] } | { ok: false; reason: Localized };

/** Parent → worker. `bytes` is transferred to a worker that reads it at once, copied to one that queues it. */
export type ReadJob =
  | { id: number; kind: "check"; bytes: Uint8Array; path: string; modified: number | null }
  | { id: number; kind: "roster"; bytes: Uint8Array; path: string };

/** Parent → worker, before any job: the forms it looks for (absent: BC-XDĐ and every built-in form). */
export interface FormsMessage {
  kind: "forms";
  forms: WorkerForms;
}

export type ReadAnswer = { kind: "check"; check: FileCheck } | { kind: "roster"; roster: RosterAnswer };

/** Worker → parent. `failed`: the check threw (a bug of ours, not the file's), passed on as before. */
export type FromReader =
  | { type: "ready" }
  | { type: "answer"; id: number; answer: ReadAnswer }
  | { type: "failed"; id: number; message: string; stack: string };

export interface ReadPool {
  /** Workers (all started with the pool; a stopped one is replaced). */
  readonly size: number;
  /** Files worth handing over at once to keep every worker busy (a caller reads no more ahead). */
  readonly capacity: number;
  /** One file's check; never rejects for the file's sake (only for a bug of ours, as in-process). */
  check(bytes: Uint8Array, path: string, modified: number | null): Promise<FileCheck>;
  /** The roster's units, or why not (a roster that hangs or kills its reader included). */
  roster(bytes: Uint8Array, path: string): Promise<RosterAnswer>;
  /** Ends every worker; the process can then exit by itself. */
  close(): Promise<void>;
}

/** A job before the pool numbers it (Omit on each member of the union). */
type JobWithoutId = ReadJob extends infer J ? (J extends unknown ? Omit<J, "id"> : never) : never;

interface Pending {
  job: ReadJob;
  resolve(answer: ReadAnswer): void;
  reject(e: Error): void;
  /** What the job becomes when its worker is stopped or dies. */
  fallback(reason: Localized): ReadAnswer;
  /** Its time bound (ms). */
  timeoutMs: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Given up on (timed out, died, closed): its later events are ignored. */
  dead: boolean;
  /** Jobs posted to the worker and not answered yet, in order: the first is the one it is reading. */
  inFlight: Pending[];
  /** The first job's time bound (or, before "ready", the start-up bound). */
  timer: NodeJS.Timeout | null;
}

/**
 * Jobs posted to a worker ahead of its answers. With one at a time a worker waits for the parent
 * between files (its answer there, the next file back): 12 % of a batch's time on this 2-core machine.
 * With two, it still waited whenever the parent was busy for longer than a file takes (a garbage
 * collection of the checks it holds, 10–40 ms): 0.2 s of each worker's 1.5 s on 1,000 units. Sixteen
 * cover that. Only the first in flight is timed; the next one's bound starts when the first is
 * answered, that is when the worker turns to it.
 */
const DEPTH = 16;
/** …and no more bytes than this waiting in a worker beyond the file it reads (big files go one by one). */
const QUEUED_BYTES = 8 * 2 ** 20;

/** Whether `bytes` spans all of a plain ArrayBuffer (by tag: the buffer may come from another realm). */
function ownsBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return Object.prototype.toString.call(bytes.buffer) === "[object ArrayBuffer]" && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** Set to true by scripts/build-cli.mjs in the built command; undefined when running the sources. */
declare const TONGHOP_BUILT: boolean | undefined;
const BUILT = typeof TONGHOP_BUILT !== "undefined" && TONGHOP_BUILT;

const BOOT = new URL("./read-worker-boot.mjs", import.meta.url);
const WORKER = new URL("./readWorker.ts", import.meta.url);
/** The built worker, beside the built command (build/cli/): plain JavaScript, no tsx to load. */
const BUILT_WORKER = new URL("./read-worker.mjs", import.meta.url);

export function startReadPool(options: ReadPoolOptions = {}): ReadPool {
  setWorkerHeapFlags();
  const size = Math.max(1, options.workers ?? 1);
  const resourceLimits = {
    maxOldGenerationSizeMb: options.maxOldGenerationMb ?? READ_MAX_OLD_GENERATION_MB,
    maxYoungGenerationSizeMb: options.maxYoungGenerationMb ?? READ_MAX_YOUNG_GENERATION_MB,
  };
  const workerModule = (options.workerModule ?? WORKER).href;
  // The built command starts its built worker directly; the sources (tests, a developer's edit, a
  // test's own worker module) go through the boot file, which loads tsx first.
  const direct = BUILT && !options.workerModule;
  const [entry, workerData] = direct ? [BUILT_WORKER, undefined] : [BOOT, { module: workerModule }];
  // Workers started ahead (prestart.ts) are the built worker with the default bounds.
  const spares = direct && resourceLimits.maxOldGenerationSizeMb === READ_MAX_OLD_GENERATION_MB && resourceLimits.maxYoungGenerationSizeMb === READ_MAX_YOUNG_GENERATION_MB;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  /** Set when a worker cannot start: every job fails with it, as a crash of ours would in-process. */
  let broken: Error | null = null;

  const stopTimer = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  };

  /** Times the job the worker is reading now, if any. */
  const timeHead = (slot: Slot) => {
    stopTimer(slot);
    const head = slot.inFlight[0];
    if (head) slot.timer = setTimeout(() => giveUp(slot, messages.tooSlow(head.timeoutMs / 1000).reason), head.timeoutMs);
  };

  /** Whether `p` may wait in `slot`'s queue: its first job always, more while their bytes stay within QUEUED_BYTES. */
  const fits = (slot: Slot, p: Pending) =>
    slot.inFlight.length === 0 || slot.inFlight.slice(1).reduce((n, q) => n + q.job.bytes.byteLength, p.job.bytes.byteLength) <= QUEUED_BYTES;

  const dispatch = () => {
    for (const slot of slots) {
      while (queue.length && slot.ready && !slot.dead && slot.inFlight.length < DEPTH && fits(slot, queue[0])) {
        const p = queue.shift()!;
        slot.inFlight.push(p);
        const head = slot.inFlight.length === 1;
        if (head) timeHead(slot);
        // The file the worker reads at once gets its bytes transferred, when they own their buffer
        // (readInput's do). One that waits behind it is copied: if the worker is stopped, the file
        // goes to another worker, and a transferred buffer would have gone with the stopped one.
        const { bytes } = p.job;
        slot.worker.postMessage(p.job, head && ownsBuffer(bytes) ? [bytes.buffer] : []);
      }
    }
  };

  /**
   * Stops a worker: the file it was reading gets `reason`, the files waiting in its queue go back to
   * the front of the pool's, and a fresh worker takes its place.
   */
  const giveUp = (slot: Slot, reason: Localized) => {
    if (slot.dead || closed) return;
    slot.dead = true;
    stopTimer(slot);
    slot.worker.terminate().catch(() => {});
    const [head, ...waiting] = slot.inFlight.splice(0);
    queue.unshift(...waiting);
    if (head) head.resolve(head.fallback(reason));
    slots[slots.indexOf(slot)] = spawn();
    dispatch();
  };

  /** A worker failed for no file's sake (could not start, died idle): the jobs fail, not the files. */
  const fail = (why: string) => {
    broken ??= new Error(`tonghop: the file reader failed: ${why}`);
    for (const slot of slots) {
      slot.dead = true;
      stopTimer(slot);
      slot.worker.terminate().catch(() => {});
      for (const p of slot.inFlight.splice(0)) p.reject(broken);
    }
    for (const p of queue.splice(0)) p.reject(broken);
  };

  const onMessage = (slot: Slot, m: FromReader) => {
    if (slot.dead || closed) return;
    if (m.type === "ready") {
      slot.ready = true;
      stopTimer(slot);
      return dispatch();
    }
    // Answers come in order (readWorker.ts), so this is the first in flight; by id all the same.
    const i = slot.inFlight.findIndex((x) => x.job.id === m.id);
    if (i < 0) return;
    const [p] = slot.inFlight.splice(i, 1);
    if (i === 0) timeHead(slot);
    if (m.type === "answer") p.resolve(m.answer);
    else p.reject(Object.assign(new Error(m.message), { stack: m.stack }));
    dispatch();
  };

  /** A worker died: its file's fault when it was reading one, ours otherwise (starting, or idle). */
  const onDeath = (slot: Slot, why: string) => {
    if (slot.dead || closed) return;
    if (!slot.ready || !slot.inFlight.length) return fail(why);
    giveUp(slot, messages.readerDied().reason);
  };

  const spawn = (): Slot => {
    const spare = spares ? takeSpareWorker() : undefined;
    // execArgv: not the parent's. The boot file sets up all a worker needs (tsx), and some of the
    // parent's flags break a worker or load tsx twice (`--input-type`, `--import tsx`).
    const worker = spare?.worker ?? new Worker(entry, { workerData, resourceLimits, execArgv: [] });
    const slot: Slot = { worker, ready: spare?.ready ?? false, dead: false, inFlight: [], timer: null };
    if (!slot.ready) slot.timer = setTimeout(() => onDeath(slot, `no answer within ${STARTUP_TIMEOUT_MS / 1000} s`), STARTUP_TIMEOUT_MS);
    worker.on("message", (m: FromReader) => onMessage(slot, m));
    // Out of memory: "error" (ERR_WORKER_OUT_OF_MEMORY), then "exit"; the first one counts.
    worker.on("error", (e: Error & { code?: string }) => onDeath(slot, e.code ?? e.message));
    worker.on("exit", (code) => onDeath(slot, `exited with code ${code}`));
    // Before any job: a message sent now is the first the worker reads.
    if (options.forms) worker.postMessage({ kind: "forms", forms: options.forms } satisfies FormsMessage);
    return slot;
  };

  const submit = (job: JobWithoutId, fallback: Pending["fallback"]) =>
    new Promise<ReadAnswer>((resolve, reject) => {
      if (broken) return reject(broken);
      if (closed) return reject(new Error("tonghop: the file reader is closed"));
      queue.push({ job: { ...job, id: nextId++ } as ReadJob, resolve, reject, fallback, timeoutMs: readTimeoutMs(job.bytes.byteLength, options) });
      dispatch();
    });

  // Every worker starts now, while the caller lists and reads the first files: their start-up
  // overlaps the main thread's, and each loads on a core of its own.
  for (let i = 0; i < size; i++) slots.push(spawn());
  // Workers started ahead for more files than the batch holds: not needed.
  dropSpareWorkers();

  return {
    size,
    capacity: size * DEPTH,
    async check(bytes, path, modified) {
      const a = await submit({ kind: "check", bytes, path, modified }, (reason) => ({ kind: "check", check: unreadableFile(path, reason, modified) }));
      if (a.kind !== "check") throw new Error("tonghop: the file reader answered a check with a roster");
      return a.check;
    },
    async roster(bytes, path) {
      const a = await submit({ kind: "roster", bytes, path }, (reason) => ({ kind: "roster", roster: { ok: false, reason } }));
      if (a.kind !== "roster") throw new Error("tonghop: the file reader answered a roster with a check");
      return a.roster;
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new Error("tonghop: the file reader was closed");
      for (const p of queue.splice(0)) p.reject(error);
      for (const slot of slots) {
        stopTimer(slot);
        for (const p of slot.inFlight.splice(0)) p.reject(error);
      }
      await Promise.all(slots.map((s) => s.worker.terminate().catch(() => {})));
    },
  };
}
