/**
 * `tonghop template --form BTCTW-1 --previous …` (issue 11 §5): the blank form's "Cùng kỳ năm trước" column
 * holds the earlier period's figures (the committee's totals of the units given), its period is a year later,
 * the ratio column stays a live formula over the unit's own cells, and the workbook passes ooxml-check.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cellAt, type Grid } from "../../src/engine/grid";
import { tmp, tonghop } from "../cli/helpers";
import { gridsOf } from "../support/files";
import { btctw1, consolidate } from "./series";

const CHECK = resolve("../shared/tools/ooxml-check/check.sh");
const hasJava = existsSync("/usr/bin/javac") || existsSync("/usr/bin/java");

const rowOf = (grid: Grid, label: RegExp) => grid.cells.findIndex((cells) => label.test(String(cells?.[0]?.v ?? "")));

describe("the blank form filled from a year earlier", () => {
  it("column 3 is the committee's figures of 6 tháng đầu năm 2025, the period 6 tháng đầu năm 2026", async () => {
    const out = join(tmp(), "bieu-1.xlsx");
    const r = await tonghop("template", "--form", "BTCTW-1", "--previous", btctw1("2025-h1"), "--out", out);
    expect(r.code).toBe(0);
    const grid = gridsOf(new Uint8Array(readFileSync(out)))[0];
    const then = ((await consolidate([btctw1("2025-h1")])) as unknown as { forms: Record<string, { totals: Record<string, Record<string, number>> }> }).forms["BTCTW-1"].totals;
    const a = rowOf(grid, /^A - /);
    const d = rowOf(grid, /^D - /);
    expect([cellAt(grid, a, 1)?.v ?? null, cellAt(grid, a, 2)?.v]).toEqual([null, then.A["2"]]);
    expect(cellAt(grid, d, 2)?.v).toBe(then.D["2"]);
    expect(cellAt(grid, d, 3)?.f).toBeDefined();
    expect(grid.cells.some((cells) => cells?.some((c) => c?.v === "6 THÁNG ĐẦU NĂM 2026"))).toBe(true);
  });

  it("without --previous the blank is unchanged: no figure in column 3", async () => {
    const out = join(tmp(), "bieu-1.xlsx");
    await tonghop("template", "--form", "BTCTW-1", "--out", out);
    const grid = gridsOf(new Uint8Array(readFileSync(out)))[0];
    expect(cellAt(grid, rowOf(grid, /^D - /), 2)?.v ?? null).toBeNull();
  });

  it.skipIf(!existsSync(CHECK) || !hasJava)("passes ooxml-check with 0 errors", async () => {
    const out = join(tmp(), "bieu-1.xlsx");
    await tonghop("template", "--form", "BTCTW-1", "--previous", btctw1("2025-h1"), "--out", out);
    expect(execFileSync("bash", [CHECK, "--errors-only", out], { encoding: "utf8", timeout: 240_000 })).toMatch(/0 error\(s\).*OK/);
  }, 250_000);
});
