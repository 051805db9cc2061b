/**
 * The CLI's reading worker (see boundedRead.ts): reads and checks the files posted to it, one at a
 * time, with the same reader, code pages and native zlib the CLI used in-process. The parent bounds
 * its time and memory; nothing here needs to. It starts without SheetJS (about a third of its start):
 * .xlsx files are read directly (files/ooxml), and SheetJS is loaded the first time a file needs it.
 */
import { parentPort } from "node:worker_threads";
import { formSet, type FormSet } from "../engine/batch";
import { readRoster } from "../engine/consolidate/roster";
import { checkRead } from "../files/checkRead";
import { readWorkbookAsync, useParserLoader } from "../files/read";
import type { FormsMessage, FromReader, ReadAnswer, ReadJob, RosterAnswer, WorkerForms } from "./boundedRead";
import { nodeReadOptions, useNodeZlib } from "./zlib";

// This thread reads with native zlib: SheetJS inflating, and our own checks of a package's entries.
useNodeZlib();
useParserLoader(() => import("../files/sheetjs"));

let given: WorkerForms | undefined;
let forms: FormSet | undefined;
/** The forms this worker looks for: BC-XDĐ and the built-ins, plus what the command passed (boundedRead.ts). */
function formsOfWorker(): FormSet {
  return (forms ??= formSet(given?.extra ?? [], given?.only));
}

/** One job's answer, as the CLI computed it in-process before. */
export async function answer(job: ReadJob): Promise<ReadAnswer> {
  if (job.kind === "check") {
    const read = await readWorkbookAsync(job.bytes, job.path, undefined, nodeReadOptions);
    return { kind: "check", check: checkRead(read, job.path, formsOfWorker(), job.modified) };
  }
  return { kind: "roster", roster: await rosterOf(job.bytes, job.path) };
}

async function rosterOf(bytes: Uint8Array, path: string): Promise<RosterAnswer> {
  const read = await readWorkbookAsync(bytes, path, undefined, nodeReadOptions);
  if (!read.ok) return { ok: false, reason: read.reason };
  const roster = readRoster(read.grids[0]);
  return roster.ok ? { ok: true, units: roster.units } : { ok: false, reason: roster.reason };
}

/**
 * Answers jobs with `handle`, one after the other in the order they came, even when one awaits (the
 * code pages of an Excel 95 file load asynchronously): the parent times the first job it is waiting
 * for, and expects the answers in order. Says "ready" once loaded.
 */
export function serve(handle: (job: ReadJob) => Promise<ReadAnswer> = answer): void {
  const port = parentPort;
  if (!port) throw new Error("readWorker runs in a worker thread");
  const send = (m: FromReader) => port.postMessage(m);
  const one = async (job: ReadJob) => {
    try {
      send({ type: "answer", id: job.id, answer: await handle(job) });
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      send({ type: "failed", id: job.id, message: err.message, stack: err.stack ?? err.message });
    }
  };
  let last = Promise.resolve();
  port.on("message", (m: ReadJob | FormsMessage) => {
    if (m.kind === "forms") {
      // Sent before any job (boundedRead.ts): the jobs after it look for these forms.
      [given, forms] = [m.forms, undefined];
      return;
    }
    last = last.then(() => one(m));
  });
  send({ type: "ready" });
}

export function main(): void {
  serve();
}
