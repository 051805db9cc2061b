import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formula, num, text, type SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx";
import { parts, readBack, sheet } from "./helpers";

// CI installs LibreOffice; the test is skipped only where it is absent.
const SOFFICE = "/usr/bin/soffice";
const hasSoffice = existsSync(SOFFICE);

const dir = mkdtempSync(join(tmpdir(), "xlsx-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(args: string[]): void {
  execFileSync(SOFFICE, ["-env:UserInstallation=file:///tmp/lo-xlsx-test-profile", "--headless", ...args], {
    timeout: 120_000,
    stdio: "pipe",
  });
}

/** Formulas whose cached results are deliberately absent: LibreOffice must compute them. */
function workbook(): SheetSpec[] {
  return [
    sheet(
      "Tổng hợp",
      [
        [text("Đơn vị", "header"), text("Kế hoạch", "header"), text("Thực hiện", "header"), text("Tỷ lệ", "header")],
        [text("Chi bộ 1"), num(10), num(5), formula('IF(B2>0,C2/B2,"")', undefined)],
        [text("Chi bộ 2"), num(0), num(3), formula('IF(B3>0,C3/B3,"")', null)],
        [text("Chi bộ 3"), num(4), num(1), formula('IF(B4>0,C4/B4,"")', undefined)],
        [text("Tổng", "total"), formula("SUM(B2:B4)", undefined), formula("SUM(C2:C4)", undefined), formula("SUMPRODUCT(B2:B4,C2:C4)", undefined)],
        [text("=1+1"), text("@SUM(B2:B4)"), text("=cmd|' /C calc'!A0"), formula("'Dữ liệu'!B2*2", undefined)],
      ],
      { freeze: { rows: 1, cols: 1 }, widths: [20, 12, 12, 12], merges: [{ r1: 6, c1: 0, r2: 6, c2: 3 }] },
    ),
    sheet("Dữ liệu", [[text("Mã", "header"), text("Giá trị", "header")], [text("A"), num(21)], [text("B"), num(4)]], {
      table: { name: "DuLieu", headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 2, style: "TableStyleMedium2" },
    }),
  ];
}

/** A tiny CSV reader: LibreOffice quotes fields that contain separators or quotes. */
function parseCsv(csv: string): string[][] {
  return csv
    .replace(/\r\n/g, "\n")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const out: string[] = [];
      let field = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          }
          else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ",") {
          out.push(field);
          field = "";
        }
        else field += ch;
      }
      out.push(field);
      return out;
    });
}

describe("LibreOffice", () => {
  const file = join(dir, "tong-hop.xlsx");

  it.skipIf(!hasSoffice)(
    "opens the file and recalculates formulas that have no cached results",
    () => {
      const bytes = renderWorkbook(workbook());
      expect(parts(bytes)["xl/worksheets/sheet1.xml"]).not.toMatch(/<\/f><v>/); // really no cached values
      writeFileSync(file, bytes);
      const csvDir = join(dir, "csv");
      // Field separator ',', quote '"', UTF-8 (76), raw values rather than "as shown" (token 9).
      soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false", "--outdir", csvDir, file]);
      const rows = parseCsv(readFileSync(join(csvDir, "tong-hop.csv"), "utf8"));
      expect(rows[0]).toEqual(["Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ"]);
      expect(rows[1]).toEqual(["Chi bộ 1", "10", "5", "0.5"]);
      expect(rows[2]).toEqual(["Chi bộ 2", "0", "3", ""]);
      expect(rows[3]).toEqual(["Chi bộ 3", "4", "1", "0.25"]);
      expect(rows[4]).toEqual(["Tổng", "14", "9", "54"]);
      // Text that looks like a formula stays text; the cross-sheet formula is computed.
      expect(rows[5]).toEqual(["=1+1", "@SUM(B2:B4)", "=cmd|' /C calc'!A0", "42"]);
    },
    300_000,
  );

  it.skipIf(!hasSoffice)(
    "re-saves the file as .xlsx with the same sheets, values and table",
    () => {
      if (!existsSync(file)) writeFileSync(file, renderWorkbook(workbook()));
      const outDir = join(dir, "resaved");
      soffice(["--convert-to", "xlsx", "--outdir", outDir, file]);
      const resaved = readFileSync(join(outDir, "tong-hop.xlsx"));
      const wb = readBack(resaved);
      expect(wb.SheetNames).toEqual(["Tổng hợp", "Dữ liệu"]);
      const ws = wb.Sheets["Tổng hợp"];
      expect(ws.A2.v).toBe("Chi bộ 1");
      expect(ws.D2).toMatchObject({ f: 'IF(B2>0,C2/B2,"")', v: 0.5 });
      expect(ws.B5).toMatchObject({ f: "SUM(B2:B4)", v: 14 });
      expect(ws.D5).toMatchObject({ f: "SUMPRODUCT(B2:B4,C2:C4)", v: 54 });
      expect(ws.A6).toMatchObject({ t: "s", v: "=1+1" });
      expect(ws.A6.f).toBeUndefined();
      expect(ws["!merges"]).toEqual([{ s: { r: 6, c: 0 }, e: { r: 6, c: 3 } }]);
      expect(wb.Sheets["Dữ liệu"].B2.v).toBe(21);
      const table = Object.entries(parts(resaved)).find(([path]) => path.startsWith("xl/tables/"));
      expect(table?.[1]).toContain('ref="A1:B3"');
    },
    300_000,
  );
});
