import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { rejectionOf, run } from "./excel/testing";

const HEADER = ["Đơn vị", "Mã chỉ tiêu", "Thực hiện"];
const dataSheet = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Dữ liệu",
        rows: [HEADER, ["DB01", "DV_KN", 3], ["DB02", "DV_KN", 4], ["DB01", "DV_DEN", 2]],
      },
    ],
  });

describe("workbook.settings", () => {
  it("persist across Excel.run calls, as JSON copies", async () => {
    const fake = createFakeExcel();
    const stored = { ids: ["{1}", "{2}"] };
    await run(fake, async (ctx) => void ctx.workbook.settings.add("TongHop.ownSheets", stored));
    stored.ids.push("{mutated after add}");
    const read = await run(fake, async (ctx) => {
      const s = ctx.workbook.settings.getItem("TongHop.ownSheets").load("value");
      await ctx.sync();
      return s.value as { ids: string[] };
    });
    expect(read).toEqual({ ids: ["{1}", "{2}"] });
    expect(fake.workbook.settings.get("TongHop.ownSheets")).toEqual({ ids: ["{1}", "{2}"] });
    expect(fake.workbook.settings.raw("TongHop.ownSheets")).toBe('{"ids":["{1}","{2}"]}');
  });

  it("add replaces an existing key; getItemOrNullObject is null when absent; delete removes", async () => {
    const fake = createFakeExcel({ settings: { a: 1, b: 2 } });
    const out = await run(fake, async (ctx) => {
      ctx.workbook.settings.add("a", 10);
      const missing = ctx.workbook.settings.getItemOrNullObject("zzz");
      const count = ctx.workbook.settings.getCount();
      ctx.workbook.settings.getItem("b").delete();
      await ctx.sync();
      return [missing.isNullObject, count.value];
    });
    expect(out).toEqual([true, 2]);
    expect(fake.workbook.settings.entries()).toEqual([["a", 10]]);
    const e = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.settings.getItem("b").load("value")));
    expect(e.code).toBe("ItemNotFound");
  });
});

describe("tables", () => {
  it("adds a table with its name, range, style and header names", async () => {
    const fake = dataSheet();
    const loaded = await run(fake, async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Dữ liệu").tables.add("A1:C4", true);
      t.name = "DuLieuTongHop";
      t.style = "TableStyleMedium2";
      const body = t.getDataBodyRange().load("address");
      const found = ctx.workbook.tables.getItemOrNullObject("dulieutonghop").load("name");
      await ctx.sync();
      return [body.address, found.isNullObject, found.name];
    });
    expect(loaded).toEqual(["'Dữ liệu'!A2:C4", false, "DuLieuTongHop"]);
    expect(fake.workbook.tables).toEqual([
      { id: "1", name: "DuLieuTongHop", sheet: "Dữ liệu", address: "A1:C4", style: "TableStyleMedium2", columns: HEADER, showTotals: false, showBandedRows: true },
    ]);
  });

  it("names blank and repeated headers as Excel does, in the header cells", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", rows: [["Tên", null, "Tên", 2023], [1, 2, 3, 4]] }] });
    await run(fake, async (ctx) => void ctx.workbook.tables.add("S!A1:D2", true));
    expect(fake.workbook.tables[0].columns).toEqual(["Tên", "Column2", "Tên2", "2023"]);
    expect(fake.workbook.sheet("S").cell("D1")).toMatchObject({ value: "2023", type: "String" });
  });

  it("refuses bad or duplicate names, unknown styles, overlaps and merged cells", async () => {
    const fake = dataSheet();
    await run(fake, async (ctx) => void (ctx.workbook.tables.add("'Dữ liệu'!A1:C4", true).name = "T"));
    const cases: [string, (ctx: Excel.RequestContext) => void, string][] = [
      ["a name like a cell", (ctx) => void (ctx.workbook.tables.getItem("T").name = "AB12"), "InvalidArgument"],
      ["a name with a space", (ctx) => void (ctx.workbook.tables.getItem("T").name = "Dữ liệu"), "InvalidArgument"],
      ["an unknown style", (ctx) => void (ctx.workbook.tables.getItem("T").style = "Fancy"), "InvalidArgument"],
      ["an overlap", (ctx) => void ctx.workbook.worksheets.getItem("Dữ liệu").tables.add("C3:E6", true), "InvalidOperation"],
      ["a missing table", (ctx) => void ctx.workbook.tables.getItem("Nope").load("name"), "ItemNotFound"],
    ];
    for (const [what, act, code] of cases) {
      const e = await rejectionOf(run(fake, async (ctx) => act(ctx)));
      expect([what, e.code]).toEqual([what, code]);
    }
    await run(fake, async (ctx) => void (ctx.workbook.worksheets.add("X").tables.add("A1:B2", true).name = "U"));
    const dup = await rejectionOf(run(fake, async (ctx) => void (ctx.workbook.tables.getItem("U").name = "t")));
    expect(dup.code).toBe("ItemAlreadyExists");
    const merged = createFakeExcel({ sheets: [{ name: "M", rows: [["a", "b"], [1, 2]], merges: ["A2:B2"] }] });
    expect((await rejectionOf(run(merged, async (ctx) => void ctx.workbook.tables.add("M!A1:B2", true)))).code).toBe("InvalidOperation");
  });
});

