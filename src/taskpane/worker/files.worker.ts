/**
 * The files worker: reads workbooks (SheetJS) and writes the consolidated .xlsx off the page's thread.
 * Only wiring; the logic is in handle.ts.
 */
import { createHandler } from "./handle";
import type { WorkerEvent, WorkerRequest } from "./protocol";

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerEvent, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createHandler((event, transfer = []) => scope.postMessage(event, transfer));
scope.addEventListener("message", (event) => handle(event.data));
