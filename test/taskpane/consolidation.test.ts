import { describe, expect, it } from "vitest";
import {
  canConsolidate,
  consolidationReducer as reduce,
  initialConsolidation,
  isReading,
  sheetRowId,
  type ConsolidationAction,
  type ConsolidationState,
} from "../../src/taskpane/state/consolidation";
import { actionOf } from "../../src/taskpane/state/useConsolidation";
import type { FileReview } from "../../src/taskpane/worker/protocol";
import type { FileStatus } from "../../src/taskpane/state/status";

const review = (status: FileStatus, unit = "Đơn vị"): FileReview => ({ status, unit, period: { vi: "Quý I/2023", en: "Q1 2023" }, counts: { error: 0, warning: 0, info: 0 }, note: null });
const run = (...actions: ConsolidationAction[]) => actions.reduce(reduce, initialConsolidation);
const added = (...ids: string[]): ConsolidationAction => ({ type: "filesAdded", files: ids.map((id) => ({ id, name: `${id}.xlsx` })) });
const problem = { message: { vi: "hỏng", en: "broken" }, intent: "error" as const };
const done: ConsolidationAction = { type: "consolidated", success: { kind: "download", fileName: "tong-hop.xlsx", units: 1, counts: { error: 0, warning: 0, info: 0 } } };

describe("adding, checking and removing files", () => {
  it("new files are listed at once, being read, and block the consolidation until reviewed", () => {
    const s = run(added("a", "b"));
    expect(s.rows.map((r) => [r.id, r.name, r.source, r.review])).toEqual([
      ["a", "a.xlsx", "file", null],
      ["b", "b.xlsx", "file", null],
    ]);
    expect(isReading(s)).toBe(true);
    expect(canConsolidate(s)).toBe(false);
  });

  it("a file checked gets its review; the batch's review replaces the early ones", () => {
    let s = run(added("a", "b"), { type: "fileChecked", id: "a", review: review("hợp lệ") });
    expect(s.rows[0].review?.status).toBe("hợp lệ");
    expect(isReading(s)).toBe(true);
    s = reduce(s, { type: "fileChecked", id: "b", review: review("hợp lệ") });
    s = reduce(s, { type: "reviewed", reviews: { a: review("trùng"), b: review("hợp lệ") }, coverage: null, period: { vi: "Quý I/2023", en: "Q1 2023" } });
    expect(s.rows.map((r) => r.review?.status)).toEqual(["trùng", "hợp lệ"]);
    expect(s.period?.vi).toBe("Quý I/2023");
    expect(canConsolidate(s)).toBe(true);
  });

  it("progress shows while a batch is read and clears on its last file", () => {
    let s = run(added("a", "b"), { type: "progress", done: 1, total: 2 });
    expect(s.progress).toEqual({ done: 1, total: 2 });
    s = reduce(s, { type: "progress", done: 2, total: 2 });
    expect(s.progress).toBeNull();
  });

  it("an event about a file already removed changes nothing", () => {
    const s = run(added("a"), { type: "fileRemoved", id: "a" }, { type: "fileChecked", id: "a", review: review("lỗi") });
    expect(s.rows).toEqual([]);
    const t = reduce(s, { type: "reviewed", reviews: { a: review("lỗi") }, coverage: null, period: null });
    expect(t.rows).toEqual([]);
  });

  it("the same id twice is listed once", () => {
    expect(run(added("a"), added("a")).rows).toHaveLength(1);
  });

  it("adding or removing a file clears an earlier success, which no longer describes the totals", () => {
    const s = run(added("a"), { type: "fileChecked", id: "a", review: review("hợp lệ") }, { type: "consolidating" }, done);
    expect(s.success?.kind).toBe("download");
    expect(s.consolidating).toBe(false);
    expect(reduce(s, added("b")).success).toBeNull();
    expect(reduce(s, { type: "fileRemoved", id: "a" }).success).toBeNull();
  });
});

describe("workbook sheets", () => {
  it("ticked sheets are listed first, in the order given, keeping reviews of sheets still ticked", () => {
    let s = run(added("f"), { type: "sheetsSelected", names: ["Đơn vị A", "Đơn vị B"] });
    expect(s.rows.map((r) => [r.id, r.source])).toEqual([
      [sheetRowId("Đơn vị A"), "sheet"],
      [sheetRowId("Đơn vị B"), "sheet"],
      ["f", "file"],
    ]);
    s = reduce(s, { type: "reviewed", reviews: { [sheetRowId("Đơn vị A")]: review("lỗi"), [sheetRowId("Đơn vị B")]: review("hợp lệ") }, coverage: null, period: null });
    s = reduce(s, { type: "sheetsSelected", names: ["Đơn vị A"] });
    expect(s.rows.map((r) => [r.name, r.review?.status ?? null])).toEqual([
      ["Đơn vị A", "lỗi"],
      ["f.xlsx", null],
    ]);
  });
});

