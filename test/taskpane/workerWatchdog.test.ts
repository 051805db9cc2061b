/**
 * The files worker's watchdog (workerClient.ts): a file that makes SheetJS spin or kill the worker is
 * listed as unreadable with the reason, and a fresh worker carries on with the roster, the sheets and
 * the other files. The worker here is a fake `Worker` running the real handle.ts in this thread, with
 * structured cloning and transfer like the browser's, told to go silent or die when it starts a file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkGrids, type SheetSpec } from "../../src/engine";
import { messages } from "../../src/files/messages";
import { readWorkbook } from "../../src/files/index";
import { BCXDD } from "../../src/templates/bcxdd";
import { canConsolidate, consolidationReducer, initialConsolidation, isReading, sheetRowId, type ConsolidationState } from "../../src/taskpane/state/consolidation";
import { actionOf } from "../../src/taskpane/state/useConsolidation";
import { createHandler } from "../../src/taskpane/worker/handle";
import type { FileToCheck, SheetCheck, WorkerEvent, WorkerRequest } from "../../src/taskpane/worker/protocol";
import { READ_TIMEOUT_MS, startFilesWorker, type WorkerFailure, type WorkerLike } from "../../src/taskpane/workerClient";
import { fileToCheck, harness } from "./workerHarness";

const UNITS = "examples/units";
const ROSTER = "examples/danh-sach-don-vi.csv";
const BOUND = 200;
const CULPRIT = "treo.xlsx";

/** How a fake worker misbehaves; shared by every worker of a test, as a crafted file is the same file each time. */
interface Script {
  /** Go silent (SheetJS spinning) once one of these files (by name) or rosters starts being read. */
  hangOn?: string[];
  /** Die (an `error` event, as when out of memory) once one of these files starts being read. */
  dieOn?: string[];
  /** Die in the next this many consolidations. */
  dieInConsolidations?: number;
}

type Listener = (event: never) => void;