describe("pivot tables (ExcelApi 1.8)", () => {
  it("builds a pivot from a table on another sheet, with row and data hierarchies", async () => {
    const fake = dataSheet();
    await run(fake, async (ctx) => {
      const table = ctx.workbook.worksheets.getItem("Dữ liệu").tables.add("A1:C4", true);
      table.name = "DuLieuTongHop";
      const pivotSheet = ctx.workbook.worksheets.add("Pivot");
      const pivot = pivotSheet.pivotTables.add("PivotTongHop", "DuLieuTongHop", pivotSheet.getRange("A3"));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Đơn vị"));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem("Mã chỉ tiêu"));
      const sum = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Thực hiện"));
      sum.summarizeBy = "Sum";
      sum.name = "Tổng thực hiện";
      pivot.layout.layoutType = "Tabular";
    });
    expect(fake.workbook.pivotTables).toEqual([
      {
        id: expect.any(String),
        name: "PivotTongHop",
        sheet: "Pivot",
        destination: "A3",
        source: { sheet: "Dữ liệu", address: "A1:C4", table: "DuLieuTongHop" },
        fields: HEADER,
        rows: ["Đơn vị"],
        columns: ["Mã chỉ tiêu"],
        filters: [],
        data: [{ field: "Thực hiện", name: "Tổng thực hiện", summarizeBy: "Sum", numberFormat: "General" }],
        layout: { layoutType: "Tabular", showRowGrandTotals: true, showColumnGrandTotals: true, subtotalLocation: "AtTop" },
      },
    ]);
  });

  it("refuses an unknown field, a data field named like a source field, and a duplicate pivot name", async () => {
    const fake = dataSheet();
    await run(fake, async (ctx) => void ctx.workbook.worksheets.getItem("Dữ liệu").pivotTables.add("P", "'Dữ liệu'!A1:C4", "E1"));
    const cases: [(ctx: Excel.RequestContext) => void, string][] = [
      [(ctx) => void ctx.workbook.pivotTables.getItem("P").hierarchies.getItem("Không có").load("name"), "ItemNotFound"],
      [(ctx) => void (ctx.workbook.pivotTables.getItem("P").dataHierarchies.add(ctx.workbook.pivotTables.getItem("P").hierarchies.getItem("Thực hiện")).name = "Thực hiện"), "InvalidArgument"],
      [(ctx) => void ctx.workbook.worksheets.getItem("Dữ liệu").pivotTables.add("p", "A1:C4", "G1"), "ItemAlreadyExists"],
      [(ctx) => void ctx.workbook.worksheets.getItem("Dữ liệu").pivotTables.add("Q", "A1:C4", "B2"), "PivotTableRangeConflict"],
    ];
    for (const [act, code] of cases) expect((await rejectionOf(run(fake, async (ctx) => act(ctx)))).code).toBe(code);
  });

  it("is ApiNotFound below ExcelApi 1.8, so the adapter can fall back", () => {
    const fake = createFakeExcel({ apiVersion: "1.7" });
    return run(fake, async (ctx) => {
      expect(() => ctx.workbook.worksheets.getActiveWorksheet().pivotTables.add("P", "A1:B2", "D1")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

describe("data validation (ExcelApi 1.8)", () => {
  it("records the rule and the alert, readable back through the proxy", async () => {
    const fake = createFakeExcel();
    const read = await run(fake, async (ctx) => {
      const dv = ctx.workbook.worksheets.getActiveWorksheet().getRange("D10:F40").dataValidation;
      dv.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      dv.errorAlert = { message: "Nhập số nguyên không âm.", showAlert: true, style: "Stop", title: "Số liệu" };
      const back = ctx.workbook.worksheets.getActiveWorksheet().getRange("E20").dataValidation.load("type, rule, errorAlert");
      await ctx.sync();
      return back.toJSON();
    });
    expect(read).toEqual({
      type: "WholeNumber",
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      errorAlert: { message: "Nhập số nguyên không âm.", showAlert: true, style: "Stop", title: "Số liệu" },
    });
    expect(fake.workbook.sheet("Sheet1").validations).toEqual([
      { address: "D10:F40", rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } }, errorAlert: { message: "Nhập số nguyên không âm.", showAlert: true, style: "Stop", title: "Số liệu" }, ignoreBlanks: true },
    ]);
    expect(fake.workbook.sheet("Sheet1").cell("F40").validation?.address).toBe("D10:F40");
  });

  it("refuses a rule without operator or of two kinds, and alert titles over 32 characters", async () => {
    const fake = createFakeExcel();
    const dv = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").dataValidation;
    const bad: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => void (dv(ctx).rule = { wholeNumber: { formula1: 0 } as Excel.BasicDataValidation }),
      (ctx) => void (dv(ctx).rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" }, decimal: { formula1: 0, operator: "GreaterThan" } }),
      (ctx) => void (dv(ctx).rule = { decimal: { formula1: 0, operator: "Between" } }),
      (ctx) => void (dv(ctx).errorAlert = { title: "Tiêu đề quá dài cho một hộp cảnh báo Excel", message: "x", showAlert: true, style: "Stop" }),
    ];
    for (const act of bad) expect((await rejectionOf(run(fake, async (ctx) => act(ctx)))).code).toBe("InvalidArgument");
    expect(fake.workbook.sheet("Sheet1").validations).toEqual([]);
  });
});
