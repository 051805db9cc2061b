import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./excel";
import { rejectionOf, run } from "./excel/testing";

const two = () =>
  createFakeExcel({
    sheets: [
      { name: "Báo cáo", rows: [["Mã", "Giá trị"], ["DV_KN", 3]] },
      { name: "Tổng hợp", rows: [["của người dùng"]], active: true },
    ],
  });

describe("worksheet names, as Excel enforces them", () => {
  it("refuses a duplicate name whatever its case (Vietnamese letters too) with ItemAlreadyExists", async () => {
    const fake = two();
    for (const name of ["TỔNG HỢP", "báo cáo"]) {
      const e = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.worksheets.add(name)));
      expect(e.code).toBe("ItemAlreadyExists");
    }
    const rename = await rejectionOf(run(fake, async (ctx) => void (ctx.workbook.worksheets.getItem("Báo cáo").name = "tổng hợp")));
    expect(rename.code).toBe("ItemAlreadyExists");
    expect(fake.workbook.sheetNames()).toEqual(["Báo cáo", "Tổng hợp"]);
  });

  it("refuses names over 31 characters, with \\ / ? * [ ] :, edge apostrophes, or History", async () => {
    const fake = two();
    for (const name of ["x".repeat(32), "Quý I/2023", "a:b", "[x]", "a?", "'quoted", "History", ""]) {
      const e = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.worksheets.add(name)));
      expect([name, e.code]).toEqual([name, "InvalidArgument"]);
    }
    await run(fake, async (ctx) => void ctx.workbook.worksheets.add("x".repeat(31)));
    expect(fake.workbook.sheetNames()).toHaveLength(3);
  });

  it("getItem of a missing sheet is ItemNotFound; getItem finds by id too", async () => {
    const fake = two();
    const e = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.worksheets.getItem("Kiểm tra").load("name")));
    expect(e.code).toBe("ItemNotFound");
    const id = fake.workbook.sheet("Tổng hợp").id;
    const name = await run(fake, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem(id).load("name");
      await ctx.sync();
      return s.name;
    });
    expect(name).toBe("Tổng hợp");
  });

  it("adds at the end without activating; renames, moves, hides, deletes", async () => {
    const fake = two();
    const loaded = await run(fake, async (ctx) => {
      const added = ctx.workbook.worksheets.add("Tổng hợp (2)");
      added.load("name, id, position, visibility");
      await ctx.sync();
      added.name = "Kiểm tra";
      added.position = 0;
      ctx.workbook.worksheets.getItem("Báo cáo").visibility = "Hidden";
      await ctx.sync();
      return { name: added.name, position: added.position, id: added.id };
    });
    expect(loaded).toEqual({ name: "Kiểm tra", position: 0, id: fake.workbook.sheet("Kiểm tra").id });
    expect(fake.workbook.sheetNames()).toEqual(["Kiểm tra", "Báo cáo", "Tổng hợp"]);
    expect(fake.workbook.activeSheet).toBe("Tổng hợp");
    expect(fake.workbook.sheet("Báo cáo").visibility).toBe("Hidden");
    await run(fake, async (ctx) => void ctx.workbook.worksheets.getItem("Kiểm tra").delete());
    expect(fake.workbook.sheetNames()).toEqual(["Báo cáo", "Tổng hợp"]);
  });

  it("keeps one visible sheet: deleting or hiding the last one is InvalidOperation", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Only", rows: [] }, { name: "Hidden", rows: [], visibility: "Hidden" }] });
    for (const act of [(s: Excel.Worksheet) => s.delete(), (s: Excel.Worksheet) => (s.visibility = "Hidden" as Excel.SheetVisibility)]) {
      const e = await rejectionOf(run(fake, async (ctx) => void act(ctx.workbook.worksheets.getItem("Only"))));
      expect(e.code).toBe("InvalidOperation");
    }
    const activate = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.worksheets.getItem("Hidden").activate()));
    expect(activate.code).toBe("InvalidOperation");
  });

  it("deleting the active sheet activates its neighbour", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A", rows: [] }, { name: "B", rows: [], active: true }, { name: "C", rows: [] }] });
    await run(fake, async (ctx) => void ctx.workbook.worksheets.getActiveWorksheet().delete());
    expect(fake.workbook.activeSheet).toBe("C");
  });

  it("lists sheets with items/name,id,position,visibility", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A", rows: [] }, { name: "B", rows: [], visibility: "Hidden" }] });
    const items = await run(fake, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id,items/position,items/visibility");
      await ctx.sync();
      return sheets.items.map((s) => s.toJSON());
    });
    expect(items).toEqual([
      { name: "A", id: fake.workbook.sheet("A").id, position: 0, visibility: "Visible" },
      { name: "B", id: fake.workbook.sheet("B").id, position: 1, visibility: "Hidden" },
    ]);
  });
});

