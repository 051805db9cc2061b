import { readFileSync } from "node:fs";
import { createHandler } from "../../src/taskpane/worker/handle";
import type { FileToCheck, WorkerEvent, WorkerRequest } from "../../src/taskpane/worker/protocol";

/** A file as the page sends it: its own ArrayBuffer (transferred in the browser). */
export function fileToCheck(path: string, id = path, lastModified: number | null = 1_000): FileToCheck {
  const bytes = readFileSync(path);
  return { id, name: path.split("/").pop()!, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), lastModified };
}

type Sent<T extends WorkerEvent["type"]> = { event: Extract<WorkerEvent, { type: T }>; transfer?: Transferable[] };

/** The files worker's handler, run in Node, with every event it posts recorded. */
export function harness() {
  const events: { event: WorkerEvent; transfer?: Transferable[] }[] = [];
  const handle = createHandler((event, transfer) => events.push({ event, transfer }));
  const send = (request: WorkerRequest) => handle(request);
  /** The last event of a kind with what it transferred, or undefined when none was posted. */
  const sent = <T extends WorkerEvent["type"]>(type: T) => [...events].reverse().find((e) => e.event.type === type) as Sent<T> | undefined;
  /** The last event of a kind; fails when none was posted. */
  function last<T extends WorkerEvent["type"]>(type: T): Extract<WorkerEvent, { type: T }> {
    const found = sent(type);
    if (!found) throw new Error(`no ${type} event`);
    return found.event;
  }
  const all = <T extends WorkerEvent["type"]>(type: T) => events.filter((e) => e.event.type === type).map((e) => e.event as Extract<WorkerEvent, { type: T }>);
  return { events, send, sent, last, all };
}
