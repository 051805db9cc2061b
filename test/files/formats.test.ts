import { describe, expect, it } from "vitest";
import { isCellError } from "../../src/engine/grid";
import { ACCEPTED_EXTENSIONS, fileExtension } from "../../src/files/index";
import { cell, expectOk, readFixture, values } from "./helpers";

/**
 * The same workbook (test/fixtures/files/src/bao-cao.fods) saved by LibreOffice in every format.
 * `formulas`: the format keeps formulas; `hidden`: the format reports hidden sheets through SheetJS;
 * `shown`: the shown text (`w`) comes with the cells. An .xlsx stores no shown text, only the number format,
 * and the reader does not have SheetJS format every number into one (sheetjs.ts): the format says it all.
 */
const WORKBOOKS = [
  { file: "bao-cao.xlsx", format: "xlsx", formulas: true, hidden: true, shown: false },
  { file: "bao-cao.xlsm", format: "xlsm", formulas: true, hidden: true, shown: false },
  { file: "bao-cao.xls", format: "xls", formulas: true, hidden: true, shown: true },
  { file: "bao-cao.ods", format: "ods", formulas: true, hidden: false, shown: true },
  { file: "src/bao-cao.fods", format: "ods", formulas: true, hidden: false, shown: true },
  { file: "bao-cao-2003.xls", format: "xml", formulas: true, hidden: false, shown: true },
  // Written by SheetJS from the xlsx: its xlsb writer keeps values, not formulas or formats.
  { file: "bao-cao.xlsb", format: "xlsb", formulas: false, hidden: true, shown: true },
] as const;

describe("workbooks made by LibreOffice", () => {
  for (const w of WORKBOOKS) {
    describe(w.file, () => {
      const r = expectOk(readFixture(w.file));
      const [sheet, note] = r.grids;

      it(`is read as ${w.format}, one grid per sheet`, () => {
        expect(r.format).toBe(w.format);
        expect(r.grids.map((g) => g.name)).toEqual(["Báo cáo", "Ghi chú"]);
        expect(sheet.rowCount).toBe(7);
        expect(sheet.colCount).toBe(5);
        expect(sheet.cells).toHaveLength(7);
        expect(note.cells[0][0]?.v).toBe("Trang ẩn");
      });

      it("keeps numbers as numbers and text as text", () => {
        expect(values(sheet).slice(1, 5)).toEqual([
          ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ % KH"],
          [5, "Kết nạp đảng viên mới", 25, 8, 0.32],
          [14, "Số quần chúng ưu tú được bồi dưỡng", 80, 62, 0.775],
          [24, "Thu nhập bình quân (triệu đồng)", null, 8.1, "-"],
        ]);
        expect(cell(sheet, 5, 2)?.v).toBe(105);
        expect(cell(sheet, 5, 4)?.v).toBe(true);
      });

      it("gives dates as Excel serial numbers and errors as {error}", () => {
        expect(cell(sheet, 6, 2)?.v).toBe(45747); // 31/03/2025
        const err = cell(sheet, 6, 3)?.v;
        expect(err !== undefined && err !== null && isCellError(err) ? err.error : err).toBe("#DIV/0!");
      });

      it("keeps the merged title row, its value in the top-left cell", () => {
        expect(sheet.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 4 }]);
        expect(cell(sheet, 0, 0)?.v).toBe("BÁO CÁO CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I/2025");
        expect(cell(sheet, 0, 1)).toBeUndefined();
      });

      if (w.formulas) {
        it("keeps formulas (A1 style, no '=') and number formats", () => {
          expect(cell(sheet, 2, 4)?.f).toBe("D3/C3");
          expect(cell(sheet, 5, 2)?.f).toBe("SUM(C3:C4)");
          expect(cell(sheet, 5, 4)?.f).toBe("C6>D6");
          expect(cell(sheet, 6, 3)?.f).toBe("D3/0");
          expect(cell(sheet, 2, 4)?.z).toMatch(/^0\.0+%$/);
          expect(cell(sheet, 4, 3)?.z).toMatch(/^0\.0+$/);
          expect(cell(sheet, 6, 2)?.z).toMatch(/[dm].*y/);
          if (w.shown) expect(cell(sheet, 3, 4)?.w).toMatch(/^77\.50?%$/);
          else expect(cell(sheet, 3, 4)?.w).toBeUndefined();
        });
      }

      it(w.hidden ? "names the hidden sheet" : "cannot tell hidden sheets in this format", () => {
        expect(r.hiddenSheets).toEqual(w.hidden ? ["Ghi chú"] : []);
      });
    });
  }
});

describe("an HTML table saved as .xls", () => {
  const r = expectOk(readFixture("bao-cao-web.xls"));
  const g = r.grids[0];

  it("is read as html whatever its extension", () => {
    expect(r.format).toBe("html");
    expect(r.grids).toHaveLength(1);
  });

  it("keeps every cell as the text shown, so vi-VN numbers are left to the engine", () => {
    expect(values(g)).toEqual([
      ["BÁO CÁO CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I/2025"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["5", "Kết nạp đảng viên mới", "25", "8"],
      ["24", "Thu nhập bình quân (triệu đồng)", null, "8,1"],
      ["25", "Số lao động", null, "2.465"],
    ]);
    expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
    expect(g.colCount).toBe(4);
  });
});

describe("fileExtension and ACCEPTED_EXTENSIONS", () => {
  it("lower-cases the last extension and ignores folders", () => {
    expect(fileExtension("Báo cáo Q1.XLSX")).toBe(".xlsx");
    expect(fileExtension("C:\\Đơn vị\\bao.cao.xls")).toBe(".xls");
    expect(fileExtension("a/b.c/README")).toBe("");
    expect(fileExtension(".csv")).toBe("");
    expect(fileExtension("bao-cao.")).toBe("");
    expect(fileExtension("")).toBe("");
  });

  it("lists what units may send", () => {
    expect(ACCEPTED_EXTENSIONS).toEqual([".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv"]);
  });
});
