import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { rejectionOf, run } from "./excel/testing";

const blank = () => createFakeExcel({ sheets: [{ name: "Tổng hợp", rows: [] }] });
const sheetOf = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Tổng hợp");

const FORMULA_LIKE = ["=1+1", "+A1", "-A1", "@SUM(A1)"];

describe("strings written through values/formulas, as Excel takes typed input", () => {
  it("turns =, +, -, @ strings into formulas (with = prefixed), value left uncomputed", async () => {
    const fake = blank();
    await run(fake, async (ctx) => {
      sheetOf(ctx).getRange("A1:D1").values = [FORMULA_LIKE];
      sheetOf(ctx).getRange("A2:D2").formulas = [FORMULA_LIKE];
    });
    const view = fake.workbook.sheet("Tổng hợp");
    for (const row of [1, 2]) {
      const cells = ["A", "B", "C", "D"].map((c) => view.cell(`${c}${row}`));
      expect(cells.map((c) => c.formula)).toEqual(["=1+1", "=+A1", "=-A1", "=@SUM(A1)"]);
      expect(cells.map((c) => c.value)).toEqual([0, 0, 0, 0]);
    }
  });

  it("keeps the same strings as text when the cells were formatted @ by an earlier command of the batch", async () => {
    const fake = blank();
    const read = await run(fake, async (ctx) => {
      const range = sheetOf(ctx).getRange("A1:D1");
      range.numberFormat = [["@", "@", "@", "@"]];
      range.values = [FORMULA_LIKE];
      const back = sheetOf(ctx).getRange("A1:D1").load("values, formulas, valueTypes");
      await ctx.sync();
      return back;
    });
    const view = fake.workbook.sheet("Tổng hợp");
    expect(["A1", "B1", "C1", "D1"].map((a) => [view.cell(a).value, view.cell(a).formula])).toEqual(FORMULA_LIKE.map((s) => [s, null]));
    // Excel answers a text cell's content in `formulas` too: a reader must not take it for a formula.
    expect(read.values).toEqual([FORMULA_LIKE]);
    expect(read.formulas).toEqual([FORMULA_LIKE]);
    expect(read.valueTypes).toEqual([["String", "String", "String", "String"]]);
  });

  it("applies commands in order: @ set after the values does not undo the formula", async () => {
    const fake = blank();
    await run(fake, async (ctx) => {
      const range = sheetOf(ctx).getRange("A1");
      range.values = [["=1+1"]];
      range.numberFormat = [["@"]];
    });
    expect(fake.workbook.sheet("Tổng hợp").cell("A1")).toMatchObject({ formula: "=1+1", numberFormat: "@" });
  });

  it("converts strings that read as numbers, percentages, booleans, errors and dates (en-US)", async () => {
    const fake = blank();
    const inputs = ["001", "-5", "+7", "1,234", "2.465", "50%", "12.5%", "TRUE", "#N/A", "2023-04-05", "(12)"];
    await run(fake, async (ctx) => void (sheetOf(ctx).getRange(`A1:A${inputs.length}`).values = inputs.map((s) => [s])));
    const cells = inputs.map((_, i) => fake.workbook.sheet("Tổng hợp").cell(`A${i + 1}`));
    expect(cells.map((c) => c.value)).toEqual([1, -5, 7, 1234, 2.465, 0.5, 0.125, true, "#N/A", 45021, -12]);
    expect(cells.map((c) => c.type)).toEqual(["Double", "Double", "Double", "Double", "Double", "Double", "Double", "Boolean", "Error", "Double", "Double"]);
    expect(cells.map((c) => c.numberFormat)).toEqual(["General", "General", "General", "#,##0", "General", "0%", "0.00%", "General", "General", "m/d/yyyy", "General"]);
    expect(cells.map((c) => c.formula)).toEqual(inputs.map(() => null));
  });

  it("keeps text: a leading apostrophe, words, a lone dash; '' empties a cell; null leaves it alone", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Tổng hợp", rows: [["old", "keep", "x", "y"]] }] });
    await run(fake, async (ctx) => void (sheetOf(ctx).getRange("A1:D1").values = [["'=cmd", null, "", "-"]]));
    const view = fake.workbook.sheet("Tổng hợp");
    expect(["A1", "B1", "C1", "D1"].map((a) => view.cell(a).value)).toEqual(["=cmd", "keep", null, "-"]);
    expect(view.cell("A1")).toMatchObject({ quotePrefix: true, formula: null });
  });

  it("refuses a formula Excel cannot parse, and applies nothing of that command", async () => {
    const fake = blank();
    const e = await rejectionOf(run(fake, async (ctx) => void (sheetOf(ctx).getRange("A1:B1").values = [[5, "=SUM(A1"]])));
    expect(e.code).toBe("InvalidArgument");
    expect(fake.workbook.sheet("Tổng hợp").cell("A1").value).toBeNull();
  });

  it("shows values through their number format in `text`", async () => {
    const fake = blank();
    const text = await run(fake, async (ctx) => {
      const range = sheetOf(ctx).getRange("A1:F1");
      range.numberFormat = [["#,##0", "#,##0.00", "0.0%", "0", "General", "@"]];
      range.values = [[1234.5, 96.4, 0.775, 2.6, 0.1 + 0.2, "2.465"]];
      range.load("text");
      await ctx.sync();
      return range.text;
    });
    expect(text).toEqual([["1,235", "96.40", "77.5%", "3", "0.3", "2.465"]]);
  });
});

