/** The short paragraph of Biểu số 1-BTCTW (issue 13 §4), from the form's consolidation. */
import { describe, expect, it } from "vitest";
import type { RosterUnit } from "../../src/engine/consolidate/units";
import { consolidateForms } from "../../src/engine/forms/consolidate/consolidateForms";
import { btctw1Paragraph } from "../../src/engine/narrative";
import { builtInForm } from "../../src/templates/form/registry";
import { unitFile, type TestUnit, type TestValues } from "../support/formChecks";

const BTCTW1 = builtInForm("BTCTW-1")!;
const U1: TestUnit = { name: "Đảng bộ Công ty A", code: "DB01", type: "Đảng bộ cơ sở", cluster: "Cụm II" };
const U2: TestUnit = { name: "Chi bộ Trường B", code: "CB02", type: "Chi bộ cơ sở", cluster: "Cụm II" };
const U3: TestUnit = { name: "Đảng bộ Bệnh viện C", code: "DB03", type: "Đảng bộ cơ sở", cluster: "Cụm II" };

/** A unit's Biểu 1 for 6 tháng đầu năm 2023: start, gains and losses by kind, end; column 3 a year earlier. */
function values(start: number, gains: [number, number, number], losses: [number, number, number, number, number], lastYearEnd: number | null): TestValues {
  const b = gains.reduce((s, x) => s + x, 0);
  const c = losses.reduce((s, x) => s + x, 0);
  const v: TestValues = {
    A: { 2: start },
    B: { 2: b },
    "B.1": { 2: gains[0] },
    "B.2": { 2: gains[1] },
    "B.3": { 2: gains[2] },
    C: { 2: c },
    "C.1": { 2: losses[0] },
    "C.2": { 2: losses[1] },
    "C.3": { 2: losses[2] },
    "C.4": { 2: losses[3] },
    "C.5": { 2: losses[4] },
    D: { 2: start + b - c, 3: lastYearEnd },
  };
  return v;
}

const file = (unit: TestUnit, v: TestValues) => unitFile(unit, [{ form: BTCTW1, values: v, options: { period: "6 tháng đầu năm 2023" } }]);
const consolidationOf = (files: ReturnType<typeof file>[], roster?: RosterUnit[]) => consolidateForms(files, [BTCTW1], { roster })[0];

describe("Biểu số 1-BTCTW: tăng, giảm, cuối kỳ", () => {
  // Two units: 2.465 at the start of the year, 2.490 at its end; 2.430 a year earlier (2.490 / 2.430 = 102,469…).
  const a = file(U1, values(1500, [20, 8, 1], [3, 0, 1, 0, 6], 1480));
  const b = file(U2, values(965, [10, 4, 0], [2, 1, 0, 0, 5], 950));
  const c = consolidationOf([a, b]);

  it("sums the units and says the period's gains, losses and end", () => {
    expect(c.totals.D["2"].value).toBe(1500 + 29 - 10 + 965 + 14 - 8);
    expect(btctw1Paragraph(c, "vi").text).toBe(
      "Trong 6 tháng đầu năm, Cụm II tăng 43 đảng viên (kết nạp 30, chuyển đến 12, phục hồi đảng tịch 1), giảm 18 đảng viên (từ trần 5, khai trừ 1, xóa tên 1, chuyển đi 11); " +
        "tổng số đảng viên cuối kỳ là 2.490 đồng chí (đầu kỳ: 2.465), bằng 102,47% so với cùng kỳ năm trước.",
    );
  });

  it("in English", () => {
    expect(btctw1Paragraph(c, "en").text).toBe(
      "In the first half of the year, Cụm II gained 43 party members (30 admitted, 12 transferred in, 1 reinstated) and lost 18 party members (5 deceased, 1 expelled, 1 struck off, 11 transferred out); " +
        "the party members at the end of the period number 2,490 (2,465 at the start), 102.47% of the same period last year.",
    );
  });

  it("rounds the form's ratio half away from zero to its two decimals", () => {
    const ratio = (start: number, gained: number, lastYear: number) =>
      btctw1Paragraph(consolidationOf([file(U1, values(start, [gained, 0, 0], [0, 0, 0, 0, 0], lastYear))]), "vi").text.match(/bằng ([\d.,]+%)/)?.[1];
    expect(ratio(2447, 43, 2432)).toBe("102,38%"); // 102,3848…
    expect(ratio(4000, 7, 4000)).toBe("100,18%"); // exactly 100,175, whose double 100,17499… shows 100,17 by toFixed
    expect(ratio(20000, 1, 20000)).toBe("100,01%"); // exactly 100,005
    expect(ratio(2447, 43, 1992)).toBe("125,00%");
  });

  it("leaves out what has no figure", () => {
    const noLastYear = consolidationOf([file(U1, values(1500, [20, 0, 0], [0, 0, 0, 0, 0], null))]);
    expect(btctw1Paragraph(noLastYear, "vi").text).toBe("Trong 6 tháng đầu năm, Cụm II tăng 20 đảng viên (kết nạp 20), không có đảng viên giảm; tổng số đảng viên cuối kỳ là 1.520 đồng chí (đầu kỳ: 1.500).");
    const endOnly = consolidationOf([file(U1, { D: { 2: 1520 } })]);
    expect(btctw1Paragraph(endOnly, "vi").text).toBe("Tổng số đảng viên cuối kỳ là 1.520 đồng chí.");
    const nothing = consolidationOf([file(U1, {})]);
    expect(btctw1Paragraph(nothing, "vi")).toEqual({ sentences: [], text: "" });
  });

  it("names the units that have not sent the form", () => {
    const roster: RosterUnit[] = [U1, U2, U3].map((u) => ({ name: u.name, code: u.code ?? null, type: u.type ?? null, cluster: "Cụm II" }));
    const p = btctw1Paragraph(consolidationOf([a, b], roster), "vi");
    expect(p.sentences.map((s) => s.key)).toEqual(["members", "coverage"]);
    expect(p.sentences[1].text).toBe("Còn 1 đơn vị chưa gửi Biểu số 1-BTCTW: Đảng bộ Bệnh viện C; số liệu trên tổng hợp từ 2/3 đơn vị.");
  });

  it("says nothing of another form", () => {
    const other = consolidateForms([unitFile(U1, [{ form: builtInForm("BTCTW-2")!, values: {} }])], [builtInForm("BTCTW-2")!])[0];
    expect(btctw1Paragraph(other, "vi").text).toBe("");
  });
});
