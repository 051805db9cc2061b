import { build } from "esbuild";
import { createContext, runInContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/engine/grid";
import { checkGrids } from "../../src/engine/check";
import { BCXDD } from "../../src/templates/bcxdd";
import type { FakeExcel, FakeExcelOptions } from "./excel";

/** The stub as the Playwright tests serve it: one IIFE bundle, run in a fresh global scope like a page. */
let bundle = "";
beforeAll(async () => {
  const out = await build({ entryPoints: ["test/fakes/officeStub.ts"], bundle: true, format: "iife", write: false, logLevel: "silent" });
  bundle = out.outputFiles[0].text;
});

interface Page {
  __fakeExcel: FakeExcel;
  Excel?: typeof Excel;
  Office: typeof Office;
}

function openPage(seed?: FakeExcelOptions): Page {
  const page = createContext({ setTimeout, clearTimeout, console, URL, structuredClone, ...(seed ? { __TONGHOP_FAKE_SEED__: seed } : {}) });
  runInContext(bundle, page);
  return page as unknown as Page;
}

/** What an adapter would build from the used range: cells from A1, formulas without `=`. */
async function readActiveSheet(page: Page): Promise<Grid> {
  return page.Excel!.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getActiveWorksheet().load("name");
    const used = sheet.getUsedRange().load("rowIndex,columnIndex,values,formulas,numberFormat");
    await ctx.sync();
    const cells: (Cell | undefined)[][] = [];
    used.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === "") return;
        const f = used.formulas[i][j];
        const cell: Cell = { v: v as Cell["v"], z: used.numberFormat[i][j] };
        if (typeof f === "string" && f.startsWith("=") && f !== v) cell.f = f.slice(1);
        (cells[used.rowIndex + i] ??= [])[used.columnIndex + j] = cell;
      }),
    );
    return { name: sheet.name, cells, merges: [], rowCount: cells.length, colCount: Math.max(...cells.map((r) => r?.length ?? 0)) };
  });
}

describe("officeStub (the browser entry)", () => {
  it("bundles to an IIFE that installs Office, Excel and window.__fakeExcel", () => {
    const page = openPage();
    expect(typeof page.Excel?.run).toBe("function");
    expect(page.__fakeExcel.workbook.sheetNames()).toEqual(["Báo cáo"]);
    expect(page.__fakeExcel.workbook.activeSheet).toBe("Báo cáo");
  });

  it("Office.onReady resolves { host: Excel, platform: OfficeOnline } and calls the callback", async () => {
    const page = openPage();
    let called: unknown = null;
    const info = await page.Office.onReady((i) => (called = i));
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(called).toEqual(info);
  });

  it("by default holds a valid BC-XDĐ report, readable through the Excel API", async () => {
    const page = openPage();
    const grid = await readActiveSheet(page);
    const check = checkGrids([grid], "Báo cáo", BCXDD);
    expect(check.report).not.toBeNull();
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(page.__fakeExcel.stats.syncs).toBe(1);
  });

  it("takes the fake's options from window.__TONGHOP_FAKE_SEED__", () => {
    const page = openPage({ apiVersion: "1.7", sheets: [{ name: "Tổng hợp", rows: [["x", 1]] }] });
    expect(page.__fakeExcel.workbook.sheet("Tổng hợp").grid()).toEqual([["x", 1]]);
    expect(page.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
  });

  it("with host null behaves like a page outside Office", async () => {
    const page = openPage({ host: null });
    expect(page.Excel).toBeUndefined();
    expect(await page.Office.onReady()).toEqual({ host: null, platform: null });
  });
});
