import { describe, expect, it } from "vitest";
import { gridFromRows } from "../../src/engine/grid";
import { readReport } from "../../src/engine/read/report";
import { headerRole, isNumberingRow } from "../../src/engine/read/header";
import { parseViDate, unitTypeOfName } from "../../src/engine/read/meta";
import { num, text } from "../../src/engine/sheetspec";
import { BCXDD } from "../../src/templates/bcxdd";
import { decodeTcvn3 } from "../../src/engine/legacyText";
import { check, checkSpec, rowIndexOf, rules, setCell } from "../support/build";
import { reportSheet } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import { SAMPLE_UNITS } from "../support/units";

const unit = SAMPLE_UNITS[1];

describe("header cells", () => {
  it.each([
    ["STT", "stt"], ["Số TT", "stt"], ["TT", "stt"], ["Mã chỉ tiêu", "code"], ["Chỉ tiêu", "name"], ["Nội dung chỉ tiêu", "name"],
    ["Tiêu chí", "name"], ["ĐVT", "unit"], ["Đơn vị tính", "unit"], ["Kế hoạch năm 2023", "plan"], ["Chỉ tiêu KH", "plan"],
    ["Chỉ tiêu kế hoạch", "plan"], ["KH năm", "plan"], ["Thực hiện trong kỳ", "actual"], ["TH kỳ này", "actual"], ["Kết quả", "actual"],
    ["Lũy kế", "ytd"], ["Luỹ kế từ đầu năm", "ytd"], ["LK", "ytd"], ["Thực hiện lũy kế", "ytd"], ["Tỷ lệ % so với kế hoạch", "pct"],
    ["% KH", "pct"], ["Đạt % KH", "pct"], ["Tỉ lệ (%)", "pct"], ["Ghi chú", "note"], ["GHI CHÚ", "note"],
    ["Ke hoach nam", "plan"], ["Lũy kế".normalize("NFD"), "ytd"], ["Họ và tên", null], ["", null],
  ])("%s → %s", (cell, role) => {
    expect(headerRole(cell, BCXDD)).toBe(role);
  });

  it("recognises column-numbering rows", () => {
    const g = gridFromRows("s", [["A", "B", "C", 1, 2, 3, "4=3/1"], ["(1)", "(2)", "5 = 4*100/2"], ["1", "Kết nạp đảng viên mới", 5]]);
    expect(isNumberingRow(g, 0)).toBe(true);
    expect(isNumberingRow(g, 1)).toBe(true);
    expect(isNumberingRow(g, 2)).toBe(false);
  });
});

