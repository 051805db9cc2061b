import { describe, expect, it } from "vitest";
import { num, text, type SpecCell } from "../../src/engine/sheetspec";
import { reportSheet } from "../support/reportSheet";
import { check, checkSpec, replaceText, rowIndexOf, rules, setCell, unitWith } from "../support/build";
import { SAMPLE_UNITS } from "../support/units";

// Columns of the template layout: A STT, B Mã, C Chỉ tiêu, D ĐVT, E Kế hoạch, F Thực hiện, G Lũy kế, H Tỷ lệ.
const PLAN = 4, ACTUAL = 5, PCT = 7;

function withCell(code: string, col: number, cell: SpecCell | null, unit = SAMPLE_UNITS[0]) {
  const spec = reportSheet(unit, { pct: "none" });
  return checkSpec(setCell(spec, rowIndexOf(spec, code), col, cell));
}

describe("a clean report", () => {
  it("has no finding in any of the layouts units make", () => {
    for (const layout of [{}, { codeColumn: false, header: "variant" as const }, { header: "two-row" as const, top: 3, left: 2 }, { numbersAsText: true, pct: "text" as const, nfd: true, metaInline: true }]) {
      for (const unit of [SAMPLE_UNITS[0], SAMPLE_UNITS[3], SAMPLE_UNITS[8]]) {
        expect(rules(check(unit, layout)), JSON.stringify(layout)).toEqual([]);
      }
    }
  });
});

describe("form and metadata rules", () => {
  it("FORM_NOT_FOUND fires on a sheet that is not the form", () => {
    const spec = { name: "Sheet1", rows: [[text("Họ tên"), text("Ngày sinh")], [text("Nguyễn Văn A"), num(1980)]] };
    const c = checkSpec(spec);
    expect(rules(c)).toEqual(["FORM_NOT_FOUND"]);
    expect(c.report).toBeNull();
  });

  it("META_UNIT fires when the unit's name is missing, not when it is there", () => {
    const spec = reportSheet(SAMPLE_UNITS[0]);
    expect(rules(checkSpec(replaceText(spec, "Đơn vị báo cáo:", null)))).toContain("META_UNIT");
    expect(rules(check())).not.toContain("META_UNIT");
  });

  it("META_PERIOD fires when the period is missing or not understood", () => {
    const missing = replaceText(replaceText(reportSheet(SAMPLE_UNITS[0]), "Kỳ báo cáo:", null), "Quý I/2023", null);
    const f = checkSpec(missing).findings.find((x) => x.rule === "META_PERIOD");
    expect(f?.severity).toBe("error");
    const unclear = checkSpec(replaceText(reportSheet(SAMPLE_UNITS[0]), "Quý I/2023", text("Quý V/2023")));
    const g = unclear.findings.find((x) => x.rule === "META_PERIOD")!;
    expect(g.cell).toBe("C9");
    expect(g.message.vi).toContain("Quý V/2023");
    expect(rules(check(SAMPLE_UNITS[0], { periodInTitle: true }))).not.toContain("META_PERIOD");
  });
});

describe("row rules", () => {
  it("ROW_MISSING fires for an indicator with no row", () => {
    const spec = reportSheet(SAMPLE_UNITS[0]);
    spec.rows.splice(rowIndexOf(spec, "DV_CCT"), 1);
    const f = checkSpec(spec).findings.filter((x) => x.rule === "ROW_MISSING");
    expect(f.map((x) => x.indicator)).toEqual(["DV_CCT"]);
  });

  it("ROW_UNKNOWN fires for a row with figures that matches nothing, not for one without", () => {
    const spec = reportSheet(SAMPLE_UNITS[0], { codeColumn: false });
    const r = spec.rows.length - 3;
    spec.rows.splice(r, 0, [text("29"), text("Số đảng viên được cử đi học lý luận chính trị"), text("người"), null, num(4)]);
    const f = checkSpec(spec).findings.find((x) => x.rule === "ROW_UNKNOWN")!;
    expect(f.severity).toBe("warning");
    expect(f.cell).toBe(`B${r + 1}`);
    const noFigures = reportSheet(SAMPLE_UNITS[0], { codeColumn: false });
    noFigures.rows.splice(r, 0, [text(""), text("Ghi chú thêm của đơn vị"), null, null, text("-")]);
    expect(rules(checkSpec(noFigures))).not.toContain("ROW_UNKNOWN");
  });

  it("ROW_DUPLICATE fires when two rows match one indicator", () => {
    const spec = reportSheet(SAMPLE_UNITS[0]);
    const r = rowIndexOf(spec, "DV_KN");
    spec.rows.splice(r + 1, 0, structuredClone(spec.rows[r]));
    const f = checkSpec(spec).findings.filter((x) => x.rule === "ROW_DUPLICATE");
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(`C${r + 2}`);
  });

  it("matches by name when the code column is gone, whatever the order and spelling", () => {
    const c = check(SAMPLE_UNITS[1], { codeColumn: false, reorder: true, blankRows: true, header: "variant" });
    expect(rules(c)).toEqual([]);
    expect(c.report!.rows.DV_CUOI.actual.value).toBe(321);
  });
});

