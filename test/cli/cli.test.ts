import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { checkGrids } from "../../src/engine/check";
import { BCXDD } from "../../src/templates/bcxdd";
import { EXAMPLES, gridsOf, ROSTER } from "../support/files";

async function tonghop(...args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += `${s}\n`), err: (s) => (err += s), stdoutIsTty: false, stderrIsTty: false });
  return { code, out, err };
}

const tmp = () => mkdtempSync(join(tmpdir(), "tonghop-cli-"));
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const agribank = join(EXAMPLES, "05-agribank.xls");
const clean = join(EXAMPLES, "01-cap-nuoc.xlsx");

describe("tonghop validate", () => {
  it("reports a wrong rate in Vietnamese and exits 1", async () => {
    const r = await tonghop("validate", agribank);
    expect(r.code).toBe(1);
    expect(r.out).toContain("PCT_STATED");
    expect(r.out).toContain("ghi 75,5%, nhưng 62/80 = 77,5");
    expect(r.out).not.toMatch(/\x1b\[/); // no colour when stdout is not a terminal
  });

  it("exits 0 for a clean report, and speaks English with --lang en", async () => {
    expect((await tonghop("validate", clean)).code).toBe(0);
    const en = await tonghop("validate", "--lang", "en", agribank);
    expect(en.out).toContain("The completion rate of");
  });

  it("prints the documented JSON shape", async () => {
    const r = await tonghop("validate", "--json", agribank, clean);
    const doc = JSON.parse(r.out);
    expect(doc.summary).toMatchObject({ files: 2, errors: 1, warnings: 0 });
    const [a, b] = doc.files;
    expect(Object.keys(a)).toEqual(expect.arrayContaining(["file", "status", "sheet", "unit", "period", "findings", "figures"]));
    expect(a.status).toBe("invalid");
    expect(b.status).toBe("ok");
    expect(a.unit).toMatchObject({ name: "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh", code: "DB05", type: "Đảng bộ cơ sở" });
    expect(a.period).toEqual({ year: 2023, kind: "quarter", index: 1, label: "Quý I/2023" });
    expect(a.findings[0]).toEqual({ rule: "PCT_STATED", severity: "error", message: expect.stringContaining("75,5%"), sheet: "BC-XDĐ", cell: "H34", indicator: "KT_TC" });
    expect(a.figures.KT_TC).toMatchObject({ plan: 80, actual: 62, ytd: 62, pct: 77.5, statedPct: 75.5, pctRounded: 77.5, status: "chưa đạt" });
    expect(a.figures.ORG_MOI.pct === null || typeof a.figures.ORG_MOI.pct === "number").toBe(true);
    expect(a.figures.DV_CUOI.plan).toBeNull();
  });

  it("turns a file that is not a workbook into FILE_UNREADABLE, and goes on with the others", async () => {
    const dir = tmp();
    const junk = join(dir, "bao-cao.xlsx");
    writeFileSync(junk, "this is not a workbook at all");
    const doc = JSON.parse((await tonghop("validate", "--json", junk, clean)).out);
    expect(doc.files.map((f: { status: string }) => f.status)).toEqual(["unreadable", "ok"]);
    expect(doc.files[0].findings[0].rule).toBe("FILE_UNREADABLE");
  });

  it("exits 2 on usage errors", async () => {
    expect((await tonghop("validate", "khong-co-tep-nay.xlsx")).code).toBe(2);
    expect((await tonghop("validate")).code).toBe(2);
    expect((await tonghop("validate", "--lang", "fr", clean)).code).toBe(2);
    expect((await tonghop("frobnicate")).code).toBe(2);
    expect((await tonghop("--help")).code).toBe(0);
  });

  it("speaks Vietnamese first in its help and its usage errors", async () => {
    const help = await tonghop("--help");
    expect(help.out).toContain("Cách dùng / Usage:");
    expect(help.out).toContain("Lệnh / Commands:");
    expect((await tonghop("validate")).err).toContain("Lỗi: thiếu tham số bắt buộc 'files'");
    expect((await tonghop("frobnicate")).err).toContain("Lỗi: không có lệnh 'frobnicate'");
  });
});

describe("tonghop consolidate", () => {
  it("writes the workbook, prints the JSON contract, and leaves the inputs untouched", async () => {
    const dir = tmp();
    const out = join(dir, "cum-2.xlsx");
    const inputs = readdirSync(EXAMPLES).map((f) => join(EXAMPLES, f));
    const before = inputs.map(sha);
    const r = await tonghop("consolidate", "--json", "--roster", ROSTER, "--out", out, EXAMPLES);
    expect(r.code).toBe(1); // two units' errors
    expect(inputs.map(sha)).toEqual(before);
    const doc = JSON.parse(r.out);
    expect(doc.output).toBe(out);
    expect(doc.period).toEqual({ year: 2023, kind: "quarter", index: 1, label: "Quý I/2023" });
    expect(doc.coverage).toEqual({ expected: 11, received: 10, missing: ["DB11"], unexpected: [], duplicates: [] });
    expect(doc.units).toHaveLength(11);
    expect(doc.units[0]).toEqual(expect.objectContaining({ name: expect.any(String), code: expect.any(String), type: expect.any(String), file: expect.any(String), status: expect.any(String) }));
    expect(doc.totals.ORG_TCCS.actual).toBe(11);
    const agribank = doc.units.find((u: { code: string }) => u.code === "DB05");
    expect(agribank).toMatchObject({ file: "examples/units/05-agribank.xls", sheet: "BC-XDĐ", status: "invalid", usedInTotals: true });
    expect(agribank.figures.KT_TC).toMatchObject({ plan: 80, actual: 62, cells: { plan: "E34", actual: "F34", ytd: "G34", pct: "H34" } });
    expect(doc.units.find((u: { code: string }) => u.code === "DB11")).toMatchObject({ file: null, status: "missing", figures: {} });
    expect(doc.totals.KT_TC).toMatchObject({ plan: 111, actual: 71, ytd: 71 });
    expect(doc.totals.KT_TC.pct).toBeCloseTo((71 / 111) * 100, 9);
    expect(doc.findings.map((f: { file: string | null; rule: string }) => f.rule).sort()).toEqual(["DV_BALANCE", "PCT_ROUNDING", "PCT_STATED", "UNIT_MISSING"]);
    expect(gridsOf(new Uint8Array(readFileSync(out))).map((g) => g.name)).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị", "Tóm tắt", "Biểu đồ"]);
  });

  it("never overwrites one of its inputs", async () => {
    const dir = tmp();
    const copy = join(dir, "a.xlsx");
    copyFileSync(clean, copy);
    const before = sha(copy);
    const r = await tonghop("consolidate", "--out", copy, copy);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không ghi đè");
    expect(sha(copy)).toBe(before);
  });

  it("exits 2 when the output cannot be written", async () => {
    const r = await tonghop("consolidate", "--out", join(tmp(), "khong-co", "thu-muc", "x.xlsx"), clean);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không ghi được");
  });
});

describe("tonghop template", () => {
  it("writes a blank form that our reader recognises, every row present", async () => {
    const out = join(tmp(), "mau.xlsx");
    expect((await tonghop("template", "--out", out)).code).toBe(0);
    const c = checkGrids(gridsOf(new Uint8Array(readFileSync(out))), out, BCXDD);
    expect(Object.keys(c.report!.rows)).toHaveLength(30);
    expect(c.findings.map((f) => f.rule).sort()).toEqual(["META_PERIOD", "META_UNIT"]);
  });
});

describe("the installed command", () => {
  it("runs from bin/ with node, as `npx tonghop` does", () => {
    const r = spawnSync(process.execPath, ["bin/tonghop.js", "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("consolidate");
    const v = spawnSync(process.execPath, ["bin/tonghop.js", "validate", clean], { encoding: "utf8" });
    expect(v.status).toBe(0);
    expect(existsSync("bin/tonghop.js")).toBe(true);
    expect(execFileSync(process.execPath, ["bin/tonghop.js", "validate", "--json", clean], { encoding: "utf8" })).toContain('"status": "ok"');
  });
});
