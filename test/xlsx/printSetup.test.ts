import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { columnWidthMm, MIN_PORTRAIT_SCALE, parseSigner, PRINT_MARGINS_MM, printableWidthMm, printSetupFor, sheetWidthMm } from "../../src/engine/print";
import { blank, text, type SheetSpec } from "../../src/engine/sheetspec";
import { summarySheet } from "../../src/engine/sheets/summary";
import { BCXDD } from "../../src/templates/bcxdd";
import { unitChecks } from "../support/build";

const table = (widths: number[], role: "body" | null = "body"): SheetSpec => ({
  name: "S",
  rows: [widths.map((_, c) => text(`H${c}`, "header")), widths.map(() => (role ? blank(role) : text("x")))],
  widths,
});

/** Columns of `chars` characters, as many as fit `mm` of paper. */
const columnsFor = (mm: number, chars = 10) => Math.floor(mm / columnWidthMm(chars));

describe("printSetupFor: how a sheet prints on A4", () => {
  it("keeps portrait while the table prints at 70 % or more of its size, and turns landscape past it", () => {
    const portraitAt70 = printableWidthMm("portrait") / MIN_PORTRAIT_SCALE;
    const fits = table(Array(columnsFor(portraitAt70)).fill(10));
    const tooWide = table(Array(columnsFor(portraitAt70) + 1).fill(10));
    expect(printableWidthMm("portrait") / sheetWidthMm(fits)).toBeGreaterThanOrEqual(MIN_PORTRAIT_SCALE);
    expect(printSetupFor(fits).orientation).toBe("portrait");
    expect(printableWidthMm("portrait") / sheetWidthMm(tooWide)).toBeLessThan(MIN_PORTRAIT_SCALE);
    expect(printSetupFor(tooWide).orientation).toBe("landscape");
  });

  it("measures only the columns in use: a wide width list over a narrow table stays portrait", () => {
    const spec: SheetSpec = { name: "S", rows: [[text("a"), text("b")]], widths: [10, 10, ...Array(60).fill(30)] };
    expect(sheetWidthMm(spec)).toBeCloseTo(2 * columnWidthMm(10), 6);
    expect(printSetupFor(spec).orientation).toBe("portrait");
  });

  it("is A4, one page wide, with Nghị định 30/2020's margins and the header rows it is given", () => {
    const p = printSetupFor(table([10, 10]), { r1: 0, r2: 0 });
    expect(p).toMatchObject({ paper: "A4", fitToWidth: true, titleRows: { r1: 0, r2: 0 } });
    expect(p.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(PRINT_MARGINS_MM.left + PRINT_MARGINS_MM.right).toBe(45);
    expect(printSetupFor(table([10]), { r1: 3, r2: 1 }).titleRows).toBeUndefined();
  });

  it("prints gridlines only for a table whose cells draw no borders; never for prose", () => {
    expect(printSetupFor(table([10, 10], "body"), { r1: 0, r2: 0 }).gridlines).toBe(false);
    // A list: one bordered header row over rows of plain cells (Dữ liệu, Kiểm tra, Đơn vị).
    const list = table([10, 10], null);
    list.rows.push([text("y"), text("z")]);
    expect(printSetupFor(list, { r1: 0, r2: 0 }).gridlines).toBe(true);
    expect(printSetupFor({ name: "T", rows: [[text("Một đoạn văn.")]], widths: [90] }).gridlines).toBe(false);
  });
});

describe("the committee's letterhead and signature on Tổng hợp", () => {
  const c = consolidate(unitChecks(3), BCXDD);
  const texts = (spec: SheetSpec) => spec.rows.flatMap((row, r) => (row ?? []).flatMap((cell, col) => (cell?.t === "text" ? [{ r, c: col, v: cell.v, role: cell.role }] : [])));

  it("writes the settings where Vietnamese party documents have them", () => {
    const spec = summarySheet(c, BCXDD, { committee: "Đảng ủy Cụm II", parent: "Đảng bộ Khối Doanh nghiệp", place: "Hà Nội", signer: { title: "Phó Bí thư", name: "Nguyễn Văn An" }, onBehalf: "BAN THƯỜNG VỤ" });
    const t = texts(spec);
    const at = (v: string) => t.find((x) => x.v === v);
    expect(at("ĐẢNG BỘ KHỐI DOANH NGHIỆP")).toMatchObject({ r: 0, c: 0 });
    expect(at("ĐẢNG ỦY CỤM II")).toMatchObject({ r: 1, c: 0, role: "letterhead" });
    expect(at("*")).toMatchObject({ r: 2, c: 0 });
    expect(at("ĐẢNG CỘNG SẢN VIỆT NAM")).toMatchObject({ r: 0, role: "letterheadUnderline" });
    expect(at("Hà Nội, ngày … tháng … năm ……")).toMatchObject({ r: 1, role: "subtitle" });
    const preparer = at("NGƯỜI LẬP BIỂU")!;
    const lastBody = Math.max(...t.filter((x) => x.role === "body" || x.role === "code").map((x) => x.r));
    expect(preparer.r).toBe(lastBody + 2);
    expect(at("T/M BAN THƯỜNG VỤ")).toMatchObject({ r: preparer.r });
    expect(at("PHÓ BÍ THƯ")).toMatchObject({ r: preparer.r + 1 });
    expect(at("Nguyễn Văn An")!.r).toBeGreaterThan(preparer.r + 2);
    // The print titles are the table's two header rows: unit names over Kế hoạch / Thực hiện / Lũy kế, and STT…
    const header = t.find((x) => x.v === "STT")!;
    expect(spec.print!.titleRows).toEqual({ r1: header.r - 1, r2: header.r });
  });

  it("leaves dots to fill in by hand when nothing is given, and signs for the Đảng ủy by default", () => {
    const t = texts(summarySheet(c, BCXDD)).map((x) => x.v);
    expect(t).toContain("ĐẢNG BỘ ………………………");
    expect(t).toContain("ĐẢNG ỦY ………………………");
    expect(t).toContain("………, ngày … tháng … năm ……");
    expect(t).toContain("T/M ĐẢNG ỦY");
    expect(t).toContain("BÍ THƯ");
  });

  it("reads --signer as “TITLE: NAME”, or a bare name", () => {
    expect(parseSigner("PHÓ BÍ THƯ: Nguyễn Văn An")).toEqual({ title: "PHÓ BÍ THƯ", name: "Nguyễn Văn An" });
    expect(parseSigner("Nguyễn Văn An")).toEqual({ name: "Nguyễn Văn An" });
    expect(parseSigner("BÍ THƯ:")).toEqual({ title: "BÍ THƯ" });
  });
});
