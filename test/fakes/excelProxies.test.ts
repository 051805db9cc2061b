import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { excelOf, rejectionOf, run, thrownBy } from "./excel/testing";

const report = () =>
  createFakeExcel({
    sheets: [
      { name: "Báo cáo", rows: [["Chỉ tiêu", "Kế hoạch"], ["Kết nạp", 12], ["Chuyển đến", 3]], fills: { A1: "#D9E1F2" } },
      { name: "Ghi chú", rows: [["x"]] },
    ],
  });

describe("proxy objects: load, then sync, then read", () => {
  it("throws PropertyNotLoaded, with Excel's message, when a property was never loaded", async () => {
    const fake = report();
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Báo cáo");
      const range = sheet.getRange("A1:B3");
      for (const read of [() => range.values, () => range.address, () => range.format.fill.color, () => sheet.name]) {
        const e = thrownBy(read);
        expect(e.code).toBe("PropertyNotLoaded");
        expect(e.message).toMatch(/^The property '\w+' is not available\. Before reading the property's value, call the load method/);
      }
      await ctx.sync();
      expect(() => range.values).toThrow(/'values' is not available/);
    });
  });

  it("throws when loaded but not yet synced, and reads after the sync", async () => {
    const fake = report();
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1:B3");
      range.load("values, address");
      range.format.fill.load("color");
      expect(thrownBy(() => range.values).code).toBe("PropertyNotLoaded");
      expect(thrownBy(() => range.format.fill.color).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([["Chỉ tiêu", "Kế hoạch"], ["Kết nạp", 12], ["Chuyển đến", 3]]);
      expect(range.address).toBe("'Báo cáo'!A1:B3");
      // A1 is blue, the rest has no fill: Excel answers null for a mixed range.
      expect(range.format.fill.color).toBeNull();
      // Only what was loaded is readable.
      expect(() => range.formulas).toThrow(/'formulas' is not available/);
    });
  });

  it("accepts every load form Office.js takes", async () => {
    const fake = report();
    await run(fake, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const a = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1");
      const b = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1");
      const c = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1");
      const d = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1");
      sheets.load("items/name,items/position");
      a.load(["values", "format/fill/color"]);
      b.load({ select: "address", expand: "format/font" });
      c.load({ values: true, format: { fill: { color: true } } });
      d.load();
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([["Báo cáo", 0], ["Ghi chú", 1]]);
      expect(() => sheets.items[0].id).toThrow(/'id' is not available/);
      expect([a.values, a.format.fill.color]).toEqual([[["Chỉ tiêu"]], "#D9E1F2"]);
      expect([b.address, b.format.font.bold, b.format.font.size]).toEqual(["'Báo cáo'!A1", false, 11]);
      expect([c.values, c.format.fill.color]).toEqual([[["Chỉ tiêu"]], "#D9E1F2"]);
      expect(d.toJSON()).toMatchObject({ values: [["Chỉ tiêu"]], numberFormat: [["General"]], text: [["Chỉ tiêu"]], rowIndex: 0, columnCount: 1 });
    });
  });

  it("loading a collection's property loads it on the items", async () => {
    const fake = report();
    const names = await run(fake, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Báo cáo", "Ghi chú"]);
  });

  it("rejects the sync when a loaded name is not a property", async () => {
    const fake = report();
    const e = await rejectionOf(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1").load("valeus");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  it("a load sees the workbook as it is at its place in the queue", async () => {
    const fake = report();
    await run(fake, async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Báo cáo").getRange("B2");
      const before = ctx.workbook.worksheets.getItem("Báo cáo").getRange("B2").load("values");
      cell.values = [[99]];
      const after = ctx.workbook.worksheets.getItem("Báo cáo").getRange("B2").load("values");
      await ctx.sync();
      expect([before.values, after.values]).toEqual([[[12]], [[99]]]);
    });
  });

  it("a property the code set is readable at once (Office.js keeps the set value), before any sync", async () => {
    const fake = report();
    await run(fake, async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Báo cáo").getRange("C1");
      cell.values = [["=B2*2"]];
      expect(cell.values).toEqual([["=B2*2"]]);
      expect(fake.workbook.sheet("Báo cáo").cell("C1").formula).toBeNull();
      await ctx.sync();
      expect(fake.workbook.sheet("Báo cáo").cell("C1").formula).toBe("=B2*2");
    });
  });

  it("getItemOrNullObject: isNullObject readable only after sync; a null object's commands do nothing", async () => {
    const fake = report();
    await run(fake, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Tổng hợp");
      const present = ctx.workbook.worksheets.getItemOrNullObject("ghi CHÚ");
      const loaded = ctx.workbook.worksheets.getItemOrNullObject("Tổng hợp").load("name");
      expect(thrownBy(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(loaded.name).toBeUndefined();
      missing.getRange("A1").values = [["lost"]];
      missing.delete();
      await ctx.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["Báo cáo", "Ghi chú"]);
    // 3 probes + 1 load, then a write and a delete on the null object (sent, and ignored by Excel).
    expect(fake.stats.commands).toBe(6);
  });

  it("objects die with their Excel.run: queueing afterwards throws; loaded values stay readable", async () => {
    const fake = report();
    const range = await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A2");
      r.load("values");
      await ctx.sync();
      return r;
    });
    expect(range.values).toEqual([["Kết nạp"]]);
    expect(thrownBy(() => (range.values = [["late"]])).code).toBe("InvalidObjectPath");
    expect(fake.workbook.sheet("Báo cáo").cell("A2").value).toBe("Kết nạp");
  });

  it("Excel.run refuses a batch that does not return a promise, and syncs what is pending at the end", async () => {
    const fake = report();
    const e = await rejectionOf(excelOf(fake).run(((ctx: Excel.RequestContext) => void ctx.workbook.worksheets.add("X")) as never));
    expect(e.code).toBe("RunMustReturnPromise");
    expect(fake.workbook.hasSheet("X")).toBe(false);

    await run(fake, async (ctx) => void ctx.workbook.worksheets.add("Y"));
    expect(fake.workbook.hasSheet("Y")).toBe(true);
    expect(fake.stats.syncs).toBe(1);
  });

  it("a batch that throws applies nothing it had not synced", async () => {
    const fake = report();
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.add("Half");
        throw new Error("adapter bug");
      }),
    ).rejects.toThrow("adapter bug");
    expect(fake.workbook.hasSheet("Half")).toBe(false);
  });

  it("members above the supported ExcelApi version throw ApiNotFound on the client, synchronously", async () => {
    const fake = createFakeExcel({ apiVersion: "1.3" });
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      for (const [member, call] of [
        ["Workbook.settings", () => ctx.workbook.settings],
        ["WorksheetCollection.getItemOrNullObject", () => ctx.workbook.worksheets.getItemOrNullObject("x")],
        ["Worksheet.freezePanes", () => sheet.freezePanes],
        ["Worksheet.tabColor", () => (sheet.tabColor = "#FF0000")],
        ["Range.dataValidation", () => sheet.getRange("A1").dataValidation],
        ["Application.suspendApiCalculationUntilNextSync", () => ctx.application.suspendApiCalculationUntilNextSync()],
      ] as const) {
        const e = thrownBy(call);
        expect([e.code, (e as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation]).toEqual(["ApiNotFound", member]);
      }
      expect(() => sheet.pivotTables.add("P", "A1:B2", "D1")).toThrow(/ExcelApi 1\.8/);
      sheet.getRange("A1").merge();
      await ctx.sync();
    });
  });

  it("refuses an object from another request context as an argument", async () => {
    const fake = report();
    await run(fake, async (outer) => {
      const range = outer.workbook.worksheets.getItem("Báo cáo").getRange("A1:B3");
      await run(fake, async (inner) => {
        expect(thrownBy(() => inner.workbook.tables.add(range as never, true)).code).toBe("InvalidRequestContext");
      });
    });
  });
});
