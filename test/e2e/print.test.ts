import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkGrids } from "../../src/engine/check";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { readRoster } from "../../src/engine/consolidate/roster";
import { consolidateForms } from "../../src/engine/forms/consolidate/consolidateForms";
import { readFormSheet } from "../../src/engine/forms/read";
import { formConsolidatedSheet } from "../../src/engine/forms/sheets";
import type { SigningSettings } from "../../src/engine/print";
import { consolidationSheets } from "../../src/engine/sheets/consolidation";
import { BCXDD, allIndicators } from "../../src/templates/bcxdd";
import { builtInForms } from "../../src/templates/form/registry";
import { renderWorkbook } from "../../src/xlsx/index";
import { fillForm, seeded, unitFile } from "../support/formChecks";
import { specToGrid } from "../support/specToGrid";
import { exampleChecks, gridsOf, hasSoffice, ROSTER } from "../support/files";

/**
 * The sample cluster's workbook, signed, printed to PDF by LibreOffice: every sheet one page wide on A4,
 * the header rows again at the top of each page of a long sheet, the letterhead and signature on Tổng hợp;
 * and the signed sheets still read back as reports by the level above.
 */
const signing: SigningSettings = { committee: "Đảng ủy Cụm II", parent: "Đảng bộ Khối Doanh nghiệp tỉnh", place: "Hà Nội", signer: { title: "Phó Bí thư", name: "Nguyễn Văn An" }, onBehalf: "BAN THƯỜNG VỤ" };
const roster = readRoster(gridsOf(new Uint8Array(readFileSync(ROSTER)), ROSTER)[0]);
if (!roster.ok) throw new Error("roster");
const result = consolidate(exampleChecks(), BCXDD, { roster: roster.units });
const sheets = consolidationSheets(result, BCXDD, "vi", undefined, signing);
const hasPoppler = existsSync("/usr/bin/pdfinfo") && existsSync("/usr/bin/pdftotext");

const dir = mkdtempSync(join(tmpdir(), "tonghop-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Page {
  width: number;
  height: number;
  text: string;
}

function printToPdf(bytes: Uint8Array): Page[] {
  const file = join(dir, "tong-hop.xlsx");
  writeFileSync(file, bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${join(tmpdir(), "tonghop-print-test-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 180_000 });
  const pdf = join(dir, "tong-hop.pdf");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
  return sizes.map((s, i) => ({ ...s, text: execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, "-layout", pdf, "-"], { encoding: "utf8" }) }));
}

const A4 = { short: 595.3, long: 841.9 };

describe.skipIf(!hasSoffice || !hasPoppler)("the signed consolidation printed by LibreOffice", () => {
  const pages = hasSoffice && hasPoppler ? printToPdf(renderWorkbook(sheets)) : [];
  /** The pages of one sheet, told by a header only that sheet has. */
  const pagesWith = (marker: string) => pages.filter((p) => p.text.includes(marker));

  it("prints every page on A4, each sheet in its chosen orientation", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) expect([p.width, p.height].map(Math.round).sort()).toEqual([A4.short, A4.long].map(Math.round).sort());
    const summary = pagesWith("TỔNG HỢP BÁO CÁO");
    expect(summary).toHaveLength(1);
    expect(sheets[0].print!.orientation).toBe("landscape");
    expect(summary[0].width).toBeGreaterThan(summary[0].height);
  });

  it("Tổng hợp: letterhead, title, every unit's block and the signature on one page", () => {
    const [page] = pagesWith("TỔNG HỢP BÁO CÁO");
    for (const line of ["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG ỦY CỤM II", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày … tháng … năm", "NGƯỜI LẬP BIỂU", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn An"]) {
      expect(page.text, line).toContain(line);
    }
    // One page wide: the last unit's name and the last indicator are on the same page as the first column.
    expect(page.text).toContain(result.used[result.used.length - 1].name.slice(0, 12));
    expect(page.text).toContain("Số cá nhân được khen thưởng");
  });

  it("Dữ liệu runs over several pages, each with the header row on top and every column across", () => {
    const data = pagesWith("Mã chỉ tiêu");
    expect(data.length).toBeGreaterThanOrEqual(2);
    for (const p of data) {
      const first = p.text.split("\n").find((l) => l.trim() !== "")!;
      // The repeated header is the first line of every page, from Cụm (first column) to Ô (last).
      expect(first).toMatch(/^\s*Cụm\s+Mã đơn vị/);
      expect(first.trim().endsWith("Ô")).toBe(true);
    }
  });
});

describe("the signed sheets still read as reports by the level above", () => {
  it("Tổng hợp: the cluster, the period and every row, as before the letterhead", () => {
    const grids = gridsOf(renderWorkbook(sheets));
    const back = checkGrids(grids, "tong-hop.xlsx", BCXDD);
    expect(back.report!.sheet).toBe("Tổng hợp");
    expect(back.report!.unit.name).toBe(result.cluster);
    expect(back.report!.period?.label).toBe("Quý I/2023");
    for (const ind of allIndicators(BCXDD)) {
      const total = result.totals[ind.code].actual;
      if (total !== null) expect(back.report!.rows[ind.code].actual.value!, ind.code).toBeCloseTo(total, 9);
    }
    expect(back.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["DV_BALANCE"]);
  });

  it("each form's consolidated sheet: the committee is the reporting unit, every total read", () => {
    for (const form of builtInForms().filter((f) => f.id !== "BC-XDD")) {
      const random = seeded(form.id.length + 7);
      const checks = [1, 2].map((i) => unitFile({ name: `Đảng bộ ${i}`, code: `D${i}` }, [{ form, values: fillForm(form, random), options: { period: "Năm 2023" } }]));
      const [c] = consolidateForms(checks, [form]);
      const spec = formConsolidatedSheet(c, form, "vi", undefined, signing);
      const read = readFormSheet(specToGrid(spec), form, "tong-hop.xlsx");
      expect(read.findings.map((f) => `${f.rule} ${f.cell}`), form.id).toEqual([]);
      expect(read.report!.unit.name, form.id).toBe("ĐẢNG ỦY CỤM II");
      expect(read.report!.period?.label, form.id).toBe("Năm 2023");
      const texts = spec.rows.flat().flatMap((cell) => (cell?.t === "text" ? [cell.v] : []));
      expect(texts, form.id).toEqual(expect.arrayContaining(["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "NGƯỜI LẬP BIỂU", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn An"]));
      expect(spec.print!.titleRows, form.id).toBeDefined();
    }
  });
});
