/**
 * The findings report a unit is sent back (issue 4, point 7): made by the files worker (the .xlsx writer
 * lives there), named after the unit, opened in Excel when it can, downloaded otherwise.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkGrids, consolidate, findingsSheet, type Finding } from "../../src/engine";
import { cellAt } from "../../src/engine/grid";
import { base64OfBytes, canOpenNewWorkbook, isExcelDoorError, openAsNewWorkbook } from "../../src/excel";
import { readWorkbook } from "../../src/files/index";
import { BCXDD } from "../../src/templates/bcxdd";
import { deliverWorkbook } from "../../src/taskpane/deliver";
import { findingsFileName } from "../../src/taskpane/format";
import { createFakeExcel, type FakeExcel } from "../fakes/excel";
import { reportSheet } from "../support/reportSheet";
import { specToGrid } from "../support/specToGrid";
import { SAMPLE_UNITS } from "../support/units";
import { fileToCheck, harness } from "./workerHarness";

const UNITS = "examples/units";

/** The `Kiểm tra` sheet of a report, under its header, as text. */
function rowsOf(xlsx: ArrayBuffer): string[][] {
  const read = readWorkbook(new Uint8Array(xlsx), "kiem-tra.xlsx");
  if (!read.ok) throw new Error(read.reason.en);
  expect(read.grids.map((g) => g.name)).toEqual(["Kiểm tra"]);
  const g = read.grids[0];
  return Array.from({ length: g.rowCount - 1 }, (_, r) => Array.from({ length: 7 }, (_, c) => String(cellAt(g, r + 1, c)?.v ?? "")));
}

const rowsFor = (findings: Finding[], unitOf: (file: string | undefined) => string) =>
  findingsSheet(findings, unitOf, "vi").rows.slice(1).map((row) => Array.from({ length: 7 }, (_, c) => (row[c]?.t === "text" ? (row[c] as { v: string }).v : "")));

