import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { run } from "./excel/testing";

const seed = { name: "S", rows: [["Chỉ tiêu", "Tỷ lệ"], ["A", 0.5], ["B", 1.2]] };

describe("fake Excel: charts", () => {
  it("adds a chart from a range: one series per column, named and set as queued, applied at sync", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.8" });
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B3"), "Columns");
      chart.title.text = "Tỷ lệ";
      const s = chart.series.getItemAt(0);
      s.name = "Tỷ lệ % KH";
      s.setXAxisValues(sheet.getRange("A2:A3"));
      chart.setPosition("A5", "D20");
      expect(fake.workbook.sheet("S").charts).toHaveLength(0);
      await ctx.sync();
    });
    const [c] = fake.workbook.sheet("S").charts;
    expect(c).toMatchObject({ type: "BarClustered", title: "Tỷ lệ", position: { start: "A5", end: "D20" } });
    expect(c.series).toHaveLength(1);
    expect(c.series[0].name).toBe("Tỷ lệ % KH");
    expect(c.series[0].xValues!.area).toEqual({ r1: 1, c1: 0, r2: 2, c2: 0 });
  });

  it("refuses an unknown chart type, a series past the last, and a source range on a missing sheet", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.8" });
    const attempt = (body: (ctx: Excel.RequestContext, sheet: Excel.Worksheet) => void) =>
      run(fake, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("S");
        body(ctx, sheet);
        await ctx.sync();
      });
    await expect(attempt((_, s) => void s.charts.add("Pie3DExploded" as Excel.ChartType, s.getRange("B2:B3"), "Columns"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((_, s) => void s.charts.add("BarClustered", s.getRange("B2:B3"), "Diagonal" as Excel.ChartSeriesBy))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((_, s) => void (s.charts.add("BarClustered", s.getRange("B2:B3"), "Columns").series.getItemAt(1).name = "x"))).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(attempt((ctx, s) => void s.charts.add("BarClustered", ctx.workbook.worksheets.getItem("Không có").getRange("A1:A2"), "Columns"))).rejects.toMatchObject({ code: "ItemNotFound" });
    // The refused commands added nothing afterwards (the fake keeps commands before a failure, as Excel).
    expect(fake.workbook.sheet("S").charts.every((c) => c.type === "BarClustered")).toBe(true);
  });

  it("keeps requirement sets: 1.8 members throw ApiNotFound on a 1.7 host, synchronously", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.7" });
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
      expect(() => (chart.axes.valueAxis.numberFormat = "0%")).toThrow(/ApiNotFound|not available|1\.8/);
      expect(() => (chart.series.getItemAt(0).overlap = 100)).toThrow();
      chart.axes.categoryAxis.reversePlotOrder = true;
      await ctx.sync();
    });
    expect(fake.workbook.sheet("S").charts[0].axes.category.reversePlotOrder).toBe(true);
    const old = createFakeExcel({ sheets: [seed], apiVersion: "1.6" });
    await run(old, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("Line", sheet.getRange("B2:B3"), "Columns");
      expect(() => chart.series.getItemAt(0).setValues(sheet.getRange("B2:B3"))).toThrow();
      await ctx.sync();
    });
  });

  it("counts chart commands in the request like any other", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.8" });
    const before = fake.stats.commands;
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B3"), "Columns");
      chart.title.text = "T";
      await ctx.sync();
    });
    expect(fake.stats.commands - before).toBeGreaterThanOrEqual(2);
  });
});