describe("ranges and the used range", () => {
  it("getUsedRange gives the used area with values, formulas and number formats", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Báo cáo",
          rows: [[], [null, "Kế hoạch", "Lũy kế", "Tỷ lệ"], [null, 80, 62, 0.775]],
          formulas: [[], [], [null, null, null, "=IF(N(B3)>0,C3/B3,\"\")"]],
          formats: [[], [], [null, "#,##0", "#,##0", "0.0%"]],
        },
      ],
    });
    const used = await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange().load("address,rowIndex,columnIndex,values,formulas,numberFormat,text");
      await ctx.sync();
      return range.toJSON();
    });
    expect(used).toEqual({
      address: "'Báo cáo'!B2:D3",
      rowIndex: 1,
      columnIndex: 1,
      values: [["Kế hoạch", "Lũy kế", "Tỷ lệ"], [80, 62, 0.775]],
      formulas: [["Kế hoạch", "Lũy kế", "Tỷ lệ"], [80, 62, '=IF(N(B3)>0,C3/B3,"")']],
      numberFormat: [["General", "General", "General"], ["#,##0", "#,##0", "0.0%"]],
      text: [["Kế hoạch", "Lũy kế", "Tỷ lệ"], ["80", "62", "77.5%"]],
    });
  });

  it("counts formatted empty cells unless valuesOnly; an empty sheet answers A1, or a null object", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", rows: [["a"]], fills: { C5: "#FFFF00" } }, { name: "Empty", rows: [] }] });
    const out = await run(fake, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const all = s.getUsedRange().load("address");
      const values = s.getUsedRange(true).load("address");
      const empty = ctx.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
      const none = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      return [all.address, values.address, empty.address, none.isNullObject];
    });
    expect(out).toEqual(["S!A1:C5", "S!A1", "Empty!A1", true]);
  });

  it("quotes sheet names in addresses as Excel does", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", rows: [] }, { name: "Tổng hợp", rows: [] }, { name: "Bob's", rows: [] }, { name: "A1", rows: [] }] });
    const addresses = await run(fake, async (ctx) => {
      const ranges = ["Sheet1", "Tổng hợp", "Bob's", "A1"].map((n) => ctx.workbook.worksheets.getItem(n).getRange("A1:C3").load("address"));
      await ctx.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["Sheet1!A1:C3", "'Tổng hợp'!A1:C3", "'Bob''s'!A1:C3", "'A1'!A1:C3"]);
  });

  it("navigates: getCell, getOffsetRange, getResizedRange, getRangeByIndexes, whole columns; off-sheet is InvalidArgument", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", rows: [] }] });
    const out = await run(fake, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const base = s.getRange("B2:C3");
      const ranges = [base.getCell(1, 1), base.getOffsetRange(1, 2), base.getResizedRange(2, -1), s.getRangeByIndexes(4, 0, 2, 3), s.getRange("C:D"), s.getRange("$A$1:$B$2"), base.getEntireRow()];
      ranges.forEach((r) => r.load("address"));
      await ctx.sync();
      return ranges.map((r) => r.address);
    });
    expect(out).toEqual(["S!C3", "S!D3:E4", "S!B2:B5", "S!A5:C6", "S!C:D", "S!A1:B2", "S!2:3"]);
    for (const bad of [(s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0), (s: Excel.Worksheet) => s.getRange("ZZZZ1"), (s: Excel.Worksheet) => s.getRange("Khác!A1")]) {
      const e = await rejectionOf(run(fake, async (ctx) => void bad(ctx.workbook.worksheets.getItem("S")).load("address")));
      expect(e.code).toBe("InvalidArgument");
    }
  });

  it("select() activates the sheet and selects; getSelectedRange reads it back", async () => {
    const fake = two();
    const address = await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").getRange("B2").select();
      const selected = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return selected.address;
    });
    expect(address).toBe("'Báo cáo'!B2");
    expect(fake.workbook.selection).toEqual({ sheet: "Báo cáo", address: "B2" });
    expect(fake.workbook.activeSheet).toBe("Báo cáo");
  });

  it("a protected sheet refuses writes with AccessDenied", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Khóa", rows: [["x"]], protected: true }] });
    const e = await rejectionOf(run(fake, async (ctx) => void (ctx.workbook.worksheets.getItem("Khóa").getRange("A1").values = [["y"]])));
    expect(e.code).toBe("AccessDenied");
    expect(fake.workbook.sheet("Khóa").cell("A1").value).toBe("x");
  });
});