describe("shapes", () => {
  const shapes: [string, unknown][] = [
    ["a row short", [[1, 2]]],
    ["a column too many", [[1, 2, 3], [4, 5, 6]]],
    ["rows of different lengths", [[1, 2], [3]]],
    ["a row that is not an array", [[1, 2], 3]],
  ];
  for (const property of ["values", "formulas", "numberFormat"] as const) {
    for (const [what, input] of shapes) {
      it(`${property}: ${what} for A1:B2 is InvalidArgument, and nothing of that command lands`, async () => {
        const fake = createFakeExcel({ sheets: [{ name: "Tổng hợp", rows: [["a", "b"], ["c", "d"]] }] });
        const e = await rejectionOf(
          run(fake, async (ctx) => {
            const range = sheetOf(ctx).getRange("A1:B2");
            (range as unknown as Record<string, unknown>)[property] = property === "numberFormat" ? JSON.parse(JSON.stringify(input).replace(/\d/g, '"0"')) : input;
            await ctx.sync();
          }),
        );
        expect(e.code).toBe("InvalidArgument");
        expect(e.message).toMatch(/doesn't match the size or dimensions of the range/);
        expect(fake.workbook.sheet("Tổng hợp").grid()).toEqual([["a", "b"], ["c", "d"]]);
        expect(fake.workbook.sheet("Tổng hợp").formatsGrid()).toEqual([["General", "General"], ["General", "General"]]);
      });
    }
  }

  it("a single value applies to every cell, as Excel allows", async () => {
    const fake = blank();
    await run(fake, async (ctx) => {
      const range = sheetOf(ctx).getRange("A1:B2");
      (range as unknown as { numberFormat: unknown }).numberFormat = "@";
      (range as unknown as { values: unknown }).values = "=x";
    });
    expect(fake.workbook.sheet("Tổng hợp").grid()).toEqual([["=x", "=x"], ["=x", "=x"]]);
  });

  it("NaN and undefined travel as null (JSON), so they leave the cell unchanged", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Tổng hợp", rows: [["a", "b"]] }] });
    await run(fake, async (ctx) => void (sheetOf(ctx).getRange("A1:B1").values = [[Number.NaN, undefined]]));
    expect(fake.workbook.sheet("Tổng hợp").grid()).toEqual([["a", "b"]]);
  });
});
