import { describe, expect, it } from "vitest";
import { ExcelDoorError, OWN_SHEETS_KEY, listSheets, writeConsolidation } from "../../src/excel";
import { run } from "../fakes/excel/testing";
import { consolidationOf, fakeExcel, rejection, unitChecks } from "./helpers";

const specs = consolidationOf(unitChecks(10));
const SHEETS = ["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"];

describe("writeConsolidation: the add-in's own sheets", () => {
  it("writes the four sheets, records their ids and shows the first", async () => {
    const fake = fakeExcel({ sheets: [{ name: "Sheet1", rows: [["ghi chú của tôi"]] }] });
    const out = await writeConsolidation(specs);
    expect(out).toEqual({ sheets: SHEETS, pivot: "none", syncs: fake.stats.syncs });
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...SHEETS]);
    const ids = SHEETS.map((n) => fake.workbook.sheet(n).id);
    expect(fake.workbook.settings.get(OWN_SHEETS_KEY)).toEqual(ids);
    expect(fake.workbook.activeSheet).toBe("Tổng hợp");
    expect((await listSheets()).map((s) => [s.name, s.own])).toEqual([["Sheet1", false], ...SHEETS.map((n) => [n, true])]);
    // No sheet is left under a temporary name.
    expect(fake.workbook.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
  });

  it("never touches a user's sheet that bears one of its names: the new one is `Tổng hợp (2)`", async () => {
    const fake = fakeExcel({ sheets: [{ name: "tổng hợp", rows: [["Số liệu tự làm", 42]], fills: { A1: "#FFFF00" } }] });
    const before = fake.workbook.sheet("tổng hợp");
    const snapshotOf = () => JSON.stringify((fake.workbook.snapshot() as { sheets: { id: string }[] }).sheets.find((s) => s.id === before.id));
    const userSheet = snapshotOf();
    const out = await writeConsolidation(specs);
    expect(out.sheets[0]).toBe("Tổng hợp (2)");
    expect(fake.workbook.sheetNames()).toEqual(["tổng hợp", "Tổng hợp (2)", ...SHEETS.slice(1)]);
    expect(snapshotOf()).toBe(userSheet);

    // A re-run replaces only its own sheets, and finds the same names free again.
    const again = await writeConsolidation(specs);
    expect(again.sheets).toEqual(out.sheets);
    expect(fake.workbook.sheetNames()).toEqual(["tổng hợp", "Tổng hợp (2)", ...SHEETS.slice(1)]);
    expect(snapshotOf()).toBe(userSheet);
  });

  it("a re-run deletes the previous own sheets, even renamed ones, and nothing else", async () => {
    const fake = fakeExcel({ sheets: [{ name: "Sheet1", rows: [[1]] }] });
    await writeConsolidation(specs);
    const oldIds = fake.workbook.settings.get(OWN_SHEETS_KEY) as string[];
    // The user renames one of ours and adds a sheet named like another of ours, after the run.
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Kiểm tra").name = "Kiểm tra cũ";
      context.workbook.worksheets.getItem("Đơn vị").name = "Đơn vị (bản của tôi)";
      context.workbook.worksheets.add("Ghi chú");
      await context.sync();
    });
    await writeConsolidation(specs);
    const names = fake.workbook.sheetNames();
    expect(names).toEqual(["Sheet1", "Ghi chú", ...SHEETS]);
    const newIds = fake.workbook.settings.get(OWN_SHEETS_KEY) as string[];
    expect(newIds).toHaveLength(4);
    for (const id of oldIds) expect(newIds).not.toContain(id);
    expect(fake.workbook.sheet("Sheet1").cell("A1").value).toBe(1);
  });

  it("keeps the table name across runs, and yields it to a user's table", async () => {
    const fake = fakeExcel();
    await writeConsolidation(specs);
    await writeConsolidation(specs);
    expect(fake.workbook.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["DuLieuTongHop", "Dữ liệu"],
      ["KiemTra", "Kiểm tra"],
    ]);

    const other = fakeExcel({ sheets: [{ name: "Của tôi", rows: [["a", "b"], [1, 2]] }] });
    await run(other, async (context) => {
      context.workbook.worksheets.getItem("Của tôi").tables.add("A1:B2", true).name = "DuLieuTongHop";
      await context.sync();
    });
    await writeConsolidation(specs);
    expect(other.workbook.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["DuLieuTongHop", "Của tôi"],
      ["DuLieuTongHop_2", "Dữ liệu"],
      ["KiemTra", "Kiểm tra"],
    ]);
  });
});

