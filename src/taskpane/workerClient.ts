/**
 * Starts the files worker, speaks its protocol, and watches it. `new Worker(new URL(…, import.meta.url))`
 * is the form webpack 5 recognises: the worker and everything it imports (SheetJS, the .xlsx writer)
 * become their own chunk, fetched only when this runs, that is when the user first adds a file.
 *
 * SheetJS is synchronous: a damaged or crafted workbook can make it spin for minutes or exhaust memory,
 * and a worker stuck in one read answers nothing else. So the client times each read (the worker says
 * `reading` before each file and the roster) and, when a read outlasts the bound or the worker dies in
 * it, terminates the worker, starts a fresh one and restores its state from the page's own copy: the
 * roster, the workbook sheets and every file (bytes included, since they are transferred), the culprit
 * sent as `unreadable` with the reason instead of its bytes. Each restart retires one file for good, so
 * restarts cannot loop.
 */
import type { Localized } from "../engine";
import { messages } from "../files/messages";
import { both } from "./i18n";
import { PREVIOUS_READING, type FileToCheck, type SheetCheck, type WorkerEvent, type WorkerRequest } from "./worker/protocol";
import type { FormTemplate } from "../templates/form/types";

type Consolidated = Extract<WorkerEvent, { type: "consolidated" }>;
type ConsolidateRequest = Extract<WorkerRequest, { type: "consolidate" }>;
export type FindingsReport = Extract<WorkerEvent, { type: "findingsReport" }>;
type FindingsReportRequest = Extract<WorkerRequest, { type: "findingsReport" }>;
type UnreadableRequest = Extract<WorkerRequest, { type: "unreadable" }>;
/** The requests answered by one event carrying their `requestId`. */
type Answer = Consolidated | FindingsReport;

/**
 * How long the worker may stay silent in one file (or the roster) before it is stopped. A report of a
 * few sheets reads in well under a second; 20 s leaves room for a slow machine and a big honest file.
 */
export const READ_TIMEOUT_MS = 20_000;

/**
 * What a request rejects with when the worker answers with an error or dies first: shaped like
 * ExcelDoorError (a code and a bilingual message), so `problemOf` reads both the same way.
 */
export interface WorkerFailure {
  code: "Worker";
  message: Localized;
}
const failure = (message: Localized): WorkerFailure => ({ code: "Worker", message });

export interface FilesWorker {
  send(request: Exclude<WorkerRequest, ConsolidateRequest | FindingsReportRequest | UnreadableRequest>, transfer?: Transferable[]): void;
  consolidate(request: Omit<ConsolidateRequest, "type" | "requestId">): Promise<Consolidated>;
  /** The findings workbook of some rows, or of checks the page made. */
  findingsReport(request: Omit<FindingsReportRequest, "type" | "requestId">): Promise<FindingsReport>;
  /**
   * Every event except the answers to `consolidate` and `findingsReport`, which their promises carry, and
   * `reading`, which is the watchdog's.
   */
  subscribe(listener: (event: WorkerEvent) => void): () => void;
  terminate(): void;
}

/** The part of a `Worker` used here: tests pass a fake that runs handle.ts in the same thread. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
  addEventListener(type: "messageerror", listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

export interface FilesWorkerOptions {
  /** Starts one worker; called again after each restart. */
  spawn?: () => WorkerLike;
  readTimeoutMs?: number;
}

const spawnFilesWorker = (): WorkerLike => new Worker(new URL("./worker/files.worker.ts", import.meta.url));

/** A file as the page keeps it: its bytes until the watchdog retires it, then only why. */
type KeptFile = { name: string; lastModified: number | null } & ({ bytes: ArrayBuffer } | { reason: Localized });