class FakeWorker implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  terminated = false;
  /** Stuck in a read or dead: nothing comes in or out any more. */
  private stuck = false;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly names = new Map<string, string>();
  private readonly handle = createHandler((event, transfer) => this.fromWorker(event, transfer ?? []));

  constructor(private readonly script: Script) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    // Transferred buffers are detached on the page, as in the browser: the page must keep its own copy.
    const data = structuredClone(message, { transfer: transfer as Transferable[] as never });
    setTimeout(() => {
      if (this.terminated || this.stuck) return;
      this.received.push(data);
      if (data.type === "check") for (const f of data.files) this.names.set(f.id, f.name);
      if (data.type === "consolidate" && this.script.dieInConsolidations) {
        this.script.dieInConsolidations--;
        return this.die("Out of memory");
      }
      void this.handle(data);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private fromWorker(event: WorkerEvent, transfer: Transferable[]) {
    if (this.stuck) return;
    this.deliver("message", { data: structuredClone(event, { transfer: transfer as never }) });
    if (event.type !== "reading") return;
    const name = "file" in event ? this.names.get(event.file) : event.roster;
    if (name && this.script.hangOn?.includes(name)) this.stuck = true;
    if (name && this.script.dieOn?.includes(name)) this.die("Uncaught RangeError: Array buffer allocation failed");
  }

  private die(message: string) {
    this.stuck = true;
    this.deliver("error", { message, preventDefault: () => undefined });
  }

  private deliver(type: string, event: object) {
    setTimeout(() => {
      if (!this.terminated) for (const l of this.listeners.get(type) ?? []) l(event as never);
    }, 0);
  }
}

/** The Tổng hợp screen without React: the client, the real reducer fed by actionOf, and the workers made. */
function page(script: Script = {}) {
  const workers: FakeWorker[] = [];
  const client = startFilesWorker({
    readTimeoutMs: BOUND,
    spawn: () => {
      const w = new FakeWorker(script);
      workers.push(w);
      return w;
    },
  });
  let state: ConsolidationState = initialConsolidation;
  client.subscribe((event) => {
    const action = actionOf(event);
    if (action) state = consolidationReducer(state, action);
  });
  return {
    client,
    workers,
    state: () => state,
    review: (id: string) => state.rows.find((r) => r.id === id)?.review ?? null,
    /** As useConsolidation.addFiles: rows listed, bytes transferred. */
    add(files: FileToCheck[]) {
      state = consolidationReducer(state, { type: "filesAdded", files: files.map(({ id, name }) => ({ id, name })) });
      client.send({ type: "check", files }, files.map((f) => f.bytes));
    },
    remove(id: string) {
      state = consolidationReducer(state, { type: "fileRemoved", id });
      client.send({ type: "remove", ids: [id] });
    },
    roster(path: string) {
      const bytes = bufferOf(path);
      state = consolidationReducer(state, { type: "rosterReading", name: path.split("/").pop()! });
      client.send({ type: "roster", name: path.split("/").pop()!, bytes }, [bytes]);
    },
    sheets(sheets: SheetCheck[]) {
      state = consolidationReducer(state, { type: "sheetsSelected", names: sheets.map((s) => s.check.file) });
      client.send({ type: "sheets", sheets });
    },
  };
}

function bufferOf(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** A unit's report as a sheet of the open workbook, checked on the page. */
function sheetOf(path: string, name: string): SheetCheck {
  const read = readWorkbook(new Uint8Array(readFileSync(path)), path);
  if (!read.ok) throw new Error(read.reason.en);
  return { id: sheetRowId(name), check: checkGrids([read.grids[0]], name, BCXDD) };
}

const unit = (file: string, id: string) => fileToCheck(join(UNITS, file), id);
/** A good workbook under another name: the fake worker hangs or dies on it by name. */
const culprit = (id: string): FileToCheck => ({ ...unit("04-xo-so.xlsx", id), name: CULPRIT });

/**
 * Lets every message and event go through: a fake worker answers in zero-delay tasks, each answer can
 * lead to more (a restart, its replay, the replay's answers), and fake timers run a zero-delay timer
 * set during a tick 1 ms later. SETTLE is far below the bound.
 */
const SETTLE = 30;
const settle = () => vi.advanceTimersByTimeAsync(SETTLE);

const namesChecked = (w: FakeWorker) => w.received.flatMap((r) => (r.type === "check" ? r.files.map((f) => f.name) : []));
const textOf = (spec: SheetSpec | undefined) =>
  (spec?.rows ?? [])
    .flat()
    .filter((c) => c?.t === "text")
    .map((c) => (c as { v: string }).v)
    .join(" | ");

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("files worker watchdog", () => {
  it("names 20 seconds as the default bound", () => {
    expect(READ_TIMEOUT_MS).toBe(20_000);
  });

  it("a file that makes the reader spin: stopped after the bound, listed as too slow; the roster, the sheets and the other files carry on", async () => {
    const p = page({ hangOn: [CULPRIT] });
    const sheet = sheetOf(join(UNITS, "10-sach-tbth.ods"), "Sách TBTH");
    p.roster(ROSTER);
    p.sheets([sheet]);
    p.add([unit("01-cap-nuoc.xlsx", "f1"), unit("02-dien-luc.xlsx", "f2"), unit("03-bhxh.xlsx", "f3")]);
    await settle();
    p.remove("f2");
    p.add([unit("05-agribank.xls", "f5"), culprit("f4"), unit("06-duoc-pham.xls", "f6"), unit("07-moi-truong.xls", "f7")]);
    await settle();

    // Read up to the culprit, then silence: the page waits, up to the bound.
    expect(p.review("f5")).not.toBeNull();
    expect(p.review("f4")).toBeNull();
    await vi.advanceTimersByTimeAsync(BOUND / 2);
    expect(p.workers).toHaveLength(1);
    expect(p.review("f4")).toBeNull();
    await vi.advanceTimersByTimeAsync(BOUND / 2 + SETTLE);
    expect(p.workers).toHaveLength(2);
    expect(p.workers[0].terminated).toBe(true);
    await settle();

    const reason = messages.tooSlow(BOUND / 1000).reason;
    const row = p.review("f4")!;
    expect(row.status).toBe("không đọc được");
    expect(row.note?.vi).toContain(reason.vi);
    expect(row.note?.en).toContain(reason.en);

    // Every other row ends as the same files, roster and sheet give in one worker that never hung.
    const control = harness();
    control.send({ type: "roster", name: "danh-sach-don-vi.csv", bytes: bufferOf(ROSTER) });
    control.send({ type: "sheets", sheets: [sheet] });
    control.send({ type: "check", files: ["01-cap-nuoc.xlsx", "03-bhxh.xlsx", "05-agribank.xls", "06-duoc-pham.xls", "07-moi-truong.xls"].map((f, i) => unit(f, ["f1", "f3", "f5", "f6", "f7"][i])) });
    const expected = control.last("review").reviews;
    for (const id of ["f1", "f3", "f5", "f6", "f7", sheet.id]) expect(p.review(id), id).toEqual(expected[id]);
    expect(p.state().rows.map((r) => r.id)).toEqual([sheet.id, "f1", "f3", "f5", "f4", "f6", "f7"]);
    expect(p.state().roster).toEqual({ name: "danh-sach-don-vi.csv", units: 11 });
    expect(p.state().coverage).toMatchObject({ expected: 11, received: 6 });
    expect(p.state().coverage?.missing).toContain("Chi bộ Công ty TNHH MTV Xổ số kiến thiết");
    expect(p.state().progress).toBeNull();
    expect(isReading(p.state())).toBe(false);
    expect(canConsolidate(p.state())).toBe(true);

    // The culprit was sent once, the removed file not again; the fresh worker was told why the culprit is out.
    expect(p.workers.flatMap(namesChecked).filter((n) => n === CULPRIT)).toHaveLength(1);
    expect(namesChecked(p.workers[1])).toEqual(["01-cap-nuoc.xlsx", "03-bhxh.xlsx", "05-agribank.xls", "06-duoc-pham.xls", "07-moi-truong.xls"]);
    expect(p.workers[1].received.find((r) => r.type === "unreadable")).toEqual({ type: "unreadable", id: "f4", name: CULPRIT, reason, lastModified: 1_000 });
    expect(p.workers[1].received.find((r) => r.type === "roster")).toMatchObject({ name: "danh-sach-don-vi.csv" });
    expect(p.workers[1].received.find((r) => r.type === "sheets")).toEqual({ type: "sheets", sheets: [sheet] });
    expect(vi.getTimerCount()).toBe(0);

    // The consolidation lists the culprit as unreadable and totals the others, as without it.
    const done = p.client.consolidate({ sheets: [sheet], lang: "vi", render: false });
    await settle();
    const { specs, summary } = await done;
    control.send({ type: "consolidate", requestId: 1, sheets: [sheet], lang: "vi", render: false });
    const alone = control.last("consolidated");
    expect(summary.units).toBe(6);
    expect(summary.units).toBe(alone.summary.units);
    const findings = textOf(specs.find((s) => s.name === "Kiểm tra"));
    expect(findings).toContain("FILE_UNREADABLE");
    expect(findings).toContain(CULPRIT);
    expect(findings).toContain(reason.vi);
    expect(specs.find((s) => s.name === "Tổng hợp")).toEqual(alone.specs.find((s) => s.name === "Tổng hợp"));
    expect(p.workers).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
    p.client.terminate();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a file the worker dies on (out of memory): listed as such, and a consolidation asked meanwhile waits for the fresh worker", async () => {
    const p = page({ dieOn: [CULPRIT] });
    p.add([unit("01-cap-nuoc.xlsx", "f1")]);
    await settle();
    p.add([culprit("f4"), unit("02-dien-luc.xlsx", "f2")]);
    const done = p.client.consolidate({ sheets: [], lang: "en", render: true });
    await settle();

    expect(p.workers).toHaveLength(2);
    expect(p.workers[0].terminated).toBe(true);
    const reason = messages.readerDied().reason;
    expect(p.review("f4")).toMatchObject({ status: "không đọc được", note: { vi: expect.stringContaining(reason.vi), en: expect.stringContaining(reason.en) } });
    expect(p.review("f1")?.status).toBe("hợp lệ");
    expect(p.review("f2")?.status).toBe("hợp lệ");
    expect(p.state().problem).toBeNull();

    const { summary, xlsx } = await done;
    expect(summary.units).toBe(2);
    const read = readWorkbook(new Uint8Array(xlsx!), summary.fileName);
    if (!read.ok) throw new Error(read.reason.en);
    const kiemTra = read.grids.find((g) => g.name === "Kiểm tra")!;
    expect(JSON.stringify(kiemTra)).toContain("FILE_UNREADABLE");
    expect(namesChecked(p.workers[1])).toEqual(["01-cap-nuoc.xlsx", "02-dien-luc.xlsx"]);
    expect(vi.getTimerCount()).toBe(0);
    p.client.terminate();
  });

  it("several culprits in one batch: one restart each, never a loop", async () => {
    const p = page({ hangOn: ["treo-1.xlsx", "treo-2.xlsx"] });
    const named = (name: string, id: string) => ({ ...culprit(id), name });
    p.add([named("treo-1.xlsx", "a"), unit("01-cap-nuoc.xlsx", "f1"), named("treo-2.xlsx", "b")]);
    await settle();
    await vi.advanceTimersByTimeAsync(BOUND + SETTLE);
    await vi.advanceTimersByTimeAsync(BOUND + SETTLE);
    expect(p.workers).toHaveLength(3);
    expect(p.state().rows.map((r) => r.review?.status)).toEqual(["không đọc được", "hợp lệ", "không đọc được"]);
    // Each culprit went to the workers up to the one it stopped, never to a later one.
    expect(p.workers.map(namesChecked)).toEqual([["treo-1.xlsx", "01-cap-nuoc.xlsx", "treo-2.xlsx"], ["01-cap-nuoc.xlsx", "treo-2.xlsx"], ["01-cap-nuoc.xlsx"]]);
    await vi.advanceTimersByTimeAsync(10 * BOUND);
    expect(p.workers).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
    p.client.terminate();
  });

  it("a roster that makes the reader spin is refused as too slow; the files are read", async () => {
    const p = page({ hangOn: ["danh-sach-don-vi.csv"] });
    p.roster(ROSTER);
    p.add([unit("01-cap-nuoc.xlsx", "f1")]);
    await settle();
    expect(p.review("f1")).toBeNull();
    await vi.advanceTimersByTimeAsync(BOUND);
    await settle();
    expect(p.workers).toHaveLength(2);
    expect(p.state().roster).toBeNull();
    expect(p.state().rosterError).toEqual(messages.tooSlow(BOUND / 1000).reason);
    expect(p.review("f1")?.status).toBe("hợp lệ");
    expect(p.workers[1].received.map((r) => r.type)).toEqual(["check"]);
    expect(vi.getTimerCount()).toBe(0);
    p.client.terminate();
  });

  it("a worker that dies in a consolidation: the consolidation fails with a message, and the next request starts a fresh worker with the files", async () => {
    const p = page({ dieInConsolidations: 1 });
    p.add([unit("01-cap-nuoc.xlsx", "f1"), unit("02-dien-luc.xlsx", "f2")]);
    await settle();
    const first = p.client.consolidate({ sheets: [], lang: "vi", render: false });
    const failed = first.catch((e: WorkerFailure) => e);
    await settle();
    expect(await failed).toMatchObject({ code: "Worker", message: { en: expect.stringContaining("Out of memory") } });
    // The request itself may be the cause: no restart until the user asks again.
    expect(p.workers).toHaveLength(1);
    expect(p.review("f1")?.status).toBe("hợp lệ");

    const again = p.client.consolidate({ sheets: [], lang: "vi", render: false });
    await settle();
    expect((await again).summary.units).toBe(2);
    expect(p.workers).toHaveLength(2);
    expect(namesChecked(p.workers[1])).toEqual(["01-cap-nuoc.xlsx", "02-dien-luc.xlsx"]);
    expect(vi.getTimerCount()).toBe(0);
    p.client.terminate();
  });

  it("a file read in time is not stopped, however many files the batch holds", async () => {
    const p = page();
    p.add(["01-cap-nuoc.xlsx", "02-dien-luc.xlsx", "03-bhxh.xlsx"].map((f, i) => unit(f, `f${i}`)));
    await settle();
    await vi.advanceTimersByTimeAsync(10 * BOUND);
    expect(p.workers).toHaveLength(1);
    expect(p.state().rows.every((r) => r.review !== null)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    p.client.terminate();
  });
});
