/**
 * Starts the files worker and speaks its protocol. `new Worker(new URL(…, import.meta.url))` is the form
 * webpack 5 recognises: the worker and everything it imports (SheetJS, the .xlsx writer) become their own
 * chunk, fetched only when this runs, that is when the user first adds a file.
 */
import type { Localized } from "../engine";
import { both } from "./i18n";
import type { WorkerEvent, WorkerRequest } from "./worker/protocol";

type Consolidated = Extract<WorkerEvent, { type: "consolidated" }>;
type ConsolidateRequest = Extract<WorkerRequest, { type: "consolidate" }>;
export type FindingsReport = Extract<WorkerEvent, { type: "findingsReport" }>;
type FindingsReportRequest = Extract<WorkerRequest, { type: "findingsReport" }>;
/** The requests answered by one event carrying their `requestId`. */
type Answer = Consolidated | FindingsReport;

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
  send(request: Exclude<WorkerRequest, ConsolidateRequest | FindingsReportRequest>, transfer?: Transferable[]): void;
  consolidate(request: Omit<ConsolidateRequest, "type" | "requestId">): Promise<Consolidated>;
  /** The findings workbook of some rows, or of checks the page made. */
  findingsReport(request: Omit<FindingsReportRequest, "type" | "requestId">): Promise<FindingsReport>;
  /** Every event except the answers to `consolidate` and `findingsReport`, which their promises carry. */
  subscribe(listener: (event: WorkerEvent) => void): () => void;
  terminate(): void;
}

export function startFilesWorker(): FilesWorker {
  const worker = new Worker(new URL("./worker/files.worker.ts", import.meta.url));
  const listeners = new Set<(event: WorkerEvent) => void>();
  const pending = new Map<number, { resolve: (e: Answer) => void; reject: (e: unknown) => void }>();
  let nextRequest = 1;
  const emit = (event: WorkerEvent) => listeners.forEach((l) => l(event));

  worker.addEventListener("message", (e: MessageEvent<WorkerEvent>) => {
    const event = e.data;
    const answers = event.type === "consolidated" || event.type === "findingsReport" || event.type === "error";
    if (answers && event.requestId !== undefined && pending.has(event.requestId)) {
      const p = pending.get(event.requestId)!;
      pending.delete(event.requestId);
      if (event.type !== "error") p.resolve(event);
      else p.reject(failure(event.message));
      return;
    }
    emit(event);
  });

  // A worker that fails to load (its chunk blocked, a syntax error in an old browser) or dies: every
  // waiting request fails and the screen says what to do, instead of waiting for ever.
  const died = (message: Localized) => {
    for (const p of pending.values()) p.reject(failure(message));
    pending.clear();
    emit({ type: "error", scope: "worker", message });
  };
  worker.addEventListener("error", (e) => {
    e.preventDefault();
    died(both((s) => (e.message ? s.workerCrashed(e.message) : s.workerFailed)));
  });
  worker.addEventListener("messageerror", () => died(both((s) => s.workerFailed)));

  /** Posts a request under a fresh id; the promise settles with the event that carries the id back. */
  function ask<T extends Answer>(build: (requestId: number) => WorkerRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const requestId = nextRequest++;
      pending.set(requestId, { resolve: resolve as (e: Answer) => void, reject });
      worker.postMessage(build(requestId));
    });
  }

  return {
    send: (request, transfer = []) => worker.postMessage(request, transfer),
    consolidate: (request) => ask<Consolidated>((requestId) => ({ ...request, type: "consolidate", requestId })),
    findingsReport: (request) => ask<FindingsReport>((requestId) => ({ ...request, type: "findingsReport", requestId })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate: () => worker.terminate(),
  };
}
