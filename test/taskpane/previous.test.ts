/**
 * Kỳ trước in the task pane's files worker (issue 11): earlier periods picked as files (our consolidated
 * workbook, or units' files) are read once, say which periods they hold, and the consolidation checks against
 * them and adds `So sánh`; dropping them restores the plain consolidation; a file holding no period is refused.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consolidationReducer, initialConsolidation, isReading } from "../../src/taskpane/state/consolidation";
import { actionOf } from "../../src/taskpane/state/useConsolidation";
import { PREVIOUS_READING } from "../../src/taskpane/worker/protocol";
import { fileToCheck, harness } from "./workerHarness";

const Q2 = "test/fixtures/periods/bcxdd/2026-q2";
const Q3 = "test/fixtures/periods/bcxdd/2026-q3";
const filesOf = (dir: string) => readdirSync(dir).sort().map((f) => join(dir, f));
const asPrevious = (path: string) => {
  const b = readFileSync(path);
  return { name: path.split("/").pop()!, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
};

describe("files worker: Kỳ trước", () => {
  it("reads the earlier period's files, names their period, and the consolidation checks and compares against them", () => {
    const h = harness();
    h.send({ type: "check", files: filesOf(Q3).map((p) => fileToCheck(p)) });
    h.send({ type: "previous", files: filesOf(Q2).map(asPrevious) });
    expect(h.all("reading").some((e) => "file" in e && e.file === PREVIOUS_READING)).toBe(true);
    expect(h.last("previous")).toEqual({ type: "previous", ok: true, names: filesOf(Q2).map((p) => p.split("/").pop()), periods: [{ vi: "Quý II/2026", en: "Q2 2026" }] });
    h.send({ type: "consolidate", requestId: 1, sheets: [], lang: "vi", render: false });
    const done = h.last("consolidated");
    expect(done.summary.sheets).toContain("So sánh");
    expect(done.summary.counts.error).toBe(3); // UNIT_DUPLICATE, CARRY_OVER, YTD_CONTINUITY

    h.send({ type: "previous", files: [] });
    expect(h.last("previousCleared")).toEqual({ type: "previousCleared" });
    h.send({ type: "consolidate", requestId: 2, sheets: [], lang: "vi", render: false });
    expect(h.last("consolidated").summary.sheets).not.toContain("So sánh");
  });

  it("a file holding no period is refused with why, and nothing is kept", () => {
    const h = harness();
    h.send({ type: "previous", files: [asPrevious("examples/danh-sach-don-vi.csv")] });
    const e = h.last("previous");
    expect(e.ok).toBe(false);
    expect(!e.ok && e.reason.vi).toContain("Không tìm thấy kỳ báo cáo");
  });
});

describe("Kỳ trước on screen", () => {
  it("is 'reading' until the worker names the periods, and a failure says why", () => {
    let s = consolidationReducer(initialConsolidation, { type: "previousReading", names: ["quy-2.xlsx"] });
    expect(isReading(s)).toBe(true);
    s = consolidationReducer(s, actionOf({ type: "previous", ok: true, names: ["quy-2.xlsx"], periods: [{ vi: "Quý II/2026", en: "Q2 2026" }] })!);
    expect(isReading(s)).toBe(false);
    expect(s.previous).toEqual({ names: ["quy-2.xlsx"], periods: [{ vi: "Quý II/2026", en: "Q2 2026" }] });
    s = consolidationReducer(s, actionOf({ type: "error", scope: "previous", message: { vi: "hỏng", en: "broken" } })!);
    expect([s.previous, s.previousError]).toEqual([null, { vi: "hỏng", en: "broken" }]);
  });
});
