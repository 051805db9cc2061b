import { describe, expect, it } from "vitest";
import { isFirstPeriodOfYear, parsePeriod, periodKey, periodLabel, samePeriod, type Period } from "../../src/engine/period";

const Q = (index: number, year = 2023) => ({ year, kind: "quarter", index });
const H = (index: number, year = 2023) => ({ year, kind: "half", index });
const M9 = (year = 2023) => ({ year, kind: "nine_months", index: 1 });
const Y = (year = 2023) => ({ year, kind: "year", index: 1 });

describe("parsePeriod", () => {
  it.each<[string, object]>([
    ["Quý I/2023", Q(1)],
    ["Quý II/2023", Q(2)],
    ["Quý III năm 2023", Q(3)],
    ["Quý IV/2023", Q(4)],
    ["Quý 1 năm 2023", Q(1)],
    ["quý 1/2023", Q(1)],
    ["quý 4/2024", Q(4, 2024)],
    ["Q1/2023", Q(1)],
    ["Q1-2023", Q(1)],
    ["Q1 2023", Q(1)],
    ["q3/2023", Q(3)],
    ["Q.2/2023", Q(2)],
    ["quý I - 2023", Q(1)],
    ["Quý I – 2023", Q(1)],
    ["QUÝ II NĂM 2023", Q(2)],
    ["Quý  I  /  2023", Q(1)],
    ["Quý I, năm 2023", Q(1)],
    ["Quí I/2023", Q(1)],
    ["Quy I/2023", Q(1)],
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2023", Q(1)],
    ["Kỳ báo cáo: Quý I/2023", Q(1)],
    ["Kỳ báo cáo:Quý III/2023", Q(3)],
    ["(Quý IV/2023)", Q(4)],
    ["6 tháng đầu năm 2023", H(1)],
    ["6 tháng 2023", H(1)],
    ["6 tháng năm 2023", H(1)],
    ["6 tháng/2023", H(1)],
    ["06 tháng đầu năm 2023", H(1)],
    ["sáu tháng đầu năm 2023", H(1)],
    ["SÁU THÁNG ĐẦU NĂM 2023", H(1)],
    ["6 tháng cuối năm 2023", H(2)],
    ["Báo cáo 6 tháng cuối năm 2024", H(2, 2024)],
    ["9 tháng năm 2023", M9()],
    ["9 tháng đầu năm 2023", M9()],
    ["9 tháng 2023", M9()],
    ["chín tháng năm 2023", M9()],
    ["Năm 2023", Y()],
    ["cả năm 2023", Y()],
    ["năm 2023", Y()],
    ["Cả năm 2023", Y()],
    ["NĂM 2023", Y()],
    ["Kỳ báo cáo: Năm 2023", Y()],
    ["Năm: 2023", Y()],
    ["Năm 2000", Y(2000)],
    ["Năm 2100", Y(2100)],
  ])("%j", (text, expected) => {
    expect(parsePeriod(text)).toMatchObject(expected);
    expect(parsePeriod(text.normalize("NFD"))).toMatchObject(expected);
  });

  it.each([
    ["Quý I/2023", "Quý I/2023"],
    ["Q4-2023", "Quý IV/2023"],
    ["quý 3 năm 2023", "Quý III/2023"],
    ["6 tháng 2023", "6 tháng đầu năm 2023"],
    ["6 tháng cuối năm 2023", "6 tháng cuối năm 2023"],
    ["9 tháng đầu năm 2023", "9 tháng năm 2023"],
    ["cả năm 2023", "Năm 2023"],
  ])("%j is labelled %j", (text, label) => {
    expect(parsePeriod(text)?.label).toBe(label);
  });

  it.each([
    "",
    "2023",
    "Quý",
    "Quý V/2023",
    "Quý 5 năm 2023",
    "Q5/2023",
    "Q0/2023",
    "Quý I",
    "Quý I/23",
    "Q1/23",
    "Quý I/1999",
    "Năm 1999",
    "Năm 2101",
    "Năm 20234",
    "Hà Nội, ngày 05 tháng 4 năm 2023",
    "ngày 06 tháng 7 năm 2023",
    "3 tháng đầu năm 2023",
    "12 tháng năm 2023",
    "9 tháng cuối năm 2023",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 2023",
    "Đơn vị báo cáo",
    "Kết nạp đảng viên mới",
  ])("%j → null", (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(parsePeriod(text.normalize("NFD"))).toBeNull();
  });

  it("does not take `quy định` for a quarter", () => {
    expect(parsePeriod("Theo quy định, báo cáo năm 2023")).toMatchObject(Y());
  });
});

describe("periodLabel", () => {
  const p = (kind: Period["kind"], index: number): Period => ({ year: 2023, kind, index, label: "" });
  it.each<[Period, string, string]>([
    [p("quarter", 1), "Quý I/2023", "Q1 2023"],
    [p("quarter", 2), "Quý II/2023", "Q2 2023"],
    [p("quarter", 3), "Quý III/2023", "Q3 2023"],
    [p("quarter", 4), "Quý IV/2023", "Q4 2023"],
    [p("half", 1), "6 tháng đầu năm 2023", "First half 2023"],
    [p("half", 2), "6 tháng cuối năm 2023", "Second half 2023"],
    [p("nine_months", 1), "9 tháng năm 2023", "Nine months 2023"],
    [p("year", 1), "Năm 2023", "Year 2023"],
  ])("%j", (period, vi, en) => {
    expect(periodLabel(period, "vi")).toBe(vi);
    expect(periodLabel(period, "en")).toBe(en);
  });
});

describe("periodKey, samePeriod, isFirstPeriodOfYear", () => {
  it.each<[string, string, boolean]>([
    ["Quý I/2023", "2023-Q1", true],
    ["Quý II/2023", "2023-Q2", false],
    ["Quý IV/2023", "2023-Q4", false],
    ["6 tháng đầu năm 2023", "2023-H1", true],
    ["6 tháng cuối năm 2023", "2023-H2", false],
    ["9 tháng năm 2023", "2023-9M", false],
    ["Năm 2023", "2023-Y", false],
  ])("%j → %s, first of year %s", (text, key, first) => {
    const period = parsePeriod(text)!;
    expect(periodKey(period)).toBe(key);
    expect(isFirstPeriodOfYear(period)).toBe(first);
  });

  it.each<[string, string, boolean]>([
    ["Quý I/2023", "Q1-2023", true],
    ["Quý I/2023", "quý 1 năm 2023", true],
    ["6 tháng 2023", "6 tháng đầu năm 2023", true],
    ["Năm 2023", "cả năm 2023", true],
    ["Quý I/2023", "Quý I/2024", false],
    ["Quý I/2023", "Quý II/2023", false],
    ["6 tháng đầu năm 2023", "6 tháng cuối năm 2023", false],
    ["Quý I/2023", "6 tháng đầu năm 2023", false],
    ["9 tháng năm 2023", "Năm 2023", false],
  ])("%j vs %j → %s", (a, b, same) => {
    expect(samePeriod(parsePeriod(a)!, parsePeriod(b)!)).toBe(same);
  });

  it("ignores the label when comparing", () => {
    expect(samePeriod({ year: 2023, kind: "quarter", index: 1, label: "x" }, parsePeriod("Q1/2023")!)).toBe(true);
  });
});
