/**
 * BC-XDĐ over a period series made by LibreOffice: Quý III/2026 against Quý II/2026 (given as our own
 * consolidated workbook, or as the units' folder) and Quý III/2025. Every planted mistake is named with both
 * cells, and the consistent units give nothing (no false alarm).
 */
import { describe, expect, it } from "vitest";
import { tmp } from "../cli/helpers";
import { bcxdd, brief, consolidate } from "./series";
import { join } from "node:path";

const ACROSS = ["CARRY_OVER", "YTD_CONTINUITY", "LAST_YEAR_MISMATCH", "SHARP_CHANGE"];

describe("BC-XDĐ across quarters", () => {
  it("consistent quarters give no finding: Quý II against Quý I (consolidated) and Quý III/2025", async () => {
    const q1 = await consolidate([bcxdd("2026-q1")]);
    const q2 = await consolidate([bcxdd("2026-q2"), "--previous", q1.out, "--previous", bcxdd("2025-q3")]);
    expect(q2.findings).toEqual([]);
    expect(q2.comparison?.periods.map((p) => p.label)).toEqual(["Quý II/2026", "Quý I/2026", "Quý III/2025"]);
  });

  it("Quý III against Quý II's consolidated workbook: exactly the planted mistakes, with both cells", async () => {
    const q2 = await consolidate([bcxdd("2026-q2")], join(tmp(), "quy-2.xlsx"));
    const q3 = await consolidate([bcxdd("2026-q3"), "--previous", q2.out, "--previous", bcxdd("2025-q3")]);
    expect(q3.findings.filter((f) => ACROSS.includes(f.rule)).map(brief)).toEqual([
      // The opening count read from the data table: its row lists the unit's own cell of DV_CUOI.
      ["CARRY_OVER", "02-db02-2026-q3.xls", "F19", "DV_DAU", "02-db02-2026-q2.xlsx!BC-XDĐ!F26"],
      // A year-to-date figure: the data table lists no unit cell for it, so the table's own cell is named.
      ["YTD_CONTINUITY", "03-db03-2026-q3.ods", "G20", "DV_KN", "quy-2.xlsx!Dữ liệu!M66"],
      ["SHARP_CHANGE", "05-db05-2026-q3.xls", "F43", "DN_LD", "05-db05-2026-q2.xlsx!BC-XDĐ!F43"],
    ]);
    expect(q3.findings.find((f) => f.rule === "CARRY_OVER")!.message).toContain("324");
  });

  it("Quý III against Quý II's unit files: the same findings, every earlier cell in a unit's file", async () => {
    const q3 = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2026-q2")]);
    expect(q3.findings.filter((f) => ACROSS.includes(f.rule)).map(brief)).toEqual([
      ["CARRY_OVER", "02-db02-2026-q3.xls", "F19", "DV_DAU", "02-db02-2026-q2.xlsx!BC-XDĐ!F26"],
      ["YTD_CONTINUITY", "03-db03-2026-q3.ods", "G20", "DV_KN", "03-db03-2026-q2.xls!BC-XDĐ!G20"],
      ["SHARP_CHANGE", "05-db05-2026-q3.xls", "F43", "DN_LD", "05-db05-2026-q2.xlsx!BC-XDĐ!F43"],
    ]);
  });

  it("the same period a year earlier alone: no year-to-date nor carry-over to check, SHARP_CHANGE measured from it", async () => {
    const q3 = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2025-q3")]);
    expect(q3.findings.filter((f) => ACROSS.includes(f.rule)).map((f) => [f.rule, f.indicator])).toEqual([["SHARP_CHANGE", "DN_LD"]]);
  });

  it("Quý III against Quý I alone: every year-to-date at least Quý I's, no finding across periods", async () => {
    const q3 = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2026-q1")]);
    expect(q3.findings.filter((f) => ACROSS.includes(f.rule))).toEqual([]);
  });

  it("English messages with --lang en", async () => {
    const q3 = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2026-q2")], undefined, "en");
    expect(q3.findings.find((f) => f.rule === "YTD_CONTINUITY")!.message).toMatch(/^Year-to-date DV_KN .* plus this period's figure \(3\) is 6\.$/);
  });
});
