import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine";
import { readWorkbook } from "../../src/files/index";
import { BCXDD } from "../../src/templates/bcxdd";
import { fileToCheck, harness } from "./workerHarness";

const UNITS = "examples/units";
const ROSTER = "examples/danh-sach-don-vi.csv";
const FILES = "test/fixtures/files";
const REPORTS = "test/fixtures/reports";

const unitPaths = () => readdirSync(UNITS).sort().map((f) => join(UNITS, f));

describe("files worker: checking files", () => {
  it("reads each file once, in order, with progress after each, then reviews them all", () => {
    const h = harness();
    const files = unitPaths().map((p) => fileToCheck(p));
    h.send({ type: "check", files });
    expect(h.all("checked").map((e) => e.id)).toEqual(files.map((f) => f.id));
    expect(h.all("progress").map((e) => [e.done, e.total])).toEqual(files.map((_, i) => [i + 1, files.length]));
    // The review comes after the last progress event: the page knows every status is final then.
    expect(h.events.at(-1)!.event.type).toBe("review");
    const review = h.last("review");
    expect(Object.keys(review.reviews)).toEqual(files.map((f) => f.id));
    expect(review.period).toEqual({ vi: "Quý I/2023", en: "Q1 2023" });
  });

  it("gives each example the status its documented mistakes call for", () => {
    const h = harness();
    h.send({ type: "check", files: unitPaths().map((p) => fileToCheck(p)) });
    const { reviews } = h.last("review");
    // examples/README.md: 05 states 75,5 % for 62/80 (PCT_STATED), 07 does not balance (DV_BALANCE),
    // 03 truncates 25,96 % to 25,9 % (PCT_ROUNDING, a warning).
    expect(reviews[join(UNITS, "05-agribank.xls")].status).toBe("lỗi");
    expect(reviews[join(UNITS, "07-moi-truong.xls")].status).toBe("lỗi");
    expect(reviews[join(UNITS, "03-bhxh.xlsx")].status).toBe("cảnh báo");
    expect(reviews[join(UNITS, "03-bhxh.xlsx")].counts.warning).toBeGreaterThan(0);
    expect(reviews[join(UNITS, "01-cap-nuoc.xlsx")]).toMatchObject({ status: "hợp lệ", note: null, period: { vi: "Quý I/2023" } });
    expect(reviews[join(UNITS, "01-cap-nuoc.xlsx")].unit).toMatch(/Cấp nước/);
  });

  it("a non-workbook, an empty file and a picture are 'không đọc được', with the reason", () => {
    const h = harness();
    h.send({ type: "check", files: ["van-ban.xls", "rong.xlsx", "anh.xlsx"].map((f) => fileToCheck(join(FILES, f))) });
    for (const review of Object.values(h.last("review").reviews)) {
      expect(review.status).toBe("không đọc được");
      expect(review.note?.vi).toBeTruthy();
      expect(review.note?.en).toBeTruthy();
      expect(review.unit).toBeNull();
    }
  });

  it("a workbook with no report form (the roster, added by mistake) is 'không đọc được' and says what the form needs", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(ROSTER)] });
    const review = Object.values(h.last("review").reviews)[0];
    expect(review.status).toBe("không đọc được");
    expect(review.note?.vi).toMatch(/Chỉ tiêu/);
  });

  it("the same unit sent twice: the file modified later is used, the other is 'trùng' and says which one wins", () => {
    const h = harness();
    const first = fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "a", 1_000);
    const again = fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "b", 2_000);
    h.send({ type: "check", files: [first, fileToCheck(join(UNITS, "02-dien-luc.xlsx"), "c")] });
    expect(h.last("review").reviews.a.status).toBe("hợp lệ");
    h.send({ type: "check", files: [again] });
    const { reviews } = h.last("review");
    expect(reviews.a.status).toBe("trùng");
    expect(reviews.b.status).toBe("hợp lệ");
    expect(reviews.c.status).toBe("hợp lệ");
    // Two files with one name are told apart in every message.
    expect(reviews.a.note?.vi).toContain("01-cap-nuoc (2).xlsx");
    expect(reviews.a.note?.en).toContain("modified later");
  });

  it("a second-quarter report among first-quarter ones is 'khác kỳ', naming both periods", () => {
    const h = harness();
    h.send({ type: "check", files: [...unitPaths().slice(0, 3), join(REPORTS, "quy-hai.ods")].map((p) => fileToCheck(p)) });
    const review = h.last("review").reviews[join(REPORTS, "quy-hai.ods")];
    expect(review.status).toBe("khác kỳ");
    expect(review.period?.vi).toBe("Quý II/2023");
    expect(review.note?.vi).toMatch(/Quý II\/2023/);
    expect(review.note?.vi).toMatch(/Quý I\/2023/);
  });

  it("says which file it is about to read, so the page can time each read", () => {
    const h = harness();
    const files = unitPaths().slice(0, 3).map((p) => fileToCheck(p));
    h.send({ type: "check", files });
    const kinds = h.events.map((e) => e.event).filter((e) => e.type === "reading" || e.type === "checked");
    expect(kinds).toEqual(files.flatMap((f) => [{ type: "reading", file: f.id }, expect.objectContaining({ type: "checked", id: f.id })]));
    h.send({ type: "roster", ...asRoster(ROSTER) });
    expect(h.last("reading")).toEqual({ type: "reading", roster: "danh-sach-don-vi.csv" });
  });

  it("a file the page gave up reading is listed in its place as unreadable, with the reason", () => {
    const h = harness();
    const reason = { vi: "Đọc tệp quá 20 giây", en: "Reading took over 20 seconds" };
    h.send({ type: "check", files: [fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "a")] });
    h.send({ type: "unreadable", id: "b", name: "01-cap-nuoc.xlsx", reason, lastModified: 5 });
    h.send({ type: "check", files: [fileToCheck(join(UNITS, "02-dien-luc.xlsx"), "c")] });
    expect(h.last("checked").id).toBe("c");
    const { reviews } = h.last("review");
    expect(Object.keys(reviews)).toEqual(["a", "b", "c"]);
    expect(reviews.b).toMatchObject({ status: "không đọc được", unit: null, note: { vi: expect.stringContaining(reason.vi), en: expect.stringContaining(reason.en) } });
    expect(reviews.a.status).toBe("hợp lệ");
    h.send({ type: "consolidate", requestId: 1, sheets: [], lang: "vi", render: false });
    expect(h.last("consolidated").summary.units).toBe(2);
    h.send({ type: "findingsReport", requestId: 2, source: { rows: ["b"] }, lang: "en" });
    const read = readWorkbook(new Uint8Array(h.last("findingsReport").xlsx), "k.xlsx");
    if (!read.ok) throw new Error(read.reason.en);
    // Named apart from the readable file of the same name, like any second file of one name.
    expect(JSON.stringify(read.grids[0])).toContain("01-cap-nuoc (2).xlsx");
    expect(JSON.stringify(read.grids[0])).toContain("FILE_UNREADABLE");
  });

  it("removing a file reviews the rest: a duplicate left alone is no longer 'trùng'", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "a", 1), fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "b", 2)] });
    expect(h.last("review").reviews.a.status).toBe("trùng");
    h.send({ type: "remove", ids: ["b"] });
    expect(h.last("review").reviews).toEqual({ a: expect.objectContaining({ status: "hợp lệ" }) });
  });
});