describe("value rules", () => {
  it("VALUE_NOT_NUMBER fires on text and error values, not on blank markers", () => {
    expect(rules(withCell("DV_KN", ACTUAL, text("abc")))).toContain("VALUE_NOT_NUMBER");
    const err = withCell("DV_KN", ACTUAL, { t: "formula", f: "#REF!+1", result: null });
    expect(rules(withCell("ORG_MOI", PLAN, text("—")))).not.toContain("VALUE_NOT_NUMBER");
    expect(rules(err)).not.toContain("VALUE_NOT_NUMBER"); // an empty cached result states nothing
  });

  it("VALUE_NEGATIVE fires on a negative figure, and the balance rule still uses it", () => {
    const c = withCell("DV_DI", ACTUAL, num(-1));
    expect(rules(c)).toContain("VALUE_NEGATIVE");
    expect(rules(c)).toContain("DV_BALANCE");
    expect(rules(withCell("DV_DI", ACTUAL, num(1)))).not.toContain("VALUE_NEGATIVE");
  });

  it("VALUE_NOT_INTEGER fires on a count with a fraction, not on an amount", () => {
    const f = withCell("DV_KN", ACTUAL, num(2.5)).findings.find((x) => x.rule === "VALUE_NOT_INTEGER")!;
    expect(f.cell).toMatch(/^F\d+$/);
    expect(f.message.vi).toContain("2,5");
    expect(rules(withCell("DN_DT", ACTUAL, num(2.5)))).not.toContain("VALUE_NOT_INTEGER");
  });

  it("VALUE_AMBIGUOUS fires on 1.234 in an amount unless the sheet shows vi-VN text elsewhere", () => {
    const c = withCell("DN_DT", ACTUAL, text("1.234"));
    const f = c.findings.find((x) => x.rule === "VALUE_AMBIGUOUS")!;
    expect(f.severity).toBe("warning");
    expect(c.report!.rows.DN_DT.actual.value).toBe(1234);
    const spec = reportSheet(SAMPLE_UNITS[0], { pct: "none" });
    setCell(spec, rowIndexOf(spec, "DN_DT"), ACTUAL, text("1.234"));
    setCell(spec, rowIndexOf(spec, "DN_TN"), ACTUAL, text("11,2"));
    expect(rules(checkSpec(spec))).not.toContain("VALUE_AMBIGUOUS");
    expect(rules(withCell("DV_CUOI", ACTUAL, text("1.234")))).not.toContain("VALUE_AMBIGUOUS");
    const noted = reportSheet(SAMPLE_UNITS[0], { pct: "none" });
    setCell(noted, rowIndexOf(noted, "DN_DT"), ACTUAL, text("1.234"));
    setCell(noted, 2, 8, text("0,5")); // a vi-VN number anywhere on the sheet settles it
    expect(rules(checkSpec(noted))).not.toContain("VALUE_AMBIGUOUS");
  });
});

