/**
 * BTCTW-1 over half-years made by LibreOffice: 6 tháng đầu năm 2026 against Năm 2025 (the directly preceding
 * period: row A = its row D) and 6 tháng đầu năm 2025 (column 3 = what the unit reported as column 2 then).
 */
import { describe, expect, it } from "vitest";
import { btctw1, brief, consolidate } from "./series";

describe("BTCTW-1 across periods", () => {
  it("a wrong opening count and a wrong 'cùng kỳ' are named with both cells; the other units give nothing", async () => {
    const year = await consolidate([btctw1("2025-nam")]);
    const doc = await consolidate([btctw1("2026-h1"), "--previous", year.out, "--previous", btctw1("2025-h1")]);
    expect(doc.findings.map(brief)).toEqual([
      ["CARRY_OVER", "02-thuy-loi-2026-h1.ods", "C11", "A", "02-thuy-loi-2025-nam.ods!1-BTCTW!C27"],
      ["LAST_YEAR_MISMATCH", "04-vietinbank-2026-h1.xls", "C14", "B.2.a", "04-vietinbank-2025-h1.xls!Biểu 1!B14"],
      ["LAST_YEAR_MISMATCH", "04-vietinbank-2026-h1.xls", "C15", "B.2.b", "04-vietinbank-2025-h1.xls!Biểu 1!B15"],
    ]);
    expect(doc.findings.map((f) => [f.severity, f.column])).toEqual([["error", "2"], ["warning", "3"], ["warning", "3"]]);
    expect(doc.comparison?.periods.map((p) => p.label)).toEqual(["6 tháng đầu năm 2026", "Năm 2025", "6 tháng đầu năm 2025"]);
    expect(Object.keys(doc.comparison!.forms)).toEqual(["BTCTW-1"]);
  });

  it("the earlier periods given as folders of unit files give the same findings", async () => {
    const doc = await consolidate([btctw1("2026-h1"), "--previous", btctw1("2025-nam"), "--previous", btctw1("2025-h1")]);
    expect(doc.findings.map((f) => [f.rule, f.indicator])).toEqual([
      ["CARRY_OVER", "A"],
      ["LAST_YEAR_MISMATCH", "B.2.a"],
      ["LAST_YEAR_MISMATCH", "B.2.b"],
    ]);
  });

  it("honest figures since January: Năm 2025 against 6 tháng đầu năm 2025 gives no finding", async () => {
    const doc = await consolidate([btctw1("2025-nam"), "--previous", btctw1("2025-h1")]);
    expect(doc.findings).toEqual([]);
  });

  it("only the same period a year earlier: only column 3 is checked", async () => {
    const doc = await consolidate([btctw1("2026-h1"), "--previous", btctw1("2025-h1")]);
    expect(doc.findings.map((f) => [f.rule, f.indicator])).toEqual([
      ["LAST_YEAR_MISMATCH", "B.2.a"],
      ["LAST_YEAR_MISMATCH", "B.2.b"],
    ]);
  });
});