describe("layouts", () => {
  it("finds the table wherever it sits, with or without the code column", () => {
    for (const layout of [{ top: 7, left: 3 }, { codeColumn: false, top: 1 }, { header: "variant" as const, numbering: false }]) {
      const c = check(unit, layout);
      expect(rules(c), JSON.stringify(layout)).toEqual([]);
      expect(c.report!.rows.DV_KN.actual.value).toBe(4);
    }
  });

  it("keeps the cell of every figure", () => {
    const c = check(unit, { top: 2, left: 1 });
    const r = c.report!.rows.KT_DV;
    expect([r.plan.cell, r.actual.cell, r.ytd.cell, r.statedPct?.cell]).toEqual(["F37", "G37", "H37", "I37"]);
    expect(r.nameCell).toBe("D37");
  });

  it("reads a two-row merged header whose lower row refines the upper", () => {
    const c = check(unit, { header: "two-row" });
    expect(c.report!.columns).toMatchObject({ stt: 0, code: 1, name: 2, plan: 4, actual: 5, ytd: 6, pct: 7 });
    expect(rules(c)).toEqual([]);
  });

  it("reads decomposed (NFD) text and vi-VN numbers written as text", () => {
    const c = check(unit, { nfd: true, numbersAsText: true, pct: "text" });
    expect(rules(c)).toEqual([]);
    expect(c.report!.unit.name).toBe(unit.name.normalize("NFD"));
    expect(c.report!.rows.DN_DT.actual.value).toBe(1240.5);
  });

  it("reads TCVN3 text from old .VnTime sheets", () => {
    const spec = reportSheet(unit, { codeColumn: false, pct: "none" });
    setCell(spec, rowIndexOf(spec, "Kết nạp đảng viên mới"), 1, text("KÕt n¹p ®¶ng viªn míi"));
    const c = checkSpec(spec);
    expect(rules(c)).toEqual([]);
    expect(c.report!.rows.DV_KN.actual.value).toBe(4);
  });

  it("reads a whole sheet typed in TCVN3 (every label, name and metadata)", () => {
    // An encoder made by inverting the TCVN3 decoder: one byte per Vietnamese letter.
    const map = new Map<string, string>();
    for (let i = 0x80; i < 0x100; i++) {
      const d = decodeTcvn3(String.fromCharCode(i));
      if (d.length === 1 && !map.has(d)) map.set(d, String.fromCharCode(i));
    }
    const enc = (s: string) => [...s].map((c) => (c.charCodeAt(0) < 128 ? c : (map.get(c) ?? c))).join("");
    expect(enc("Kết nạp đảng viên mới")).toBe("KÕt n¹p ®¶ng viªn míi");
    const spec = reportSheet(SAMPLE_UNITS[2], { codeColumn: false });
    for (const row of spec.rows) for (const c of row) if (c?.t === "text") c.v = enc(c.v);
    const c = checkSpec(spec);
    expect(rules(c)).toEqual([]);
    expect(c.report!.unit.name).toBe(SAMPLE_UNITS[2].name);
    expect(c.report!.rows.KT_DV.actual.value).toBe(142);
  });

  it.each([
    ["Tổng số đảng viên đầu kỳ", "DV_DAU"],
    ["Chi bộ trực thuộc", "ORG_CBTT"],
    ["Số lượng đảng viên được tặng Huy hiệu Đảng", "HH_TANG"],
    ["Số thu nhập bình quân của người lao động", "DN_TN"],
  ])("matches %s without its counting word (→ %s)", (name, code) => {
    const spec = reportSheet(unit, { codeColumn: false });
    const original = BCXDD.sections.flatMap((s) => s.indicators).find((i) => i.code === code)!.name;
    setCell(spec, rowIndexOf(spec, original), 1, text(name));
    const c = checkSpec(spec);
    expect(rules(c)).toEqual([]);
    expect(c.report!.rows[code].name).toBe(name);
  });

  it("matches a name that carries its unit in brackets", () => {
    const spec = reportSheet(unit, { codeColumn: false });
    setCell(spec, rowIndexOf(spec, "Thu nhập bình quân của người lao động"), 1, text("Thu nhập bình quân (triệu đồng/người/tháng)"));
    expect(rules(checkSpec(spec))).toEqual([]);
  });

  it("prefers the filled report to a blank form in the same workbook", () => {
    const blank = specToGrid(reportSheet({ ...unit, figures: {} }, { sheetName: "Mẫu" }));
    const filled = specToGrid(reportSheet(unit, { sheetName: "Quý I" }));
    expect(readReport([blank, filled], BCXDD, "x.xlsx").report!.sheet).toBe("Quý I");
  });

  it("takes a label's value after its colon or in the next cell, and the date line", () => {
    for (const metaInline of [true, false]) {
      const r = check(unit, { metaInline }).report!;
      expect(r.unit).toEqual({ name: unit.name, code: "DB02", cluster: "Cụm II", type: "Đảng bộ cơ sở" });
      expect(r.reportDate).toBe("2023-04-06");
    }
  });

  it("takes the period from the title when there is no period label", () => {
    const r = check(unit, { periodInTitle: true, period: "6 tháng đầu năm 2023" }).report!;
    expect(r.period).toMatchObject({ year: 2023, kind: "half", index: 1 });
  });

  it("stops at the footer and after three empty rows", () => {
    const spec = reportSheet(unit);
    const footer = spec.rows.length - 2;
    setCell(spec, footer + 3, 2, text("Số đảng viên đầu kỳ"));
    setCell(spec, footer + 3, 5, num(999));
    expect(rules(checkSpec(spec))).toEqual([]);
    const g = gridFromRows("s", [
      ["Đơn vị báo cáo:", "Chi bộ A"], ["Kỳ báo cáo:", "Quý I/2023"], ["STT", "Chỉ tiêu", "Thực hiện"],
      ["1", "Kết nạp đảng viên mới", 2], [], [], [], ["2", "Đảng viên từ trần", 1],
    ]);
    const r = readReport([g], BCXDD, "x.xlsx").report!;
    expect(Object.keys(r.rows)).toEqual(["DV_KN"]);
  });

  it("picks the form's sheet among several", () => {
    const other = gridFromRows("Hướng dẫn", [["Hướng dẫn điền biểu"], ["Chỉ tiêu", "Ghi chú"]]);
    const form = specToGrid(reportSheet(unit));
    const { report } = readReport([other, form], BCXDD, "x.xlsx");
    expect(report!.sheet).toBe("BC-XDĐ");
  });

  it("treats blank markers as no figure, not zero", () => {
    const spec = reportSheet(unit, { pct: "none" });
    const r = rowIndexOf(spec, "HH_TANG");
    for (const marker of ["-", "—", "x"]) {
      setCell(spec, r, 5, text(marker));
      const row = checkSpec(spec).report!.rows.HH_TANG;
      expect(row.actual.value).toBeNull();
      expect(row.actual.invalid).toBe(false);
    }
  });
});

describe("a unit's type from its name", () => {
  it.each([
    ["Đảng bộ Công ty Điện lực tỉnh", "Đảng bộ cơ sở"],
    ["ĐẢNG ỦY CÔNG TY CP CẤP NƯỚC", "Đảng bộ cơ sở"],
    ["ĐB Cty CP Sách", "Đảng bộ cơ sở"],
    ["Chi bộ Quỹ Đầu tư phát triển", "Chi bộ cơ sở"],
    ["Công ty Cổ phần Dược phẩm, chi bộ cơ sở", null],
  ])("%s → %s", (name, type) => expect(unitTypeOfName(name)).toBe(type));
});

describe("dates", () => {
  it.each([
    ["Hà Nội, ngày 05 tháng 4 năm 2023", "2023-04-05"],
    ["TP. Hồ Chí Minh, ngày 7 tháng 12 năm 2023", "2023-12-07"],
    ["05/04/2023", "2023-04-05"],
    ["ngày … tháng … năm ……", null],
  ])("%s → %s", (s, iso) => expect(parseViDate(s)).toBe(iso));
});
