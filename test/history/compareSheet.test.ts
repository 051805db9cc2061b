/**
 * `So sánh` as written: only with earlier periods; this period's totals are live SUMIFS over the workbook's own
 * data tables, and LibreOffice, recalculating every formula, gets the engine's figures; the workbook passes
 * ooxml-check (So sánh included).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cellAt, type Grid } from "../../src/engine/grid";
import { gridsOf, hasSoffice, resaveWithLibreOffice } from "../support/files";
import { bcxdd, btctw1, consolidate } from "./series";
import { batchSheets, consolidateBatch, formSet } from "../../src/engine/batch";
import { snapshotsOfChecks } from "../../src/engine/history";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { checkFileBytes } from "../../src/files/checkFile";
import { renderWorkbook } from "../../src/xlsx/index";

const filesOf = (dir: string) => readdirSync(dir).sort().map((f) => join(dir, f));

const CHECK = resolve("../shared/tools/ooxml-check/check.sh");
const hasJava = existsSync("/usr/bin/javac") || existsSync("/usr/bin/java");

/** Column E (this period) and the change columns of every comparison row: [form, row, column, now, change]. */
function figures(grid: Grid) {
  const out: unknown[][] = [];
  for (let r = 4; r < grid.cells.length; r++) {
    const form = cellAt(grid, r, 0)?.v;
    if (form !== "BC-XDD" && form !== "BTCTW-1") break;
    out.push([form, cellAt(grid, r, 1)?.v, cellAt(grid, r, 3)?.v, cellAt(grid, r, 4)?.v ?? null, cellAt(grid, r, 6)?.v ?? null, cellAt(grid, r, 7)?.v ?? null]);
  }
  return out;
}

describe("the So sánh sheet", () => {
  it("is written only when earlier periods are given, after the consolidated sheets", async () => {
    const alone = await consolidate([bcxdd("2026-q2")]);
    expect(gridsOf(new Uint8Array(readFileSync(alone.out))).map((g) => g.name)).not.toContain("So sánh");
    const doc = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2026-q2")]);
    const names = gridsOf(new Uint8Array(readFileSync(doc.out))).map((g) => g.name);
    expect(names.slice(0, 5)).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị", "So sánh"]);
  });

  it("its totals are SUMIFS over the data table, and the JSON gives the same figures", async () => {
    const doc = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2026-q2")]);
    const grid = gridsOf(new Uint8Array(readFileSync(doc.out))).find((g) => g.name === "So sánh")!;
    const row = grid.cells.findIndex((cells) => cells?.[1]?.v === "DV_KN" && cells?.[3]?.v === "actual");
    expect(cellAt(grid, row, 4)?.f).toMatch(/^SUMIFS\('Dữ liệu'!\$L\$2:\$L\$\d+,'Dữ liệu'!\$G\$2:\$G\$\d+,"DV_KN"\)$/);
    expect([cellAt(grid, row, 4)?.v, cellAt(grid, row, 5)?.v]).toEqual(doc.comparison!.rows.DV_KN.actual);
  });

  it.skipIf(!hasSoffice)("LibreOffice, every cached result removed, recalculates it to the engine's figures (BC-XDĐ and BTCTW-1)", () => {
    for (const [now, ...earlier] of [[bcxdd("2026-q3"), bcxdd("2026-q2"), bcxdd("2025-q3")], [btctw1("2026-h1"), btctw1("2025-nam"), btctw1("2025-h1")]]) {
      const set = formSet();
      const history = earlier.flatMap((dir) => snapshotsOfChecks(filesOf(dir).map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f, set)), dir));
      const batch = consolidateBatch(filesOf(now).map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f, set)), set, { history });
      const sheets = batchSheets(batch, set, "vi");
      const stripped: SheetSpec[] = sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((c) => (c?.t === "formula" ? { ...c, result: undefined } : c))) }));
      const mine = figures(gridsOf(renderWorkbook(sheets)).find((g) => g.name === "So sánh")!);
      const theirs = figures(gridsOf(resaveWithLibreOffice(renderWorkbook(stripped))).find((g) => g.name === "So sánh")!);
      expect(mine.length).toBeGreaterThan(10);
      expect(mine.filter((row) => typeof row[3] === "number").length).toBeGreaterThan(10);
      const near = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : (a ?? "") === (b ?? ""));
      mine.forEach((row, i) => row.forEach((v, j) => expect(near(v, theirs[i][j]), `${String(row.slice(0, 3))} [${j}]: ${String(v)} / ${String(theirs[i][j])}`).toBe(true)));
    }
  }, 120_000);

  it("draws the trend of the first form's closing stocks and largest flows as line charts, periods oldest first", () => {
    const set = formSet();
    const history = [btctw1("2025-nam"), btctw1("2025-h1")].flatMap((dir) => snapshotsOfChecks(filesOf(dir).map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f, set)), dir));
    const batch = consolidateBatch(filesOf(btctw1("2026-h1")).map((f) => checkFileBytes(new Uint8Array(readFileSync(f)), f, set)), set, { history });
    const sheet = batchSheets(batch, set, "vi").find((s) => s.name === "So sánh")!;
    expect(sheet.charts?.map((c) => [c.kind, c.series.map((s) => s.name)])).toEqual([["line", ["D"]], ["line", ["B", "B.1", "B.2"]]]);
    const grid = gridsOf(renderWorkbook([sheet]))[0];
    const head = grid.cells.findIndex((cells) => cells?.[0]?.v === "Chỉ tiêu");
    expect(grid.cells[head].slice(1, 4).map((c) => c?.v)).toEqual(["6 tháng đầu năm 2025", "Năm 2025", "6 tháng đầu năm 2026"]);
    expect(cellAt(grid, head + 1, 3)?.f).toMatch(/^E\d+$/);
  });

  it.skipIf(!existsSync(CHECK) || !hasJava)("passes ooxml-check with 0 errors", async () => {
    const doc = await consolidate([btctw1("2026-h1"), "--previous", btctw1("2025-nam"), "--previous", btctw1("2025-h1")]);
    const doc2 = await consolidate([bcxdd("2026-q3"), "--previous", bcxdd("2026-q2"), "--previous", bcxdd("2025-q3")]);
    for (const out of [doc.out, doc2.out]) {
      const report = execFileSync("bash", [CHECK, "--errors-only", out], { encoding: "utf8", timeout: 240_000 });
      expect(report).toMatch(/0 error\(s\).*OK/);
    }
  }, 250_000);
});
