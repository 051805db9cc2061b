import { describe, expect, it } from "vitest";
import { text, type SheetSpec } from "../../src/engine/sheetspec";
import { a1 } from "../../src/engine/grid";
import { insertSheet, writeConsolidation } from "../../src/excel";
import { consolidationOf, fakeExcel, unitChecks } from "./helpers";

/** Source text that Excel would run or reinterpret if it were typed into a General cell. */
const HOSTILE = [
  "=cmd|' /C calc'!A0",
  "=HYPERLINK(\"http://x\",\"bấm\")",
  "+84 912 345 678",
  "-",
  "- Đảng viên mới",
  "@SUM(A1)",
  "＝1+1",
  "\t=1+1",
  "001",
  "1/2",
  "50%",
  "TRUE",
  "#REF!",
  "'quoted",
];

describe("source text stays text", () => {
  it("in a rendered sheet: every hostile string lands as the very same text, no formula", async () => {
    const fake = fakeExcel();
    const spec: SheetSpec = { name: "Văn bản", rows: HOSTILE.map((s) => [text(s, "body"), text(s)]) };
    const name = await insertSheet(spec);
    const sheet = fake.workbook.sheet(name);
    HOSTILE.forEach((s, r) => {
      for (const col of ["A", "B"]) {
        const cell = sheet.cell(`${col}${r + 1}`);
        expect(cell.formula, `${col}${r + 1} ${s}`).toBeNull();
        expect(cell.value, `${col}${r + 1} ${s}`).toBe(s);
        expect(cell.type).toBe("String");
      }
    });
  });

  it("in a consolidation: unit names, and every other text cell of the four sheets", async () => {
    const names = HOSTILE.slice(0, 8);
    const fake = fakeExcel();
    const specs = consolidationOf(unitChecks(names.length, (i) => names[i]));
    const out = await writeConsolidation(specs);
    let hostile = 0;
    specs.forEach((spec, k) => {
      const sheet = fake.workbook.sheet(out.sheets[k]);
      spec.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.t !== "text" || cell.v === "") return;
          const view = sheet.cell(a1(r, c));
          expect(view.formula, `${spec.name}!${view.address}`).toBeNull();
          expect(view.value, `${spec.name}!${view.address}`).toBe(cell.v);
          if (names.some((n) => cell.v.includes(n.trim()))) hostile++;
        }),
      );
    });
    // The names did reach the sheets (data rows, the summary's unit headers, the findings' unit column).
    expect(hostile).toBeGreaterThan(names.length * 30);
  });
});