describe("writeConsolidation: rollback", () => {
  it("leaves the workbook exactly as it was when any sync fails", async () => {
    // Small requests, so that the sheets are built over several syncs; learn how many a re-run takes.
    const options = { requestLimit: 48 * 1024 };
    const probe = fakeExcel({ sheets: [{ name: "Sheet1", rows: [["x"]] }] });
    await writeConsolidation(specs, options);
    probe.stats.reset();
    await writeConsolidation(specs, options);
    const syncs = probe.stats.syncs;
    expect(syncs).toBeGreaterThanOrEqual(6);
    expect(probe.stats.maxRequestBytes).toBeLessThan(48 * 1024);

    for (let n = 1; n <= syncs; n++) {
      const fake = fakeExcel({ sheets: [{ name: "Sheet1", rows: [["x"]] }] });
      await writeConsolidation(specs, options);
      const before = fake.workbook.snapshot();
      fake.failOnSync(n, "GeneralException");
      const error = await rejection(writeConsolidation(specs, options));
      expect(error, `sync ${n}`).toBeInstanceOf(ExcelDoorError);
      expect(fake.workbook.snapshot(), `sync ${n}`).toEqual(before);
      if (n > 1) expect((error as ExcelDoorError).message.vi).toContain("giữ nguyên như trước");
    }
  });

  it("says what to do when a request is too large, in Vietnamese first", async () => {
    const fake = fakeExcel();
    fake.failOnSync(2, "RequestPayloadSizeLimitExceeded");
    const error = (await rejection(writeConsolidation(specs))) as ExcelDoorError;
    expect(error.code).toBe("PayloadTooLarge");
    expect(error.message.vi).toMatch(/quá lớn/);
    expect(error.message.en).toMatch(/too large/);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("refuses an empty write without deleting the previous result", async () => {
    const fake = fakeExcel();
    await writeConsolidation(specs);
    const error = (await rejection(writeConsolidation([]))) as ExcelDoorError;
    expect(error).toBeInstanceOf(ExcelDoorError);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...SHEETS]);
  });
});

describe("writeConsolidation: the PivotTable", () => {
  it("adds it on an own `Pivot` sheet when ExcelApi 1.8 is there", async () => {
    const fake = fakeExcel();
    const out = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    expect(out.pivot).toBe("created");
    const [pivot] = fake.workbook.pivotTables;
    expect(pivot).toMatchObject({ sheet: "Pivot", source: { table: "DuLieuTongHop" }, rows: ["Nhóm", "Chỉ tiêu"], filters: ["Cụm", "Đơn vị"] });
    expect(pivot.data.map((d) => [d.field, d.summarizeBy])).toEqual([["Kế hoạch", "Sum"], ["Thực hiện", "Sum"], ["Lũy kế", "Sum"]]);
    expect(fake.workbook.settings.get(OWN_SHEETS_KEY)).toContain(fake.workbook.sheet("Pivot").id);
    // A re-run replaces the pivot sheet too.
    await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...SHEETS, "Pivot"]);
    expect(fake.workbook.pivotTables).toHaveLength(1);
  });

  it("says `unsupported` on ExcelApi 1.7 and writes the sheets without data validation", async () => {
    const fake = fakeExcel({ apiVersion: "1.7" });
    const out = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    expect(out.pivot).toBe("unsupported");
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...SHEETS]);
  });

  it("a failing pivot keeps the written sheets", async () => {
    const probe = fakeExcel();
    const { syncs } = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    expect(probe.workbook.pivotTables).toHaveLength(1);

    const fake = fakeExcel();
    fake.failOnSync(syncs, "GeneralException");
    const out = await writeConsolidation(specs, { pivotFrom: "DuLieuTongHop" });
    expect(out.pivot).toBe("failed");
    expect(out.sheets).toEqual(SHEETS);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...SHEETS]);
    expect(fake.workbook.settings.get(OWN_SHEETS_KEY)).toEqual(SHEETS.map((n) => fake.workbook.sheet(n).id));
  });
});