describe("sheet layout and cell formats", () => {
  it("records tab colour, frozen panes, merges and column widths", async () => {
    const fake = two();
    await run(fake, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Báo cáo");
      s.tabColor = "#1f4e78";
      s.freezePanes.freezeRows(1);
      s.getRange("A4:C4").merge();
      s.getRange("A6:C7").merge(true);
      s.getRange("B:C").format.columnWidth = 90;
      const other = ctx.workbook.worksheets.getItem("Tổng hợp");
      other.freezePanes.freezeAt(other.getRange("A1:B3"));
    });
    const s = fake.workbook.sheet("Báo cáo");
    expect([s.tabColor, s.freeze, s.merges, s.columnWidths]).toEqual(["#1F4E78", { rows: 1, cols: 0 }, ["A4:C4", "A6:C6", "A7:C7"], { B: 90, C: 90 }]);
    expect(fake.workbook.sheet("Tổng hợp").freeze).toEqual({ rows: 3, cols: 2 });
  });

  it("keeps only the upper-left value of a merged area; a partial overlap is InvalidOperation", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", rows: [["a", "b", "c"]], merges: ["B2:C2"] }] });
    await run(fake, async (ctx) => void ctx.workbook.worksheets.getItem("S").getRange("A1:B1").merge());
    expect(fake.workbook.sheet("S").grid()).toEqual([["a", null, "c"]]);
    const e = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.worksheets.getItem("S").getRange("A2:B2").merge()));
    expect(e.code).toBe("InvalidOperation");
  });

  it("fill: #FFFFFF when none, pattern tells none from white, null when mixed; clear() removes it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", rows: [], fills: { B1: "#FFFF00" } }] });
    const read = await run(fake, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("C1").format.fill.color = "white";
      const cells = ["A1", "B1", "C1", "A1:B1"].map((a) => s.getRange(a).format.fill.load("color, pattern"));
      await ctx.sync();
      const out = cells.map((f) => [f.color, f.pattern]);
      s.getRange("B1").format.fill.clear();
      return out;
    });
    expect(read).toEqual([["#FFFFFF", "None"], ["#FFFF00", "Solid"], ["#FFFFFF", "Solid"], [null, null]]);
    expect([fake.workbook.sheet("S").cell("B1").fill, fake.workbook.sheet("S").cell("C1").fill]).toEqual([null, "#FFFFFF"]);
    const bad = await rejectionOf(run(fake, async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = "#12345")));
    expect(bad.code).toBe("InvalidArgument");
  });

  it("font, alignment, wrap and borders land per cell", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", rows: [] }] });
    const edges = await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
      r.format.font.bold = true;
      r.format.font.color = "#9C0006";
      r.format.font.size = 14;
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) r.format.borders.getItem(edge).style = "Continuous";
      const check = ctx.workbook.worksheets.getItem("S").getRange("A1:B2").format.borders.getItem("InsideHorizontal").load("style");
      await ctx.sync();
      return check.style;
    });
    expect(edges).toBe("Continuous");
    expect(fake.workbook.sheet("S").cell("B2")).toMatchObject({ bold: true, fontColor: "#9C0006", fontSize: 14, horizontalAlignment: "Center", wrapText: true, borders: { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" } });
    const bad = await rejectionOf(run(fake, async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment)));
    expect(bad.code).toBe("InvalidArgument");
  });
});
