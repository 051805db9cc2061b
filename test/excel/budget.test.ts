import { describe, expect, it } from "vitest";
import { planWrites, REQUEST_LIMIT, writeConsolidation } from "../../src/excel";
import { DATA_COLUMNS } from "../../src/engine/sheets/data";
import { consolidationOf, fakeExcel, unitChecks } from "./helpers";

/**
 * The budget of the design: a 500-unit, 30-indicator consolidation (four sheets, 15,000 data rows)
 * written in at most 6 syncs, no request over 4 MB, calculation suspended before each write batch.
 */
describe("writing a 500-unit consolidation", () => {
  const specs = consolidationOf(unitChecks(500));

  it("takes at most 6 syncs, none over 4 MB, pivot included", async () => {
    const fake = fakeExcel();
    const out = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    expect(out.pivot).toBe("created");
    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    expect(out.syncs).toBe(fake.stats.syncs);
    expect(fake.stats.maxRequestBytes).toBeLessThan(REQUEST_LIMIT);
    expect(fake.stats.maxResponseBytes).toBeLessThan(REQUEST_LIMIT);
    // The plan the bench reports agrees with what happened.
    const plan = planWrites(specs, { validations: true, pivot: true });
    expect(plan.syncs).toBe(fake.stats.syncs);
    expect(plan.maxRequestBytes).toBeGreaterThanOrEqual(fake.stats.maxRequestBytes);
    expect(fake.workbook.calculationSuspensions).toBe(plan.batches.length);

    const data = fake.workbook.sheet("Dữ liệu");
    const dataRows = specs[1].rows.length;
    expect(data.usedRange(true)).toBe(`A1:Q${dataRows}`);
    expect(data.cell("A1").value).toBe(DATA_COLUMNS[0]);
    expect(data.tables).toEqual([expect.objectContaining({ name: "DuLieuTongHop", address: `A1:Q${dataRows}` })]);
    // A row at the end, after the batches were split: figures as numbers, the rate a live formula.
    const last = specs[1].rows[dataRows - 1];
    const actual = last[11];
    expect(data.cell(`L${dataRows}`).value).toBe(actual?.t === "number" ? actual.v : null);
    expect(data.cell(`N${dataRows}`).formula).toBe(`=IF(N(K${dataRows})>0,M${dataRows}/K${dataRows},"")`);
    expect(data.cell(`C${dataRows}`).numberFormat).toBe("@");
    expect(fake.workbook.pivotTables).toEqual([expect.objectContaining({ sheet: "Pivot", rows: ["Nhóm", "Chỉ tiêu"] })]);
    expect(fake.workbook.activeSheet).toBe("Tổng hợp");
  }, 120_000);
});