describe("the findings report, made by the files worker", () => {
  const paths = readdirSync(UNITS).sort().map((f) => join(UNITS, f));
  const agribank = join(UNITS, "05-agribank.xls");

  it("of one file: its own findings only, named after its unit, the bytes transferred", () => {
    const h = harness();
    h.send({ type: "check", files: paths.map((p) => fileToCheck(p)) });
    h.send({ type: "findingsReport", requestId: 7, source: { rows: [agribank] }, lang: "vi" });
    const answer = h.sent("findingsReport")!;
    expect(answer.event.requestId).toBe(7);
    expect(answer.event.fileName).toBe("kiem-tra-dang-bo-ngan-hang-nong-nghiep-va-phat-trien-nong-thon-chi-nhanh-tinh.xlsx");
    expect(answer.transfer).toEqual([answer.event.xlsx]);
    const rows = rowsOf(answer.event.xlsx);
    expect(answer.event.findings).toBe(rows.length);
    expect(rows.every((r) => r[0] === "05-agribank.xls")).toBe(true);
    expect(rows.find((r) => r[3] === "PCT_STATED")).toEqual([
      "05-agribank.xls",
      "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh",
      "Lỗi",
      "PCT_STATED",
      expect.stringMatching(/^Tỷ lệ % kế hoạch của "Số tổ chức đảng được kiểm tra" ghi 75,5%, nhưng 62\/80 = 77,5/),
      "BC-XDĐ",
      "H34",
    ]);
  });

  it("of one file sent twice: the duplicate finding the consolidation made about it is included", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(agribank, "a"), fileToCheck(agribank, "b")] });
    // The second is named `05-agribank (2).xls` and used; the first is the duplicate, and told so.
    h.send({ type: "findingsReport", requestId: 1, source: { rows: ["a"] }, lang: "en" });
    const rows = rowsOf(h.sent("findingsReport")!.event.xlsx);
    expect(rows.map((r) => r[3]).sort()).toEqual(["PCT_STATED", "UNIT_DUPLICATE"]);
    expect(rows.every((r) => r[0] === "05-agribank.xls")).toBe(true);
    expect(rows.find((r) => r[3] === "UNIT_DUPLICATE")?.[4]).toContain("05-agribank (2).xls");
    // In English: the severity and the messages.
    expect(rows.find((r) => r[3] === "PCT_STATED")?.[2]).toBe("Error");
  });

  it("of every row: the consolidation's whole list, named after the period", () => {
    const h = harness();
    h.send({ type: "check", files: paths.map((p) => fileToCheck(p)) });
    h.send({ type: "findingsReport", requestId: 2, source: { rows: "all" }, lang: "vi" });
    const answer = h.sent("findingsReport")!.event;
    expect(answer.fileName).toBe("kiem-tra-quy-i-2023.xlsx");
    const checks = paths.map((p) => checkGrids(readGrids(p), p.split("/").pop()!, BCXDD));
    const c = consolidate(checks, BCXDD, {});
    const unitOf = new Map(c.entries.filter((e) => e.file).map((e) => [e.file!, e.name]));
    expect(rowsOf(answer.xlsx)).toEqual(rowsFor(c.findings, (f) => (f ? unitOf.get(f) ?? "" : "")));
  });

  it("of a check the page made (the active sheet): named after the unit, or the sheet when there is none", () => {
    const h = harness();
    const check = checkGrids([{ ...specToGrid(reportSheet(SAMPLE_UNITS[4], { statedPct: { KT_TC: "75,5%" } })), name: "Quý 1" }], "Quý 1", BCXDD);
    h.send({ type: "findingsReport", requestId: 3, source: { checks: [check] }, lang: "vi" });
    const answer = h.sent("findingsReport")!.event;
    expect(answer.fileName).toBe(findingsFileName(SAMPLE_UNITS[4].name));
    expect(rowsOf(answer.xlsx)).toEqual(rowsFor(check.findings, () => SAMPLE_UNITS[4].name));

    const blank = checkGrids([{ name: "Trang 1", cells: [], merges: [], rowCount: 0, colCount: 0 }], "Trang 1", BCXDD);
    h.send({ type: "findingsReport", requestId: 4, source: { checks: [blank] }, lang: "vi" });
    expect(h.sent("findingsReport")!.event.fileName).toBe("kiem-tra-trang-1.xlsx");
  });

  it("of a clean file: one row that says there is nothing wrong", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(join(UNITS, "01-cap-nuoc.xlsx"), "x")] });
    h.send({ type: "findingsReport", requestId: 5, source: { rows: ["x"] }, lang: "vi" });
    const answer = h.sent("findingsReport")!.event;
    expect(answer.findings).toBe(0);
    expect(rowsOf(answer.xlsx)).toEqual([["", "", "Không có lỗi", "", "", "", ""]]);
  });

  it("of a file removed meanwhile: an error answer to that request, never silence", () => {
    const h = harness();
    h.send({ type: "check", files: [fileToCheck(agribank, "a")] });
    h.send({ type: "remove", ids: ["a"] });
    h.send({ type: "findingsReport", requestId: 6, source: { rows: ["a"] }, lang: "vi" });
    const error = h.sent("error")!.event;
    expect(error).toMatchObject({ scope: "report", requestId: 6 });
    expect(error.message.vi).toMatch(/thêm lại tệp/);
    expect(h.sent("findingsReport")).toBeUndefined();
  });
});

function readGrids(path: string) {
  const read = readWorkbook(new Uint8Array(readFileSync(path)), path);
  if (!read.ok) throw new Error(read.reason.en);
  return read.grids;
}

describe("the findings report's file name", () => {
  it("is kiem-tra-<unit or file>, without diacritics, extension or anything a formula or a path could use", () => {
    expect(findingsFileName("Đảng bộ Công ty Điện lực tỉnh")).toBe("kiem-tra-dang-bo-cong-ty-dien-luc-tinh.xlsx");
    expect(findingsFileName("05-agribank.xls")).toBe("kiem-tra-05-agribank.xlsx");
    expect(findingsFileName("=cmd|' /C calc'!A0")).toBe("kiem-tra-cmd-c-calc-a0.xlsx");
    expect(findingsFileName("../../etc/passwd")).toBe("kiem-tra-etc-passwd.xlsx");
    expect(findingsFileName("\t=1+2")).toBe("kiem-tra-1-2.xlsx");
    expect(findingsFileName("＝＝＝")).toBe("kiem-tra.xlsx");
    expect(findingsFileName(null)).toBe("kiem-tra.xlsx");
    expect(findingsFileName("Đảng bộ ".repeat(40)).length).toBeLessThanOrEqual("kiem-tra-".length + 80 + ".xlsx".length);
    expect(findingsFileName("Đảng bộ ".repeat(40))).toMatch(/^kiem-tra-[a-z0-9-]*[a-z0-9]\.xlsx$/);
  });
});

