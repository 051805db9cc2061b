import { describe, expect, it } from "vitest";
import type { Severity, UnitStatus } from "../../src/engine";
import { FILE_STATUSES, fileStatus, type StatusInput } from "../../src/taskpane/state/status";

const f = (rule: string, severity: Severity) => ({ rule, severity });
const readable = (findings: StatusInput["findings"] = [], entryStatus: UnitStatus | null = null): StatusInput => ({ unreadable: false, hasReport: true, entryStatus, findings });

describe("fileStatus: one status per file", () => {
  it.each<[string, StatusInput, string]>([
    ["no findings", readable(), "hợp lệ"],
    ["only notes", readable([f("X", "info")]), "hợp lệ"],
    ["a warning", readable([f("PCT_ROUNDING", "warning"), f("X", "info")]), "cảnh báo"],
    ["an error beats warnings", readable([f("PCT_ROUNDING", "warning"), f("PCT_STATED", "error")]), "lỗi"],
    ["a unit outside the roster is a warning", readable([], "unexpected"), "cảnh báo"],
    ["the consolidation's UNIT_UNEXPECTED finding alone", readable([f("UNIT_UNEXPECTED", "warning")]), "cảnh báo"],
    ["used with errors (entry 'invalid') still says lỗi", readable([f("DV_BALANCE", "error")], "invalid"), "lỗi"],
    ["a duplicate, by its entry", readable([], "duplicate"), "trùng"],
    ["a duplicate, by the UNIT_DUPLICATE finding", readable([f("UNIT_DUPLICATE", "error")]), "trùng"],
    ["a duplicate with errors of its own is still trùng", readable([f("DV_BALANCE", "error")], "duplicate"), "trùng"],
    ["another period, by its entry", readable([], "period_mismatch"), "khác kỳ"],
    ["another period, by the PERIOD_MISMATCH finding", readable([f("PERIOD_MISMATCH", "error"), f("PCT_STATED", "error")]), "khác kỳ"],
    ["unreadable bytes", { unreadable: true, hasReport: false, findings: [f("FILE_UNREADABLE", "error")] }, "không đọc được"],
    ["no sheet looks like the form", { unreadable: false, hasReport: false, findings: [f("FORM_NOT_FOUND", "error")] }, "không đọc được"],
    ["the consolidation's 'unreadable' entry", readable([], "unreadable"), "không đọc được"],
    ["unreadable wins over a duplicate finding", { unreadable: true, hasReport: false, findings: [f("UNIT_DUPLICATE", "error")] }, "không đọc được"],
    ["a duplicate wins over another period", readable([f("PERIOD_MISMATCH", "error")], "duplicate"), "trùng"],
  ])("%s", (_, input, expected) => {
    expect(fileStatus(input)).toBe(expected);
  });

  it("every status it returns is one of the six listed, and each of the six is reachable", () => {
    const inputs: StatusInput[] = [
      readable(),
      readable([f("A", "warning")]),
      readable([f("A", "error")]),
      readable([], "duplicate"),
      readable([], "period_mismatch"),
      readable([], "unreadable"),
    ];
    expect(new Set(inputs.map(fileStatus))).toEqual(new Set(FILE_STATUSES));
  });
});
