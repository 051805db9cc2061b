import { describe, expect, it } from "vitest";
import { matchSheet, matchWorkbook } from "../../../src/engine/forms/read/match";
import { gridFromRows } from "../../../src/engine/grid";
import { builtInForm, builtInForms } from "../../../src/templates/form/registry";
import { layOutForm } from "../../support/formGrid";
import { reportSheet } from "../../support/reportSheet";
import { specToGrid } from "../../support/specToGrid";
import { SAMPLE_UNITS } from "../../support/units";

const FORMS = builtInForms();
const form = (id: string) => builtInForm(id)!;
const idOf = (g: Parameters<typeof matchSheet>[0]) => matchSheet(g, FORMS)?.form.id ?? null;

const notes = () =>
  gridFromRows("Ghi chú", [
    ["Ghi chú: gửi Biểu số 1-BTCTW, 2-BTCTW, 3-BTCTW và 5-BTCTW trước ngày 10/7"],
    ["THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN: số liệu lấy từ phần mềm quản lý đảng viên"],
    ["Kết nạp", "5"],
    ["Chuyển đến", "2"],
  ]);
const roster = () =>
  gridFromRows("Danh sách", [
    ["STT", "Mã đơn vị", "Tên đơn vị", "Loại hình"],
    [1, "DB01", "Đảng bộ Công ty Điện lực", "Đảng bộ cơ sở"],
    [2, "CB02", "Chi bộ Công ty Du lịch", "Chi bộ cơ sở"],
  ]);
const chart = () => gridFromRows("Biểu đồ", []);

describe("which form a sheet holds", () => {
  it("a unit's workbook: BTCTW-1, 2, 3, 5 beside notes, a roster and a chart sheet", () => {
    const grids = [
      notes(),
      layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1" }).grid,
      layOutForm(form("BTCTW-2"), { sheetName: "Biểu 2", numberingIn: "tt" }).grid,
      roster(),
      layOutForm(form("BTCTW-3"), { sheetName: "Biểu 3", headerRows: 1 }).grid,
      layOutForm(form("BTCTW-5"), { sheetName: "Biểu 5", numbering: "none" }).grid,
      chart(),
    ];
    const { assigned, duplicates } = matchWorkbook(grids, FORMS);
    expect(Object.fromEntries([...assigned].map(([i, m]) => [grids[i].name, m.form.id]))).toEqual({
      "Biểu 1": "BTCTW-1",
      "Biểu 2": "BTCTW-2",
      "Biểu 3": "BTCTW-3",
      "Biểu 5": "BTCTW-5",
    });
    expect(duplicates).toEqual([]);
  });

  it("notes, a roster and an empty sheet match nothing", () => {
    for (const g of [notes(), roster(), chart()]) expect(idOf(g)).toBeNull();
  });

  it("a marker without the form's table is not the form", () => {
    expect(idOf(gridFromRows("x", [["Biểu số 1-BTCTW"], ["THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN"], ["NĂM 2023"]]))).toBeNull();
  });

  it("every form, with its marker, title, both or neither", () => {
    for (const f of FORMS.filter((x) => x.id !== "BC-XDD")) {
      for (const layout of [{}, { marker: null }, { title: null }, { marker: null, title: null }]) {
        const m = matchSheet(layOutForm(f, layout).grid, FORMS);
        expect(m?.form.id, `${f.id} ${JSON.stringify(layout)}`).toBe(f.id);
        expect(m!.rows).toBe(f.rows.length);
      }
    }
  });

  it("marker and title are found and count in the score", () => {
    const m = matchSheet(layOutForm(form("BTCTW-1")).grid, FORMS)!;
    expect(m.marker).toMatch(/^[A-Z]+1$/);
    expect(m.title).toMatch(/^A\d+$/);
    expect(m.score).toBe(17 + 6);
    expect(m.filled).toBe(17);
  });

  it("a blank form (no figures) is still the form", () => {
    expect(idOf(layOutForm(form("BTCTW-2"), { blank: true }).grid)).toBe("BTCTW-2");
  });

  describe("BTCTW-3 and BTCTW-3DT share a marker: title and rows tell them apart", () => {
    it.each([
      ["BTCTW-3DT marked Biểu số 3-BTCTW", "BTCTW-3DT", { marker: "Biểu số 3-BTCTW" }],
      ["BTCTW-3DT marked (Tiếp biểu số 3-BTCTW)", "BTCTW-3DT", { marker: "(Tiếp biểu số 3-BTCTW)" }],
      ["BTCTW-3DT without marker or title", "BTCTW-3DT", { marker: null, title: null }],
      ["BTCTW-3DT with BTCTW-3's title", "BTCTW-3DT", { title: "THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN" }],
      ["BTCTW-3 as printed", "BTCTW-3", {}],
      ["BTCTW-3 with BTCTW-2's title (a software copy's slip)", "BTCTW-3", { title: "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP" }],
    ])("%s", (_, id, layout) => {
      const f = form(id);
      expect(idOf(layOutForm(f, layout).grid)).toBe(id);
    });

    it("one workbook holding both", () => {
      const grids = [layOutForm(form("BTCTW-3"), { sheetName: "Biểu 3" }).grid, layOutForm(form("BTCTW-3DT"), { sheetName: "Biểu 3 (tiếp)" }).grid];
      const { assigned } = matchWorkbook(grids, FORMS);
      expect([...assigned].map(([i, m]) => `${grids[i].name}=${m.form.id}`)).toEqual(["Biểu 3=BTCTW-3", "Biểu 3 (tiếp)=BTCTW-3DT"]);
    });
  });

  it("BTCTW-2 and BTCTW-3 share many labels; each sheet goes to its own form", () => {
    expect(idOf(layOutForm(form("BTCTW-2")).grid)).toBe("BTCTW-2");
    expect(idOf(layOutForm(form("BTCTW-3"), { marker: null, title: null }).grid)).toBe("BTCTW-3");
    expect(idOf(layOutForm(form("BTCTW-2"), { marker: null, title: null }).grid)).toBe("BTCTW-2");
  });

  it("a BC-XDĐ report sheet is BC-XDD, in the layouts today's reader survives", () => {
    for (const unit of SAMPLE_UNITS.slice(0, 3)) {
      for (const layout of [{}, { codeColumn: false, header: "two-row" as const }, { header: "variant" as const, numbering: false }, { nfd: true, reorder: true, blankRows: true, top: 3, left: 2 }]) {
        expect(idOf(specToGrid(reportSheet(unit, layout))), JSON.stringify(layout)).toBe("BC-XDD");
      }
    }
  });

  it("each form goes to its best sheet: a filled copy beats the blank one, then the first sheet", () => {
    const blank = layOutForm(form("BTCTW-1"), { sheetName: "Mẫu", blank: true }).grid;
    const filled = layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1" }).grid;
    const { assigned, duplicates } = matchWorkbook([blank, filled], FORMS);
    expect([...assigned.keys()]).toEqual([1]);
    expect(duplicates).toMatchObject([{ sheet: 0, usedSheet: 1 }]);
    const twin = layOutForm(form("BTCTW-1"), { sheetName: "Biểu 1 (2)" }).grid;
    const again = matchWorkbook([filled, twin], FORMS);
    expect([...again.assigned.keys()]).toEqual([0]);
    expect(again.duplicates).toMatchObject([{ sheet: 1, usedSheet: 0 }]);
  });
});
