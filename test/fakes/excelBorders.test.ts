import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { rejectionOf, run } from "./excel/testing";

/** Cell borders as the highlight's cue uses them: seeded lines, loads of one edge or the whole collection, sets. */
const bordered = (sharedBorderEdges = false) =>
  createFakeExcel({
    sharedBorderEdges,
    sheets: [{ name: "S", rows: [["a", "b"], ["c", "d"]], borders: { B2: { top: "Double Thick #ff0000", left: "Dot" }, "A1:B1": { bottom: "Continuous Medium" } } }],
  });

describe("range borders", () => {
  it("seeds lines per side and reads them after load + sync only, style, weight and colour", async () => {
    const fake = bordered();
    const read = await run(fake, async (ctx) => {
      const top = ctx.workbook.worksheets.getItem("S").getRange("B2").format.borders.getItem("EdgeTop");
      expect(() => top.style).toThrow(/is not available/);
      top.load("style,weight,color");
      const none = ctx.workbook.worksheets.getItem("S").getRange("B2").format.borders.getItem("EdgeRight").load("style,weight,color");
      await ctx.sync();
      return [top.toJSON(), none.toJSON()];
    });
    expect(read).toEqual([
      { style: "Double", weight: "Thick", color: "#FF0000" },
      { style: "None", weight: "Thin", color: "#000000" },
    ]);
    expect(fake.workbook.sheet("S").cell("B2").lines).toEqual({
      top: { style: "Double", weight: "Thick", color: "#FF0000" },
      bottom: null,
      left: { style: "Dot", weight: "Thin", color: "#000000" },
      right: null,
    });
    expect(fake.workbook.sheet("S").cell("A1").lines.bottom).toEqual({ style: "Continuous", weight: "Medium", color: "#000000" });
  });

  it("refuses a seed line that is not Excel's", () => {
    expect(() => createFakeExcel({ sheets: [{ name: "S", rows: [], borders: { A1: { top: "Wavy" } } }] })).toThrow(/bad border/);
    expect(() => createFakeExcel({ sheets: [{ name: "S", rows: [], borders: { A1: { top: "Dash Heavy" } } }] })).toThrow(/bad border/);
  });

  it("loads the collection's items with their side, in one command", async () => {
    const fake = bordered();
    fake.stats.reset();
    const items = await run(fake, async (ctx) => {
      const borders = ctx.workbook.worksheets.getItem("S").getRange("B2").format.borders.load("items/sideIndex,items/style,items/weight,items/color");
      await ctx.sync();
      return borders.items.map((b) => [b.sideIndex, b.style, b.weight]);
    });
    expect(fake.stats.commands).toBe(1);
    expect(items.slice(0, 4)).toEqual([
      ["EdgeTop", "Double", "Thick"],
      ["EdgeBottom", "None", "Thin"],
      ["EdgeLeft", "Dot", "Thin"],
      ["EdgeRight", "None", "Thin"],
    ]);
  });

  it("draws style, weight and colour on one edge, removes it with None, and refuses unknown styles and weights", async () => {
    const fake = bordered();
    await run(fake, async (ctx) => {
      const right = ctx.workbook.worksheets.getItem("S").getRange("B2").format.borders.getItem("EdgeRight");
      right.style = "Dash";
      right.weight = "Medium";
      right.color = "navy";
      ctx.workbook.worksheets.getItem("S").getRange("B2").format.borders.getItem("EdgeTop").style = "None";
      await ctx.sync();
    });
    expect(fake.workbook.sheet("S").cell("B2").lines).toMatchObject({ top: null, right: { style: "Dash", weight: "Medium", color: "#000080" } });
    for (const set of [(b: Excel.RangeBorder) => (b.style = "Wavy" as Excel.BorderLineStyle), (b: Excel.RangeBorder) => (b.weight = "Heavy" as Excel.BorderWeight)]) {
      const e = await rejectionOf(run(fake, async (ctx) => void set(ctx.workbook.worksheets.getItem("S").getRange("A2").format.borders.getItem("EdgeTop"))));
      expect(e.code).toBe("InvalidArgument");
    }
    expect(fake.workbook.sheet("S").cell("A2").lines.top).toBeNull();
  });

  it("keeps a cell's edge apart from its neighbour's by default", async () => {
    const fake = bordered();
    const top = await run(fake, async (ctx) => {
      const b = ctx.workbook.worksheets.getItem("S").getRange("B2").format.borders.getItem("EdgeTop");
      b.style = "None";
      const a2 = ctx.workbook.worksheets.getItem("S").getRange("A2").format.borders.getItem("EdgeTop").load("style");
      await ctx.sync();
      return a2.style;
    });
    expect(top).toBe("None"); // A1's bottom line is A1's alone
    expect(fake.workbook.sheet("S").cell("A1").lines.bottom?.style).toBe("Continuous");
  });

  it("with sharedBorderEdges, reads the neighbour's facing line and draws or removes both sides at once", async () => {
    const fake = bordered(true);
    const read = await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      const a2top = sheet.getRange("A2").format.borders.getItem("EdgeTop").load("style,weight");
      const b1bottom = sheet.getRange("B1").format.borders.getItem("EdgeBottom").load("style");
      await ctx.sync();
      return [a2top.style, a2top.weight, b1bottom.style];
    });
    // B1 has its own bottom line; B2's own top (Double) is the same line, and its own wins for B2.
    expect(read).toEqual(["Continuous", "Medium", "Continuous"]);
    expect(fake.workbook.sheet("S").cell("B2").lines.top?.style).toBe("Double");

    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      sheet.getRange("A2").format.borders.getItem("EdgeTop").style = "None";
      const c2 = sheet.getRange("C2").format.borders.getItem("EdgeLeft");
      c2.style = "Dot";
      await ctx.sync();
    });
    expect(fake.workbook.sheet("S").cell("A1").lines.bottom).toBeNull();
    expect(fake.workbook.sheet("S").cell("B2").lines.right).toEqual({ style: "Dot", weight: "Thin", color: "#000000" });
  });
});
