import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { breachKey, checkSet } from "../../scripts/forms/check";
import { fixtures, FIXTURE_DIR, type Fixture } from "../../scripts/forms/fixtures";
import { quietOdsFormatWarnings } from "./quietOds";
import { readForms, readWorkbook, rounded, shownFigures } from "./readBack";

// The form fixtures (test/fixtures/forms/): each file holds what its generator printed, its figures satisfy
// every relation of their templates, and the variant it is named for is really in the file.
const list = fixtures();
const pathOf = (f: Fixture) => join(FIXTURE_DIR, `${f.file}.${f.target}`);
const formsOf = (f: Fixture) => Object.fromEntries(Object.entries(f.forms).map(([id, layout]) => [id, { sheet: layout.spec.name, layout }]));
const byName = (name: string) => list.find((f) => `${f.file}.${f.target}` === name) as Fixture;

describe("the form fixtures", () => {
  beforeAll(quietOdsFormatWarnings);

  it("are all listed in the README with how they were made", () => {
    const readme = readFileSync(join(FIXTURE_DIR, "README.md"), "utf8");
    for (const f of list) {
      expect(existsSync(pathOf(f)), pathOf(f)).toBe(true);
      expect(readme).toContain(`\`${f.file}.${f.target}\``);
    }
  });

  it.each(list.filter((f) => f.target !== "csv").map((f) => [`${f.file}.${f.target}`, f] as const))("%s holds its figures, and they break no relation", (_n, f) => {
    const wb = readWorkbook(pathOf(f));
    expect(wb.SheetNames).toEqual(f.sheets.map((s) => s.name));
    const read = readForms(wb, formsOf(f));
    expect(rounded(read)).toEqual(rounded(shownFigures(f.forms)));
    expect(checkSet(read, f.periods).map(breachKey)).toEqual([]);
  });

  it("btctw1.csv is UTF-8 with a BOM and holds the BTCTW-1 figures", () => {
    const f = byName("btctw1.csv");
    const bytes = readFileSync(pathOf(f));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split(/\r?\n/);
    expect(lines[0]).toContain("Biểu số 1-BTCTW");
    const d = f.forms["BTCTW-1"].shown.D;
    expect(lines.find((l) => l.startsWith("D - Đảng viên trong danh sách cuối kỳ báo cáo,"))).toBe(`D - Đảng viên trong danh sách cuối kỳ báo cáo,${d["2"]},${d["3"]},${d["4"]}`);
  });

  it("btctw1-nfd.xlsx stores its text decomposed", () => {
    const wb = readWorkbook(pathOf(byName("btctw1-nfd.xlsx")));
    const ws = wb.Sheets[wb.SheetNames[0]];
    const label = String(ws[byName("btctw1-nfd.xlsx").forms["BTCTW-1"].labels.D.at].v);
    expect(label).toBe(label.normalize("NFD"));
    expect(label).not.toBe(label.normalize("NFC"));
  });

  it("btctw3-so-dang-van-ban.xls types its figures as vi-VN text", () => {
    const f = byName("btctw3-so-dang-van-ban.xls");
    const ws = readWorkbook(pathOf(f)).Sheets["Biểu 3"];
    const cell = ws[f.forms["BTCTW-3"].cells.I["2"]];
    expect(cell.t).toBe("s");
    expect(cell.v).toMatch(/^\d\.\d{3}$/);
  });

  it("btctw2-dao-dong-trong.ods has rows out of the form's order and empty rows between them", () => {
    const f = byName("btctw2-dao-dong-trong.ods");
    const labels = f.forms["BTCTW-2"].labels;
    const rowOf = (code: string) => Number(/\d+$/.exec(labels[code].at)?.[0]);
    expect(rowOf("I.NU")).toBeGreaterThan(rowOf("I.KNL"));
    expect(rowOf("II.2.T1830")).toBeGreaterThan(rowOf("II.2.TREN60"));
    const ws = readWorkbook(pathOf(f)).Sheets["Biểu 2"];
    const column = labels["II.2"].at.replace(/\d+$/, "");
    expect(ws[`${column}${rowOf("II.2") - 1}`]?.v ?? "").toBe("");
    expect(String(ws[labels["II.2"].at].v)).toBe("2. Tuổi đời:");
  });

  it("bcxdd-va-btctw1.xlsx has a BC-XDĐ sheet beside the BTCTW-1 one", () => {
    const wb = readWorkbook(pathOf(byName("bcxdd-va-btctw1.xlsx")));
    expect(wb.SheetNames).toEqual(["BC-XDĐ", "Biểu 1-BTCTW"]);
    const text = JSON.stringify(wb.Sheets["BC-XDĐ"]);
    expect(text).toContain("BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG");
  });
});
