/** Messages between the fuzz parent (pool.ts) and its workers (worker.ts). */
import type { Outcome } from "./run";

/** Cases [from, to) of a batch; the batch is consolidated after its last case. */
export interface Job {
  seed: number;
  batch: number;
  from: number;
  to: number;
}

export interface ErrorInfo {
  message: string;
  stack: string;
}

export type FromWorker =
  | { type: "ready" }
  | {
      type: "case";
      index: number;
      ms: number;
      outcome: Outcome | "crash";
      problems: string[];
      nonFinite: boolean;
      source: string;
      mutation: string;
      error?: ErrorInfo;
    }
  | { type: "consolidating"; batch: number }
  | { type: "batch"; batch: number; ms: number; files: number; problem: string | null; error?: ErrorInfo }
  | { type: "idle"; heapUsedMB: number; heapTotalMB: number };
