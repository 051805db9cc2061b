import * as XLSX from "@e965/xlsx";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isOurWorkbook } from "../../src/cli/ownership";
import { FINDING_COLUMNS } from "../../src/engine/sheets/checks";
import { gridsOf } from "../support/files";
import { AGRIBANK, CLEAN, FILES_FIXTURES, tmp, tonghop } from "./helpers";

/**
 * `tonghop validate --report FILE.xlsx`: the findings of the files validated as one small workbook, the
 * `Kiểm tra` sheet, to send back to the units. Each row: file, unit, severity, rule, message, sheet, cell.
 */

/** Texts a spreadsheet would take for formulas (or DDE commands) if they were written as formulas. */
const HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "＝1+1"];

/** A CSV report (the full form) whose unit name is `unit` and whose end-of-period total is wrong. */
function reportNamed(dir: string, file: string, unit: string): string {
  const csv = readFileSync(join(FILES_FIXTURES, "don-vi-utf8.csv"), "utf8")
    .replace(",Đơn vị báo cáo:,Đảng bộ Công ty Cổ phần Cấp nước tỉnh,", `,Đơn vị báo cáo:,"${unit.replace(/"/g, '""')}",`)
    .replace("11,DV_CUOI,Tổng số đảng viên cuối kỳ,đảng viên,,184,184,,", "11,DV_CUOI,Tổng số đảng viên cuối kỳ,đảng viên,,999,999,,");
  const path = join(dir, file);
  writeFileSync(path, csv);
  return path;
}

describe("validate --report", () => {
  it("writes the Kiểm tra sheet of every file validated, which reads back with each finding's message and cell", async () => {
    const dir = tmp();
    const out = join(dir, "kiem-tra.xlsx");
    const junk = join(dir, "hong.xlsx");
    writeFileSync(junk, "không phải bảng tính");
    const r = await tonghop("validate", "--report", out, AGRIBANK, CLEAN, junk);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Đã ghi 2 phát hiện vào ${out} (trang "Kiểm tra")`);
    const bytes = new Uint8Array(readFileSync(out));
    expect(isOurWorkbook(bytes)).toBe(true);
    const grids = gridsOf(bytes);
    expect(grids.map((g) => g.name)).toEqual(["Kiểm tra"]);
    const rows = grids[0].cells.map((row) => row.map((c) => c?.v ?? null));
    expect(rows[0]).toEqual([...FINDING_COLUMNS]);
    expect(rows).toHaveLength(3);
    // Errors first, each with its file, unit, severity, rule, message, sheet and cell.
    const agribank = rows.find((row) => row[3] === "PCT_STATED")!;
    expect(agribank).toEqual([
      AGRIBANK,
      "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh",
      "Lỗi",
      "PCT_STATED",
      expect.stringContaining("ghi 75,5%, nhưng 62/80 = 77,5"),
      "BC-XDĐ",
      "H34",
    ]);
    const unreadable = rows.find((row) => row[3] === "FILE_UNREADABLE")!;
    expect(unreadable.slice(0, 4)).toEqual([junk, "", "Lỗi", "FILE_UNREADABLE"]);
    expect(unreadable[4]).toContain("Không đọc được tệp: Tệp này là văn bản thường");
    // The clean file has no row: nothing for its unit to act on.
    expect(rows.some((row) => row[0] === CLEAN)).toBe(false);
  });

  it("speaks English with --lang en, and says there is nothing to fix when nothing is found", async () => {
    const dir = tmp();
    const en = join(dir, "en.xlsx");
    await tonghop("validate", "--lang", "en", "--report", en, AGRIBANK);
    const row = gridsOf(new Uint8Array(readFileSync(en)))[0].cells[1].map((c) => c?.v);
    expect(row[2]).toBe("Error");
    expect(String(row[4])).toContain("The completion rate of");
    const clean = join(dir, "sach.xlsx");
    expect((await tonghop("validate", "--report", clean, CLEAN)).code).toBe(0);
    expect(gridsOf(new Uint8Array(readFileSync(clean)))[0].cells[1][2]?.v).toBe("Không có lỗi");
  });

  it("keeps formula-like text from the files as text (unit names beginning with =, +, -, @, tab, CR, ＝)", async () => {
    const dir = tmp();
    const files = HOSTILE.map((unit, i) => reportNamed(dir, `${String(i + 1).padStart(2, "0")}${unit.startsWith("=") ? unit.replace(/[|/' !]/g, "_") : ""}.csv`, unit));
    const out = join(dir, "kiem-tra.xlsx");
    const r = await tonghop("validate", "--report", out, ...files);
    expect(r.code).toBe(1);
    const bytes = new Uint8Array(readFileSync(out));
    // No formula anywhere in the package, and every unit name is there, as a string cell.
    const sheetXml = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const wb = XLSX.read(bytes, { type: "array", cellFormula: true });
    const ws = wb.Sheets["Kiểm tra"];
    const units = new Set<string>();
    for (const [addr, cell] of Object.entries(ws)) {
      if (addr.startsWith("!")) continue;
      expect((cell as XLSX.CellObject).f, addr).toBeUndefined();
      if (addr.startsWith("B") && addr !== "B1") {
        expect((cell as XLSX.CellObject).t, addr).toBe("s");
        units.add(String((cell as XLSX.CellObject).v));
      }
    }
    // The engine trims a unit name's surrounding whitespace ("\t=1+1" → "=1+1"); what is left stays text.
    expect([...units].sort()).toEqual([...new Set(HOSTILE.map((u) => u.trim()))].sort());
  });

  it("is refused before any work when it would replace an input, and exits 2", async () => {
    const dir = tmp();
    const r = await tonghop("validate", "--report", CLEAN, CLEAN);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không ghi đè lên tệp đầu vào");
    expect(r.out).toBe("");
    const missingDir = await tonghop("validate", "--report", join(dir, "khong-co", "x.xlsx"), CLEAN);
    expect(missingDir.code).toBe(2);
    expect(missingDir.err).toContain("Không ghi được");
  });
});
