import { describe, expect, it } from "vitest";
import { writeConsolidation } from "../../src/excel";
import { seedFromSpec } from "../fakes/excel/specSeed";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";
import { consolidationOf, fakeExcel, unitChecks } from "./helpers";

type Snapshot = { sheets: { id: string }[]; tables: { id?: string }[]; pivots: { id?: string }[] };

/**
 * The workbook as a user sees it: sheet, table and pivot ids are Excel's own and change whenever the object
 * is made again, so a sheet's id is replaced by its position wherever it appears (sheets, settings) and the
 * tables' and pivots' ids are left out.
 */
function asSeen(snapshot: unknown): unknown {
  const s = snapshot as Snapshot;
  const withoutIds = { ...s, tables: s.tables.map(({ id: _, ...t }) => t), pivots: s.pivots.map(({ id: _, ...p }) => p) };
  return JSON.parse(s.sheets.reduce((t, sheet, i) => t.split(sheet.id).join(`sheet#${i}`), JSON.stringify(withoutIds)));
}

describe("running the same consolidation twice", () => {
  it("gives the same workbook, the user's sheet untouched", async () => {
    const userSheet = { ...seedFromSpec(reportSheet(SAMPLE_UNITS[1]), "Báo cáo của tôi"), active: true, fills: { A1: "#FFFF00" } };
    const fake = fakeExcel({ sheets: [userSheet] });
    const specs = consolidationOf(unitChecks(12));
    const userBefore = JSON.stringify((asSeen(fake.workbook.snapshot()) as { sheets: unknown[] }).sheets[0]);

    const first = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    const once = asSeen(fake.workbook.snapshot());
    const second = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    const twice = asSeen(fake.workbook.snapshot());

    expect(second.sheets).toEqual(first.sheets);
    expect(twice).toEqual(once);
    expect(fake.workbook.sheetNames()).toEqual(["Báo cáo của tôi", "Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị", "Pivot"]);
    expect(JSON.stringify((twice as { sheets: unknown[] }).sheets[0])).toBe(userBefore);
  });
});
