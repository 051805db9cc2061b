/**
 * A resubmitted workbook of statistical forms: the changes are listed per form and cell (a figure that became
 * blank included), on the superseded entry of each form, in its UNIT_DUPLICATE finding and in `resubmissions`.
 */
import { describe, expect, it } from "vitest";
import { consolidateBatch, formSet } from "../../src/engine/batch";
import { builtInForm } from "../../src/templates/form/registry";
import { formCheck } from "../support/formChecks";
import { cellOf, consistentReport, figureOf, withFigure } from "../support/formReport";

const BTCTW1 = builtInForm("BTCTW-1")!;

describe("a resubmitted BTCTW-1", () => {
  it("lists the cells changed, a figure that became blank included", () => {
    const first = consistentReport(BTCTW1, { period: "6 tháng đầu năm 2026" });
    const again = withFigure(withFigure(first, "B.1", "2", figureOf(first, "B.1", "2") + 1), "C.3.DB", "3", null);
    const old = formCheck("a.xlsx", [{ ...first, reportDate: "2026-07-03" }]);
    const used = formCheck("a-sua.xlsx", [{ ...again, reportDate: "2026-07-08" }]);
    const batch = consolidateBatch([old, used], formSet());
    expect(batch.resubmissions).toHaveLength(1);
    expect(batch.resubmissions[0].changes).toEqual([
      { form: "BTCTW-1", indicator: "B.1", column: "2", before: figureOf(first, "B.1", "2"), after: figureOf(first, "B.1", "2") + 1, cell: cellOf(first, "B.1", "2"), previousCell: cellOf(first, "B.1", "2") },
      { form: "BTCTW-1", indicator: "C.3.DB", column: "3", before: figureOf(first, "C.3.DB", "3"), after: null, cell: cellOf(first, "C.3.DB", "3"), previousCell: cellOf(first, "C.3.DB", "3") },
    ]);
    const entry = batch.forms[0].entries.find((e) => e.status === "duplicate")!;
    expect(entry.changes).toEqual(batch.resubmissions[0].changes);
    const dup = batch.findings.find((f) => f.rule === "UNIT_DUPLICATE")!;
    expect(dup.message.en).toContain("The resubmission changes 2 cells: BTCTW-1 B.1/2:");
  });

  it("two identical copies: no cell changed, and the finding says so", () => {
    const r = consistentReport(BTCTW1, { period: "6 tháng đầu năm 2026" });
    const batch = consolidateBatch([formCheck("a.xlsx", [r], { modified: 1 }), formCheck("b.xlsx", [r], { modified: 2 })], formSet());
    expect(batch.resubmissions[0].changes).toEqual([]);
    expect(batch.findings.find((f) => f.rule === "UNIT_DUPLICATE")!.message.vi).toContain("Hai bản không khác nhau ở số liệu nào.");
  });
});