/** Throws when the first worker cannot be created (no Worker, CSP): the caller says so on screen. */
export function startFilesWorker(options: FilesWorkerOptions = {}): FilesWorker {
  const spawn = options.spawn ?? spawnFilesWorker;
  const readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
  const listeners = new Set<(event: WorkerEvent) => void>();
  type Pending = { request: ConsolidateRequest | FindingsReportRequest; resolve: (e: Answer) => void; reject: (e: unknown) => void };
  const pending = new Map<number, Pending>();
  let nextRequest = 1;
  const emit = (event: WorkerEvent) => listeners.forEach((l) => l(event));

  // What the worker holds, kept on the page so that a fresh worker can be given the same state.
  /** In the order added: the worker's order decides which of two same-named files gets `(2)`. */
  const files = new Map<string, KeptFile>();
  let roster: { name: string; bytes: ArrayBuffer } | null = null;
  /** Earlier periods' files (Kỳ trước, issue 11), given again to a restarted worker. */
  let previous: { name: string; bytes: ArrayBuffer }[] = [];
  let sheets: SheetCheck[] = [];
  /** The workbook's own forms, given again to a restarted worker before the files it reads. */
  let forms: FormTemplate[] = [];

  /** What the worker is reading now (from its `reading` event until its next event), and the timer. */
  let reading: { file: string } | { roster: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stopWatch = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    reading = null;
  };

  /** Null after a death outside a read or after `terminate`: the next request starts a fresh worker. */
  let worker: WorkerLike | null = null;
  let closed = false;

  function start(): WorkerLike {
    const w = spawn();
    // Events of a worker already replaced (queued before it was terminated) describe a stale state.
    w.addEventListener("message", (e) => {
      if (w === worker) onEvent(w, e.data);
    });
    w.addEventListener("error", (e) => {
      e.preventDefault();
      if (w === worker) died(w, e.message ? both((s) => s.workerCrashed(e.message)) : both((s) => s.workerFailed));
    });
    w.addEventListener("messageerror", () => {
      if (w === worker) died(w, both((s) => s.workerFailed));
    });
    return w;
  }

  function onEvent(w: WorkerLike, event: WorkerEvent) {
    // Any event ends the read in progress: the worker posts nothing else while SheetJS runs.
    stopWatch();
    if (event.type === "reading") {
      reading = "file" in event ? { file: event.file } : { roster: event.roster };
      timer = setTimeout(() => {
        timer = null;
        if (w === worker) died(w, null);
      }, readTimeoutMs);
      return;
    }
    const answers = event.type === "consolidated" || event.type === "findingsReport" || event.type === "error";
    if (answers && event.requestId !== undefined && pending.has(event.requestId)) {
      const p = pending.get(event.requestId)!;
      pending.delete(event.requestId);
      if (event.type !== "error") p.resolve(event);
      else p.reject(failure(event.message));
      return;
    }
    emit(event);
  }

  /**
   * The worker died (`message` null: it stayed silent past the bound in a read). In a read, the file (or
   * roster) is to blame: it is retired with the reason and a fresh worker carries on, the requests
   * queued behind the read included. Elsewhere (a consolidation, or a worker that never loaded) the
   * waiting requests may be the cause, so they fail and nothing restarts until the next request: an
   * automatic restart could die the same way again and again.
   */
  function died(w: WorkerLike, message: Localized | null) {
    const culprit = reading;
    stopWatch();
    w.terminate();
    worker = null;
    if (!culprit) return fail(message ?? both((s) => s.workerFailed));
    const reason = message === null ? messages.tooSlow(readTimeoutMs / 1000).reason : messages.readerDied().reason;
    if ("file" in culprit && culprit.file === PREVIOUS_READING) {
      // The earlier periods' files hung or killed the reader: dropped, so the fresh worker does not read them again.
      const names = previous.map((f) => f.name);
      previous = [];
      emit({ type: "previous", ok: false, names, reason });
    } else if ("file" in culprit) {
      const f = files.get(culprit.file);
      // Removed meanwhile: nothing to say about it.
      if (f) files.set(culprit.file, { name: f.name, lastModified: f.lastModified, reason });
    } else {
      if (roster?.name === culprit.roster) roster = null;
      emit({ type: "roster", ok: false, name: culprit.roster, reason });
    }
    // The old worker's batch ends here (its progress bar with it); the fresh worker reports its own.
    emit({ type: "progress", done: 0, total: 0 });
    restart();
  }

  /** Every waiting request fails, and the rows still being read say why (see actionOf). */
  function fail(message: Localized) {
    for (const p of pending.values()) p.reject(failure(message));
    pending.clear();
    emit({ type: "error", scope: "worker", message });
  }

  /** A fresh worker, given what the page holds, then the requests still waiting for an answer. */
  function restart() {
    if (closed) return;
    let w: WorkerLike;
    try {
      w = worker = start();
    } catch {
      return fail(both((s) => s.workerFailed));
    }
    if (roster) {
      const copy = roster.bytes.slice(0);
      w.postMessage({ type: "roster", name: roster.name, bytes: copy }, [copy]);
    }
    if (forms.length) w.postMessage({ type: "forms", forms }, []);
    if (previous.length) {
      const copies = previous.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
      w.postMessage({ type: "previous", files: copies }, copies.map((f) => f.bytes));
    }
    if (sheets.length) w.postMessage({ type: "sheets", sheets }, []);
    // Consecutive readable files go as one batch (one review); each retired one in its place.
    let batch: FileToCheck[] = [];
    const flush = () => {
      if (batch.length) w.postMessage({ type: "check", files: batch }, batch.map((f) => f.bytes));
      batch = [];
    };
    for (const [id, f] of files) {
      if ("bytes" in f) {
        batch.push({ id, name: f.name, bytes: f.bytes.slice(0), lastModified: f.lastModified });
      } else {
        flush();
        w.postMessage({ type: "unreadable", id, name: f.name, reason: f.reason, lastModified: f.lastModified }, []);
      }
    }
    flush();
    for (const p of pending.values()) w.postMessage(p.request, []);
  }

  /** Posts to the worker, or starts a fresh one whose restored state already includes the request. */
  function post(request: WorkerRequest, transfer: Transferable[]) {
    if (closed) return;
    if (worker) worker.postMessage(request, transfer);
    else restart();
  }

  /** Posts a request under a fresh id; the promise settles with the event that carries the id back. */
  function ask<T extends Answer>(build: (requestId: number) => ConsolidateRequest | FindingsReportRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const request = build(nextRequest++);
      if (request.type === "consolidate") sheets = request.sheets;
      pending.set(request.requestId, { request, resolve: resolve as (e: Answer) => void, reject });
      post(request, []);
    });
  }

  worker = start();

  return {
    send(request, transfer = []) {
      // The page's copy is taken before the bytes are transferred (and so detached here).
      switch (request.type) {
        case "check":
          for (const f of request.files) files.set(f.id, { name: f.name, lastModified: f.lastModified, bytes: f.bytes.slice(0) });
          break;
        case "remove":
          for (const id of request.ids) files.delete(id);
          break;
        case "sheets":
          sheets = request.sheets;
          break;
        case "forms":
          forms = request.forms;
          break;
        case "roster":
          roster = request.name !== null && request.bytes !== null ? { name: request.name, bytes: request.bytes.slice(0) } : null;
          break;
        case "previous":
          previous = request.files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
          break;
      }
      post(request, transfer);
    },
    consolidate: (request) => ask<Consolidated>((requestId) => ({ ...request, type: "consolidate", requestId })),
    findingsReport: (request) => ask<FindingsReport>((requestId) => ({ ...request, type: "findingsReport", requestId })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate() {
      closed = true;
      stopWatch();
      worker?.terminate();
      worker = null;
      pending.clear();
      files.clear();
      roster = null;
      previous = [];
    },
  };
}
