import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { run } from "./excel/testing";

const seed = { name: "S", rows: [["STT", "Chỉ tiêu"], ["1", "A"]] };

describe("fake Excel: worksheet.pageLayout (ExcelApi 1.9)", () => {
  it("starts with Excel's defaults and applies what was set at sync, not before", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.9" });
    expect(fake.workbook.sheet("S").pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null, leftMargin: 50.4 });
    await run(fake, async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem("S").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.leftMargin = 85.04;
      layout.printGridlines = true;
      layout.setPrintTitleRows("$3:$4");
      expect(fake.workbook.sheet("S").pageLayout.orientation).toBe("Portrait");
      await ctx.sync();
    });
    expect(fake.workbook.sheet("S").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 85.04,
      printGridlines: true,
      printTitleRows: "$3:$4",
    });
  });

  it("reads back only after load and sync", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.9" });
    await run(fake, async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem("S").pageLayout;
      expect(() => layout.topMargin).toThrow();
      layout.load("topMargin,orientation");
      await ctx.sync();
      expect(layout.topMargin).toBe(54);
      expect(layout.orientation).toBe("Portrait");
    });
  });

  it("refuses what Excel refuses: unknown enums, negative margins, a scale with pages, partial rows as titles", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.9" });
    const attempt = (body: (layout: Excel.PageLayout) => void) =>
      run(fake, async (ctx) => {
        body(ctx.workbook.worksheets.getItem("S").pageLayout);
        await ctx.sync();
      });
    await expect(attempt((l) => void (l.orientation = "Sideways" as Excel.PageOrientation))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((l) => void (l.paperSize = "A9" as Excel.PaperType))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((l) => void (l.rightMargin = -1))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((l) => void (l.zoom = { scale: 50, horizontalFitToPages: 1 }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((l) => void (l.zoom = { scale: 5 }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((l) => l.setPrintTitleRows("A1:B2"))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheet("S").pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "Letter", rightMargin: 50.4, zoom: { scale: 100 }, printTitleRows: null });
  });

  it("throws ApiNotFound below ExcelApi 1.9, before anything is queued", async () => {
    const fake = createFakeExcel({ sheets: [seed], apiVersion: "1.8" });
    await run(fake, async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("S").pageLayout).toThrow(/1\.9/);
    });
  });
});
