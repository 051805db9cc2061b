import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/engine";
import { completionCharts, UNIT_CHART_MAX_UNITS } from "../../src/engine/charts";
import { writeConsolidation } from "../../src/excel";
import { planWrites } from "../../src/excel/plan";
import { BCXDD } from "../../src/templates/bcxdd";
import { consolidationOf, fakeExcel, unitChecks } from "./helpers";

const checks = unitChecks(20);
const chartSheet = completionCharts(consolidate(checks, BCXDD), BCXDD)!;
const specs = [...consolidationOf(checks), chartSheet];

/** The fake's cell text at an A1 address of the chart sheet. */
const cellOf = (fake: ReturnType<typeof fakeExcel>, address: string) => fake.workbook.sheet("Biểu đồ").cell(address).value;

describe("the Biểu đồ sheet's charts in Excel", () => {
  it("adds both charts over the sheet's cells, named, titled and placed as the spec says, within the sync budget", async () => {
    const fake = fakeExcel({ apiVersion: "1.8" });
    const out = await writeConsolidation(specs);
    // Charts ride in the cell batches: no sync of their own.
    expect(out.syncs).toBe(planWrites(specs).syncs);
    const charts = fake.workbook.sheet("Biểu đồ").charts;
    expect(charts).toHaveLength(chartSheet.charts!.length);
    charts.forEach((got, i) => {
      const want = chartSheet.charts![i];
      expect(got.type).toBe("BarClustered");
      expect(got.title).toBe(want.title);
      expect(got.series.map((s) => s.name)).toEqual(want.series.map((s) => s.name));
      // Every series reads the cells its spec names, on this sheet, with the spec's categories.
      got.series.forEach((s, j) => {
        expect(s.values!.sheet.name).toBe("Biểu đồ");
        expect(fake.workbook.sheet("Biểu đồ").id).toBe(s.values!.sheet.id);
        const col = String.fromCharCode(65 + s.values!.area.c1);
        expect(`${col}${s.values!.area.r1 + 1}:${col}${s.values!.area.r2 + 1}`).toBe(want.series[j].values);
        expect(s.xValues!.area.c1).toBe(0);
      });
      expect(got.axes.value.numberFormat).toBe("0%");
      expect(got.axes.value.minimum).toBe(0);
      expect(got.axes.value.title).toBe(want.valueAxis!.title);
      expect(got.axes.category.reversePlotOrder).toBe(true);
      expect(got.axes.category.position).toBe("Maximum");
      expect(got.legend.position).toBe("Bottom");
      const { from, to } = want.anchor;
      expect(got.position).toEqual({ start: `A${from.row + 1}`, end: `${String.fromCharCode(64 + to.col)}${to.row}` });
    });
    // The first chart: blue bars with labels, then the red box at 100 %, overlapped fully.
    const [rates, mark] = charts[0].series;
    expect(rates).toMatchObject({ fill: "#2E75B6", hasDataLabels: true, labelFormat: "0%", overlap: 100, gapWidth: 60 });
    expect(mark).toMatchObject({ noFill: true, lineColor: "#C00000" });
    // The categories are the indicators' labels as written into the sheet.
    const cat = rates.xValues!.area;
    expect(cellOf(fake, `A${cat.r1 + 1}`)).toBe(chartSheet.rows[cat.r1]![0]!.t === "text" ? (chartSheet.rows[cat.r1]![0] as { v: string }).v : null);
    // The unit chart shows at most the cap of units.
    expect(charts[1].series[0].values!.area.r2 - charts[1].series[0].values!.area.r1 + 1).toBe(Math.min(20, UNIT_CHART_MAX_UNITS));
  });

  it("with ExcelApi 1.7 only, draws the same series and skips the 1.8 touches instead of failing", async () => {
    const fake = fakeExcel({ apiVersion: "1.7" });
    await writeConsolidation(specs);
    const charts = fake.workbook.sheet("Biểu đồ").charts;
    expect(charts).toHaveLength(2);
    expect(charts[0].series.map((s) => s.name)).toEqual(chartSheet.charts![0].series.map((s) => s.name));
    expect(charts[0].axes.value.numberFormat).toBeNull();
    expect(charts[0].series[0]).toMatchObject({ overlap: null, hasDataLabels: false });
    expect(charts[0].axes.category.reversePlotOrder).toBe(true);
  });

  it("a failed write removes the chart sheet with the others (the charts with it)", async () => {
    const fake = fakeExcel({ apiVersion: "1.8" });
    fake.failOnSync(2, "GeneralException");
    await expect(writeConsolidation(specs)).rejects.toThrow();
    expect(fake.workbook.sheetNames()).not.toContain("Biểu đồ");
  });
});