describe("files worker: roster", () => {
  it("reads the roster and reports coverage by name: 11 expected, 10 received, DB11 missing", () => {
    const h = harness();
    h.send({ type: "check", files: unitPaths().map((p) => fileToCheck(p)) });
    const roster = readFileSync(ROSTER);
    h.send({ type: "roster", name: "danh-sach-don-vi.csv", bytes: roster.buffer.slice(roster.byteOffset, roster.byteOffset + roster.byteLength) });
    expect(h.last("roster")).toEqual({ type: "roster", ok: true, name: "danh-sach-don-vi.csv", units: 11 });
    const coverage = h.last("review").coverage!;
    expect(coverage).toMatchObject({ expected: 11, received: 10, unexpected: [] });
    expect(coverage.missing).toEqual(["Đảng bộ Công ty Cổ phần Vận tải ô tô"]);
  });

  it("a file that is not a roster is refused with a reason, and no coverage is claimed", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"))] });
    h.send({ type: "roster", ...asRoster(join(FILES, "anh.xlsx")) });
    const failed = h.last("roster");
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.reason.vi.length).toBeGreaterThan(10);
    expect(h.last("review").coverage).toBeNull();
  });

  it("dropping the roster drops the coverage", () => {
    const h = harness();
    h.send({ type: "roster", ...asRoster(ROSTER) });
    expect(h.last("review").coverage?.expected).toBe(11);
    h.send({ type: "roster", name: null, bytes: null });
    expect(h.last("rosterCleared")).toEqual({ type: "rosterCleared" });
    expect(h.last("review").coverage).toBeNull();
  });
});

