/**
 * Filling "Cùng kỳ năm trước" from the same period a year earlier (issue 11 §5): a unit that left column 3
 * blank gets what it reported then, the committee's column 3 and the ratio column follow; a figure a unit did
 * write is kept. The filled figure's source in `Dữ liệu biểu` is the earlier file's cell.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { FORM_DATA_COLUMNS } from "../../src/engine/forms/sheets/names";
import { gridsOf } from "../support/files";
import { btctw1, consolidate } from "./series";

interface FormsDoc {
  forms: Record<string, { totals: Record<string, Record<string, number | null>> }>;
}

const totals = async (...args: string[]) => ((await consolidate(args)) as unknown as FormsDoc & { out: string });

describe("column 3 filled from a year earlier", () => {
  it("the committee's column 3 becomes last year's column 2 in full, and the ratio follows", async () => {
    const without = await totals(btctw1("2026-h1"));
    const lastYear = await totals(btctw1("2025-h1"));
    const filled = await totals(btctw1("2026-h1"), "--previous", btctw1("2025-h1"));
    const now = filled.forms["BTCTW-1"].totals;
    const then = lastYear.forms["BTCTW-1"].totals;
    // Row D: unit 0 left it blank (filled now); no unit moved figures of D, so it is last year's exactly.
    expect(without.forms["BTCTW-1"].totals.D["3"]).toBeLessThan(then.D["2"]!);
    expect(now.D["3"]).toBe(then.D["2"]);
    expect(now.D["4"]).toBeCloseTo((now.D["2"]! * 100) / now.D["3"]!, 9);
    // Unit 3's own (wrong) B.2.a is kept, not replaced: the sum is last year's plus its one extra.
    expect(now["B.2.a"]["3"]).toBe(then["B.2.a"]["2"]! + 1);
  });

  it("Dữ liệu biểu lists the filled figure with the earlier file's cell as its source", async () => {
    const doc = await consolidate([btctw1("2026-h1"), "--previous", btctw1("2025-h1")]);
    const table = gridsOf(new Uint8Array(readFileSync(doc.out))).find((g) => g.name === "Dữ liệu biểu")!;
    const col = (name: (typeof FORM_DATA_COLUMNS)[number]) => FORM_DATA_COLUMNS.indexOf(name);
    const row = table.cells.find((cells) => String(cells?.[col("Tệp")]?.v ?? "").includes("2025-h1") && cells?.[col("Mã dòng")]?.v === "D")!;
    expect(row[col("Cột")]?.v).toBe("3");
    expect(basename(String(row[col("Tệp")]?.v))).toBe("01-dien-luc-2025-h1.xls");
    expect(row[col("Ô")]?.v).toMatch(/^B\d+$/);
  });
});