describe("opening the report in Excel (Excel.createWorkbook, ExcelApi 1.8)", () => {
  let fake: FakeExcel | null = null;
  afterEach(() => {
    fake?.uninstall();
    fake = null;
  });
  const install = (apiVersion: string) => {
    fake = createFakeExcel({ apiVersion });
    fake.install();
    return fake;
  };
  const xlsx = () => new Uint8Array(readFileSync(join(UNITS, "01-cap-nuoc.xlsx")));

  it("encodes any bytes as standard base64, also past the slice size", () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 5 }, (_, i) => (i * 7919) % 256);
    expect(base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(base64OfBytes(new Uint8Array())).toBe("");
  });

  it("is offered only inside an Excel with ExcelApi 1.8", () => {
    expect(canOpenNewWorkbook()).toBe(false);
    install("1.7");
    expect(canOpenNewWorkbook()).toBe(false);
    fake!.uninstall();
    install("1.8");
    expect(canOpenNewWorkbook()).toBe(true);
  });

  it("hands Excel the file itself, and the open workbook stays as it was", async () => {
    const f = install("1.12");
    const before = f.workbook.sheetNames();
    await openAsNewWorkbook(xlsx());
    expect(f.createdWorkbooks).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(f.createdWorkbooks[0], "base64"))).toEqual(xlsx());
    expect(f.workbook.sheetNames()).toEqual(before);
  });

  it("fails with a door error that says what to do: too old an Excel, or a file Excel refuses", async () => {
    install("1.7");
    const old = await openAsNewWorkbook(xlsx()).catch((e) => e);
    expect(isExcelDoorError(old) && old.code).toBe("ApiNotSupported");
    expect(old.message.vi).toMatch(/ExcelApi 1\.8/);
    fake!.uninstall();
    install("1.12");
    const refused = await openAsNewWorkbook(new TextEncoder().encode("not a workbook")).catch((e) => e);
    expect(isExcelDoorError(refused) && refused.code).toBe("InvalidArgument");
  });
});

describe("handing the report to the user", () => {
  const clicks: { href: string; download: string }[] = [];
  const realDocument = (globalThis as { document?: unknown }).document;
  let fake: FakeExcel | null = null;

  function fakeDocument() {
    clicks.length = 0;
    (globalThis as { document?: unknown }).document = {
      createElement: () => {
        const a = { href: "", download: "", style: {}, click: () => clicks.push({ href: a.href, download: a.download }), remove: () => undefined };
        return a;
      },
      body: { appendChild: () => undefined },
    };
  }
  afterEach(() => {
    (globalThis as { document?: unknown }).document = realDocument;
    fake?.uninstall();
    fake = null;
  });
  const bytes = () => new Uint8Array(readFileSync(join(UNITS, "01-cap-nuoc.xlsx"))).buffer;

  it("opens it as a new workbook inside an Excel that can", async () => {
    fakeDocument();
    fake = createFakeExcel({ apiVersion: "1.8" });
    fake.install();
    expect(await deliverWorkbook(bytes(), "kiem-tra-x.xlsx", "excel")).toEqual({ kind: "opened", fileName: "kiem-tra-x.xlsx" });
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(clicks).toEqual([]);
  });

  it("downloads it in the browser mode, in an older Excel, and when Excel refuses to open it", async () => {
    fakeDocument();
    expect(await deliverWorkbook(bytes(), "a.xlsx", "browser")).toEqual({ kind: "downloaded", fileName: "a.xlsx" });
    fake = createFakeExcel({ apiVersion: "1.7" });
    fake.install();
    expect((await deliverWorkbook(bytes(), "b.xlsx", "excel")).kind).toBe("downloaded");
    fake.uninstall();
    fake = createFakeExcel({ apiVersion: "1.12" });
    fake.install();
    expect((await deliverWorkbook(new TextEncoder().encode("broken").buffer, "c.xlsx", "excel")).kind).toBe("downloaded");
    expect(fake.createdWorkbooks).toEqual([]);
    expect(clicks.map((c) => c.download)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(clicks.every((c) => c.href.startsWith("blob:"))).toBe(true);
  });
});
