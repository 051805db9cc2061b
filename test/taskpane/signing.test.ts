/** Thông tin ký biểu (issue 13 §1): the task pane's form, and the worker putting it on the consolidated sheets. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SheetSpec } from "../../src/engine";
import { EMPTY_SIGNING, formOf, signingOf } from "../../src/taskpane/state/signing";
import { fileToCheck, harness } from "./workerHarness";

const texts = (spec: SheetSpec) => spec.rows.flat().filter((c) => c?.t === "text").map((c) => (c as { v: string }).v);

describe("the signing form", () => {
  it("leaves blank fields out (the sheets print dots there) and keeps who signs on behalf of whom", () => {
    expect(signingOf(EMPTY_SIGNING)).toEqual({ onBehalf: "ĐẢNG ỦY" });
    expect(signingOf({ ...EMPTY_SIGNING, committee: "  Đảng ủy   Cụm II ", title: "Phó Bí thư", onBehalf: "BAN THƯỜNG VỤ" })).toEqual({
      committee: "Đảng ủy Cụm II",
      signer: { title: "Phó Bí thư" },
      onBehalf: "BAN THƯỜNG VỤ",
    });
  });

  it("shows saved settings, and makes the same settings from them", () => {
    const saved = { committee: "Đảng ủy Cụm II", parent: "Đảng bộ Khối", place: "Hà Nội", signer: { title: "Bí thư", name: "Nguyễn Văn A" }, onBehalf: "BAN THƯỜNG VỤ" as const };
    expect(formOf(saved)).toEqual({ committee: "Đảng ủy Cụm II", parent: "Đảng bộ Khối", place: "Hà Nội", title: "Bí thư", name: "Nguyễn Văn A", onBehalf: "BAN THƯỜNG VỤ" });
    expect(signingOf(formOf(saved))).toEqual(saved);
    expect(formOf({})).toEqual(EMPTY_SIGNING);
  });
});

describe("files worker: consolidating with the signing settings", () => {
  const consolidated = (signing?: Parameters<typeof signingOf>[0]) => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(join("examples/units", "01-cap-nuoc.xlsx")), fileToCheck(join("examples/units", "05-agribank.xls"))] });
    h.send({ type: "consolidate", requestId: 1, sheets: [], lang: "vi", render: false, ...(signing ? { signing: signingOf(signing) } : {}) });
    return h.last("consolidated");
  };

  it("puts the committee, its superior, the place and the signatory on Tổng hợp, and the superior in the paragraph", () => {
    const done = consolidated({ parent: "Đảng bộ Khối doanh nghiệp tỉnh", committee: "Đảng ủy Cụm II", place: "Hà Nội", onBehalf: "BAN THƯỜNG VỤ", title: "Phó Bí thư", name: "Nguyễn Văn A" });
    const sheet = texts(done.specs.find((s) => s.name === "Tổng hợp")!).join("\n");
    expect(sheet).toContain("ĐẢNG ỦY CỤM II");
    expect(sheet).toContain("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH");
    expect(sheet).toMatch(/Hà Nội, ngày/);
    expect(sheet).toContain("T/M BAN THƯỜNG VỤ");
    expect(sheet).toMatch(/PHÓ BÍ THƯ/i);
    expect(sheet).toContain("Nguyễn Văn A");
    expect(done.summary.paragraph).toContain("Đảng bộ Khối doanh nghiệp tỉnh");
  });

  it("without settings prints dots to fill in by hand, and no superior in the paragraph", () => {
    const done = consolidated();
    const sheet = texts(done.specs.find((s) => s.name === "Tổng hợp")!).join("\n");
    expect(sheet).toMatch(/ĐẢNG ỦY …/);
    expect(sheet).toMatch(/………, ngày/);
    expect(sheet).not.toContain("CỤM II");
    expect(sheet).toContain("T/M ĐẢNG ỦY");
    expect(done.summary.paragraph).not.toContain("Đảng bộ Khối");
  });
});
