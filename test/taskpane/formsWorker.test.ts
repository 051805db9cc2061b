import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { batchSheets, batchSummary, consolidateBatch, formSet } from "../../src/engine/batch";
import { checkFileBytes } from "../../src/files/checkFile";
import { readWorkbook } from "../../src/files/index";
import { fileToCheck, harness } from "./workerHarness";

const FORMS = "examples/bieu-thong-ke/units";
const ONE = join(FORMS, "01-dien-luc.xlsx");
const TWO = join(FORMS, "02-thuy-loi.xlsx");
const CROSS = join(FORMS, "08-may-hoang-long.ods");

describe("files worker: the BTCTW forms (issue 9 §6)", () => {
  it("a unit's bộ biểu is recognised, its forms listed in sheet order, with unit and period", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(ONE)] });
    const review = h.last("review").reviews[ONE];
    expect(review.status).not.toBe("không đọc được");
    expect(review.forms).toEqual(["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"]);
    expect(review.unit).toMatch(/ĐIỆN LỰC NINH BÌNH/i);
    expect(review.period).not.toBeNull();
  });

  it("a cross-form mistake makes the file's status 'lỗi'", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(CROSS), fileToCheck(ONE)] });
    const { reviews } = h.last("review");
    expect(reviews[CROSS].status).toBe("lỗi");
    expect(reviews[ONE].status).toBe("hợp lệ");
  });

  it("BC-XDĐ files keep their forms list as BC-XDĐ alone", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck("examples/units/01-cap-nuoc.xlsx")] });
    expect(Object.values(h.last("review").reviews)[0].forms).toEqual(["BC-XDD"]);
  });

  it("consolidates the forms into each form's sheet and Dữ liệu biểu, with the summary paragraph, as the engine does", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(ONE), fileToCheck(TWO)] });
    h.send({ type: "consolidate", requestId: 7, sheets: [], lang: "vi", render: true });
    const done = h.last("consolidated");
    expect(done.requestId).toBe(7);
    expect(done.summary.units).toBe(2);
    expect(done.xlsx).not.toBeNull();

    const set = formSet();
    const checks = [ONE, TWO].map((p) => checkFileBytes(new Uint8Array(readFileSync(p)), p.split("/").pop()!, set));
    const batch = consolidateBatch(checks, set, { roster: null });
    const summary = batchSummary(batch, set, "vi");
    const expected = batchSheets(batch, set, "vi", summary).map((s) => s.name);
    expect(done.summary.sheets).toEqual(expected);
    expect(done.summary.sheets.some((n) => /1-BTCTW/.test(n))).toBe(true);
    expect(done.summary.paragraph).toBe(summary.paragraph.text);
    expect(done.summary.paragraph).toMatch(/đảng viên/);

    // The downloaded workbook holds those sheets.
    const read = readWorkbook(new Uint8Array(done.xlsx!), "tong-hop.xlsx");
    expect(read.ok && read.grids.map((g) => g.name)).toEqual(expected);
  });

  it("a findings report of a sheet of another form is named after its unit", () => {
    const h = harness();
    const check = checkFileBytes(new Uint8Array(readFileSync(CROSS)), "08.ods", formSet());
    h.send({ type: "findingsReport", requestId: 3, source: { checks: [check] }, lang: "vi" });
    const report = h.last("findingsReport");
    expect(report.findings).toBeGreaterThan(0);
    expect(report.fileName).toMatch(/hoang-long/i);
  });

  it("a roster's coverage is the forms' when no file holds BC-XDĐ", () => {
    const h = harness();
    const roster = readFileSync("examples/bieu-thong-ke/danh-sach-don-vi.xlsx");
    h.send({ type: "roster", name: "danh-sach-don-vi.xlsx", bytes: roster.buffer.slice(roster.byteOffset, roster.byteOffset + roster.byteLength) });
    h.send({ type: "check", files: [fileToCheck(ONE), fileToCheck(TWO)] });
    const { coverage } = h.last("review");
    expect(coverage).toMatchObject({ expected: 11, received: 2 });
    expect(coverage!.missing).toHaveLength(9);
  });
});