describe("cross-row rules", () => {
  it("DV_SPLIT fires when full + probationary ≠ total", () => {
    const f = check(unitWith({ DV_DB: [null, 9, 9] })).findings.find((x) => x.rule === "DV_SPLIT")!;
    expect(f.indicator).toBe("DV_CUOI");
    expect(f.message.vi).toContain("184");
    expect(rules(check())).not.toContain("DV_SPLIT");
  });

  it("DV_SPLIT is skipped when a stock has no figure", () => {
    expect(rules(check(unitWith({ DV_DB: [null, null, null] })))).not.toContain("DV_SPLIT");
  });

  it("DV_BALANCE fires when the members do not balance; a flow with no figure counts as 0", () => {
    expect(rules(check(unitWith({ DV_KN: [9, 4, 4] })))).toContain("DV_BALANCE");
    const u = SAMPLE_UNITS[3]; // no transfers: blanking the zero flows keeps the balance
    expect(rules(check(unitWith({ DV_DEN: [null, null, null], DV_XOATEN: [null, null, null] }, u)))).not.toContain("DV_BALANCE");
  });

  it("KT_DV_GT_MEMBERS fires when more members are inspected or supervised than there are", () => {
    expect(rules(check(unitWith({ KT_DV: [40, 200, 200] })))).toContain("KT_DV_GT_MEMBERS");
    expect(rules(check(unitWith({ GS_DV: [40, 190, 190] })))).toContain("KT_DV_GT_MEMBERS");
    expect(rules(check(unitWith({ KT_DV: [40, 184, 184] })))).not.toContain("KT_DV_GT_MEMBERS");
  });

  it("MEMBERS_GT_STAFF fires when members exceed staff", () => {
    expect(rules(check(unitWith({ DN_LD: [null, 150, 150] })))).toContain("MEMBERS_GT_STAFF");
    expect(rules(check(unitWith({ DN_LD: [null, 184, 184] })))).not.toContain("MEMBERS_GT_STAFF");
  });

  it("INCOME_RANGE fires on an income entered in đồng, not on 8,1 triệu", () => {
    const f = check(unitWith({ DN_TN: [null, 8100000, 8100000] })).findings.find((x) => x.rule === "INCOME_RANGE")!;
    expect(f.severity).toBe("warning");
    expect(f.message.vi).toContain("8.100.000");
    expect(rules(check(unitWith({ DN_TN: [null, 0.5, 0.5] })))).toContain("INCOME_RANGE");
    expect(rules(check(unitWith({ DN_TN: [null, 8.1, 8.1] })))).not.toContain("INCOME_RANGE");
  });
});

describe("year-to-date rules", () => {
  it("YTD_LT_ACTUAL fires for a flow whose year-to-date is below the period's figure, not for a stock", () => {
    const c = check(unitWith({ DV_KN: [9, 3, 2] }), { period: "Quý II/2023" });
    expect(rules(c)).toContain("YTD_LT_ACTUAL");
    expect(c.findings.find((x) => x.rule === "YTD_LT_ACTUAL")!.cell).toMatch(/^G/);
    expect(rules(check(unitWith({ DN_LD: [null, 512, 500] }), { period: "Quý II/2023" }))).not.toContain("YTD_LT_ACTUAL");
  });

  it("YTD_NE_ACTUAL_Q1 fires in the first quarter only", () => {
    const changed = unitWith({ DV_KN: [9, 3, 5] });
    expect(rules(check(changed))).toContain("YTD_NE_ACTUAL_Q1");
    expect(rules(check(changed, { period: "Quý II/2023" }))).not.toContain("YTD_NE_ACTUAL_Q1");
  });
});

describe("stated rates (the article's figures)", () => {
  const kt = unitWith({ KT_TC: [80, 62, 62], KT_DV: [547, 142, 142] }, SAMPLE_UNITS[4]);

  it("PCT_STATED: 62/80 stated 75,5 % is an error", () => {
    const f = check(kt, { statedPct: { KT_TC: "75,5%" } }).findings.find((x) => x.rule === "PCT_STATED")!;
    expect(f.severity).toBe("error");
    expect(f.indicator).toBe("KT_TC");
    expect(f.message.vi).toContain("75,5%");
    expect(f.message.vi).toContain("77,5");
  });

  it("PCT_ROUNDING: 142/547 stated 25,9 % (truncated) is a warning", () => {
    const c = check(kt, { statedPct: { KT_DV: "25,9%" } });
    expect(c.findings.filter((x) => x.rule.startsWith("PCT_")).map((x) => [x.rule, x.severity])).toEqual([["PCT_ROUNDING", "warning"]]);
  });

  it("a right rate in any of the ways units write it is fine", () => {
    for (const stated of ["77,5%", "77,5", "77.5%", 77.5, "78%"]) {
      expect(rules(check(kt, { statedPct: { KT_TC: stated } })), String(stated)).toEqual([]);
    }
    expect(rules(check(kt, { pct: "value" }))).toEqual([]);
    expect(rules(check(kt, { pct: "formula" }))).toEqual([]);
  });

  it("PCT_NO_PLAN: a rate stated where there is no plan", () => {
    const f = check(unitWith({ KT_TC: [0, 3, 3] }), { statedPct: { KT_TC: "50%" } }).findings.find((x) => x.rule === "PCT_NO_PLAN")!;
    expect(f.severity).toBe("warning");
    expect(rules(check(unitWith({ KT_TC: [null, 3, 3] }), { pct: "formula" }))).not.toContain("PCT_NO_PLAN");
  });

  it("a formula pointing at the wrong row is PCT_STATED", () => {
    const spec = reportSheet(kt);
    const r = rowIndexOf(spec, "KT_TC");
    setCell(spec, r, PCT, { t: "formula", f: `G${r + 2}/E${r + 2}`, result: 142 / 547, format: "0.0%" });
    expect(rules(checkSpec(spec))).toContain("PCT_STATED");
  });
});