function asRoster(path: string) {
  const b = readFileSync(path);
  return { name: path.split("/").pop()!, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
}

describe("files worker: consolidating", () => {
  it("renders an .xlsx that reads back with the summary's sheets, transferred, named after the period", () => {
    const h = harness();
    h.send({ type: "check", files: unitPaths().map((p) => fileToCheck(p)) });
    h.send({ type: "roster", ...asRoster(ROSTER) });
    h.send({ type: "consolidate", requestId: 7, sheets: [], lang: "vi", render: true });
    const done = h.last("consolidated");
    expect(done.requestId).toBe(7);
    expect(done.summary.fileName).toBe("tong-hop-quy-i-2023.xlsx");
    expect(done.summary.units).toBe(10);
    expect(done.summary.coverage?.missing).toHaveLength(1);
    expect(done.summary.counts.error).toBeGreaterThanOrEqual(2);
    expect(done.xlsx).toBeInstanceOf(ArrayBuffer);
    const sent = h.events.find((e) => e.event === done)!;
    expect(sent.transfer).toEqual([done.xlsx]);
    const read = readWorkbook(new Uint8Array(done.xlsx!), done.summary.fileName);
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.grids.map((g) => g.name)).toEqual(done.summary.sheets);
    // BC-XDĐ's four sheets first, then the report sheets of issue 13 (the summary paragraph's `Tóm tắt`…).
    expect(done.summary.sheets.slice(0, 4)).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"]);
    expect(done.summary.sheets).toContain("Tóm tắt");
    expect(done.specs.map((s) => s.name)).toEqual(done.summary.sheets);
    // `Tổng hợp` is itself a BC-XDĐ form: it reads back as the cluster's report for the period.
    const again = checkGrids([read.grids[0]], done.summary.fileName, BCXDD);
    expect(again.report?.period?.label).toBe("Quý I/2023");
  });

  it("without render it returns the sheet specs only (Excel writes them itself), in the language asked", () => {
    const agribank = fileToCheck(join(UNITS, "05-agribank.xls"));
    const texts = (lang: "vi" | "en") => {
      const h = harness();
      h.send({ type: "check", files: [agribank] });
      h.send({ type: "consolidate", requestId: 1, sheets: [], lang, render: false });
      const done = h.last("consolidated");
      expect(done.xlsx).toBeNull();
      expect(done.specs.slice(0, 4).map((s) => s.name)).toEqual(lang === "vi" ? ["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị"] : done.specs.slice(0, 4).map((s) => s.name));
      return done.specs[2].rows.flat().filter((c) => c?.t === "text").map((c) => (c as { v: string }).v).join(" ");
    };
    expect(texts("en")).toMatch(/completion rate/);
    expect(texts("vi")).toMatch(/Tỷ lệ % kế hoạch/);
  });

  it("takes the workbook sheets sent by the page into the review and the totals", () => {
    const h = harness();
    const read = readWorkbook(new Uint8Array(readFileSync(join(UNITS, "02-dien-luc.xlsx"))), "02.xlsx");
    if (!read.ok) throw new Error("fixture");
    const grid = read.grids[0];
    const sheet = { id: `sheet:${grid.name}`, check: checkGrids([grid], grid.name, BCXDD) };
    h.send({ type: "check", files: [fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "f1")] });
    h.send({ type: "sheets", sheets: [sheet] });
    expect(Object.keys(h.last("review").reviews)).toEqual(["f1", sheet.id]);
    h.send({ type: "consolidate", requestId: 2, sheets: [sheet], lang: "vi", render: false });
    expect(h.last("consolidated").summary.units).toBe(2);
    // A sheet of the same unit as a file is a duplicate like any other.
    const same = readWorkbook(new Uint8Array(readFileSync(join(UNITS, "01-cap-nuoc.xlsx"))), "01.xlsx");
    if (!same.ok) throw new Error("fixture");
    h.send({ type: "sheets", sheets: [sheet, { id: "sheet:copy", check: checkGrids([same.grids[0]], "Bản sao", BCXDD) }] });
    const statuses = Object.values(h.last("review").reviews).map((r) => r.status);
    expect(statuses.filter((s) => s === "trùng")).toHaveLength(1);
  });

  it("nothing to consolidate, or nothing usable: an error message, never silence", () => {
    const h = harness();
    h.send({ type: "consolidate", requestId: 3, sheets: [], lang: "vi", render: true });
    expect(h.last("error")).toMatchObject({ scope: "consolidate", requestId: 3, message: { vi: expect.stringMatching(/thêm tệp/) } });
    h.send({ type: "check", files: [fileToCheck(join(FILES, "van-ban.xls"))] });
    h.send({ type: "consolidate", requestId: 4, sheets: [], lang: "vi", render: true });
    expect(h.last("error")).toMatchObject({ requestId: 4, message: { en: expect.stringMatching(/usable/) } });
    expect(h.all("consolidated")).toHaveLength(0);
  });

  it("an exception inside the worker comes back as an error event", () => {
    const h = harness();
    const broken = { id: "x", check: { file: "x", modified: null, report: {} as never, findings: null as never, unreadable: false } };
    expect(() => h.send({ type: "consolidate", requestId: 5, sheets: [broken], lang: "vi", render: true })).not.toThrow();
    expect(h.last("error")).toMatchObject({ scope: "consolidate", requestId: 5 });
  });
});

describe("files worker: Excel 5.0/95 files", () => {
  it("loads the code-page tables first, then reads the file like any other", async () => {
    const h = harness();
    await h.send({ type: "check", files: [fileToCheck(join(FILES, "don-vi-95.xls"), "e95")] });
    const review = h.last("review").reviews.e95;
    expect(review.status).not.toBe("không đọc được");
    expect(h.last("checked").review.unit).toBeTruthy();
  });
});
