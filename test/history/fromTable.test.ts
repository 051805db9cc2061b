/**
 * Our own consolidated workbook read back as an earlier period: its data tables are found by their header row
 * whatever their sheet is called (`Dữ liệu (2)` in Excel beside a user's `Dữ liệu`), only the copies the totals
 * used are taken, and a sheet that is merely called `Dữ liệu` is not taken for one.
 */
import { describe, expect, it } from "vitest";
import { snapshotsOfConsolidation } from "../../src/engine/history/fromTable";
import { FORM_DATA_COLUMNS } from "../../src/engine/forms/sheets/names";
import { gridFromRows, type Grid } from "../../src/engine/grid";

const grid = (name: string, rows: (string | number | null)[][]): Grid => gridFromRows(name, rows.map((r) => r.map((v) => v ?? undefined)));

const row = (o: Partial<Record<(typeof FORM_DATA_COLUMNS)[number], string | number>>) => FORM_DATA_COLUMNS.map((c) => o[c] ?? null);

describe("snapshotsOfConsolidation", () => {
  it("reads Dữ liệu biểu under another name, used copies only, with the unit's own cell as origin", () => {
    const table = grid("Dữ liệu biểu (2)", [
      [...FORM_DATA_COLUMNS],
      row({ "Mã đơn vị": "DB01", "Đơn vị": "Đảng bộ A", Kỳ: "Năm 2025", Biểu: "BTCTW-1", "Mã dòng": "D", Cột: "2", "Giá trị": 120, "Dùng trong tổng": "Có", Tệp: "a.xlsx", "Trang tính": "Biểu 1", Ô: "B27" }),
      row({ "Mã đơn vị": "DB01", "Đơn vị": "Đảng bộ A", Kỳ: "Năm 2025", Biểu: "BTCTW-1", "Mã dòng": "D", Cột: "2", "Giá trị": 999, "Dùng trong tổng": "Không", Tệp: "a-cu.xlsx", "Trang tính": "Biểu 1", Ô: "B27" }),
    ]);
    const [s] = snapshotsOfConsolidation([table], "tong-hop-2025.xlsx")!;
    expect(s.period.label).toBe("Năm 2025");
    expect(s.forms["BTCTW-1"]).toEqual([
      { code: "DB01", name: "Đảng bộ A", file: "a.xlsx", values: { D: { "2": { value: 120, at: { file: "tong-hop-2025.xlsx", sheet: "Dữ liệu biểu (2)", cell: "L2" }, origin: { file: "a.xlsx", sheet: "Biểu 1", cell: "B27" } } } } },
    ]);
  });

  it("a unit's sheet called Dữ liệu is no table of ours", () => {
    expect(snapshotsOfConsolidation([grid("Dữ liệu", [["Đơn vị", "Số liệu"], ["A", 1]])], "x.xlsx")).toBeNull();
  });
});
