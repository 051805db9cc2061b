/**
 * Kỳ trước under the files worker's watchdog (issue 11): earlier periods' files that make the reader hang are
 * retired with the reason (the screen says why), and the fresh worker is not handed them again, so it cannot
 * hang on them in a loop; the files of this period are given to it as before.
 */
import { describe, expect, it } from "vitest";
import { createHandler } from "../../src/taskpane/worker/handle";
import { PREVIOUS_READING, type WorkerEvent, type WorkerRequest } from "../../src/taskpane/worker/protocol";
import { startFilesWorker, type WorkerLike } from "../../src/taskpane/workerClient";
import { fileToCheck } from "./workerHarness";

type Listener = (event: never) => void;

/** Runs the real handler, except that it goes silent when asked to read earlier periods and `hang` is set. */
class Worker implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  private stuck = false;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly handle = createHandler((event) => this.emit(event));

  constructor(private readonly hang: boolean) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: WorkerRequest): void {
    const data = structuredClone(message);
    setTimeout(() => {
      if (this.stuck) return;
      this.received.push(data);
      if (data.type === "previous" && data.files.length && this.hang) {
        this.emit({ type: "reading", file: PREVIOUS_READING });
        this.stuck = true;
        return;
      }
      this.handle(data);
    }, 0);
  }

  terminate(): void {
    this.stuck = true;
  }

  private emit(event: WorkerEvent) {
    for (const l of this.listeners.get("message") ?? []) (l as (e: { data: WorkerEvent }) => void)({ data: structuredClone(event) });
  }
}

describe("Kỳ trước that hangs the reader", () => {
  it("is retired with why, and the next worker reads this period's files without it", async () => {
    const workers: Worker[] = [];
    const events: WorkerEvent[] = [];
    const w = startFilesWorker({ readTimeoutMs: 100, spawn: () => (workers.push(new Worker(workers.length === 0)), workers.at(-1)!) });
    w.subscribe((e) => events.push(e));
    const file = fileToCheck("test/fixtures/periods/bcxdd/2026-q3/01-db01-2026-q3.xlsx", "f1");
    w.send({ type: "check", files: [file] }, [file.bytes]);
    w.send({ type: "previous", files: [{ name: "treo.xlsx", bytes: new ArrayBuffer(8) }] });
    await expect.poll(() => events.some((e) => e.type === "previous"), { timeout: 5_000 }).toBe(true);
    const failed = events.find((e) => e.type === "previous")!;
    expect(failed).toMatchObject({ type: "previous", ok: false, names: ["treo.xlsx"] });
    await expect.poll(() => workers[1]?.received.some((r) => r.type === "check"), { timeout: 5_000 }).toBe(true);
    expect(workers[1].received.some((r) => r.type === "previous")).toBe(false);
    w.terminate();
  });
});
