import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/engine/findings";
import { validateFormReport } from "../../../src/engine/forms/validate";
import { builtInForm, type FormTemplate } from "../../../src/templates/form";
import { cellOf, consistentReport, figureOf, withFigure } from "../../support/formReport";

const form = (id: string) => builtInForm(id) as FormTemplate;
const only = (findings: Finding[], rule: string) => {
  const found = findings.filter((f) => f.rule === rule);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("messages name the row, the column, what was found and what it should be, vi-VN first", () => {
  const b1 = form("BTCTW-1");
  // B = 1.200, shared 200 + 400 + 600 among its parts; A = 940 against 900.
  const base = consistentReport(b1, { inputs: { B: { "2": 1200 }, A: { "2": 940, "3": 900 } } });

  it("SUM_ROWS, as the issue's example", () => {
    const f = only(validateFormReport(withFigure(base, "B", "2", 1250), b1), "SUM_ROWS");
    expect(f.message.vi).toContain("Dòng B (Đảng viên tăng trong kỳ), cột 2: ghi 1.250, nhưng tổng các dòng chia ra (B.1 + B.2 + B.3 = 200 + 400 + 600) là 1.200.");
    expect(f.message.en).toContain("Row B (Đảng viên tăng trong kỳ), column 2: states 1,250, but the sum of its part rows (B.1 + B.2 + B.3 = 200 + 400 + 600) is 1,200.");
    expect(f).toMatchObject({ form: "BTCTW-1", sheet: base.sheet, file: base.file, cell: cellOf(base, "B", "2"), indicator: "B", column: "2" });
  });

  it("a blank part is shown as blank, and counted as 0", () => {
    const f = only(validateFormReport(withFigure(base, "B.3", "2", null), b1), "SUM_ROWS");
    expect(f.message.vi).toContain("(B.1 + B.2 + B.3 = 200 + 400 + trống) là 600");
    expect(f.message.en).toContain("(B.1 + B.2 + B.3 = 200 + 400 + blank) is 600");
  });

  it("ROW_FORMULA gives the formula, its figures and the figure D should be", () => {
    const d = figureOf(base, "D", "2");
    const f = only(validateFormReport(withFigure(base, "D", "2", d + 1000), b1), "ROW_FORMULA");
    const [a, b, c] = ["A", "B", "C"].map((r) => figureOf(base, r, "2"));
    expect(f.message.vi).toContain(`theo công thức A + B − C = 940 + 1.200 − ${c} thì phải là ${(a + b - c).toLocaleString("de-DE")}`);
    expect(f.message.en).toContain(`by its formula A + B − C = 940 + 1,200 − ${c} it should be ${(a + b - c).toLocaleString("en-US")}`);
    expect(f.cell).toBe(cellOf(base, "D", "2"));
  });

  it("PCT_STATED and PCT_ROUNDING show the formula, its value and the rounded figure expected", () => {
    const wrong = only(validateFormReport(withFigure(base, "A", "4", 75.5), b1), "PCT_STATED");
    expect(wrong.message.vi).toBe("Dòng A (Tổng số đảng viên cuối kỳ trước chuyển sang), cột 4: ghi 75,5, nhưng cột 2 × 100 / cột 3 = 940 × 100 / 900 = 104,4444; cần ghi 104,4.");
    expect(wrong.message.en).toBe("Row A (Tổng số đảng viên cuối kỳ trước chuyển sang), column 4: states 75.5, but column 2 × 100 / column 3 = 940 × 100 / 900 = 104.4444; it should read 104.4.");
    const slip = only(validateFormReport(withFigure(base, "A", "4", 104.45), b1), "PCT_ROUNDING");
    expect(slip.severity).toBe("warning");
    expect(slip.message.vi).toContain("ghi 104,45, chỉ lệch do làm tròn");
    expect(slip.message.vi).toContain("làm tròn đúng là 104,44");
    expect(slip.message.en).toContain("correctly rounded 104.44");
  });

  it("SUBSET_ROW says what the part may not exceed", () => {
    const whole = figureOf(base, "C.3", "2");
    const f = only(validateFormReport(withFigure(base, "C.3.DB", "2", whole + 1), b1), "SUBSET_ROW");
    expect(f.message.vi).toContain(`Dòng C.3.DB (Đảng viên dự bị), cột 2: ghi ${whole + 1}, lớn hơn dòng C.3 (Xóa tên) là ${whole}`);
    expect(f.message.vi).toContain(`cần nhỏ hơn hoặc bằng ${whole}`);
    expect(f.message.en).toContain(`it must be at most ${whole}`);
  });

  it("SUBSET_COL names the column it is part of", () => {
    const dt = form("BTCTW-3DT");
    const r = consistentReport(dt);
    const total = figureOf(r, "I.5", "3");
    const f = only(validateFormReport(withFigure(r, "I.5", "4", total + 1), dt), "SUBSET_COL");
    expect(f.message.vi).toContain(`cột 4: ghi ${total + 1}, lớn hơn cột 3 (Tổng số) là ${total}`);
    expect(f).toMatchObject({ indicator: "I.5", column: "4", cell: cellOf(r, "I.5", "4") });
  });

  it("VALUE_RANGE gives the range", () => {
    const b2 = form("BTCTW-2");
    const f = only(validateFormReport(withFigure(consistentReport(b2), "II.2.TBQ", "2", 250), b2), "VALUE_RANGE");
    expect(f.message.vi).toContain("Dòng II.2.TBQ (Tuổi bình quân), cột 2: ghi 250");
    expect(f.message.vi).toContain("trong khoảng 18–100");
    expect(f.message.en).toContain("between 18 and 100");
  });

  it("a long sum is shortened, its total kept", () => {
    const dt = form("BTCTW-3DT");
    const r = consistentReport(dt);
    const f = only(validateFormReport(withFigure(r, "I.2", "3", figureOf(r, "I.2", "3") + 1000), dt), "SUM_ROWS");
    expect(f.message.vi).toMatch(/\(I\.1 \+ I\.2 \+ … \+ I\.56 = [\d.]+ \+ [\d.]+ \+ … \+ [\d.]+\) là [\d.]+\./);
  });
});
