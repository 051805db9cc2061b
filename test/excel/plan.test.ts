import { describe, expect, it } from "vitest";
import { blank, formula, num, text, type SheetSpec } from "../../src/engine/sheetspec";
import { jsonBytes } from "../../src/excel/bytes";
import { batchOps } from "../../src/excel/chunks";
import { freeSheetName, nameKey, temporarySheetNames, validSheetName } from "../../src/excel/names";
import type { Op, SizedOp } from "../../src/excel/ops";
import { planWrites } from "../../src/excel/plan";
import { cellOps, renderSpec, widthPoints } from "../../src/excel/renderSpec";
import { styleRects } from "../../src/excel/styles";

const cells = (ops: SizedOp[]) => ops.map((o) => o.op).filter((op): op is Extract<Op, { kind: "cells" }> => op.kind === "cells");

describe("rendering a spec as commands", () => {
  const spec: SheetSpec = {
    name: "S",
    rows: [
      [text("=1+1", "header"), num(3, "#,##0"), formula("A1&B1", "x", "0.0%"), blank("input", "0.00")],
      [],
      [null, text("+84 912"), text("-"), text("@home")],
    ],
  };

  it("gives text cells the text format and formulas their `=`, in one block per run of rows", () => {
    const blocks = cells(cellOps(0, spec));
    expect(blocks.map((b) => b.address)).toEqual(["A1:D1", "B3:D3"]);
    expect(blocks[0].formats).toEqual([["@", "#,##0", "0.0%", "0.00"]]);
    expect(blocks[0].formulas).toEqual([["=1+1", 3, "=A1&B1", ""]]);
    expect(blocks[1].formats).toEqual([["@", "@", "@"]]);
    expect(blocks[1].formulas).toEqual([["+84 912", "-", "@home"]]);
  });

  it("closes blocks by size, so no block is much larger than asked", () => {
    const rows = Array.from({ length: 2000 }, (_, r) => [text(`đơn vị số ${r} — Đảng bộ Công ty`), num(r)]);
    const blocks = cellOps(0, { name: "S", rows }, 8 * 1024);
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) expect(b.bytes).toBeLessThan(8 * 1024 * 1.3);
    // Every row lands exactly once, in order.
    const written = cells(blocks).flatMap((b) => b.formulas.map((r) => r[0]));
    expect(written).toEqual(rows.map((r) => (r[0] as { v: string }).v));
  });

  it("splits a row too wide for one block across columns", () => {
    const rows = [Array.from({ length: 300 }, (_, c) => text(`${"x".repeat(100)}${c}`))];
    const blocks = cells(cellOps(0, { name: "S", rows }, 4096));
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.flatMap((b) => b.formulas[0])).toEqual(rows[0].map((c) => (c as { v: string }).v));
  });

  it("does not pad a block with many empty cells when a row is much wider than the rows before", () => {
    const rows = [[text("title")], Array.from({ length: 500 }, (_, c) => num(c))];
    expect(cells(cellOps(0, { name: "S", rows })).map((b) => b.address)).toEqual(["A1", "A2:SF2"]);
  });

  it("adds widths, merges, table, validations, freeze and tab colour after the cells", () => {
    const full: SheetSpec = {
      ...spec,
      widths: [10, 10, 20],
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }],
      freeze: { rows: 1, cols: 0 },
      tabColor: "1F4E78",
      table: { name: "T", headerRow: 0, firstCol: 0, lastCol: 3, lastRow: 0, style: "TableStyleLight9" },
      validations: [{ ref: "E14:G14", type: "whole", min: 0, error: "e" }, { ref: "E15:G15", type: "whole", min: 0, error: "e" }],
    };
    const kinds = renderSpec(0, full, { validations: true }).map((o) => o.op);
    expect(kinds.map((o) => o.kind)).toEqual(["cells", "cells", "style", "style", "width", "width", "merge", "table", "validation", "freeze", "tabColor"]);
    expect(kinds.find((o) => o.kind === "table")).toMatchObject({ address: "A1:D2" });
    expect(kinds.find((o) => o.kind === "validation")).toMatchObject({ address: "E14:G15" });
    expect(renderSpec(0, full, { validations: false }).some((o) => o.op.kind === "validation")).toBe(false);
  });

  it("turns character widths into points as Excel draws them", () => {
    expect(widthPoints(10)).toBeCloseTo(56.25, 2); // 75 px
    expect(widthPoints(1000)).toBe(widthPoints(255));
  });
});

describe("coalescing styles", () => {
  it("joins runs of equally styled cells into rectangles", () => {
    const row = () => [text("a", "body"), text("b", "body"), text("c", "total"), text("d", "totalPercent")];
    const rects = styleRects([row(), row(), row(), [text("x", "header")], row()]);
    expect(rects).toHaveLength(5);
    expect(rects[0]).toMatchObject({ r1: 0, r2: 2, c1: 0, c2: 1 });
    expect(rects[1]).toMatchObject({ r1: 0, r2: 2, c1: 2, c2: 3 }); // total and totalPercent look the same
    expect(rects[2]).toMatchObject({ r1: 3, r2: 3, c1: 0, c2: 0 });
    expect(rects[3]).toMatchObject({ r1: 4, r2: 4, c1: 0, c2: 1 }); // a row between breaks the rectangle
  });
});

describe("batching", () => {
  const op = (bytes: number): SizedOp => ({ op: { kind: "merge", sheet: 0, address: "A1:B1" }, bytes });

  it("starts a new request only when the next command would pass the limit", () => {
    const batches = batchOps([op(40), op(40), op(30), op(90), op(5)], 100, (i) => (i === 0 ? 20 : 0));
    expect(batches.map((b) => b.map((o) => o.bytes))).toEqual([[40, 40], [30], [90, 5]]);
  });

  it("keeps every planned request under the limit for a large write", () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => [text(`Đảng bộ ${r}`), num(r, "#,##0"), formula(`B${r + 1}*2`, 0, "#,##0")]);
    const plan = planWrites([{ name: "A", rows }, { name: "B", rows }], { limit: 512 * 1024 });
    expect(plan.batches.length).toBeGreaterThan(2);
    for (const bytes of plan.requestBytes) expect(bytes).toBeLessThanOrEqual(512 * 1024);
    // The estimate covers at least the JSON actually sent.
    const sent = plan.batches.flat().reduce((n, o) => n + (o.op.kind === "cells" ? jsonBytes(o.op.formulas) + jsonBytes(o.op.formats) : 0), 0);
    expect(plan.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(sent);
  });
});

describe("sheet names", () => {
  it("takes the first free `Name (n)`, keeping to 31 characters, case-insensitively", () => {
    const taken = new Set(["Tổng hợp", "TỔNG HỢP (2)"].map(nameKey));
    expect(freeSheetName("Tổng hợp", taken)).toBe("Tổng hợp (3)");
    expect(freeSheetName("Kiểm tra", taken)).toBe("Kiểm tra");
    const long = "Báo cáo tổng hợp quý một năm 2023";
    const name = freeSheetName(long, new Set([nameKey(validSheetName(long))]));
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });

  it("cleans characters Excel refuses", () => {
    expect(validSheetName("a/b:c[d]*?")).toBe("a_b_c_d___");
    expect(validSheetName("")).toBe("Sheet");
  });

  it("makes distinct temporary names that clash with nothing", () => {
    const names = temporarySheetNames(3, new Set(), 0);
    const again = temporarySheetNames(2, new Set(names.map(nameKey)), 0);
    expect(new Set([...names, ...again]).size).toBe(5);
    for (const n of [...names, ...again]) expect(n.length).toBeLessThanOrEqual(31);
  });
});
