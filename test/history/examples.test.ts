/**
 * The sample cluster with its previous quarter (`npm run demo -- --previous examples/ky-truoc`): the one slip
 * of examples/ky-truoc is found, with both cells, and nothing else across the periods.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { brief, consolidate } from "./series";

describe("examples/ky-truoc", () => {
  it("gives exactly one CARRY_OVER (02-dien-luc), and the comparison of Quý I/2023 with Quý IV/2022", async () => {
    const doc = await consolidate(["--roster", "examples/danh-sach-don-vi.csv", "examples/units", "--previous", "examples/ky-truoc"]);
    const across = doc.findings.filter((f) => f.previous);
    expect(across.map(brief)).toEqual([["CARRY_OVER", "02-dien-luc.xlsx", "E19", "DV_DAU", "02-dien-luc-quy-4-2022.xlsx!BC-XDĐ!F26"]]);
    expect(doc.comparison?.periods.map((p) => [p.label, p.source && basename(p.source)])).toEqual([["Quý I/2023", null], ["Quý IV/2022", "ky-truoc"]]);
  });
});