describe("roster", () => {
  it("is being read, then loaded; coverage comes with the review", () => {
    let s = run({ type: "rosterReading", name: "ds.csv" });
    expect(s.roster).toEqual({ name: "ds.csv", units: null });
    expect(isReading(s)).toBe(true);
    s = reduce(s, { type: "rosterLoaded", name: "ds.csv", units: 11 });
    s = reduce(s, { type: "reviewed", reviews: {}, coverage: { expected: 11, received: 0, missing: ["X"], unexpected: [] }, period: null });
    expect(s.roster).toEqual({ name: "ds.csv", units: 11 });
    expect(s.coverage?.expected).toBe(11);
    expect(isReading(s)).toBe(false);
  });

  it("a roster that fails is dropped with its reason, and so is the coverage", () => {
    const reason = { vi: "Không thấy danh sách", en: "No roster" };
    const s = run(
      { type: "rosterReading", name: "a.csv" },
      { type: "reviewed", reviews: {}, coverage: { expected: 3, received: 0, missing: [], unexpected: [] }, period: null },
      { type: "rosterFailed", reason },
    );
    expect(s.roster).toBeNull();
    expect(s.rosterError).toEqual(reason);
    expect(s.coverage).toBeNull();
    expect(reduce(s, { type: "rosterReading", name: "b.csv" }).rosterError).toBeNull();
  });

  it("removing it clears roster, error and coverage", () => {
    const s = run({ type: "rosterLoaded", name: "a", units: 2 }, { type: "rosterCleared" });
    expect([s.roster, s.rosterError, s.coverage]).toEqual([null, null, null]);
  });
});

describe("busy and errors", () => {
  const ready = (): ConsolidationState => run(added("a"), { type: "fileChecked", id: "a", review: review("hợp lệ") });

  it("consolidating disables the button, and a failure re-enables it with the problem", () => {
    let s = reduce(ready(), { type: "consolidating" });
    expect(canConsolidate(s)).toBe(false);
    s = reduce(s, { type: "failed", problem });
    expect(s.consolidating).toBe(false);
    expect(s.problem).toEqual(problem);
    expect(canConsolidate(s)).toBe(true);
    // A failed consolidation does not touch the rows.
    expect(s.rows[0].review?.status).toBe("hợp lệ");
  });

  it("a dead worker marks the rows it will never read as unreadable, saying why, and stops the progress", () => {
    const s = run(added("a", "b"), { type: "fileChecked", id: "a", review: review("hợp lệ") }, { type: "progress", done: 1, total: 2 }, { type: "failed", problem, abandonReading: true });
    expect(s.rows.map((r) => r.review?.status)).toEqual(["hợp lệ", "không đọc được"]);
    expect(s.rows[1].review?.note).toEqual(problem.message);
    expect(s.progress).toBeNull();
    expect(isReading(s)).toBe(false);
  });

  it("dismiss clears the problem and the success, not the files", () => {
    const s = reduce(reduce(ready(), { type: "failed", problem }), { type: "dismiss" });
    expect(s.problem).toBeNull();
    expect(s.rows).toHaveLength(1);
  });

  it("nothing to consolidate without rows", () => {
    expect(canConsolidate(initialConsolidation)).toBe(false);
  });
});

describe("worker events become actions", () => {
  it("maps each event, and turns a roster error into the roster's failure", () => {
    expect(actionOf({ type: "progress", done: 1, total: 3 })).toEqual({ type: "progress", done: 1, total: 3 });
    expect(actionOf({ type: "roster", ok: true, name: "x", units: 2 })).toEqual({ type: "rosterLoaded", name: "x", units: 2 });
    expect(actionOf({ type: "error", scope: "roster", message: problem.message })).toEqual({ type: "rosterFailed", reason: problem.message });
    expect(actionOf({ type: "error", scope: "worker", message: problem.message })).toMatchObject({ type: "failed", abandonReading: true });
    expect(actionOf({ type: "error", scope: "consolidate", message: problem.message })).toMatchObject({ type: "failed", abandonReading: false });
    expect(actionOf({ type: "rosterCleared" })).toBeNull();
    // The watchdog's own event (workerClient.ts does not pass it on; harmless if it did).
    expect(actionOf({ type: "reading", file: "f1" })).toBeNull();
  });
});
