import { describe, expect, it } from "vitest";
import { insertSheet, writeConsolidation } from "../../src/excel";
import { mmToPoints } from "../../src/excel/pageLayout";
import { PRINT_MARGINS_MM } from "../../src/engine/print";
import { formSheet } from "../../src/engine/sheets/form";
import { BCXDD } from "../../src/templates/bcxdd";
import { consolidationOf, fakeExcel, unitChecks } from "./helpers";

const specs = consolidationOf(unitChecks(12));

describe("the add-in's sheets print as the .xlsx does (worksheet.pageLayout, ExcelApi 1.9)", () => {
  it("gives every sheet its spec's orientation, A4, one page wide, margins in points, gridlines and print titles", async () => {
    const fake = fakeExcel({ apiVersion: "1.9" });
    const out = await writeConsolidation(specs);
    out.sheets.forEach((name, i) => {
      const print = specs[i].print!;
      const layout = fake.workbook.sheet(name).pageLayout;
      expect(layout.orientation).toBe(print.orientation === "landscape" ? "Landscape" : "Portrait");
      expect(layout.paperSize).toBe("A4");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(layout.leftMargin).toBeCloseTo((PRINT_MARGINS_MM.left / 25.4) * 72, 1);
      expect(layout.rightMargin).toBe(mmToPoints(print.margins.right));
      expect(layout.topMargin).toBe(mmToPoints(print.margins.top));
      expect(layout.printGridlines).toBe(print.gridlines);
      const t = print.titleRows!;
      expect(layout.printTitleRows).toBe(`$${t.r1 + 1}:$${t.r2 + 1}`);
    });
    // Tổng hợp's titles are its two header rows, whose second one says STT / Mã / Chỉ tiêu.
    const rows = fake.workbook.sheet(out.sheets[0]).pageLayout.printTitleRows!;
    const headerRow = Number(/:\$(\d+)$/.exec(rows)![1]);
    expect(fake.workbook.sheet(out.sheets[0]).cell(`A${headerRow}`).value).toBe("STT");
  });

  it("costs no sync: the same number of syncs with the page layout as without it", async () => {
    const withLayout = fakeExcel({ apiVersion: "1.9" });
    await writeConsolidation(specs);
    const syncsWith = withLayout.stats.syncs;
    const commandsWith = withLayout.stats.commands;
    const without = fakeExcel({ apiVersion: "1.9" });
    await writeConsolidation(specs.map(({ print: _print, ...spec }) => spec));
    expect(syncsWith).toBe(without.stats.syncs);
    expect(commandsWith).toBeGreaterThan(without.stats.commands);
  });

  it("is skipped below ExcelApi 1.9: the sheets are written, the layout stays Excel's default", async () => {
    const fake = fakeExcel({ apiVersion: "1.8" });
    const out = await writeConsolidation(specs);
    expect(out.sheets).toHaveLength(4);
    expect(fake.workbook.sheet(out.sheets[0]).cell("A1").value).toBe((specs[0].rows[0]![0] as { v: string }).v);
    // The fake refuses pageLayout below 1.9 (ApiNotFound), so reaching here means it was never touched.
    expect(fake.workbook.sheet(out.sheets[0]).pageLayout.orientation).toBe("Portrait");
    expect(fake.workbook.sheet(out.sheets[0]).pageLayout.paperSize).toBe("Letter");
  });

  it("the blank form inserted from Mẫu biểu prints portrait with its header rows repeated", async () => {
    const fake = fakeExcel({ apiVersion: "1.9" });
    const spec = formSheet(BCXDD);
    const name = await insertSheet(spec);
    const layout = fake.workbook.sheet(name).pageLayout;
    expect(layout.orientation).toBe(spec.print!.orientation === "portrait" ? "Portrait" : "Landscape");
    expect(layout.printTitleRows).toBe(`$${spec.print!.titleRows!.r1 + 1}:$${spec.print!.titleRows!.r2 + 1}`);
  });
});
