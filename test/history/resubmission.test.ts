/**
 * A resubmission (issue 11 §3): unit CB04 sends Quý III/2026 twice; the later copy corrects four cells. The
 * JSON, the UNIT_DUPLICATE finding and the `Đơn vị` sheet list exactly those cells, before → after, with both
 * cells, and say which copy the totals use. No earlier period is needed for this.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { gridsOf } from "../support/files";
import { bcxdd, consolidate } from "./series";

describe("a resubmitted report", () => {
  it("lists exactly the cells that changed", async () => {
    const doc = await consolidate([bcxdd("2026-q3")]);
    expect(doc.resubmissions).toHaveLength(1);
    const r = doc.resubmissions![0];
    expect([basename(r.file), basename(r.supersededBy)]).toEqual(["04-cb04-2026-q3.xlsx", "04-cb04-2026-q3-gui-lai.xlsx"]);
    const sorted = [...r.changes].sort((a, b) => `${a.indicator}${a.column}`.localeCompare(`${b.indicator}${b.column}`));
    expect(sorted).toEqual([
      { form: "BC-XDD", indicator: "KT_DV", column: "actual", before: 3, after: 5, cell: "F35", previousCell: "F35" },
      { form: "BC-XDD", indicator: "KT_DV", column: "ytd", before: 9, after: 11, cell: "G35", previousCell: "G35" },
      { form: "BC-XDD", indicator: "PT_QCUT", column: "actual", before: 8, after: 9, cell: "F31", previousCell: "F31" },
      { form: "BC-XDD", indicator: "PT_QCUT", column: "ytd", before: 21, after: 22, cell: "G31", previousCell: "G31" },
    ]);
    const entry = doc.units.find((u) => u.status === "duplicate")!;
    expect(entry.changes).toEqual(r.changes);
    expect(doc.units.filter((u) => u.changes).length).toBe(1);
    const dup = doc.findings.find((f) => f.rule === "UNIT_DUPLICATE")!;
    expect(dup.message).toContain("04-cb04-2026-q3-gui-lai.xlsx (ngày báo cáo muộn hơn");
    expect(dup.message).toContain("Bản gửi lại thay đổi 4 ô");
    expect(dup.message).toContain("KT_DV/actual: 3 → 5 (F35 → F35)");

    const units = gridsOf(new Uint8Array(readFileSync(doc.out))).find((g) => g.name === "Đơn vị")!;
    const notes = units.cells.map((row) => String(row?.[10]?.v ?? "")).filter((s) => s.includes("thay đổi"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Dùng tệp .*04-cb04-2026-q3-gui-lai\.xlsx .*Bản gửi lại thay đổi 4 ô: .*PT_QCUT\/ytd: 21 → 22 \(G31 → G31\)/);
  });

  it("a batch without duplicates has no `resubmissions` field", async () => {
    const doc = await consolidate([bcxdd("2026-q2")]);
    expect(doc.resubmissions).toBeUndefined();
    expect(doc.comparison).toBeUndefined();
  });
});
