import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isOurWorkbook } from "../../src/cli/ownership";
import { formSheet } from "../../src/engine/sheets/form";
import { BCXDD } from "../../src/templates/bcxdd";
import { renderWorkbook } from "../../src/xlsx/index";
import { gridsOf } from "../support/files";
import { AGRIBANK, CLEAN, EXAMPLES, FILES_FIXTURES, hashes, ROSTER, sha, tmp, tonghop } from "./helpers";

/** A folder holding a copy of the sample cluster and its roster, to run the commands in. */
function workspace() {
  const dir = tmp();
  cpSync(EXAMPLES, join(dir, "bao-cao"), { recursive: true });
  copyFileSync(ROSTER, join(dir, "danh-sach.csv"));
  return { dir, units: join(dir, "bao-cao"), roster: join(dir, "danh-sach.csv") };
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

describe("what we made, and what we did not", () => {
  it("our writer's workbooks are ours; LibreOffice's, Excel-resaved and other files are not", () => {
    const ours = renderWorkbook([formSheet(BCXDD)]);
    expect(isOurWorkbook(ours)).toBe(true);
    expect(isOurWorkbook(new Uint8Array(readFileSync(CLEAN)))).toBe(false); // saved by LibreOffice
    // The same package with the application renamed, as Excel does when it saves.
    const parts = unzipSync(ours);
    const app = new TextDecoder().decode(parts["docProps/app.xml"]).replace("<Application>Tổng hợp</Application>", "<Application>Microsoft Excel</Application>");
    expect(isOurWorkbook(zipSync({ ...parts, "docProps/app.xml": new TextEncoder().encode(app) }))).toBe(false);
    expect(isOurWorkbook(new TextEncoder().encode("<Application>Tổng hợp</Application>"))).toBe(false);
    expect(isOurWorkbook(new Uint8Array(0))).toBe(false);
  });
});

describe("source files are only read", () => {
  it("every input's SHA-256 is the same after validate (with --report), consolidate and template", async () => {
    const w = workspace();
    const before = hashes(w.dir);
    expect(Object.keys(before)).toHaveLength(11);
    await tonghop("validate", "--report", join(w.dir, "kiem-tra.xlsx"), w.units);
    await tonghop("validate", "--json", w.units);
    await tonghop("consolidate", "--roster", w.roster, "--out", join(w.dir, "tong-hop.xlsx"), w.units);
    await tonghop("template", "--out", join(w.dir, "mau.xlsx"));
    const after = hashes(w.dir);
    for (const [path, hash] of Object.entries(before)) expect(after[path], path).toBe(hash);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), ...["kiem-tra.xlsx", "tong-hop.xlsx", "mau.xlsx"].map((n) => join(w.dir, n))].sort());
    expect(leftovers(w.dir)).toEqual([]);
  });
});

describe("outputs never replace what they should not", () => {
  it("refuses an input as the output, even with --force: the roster, or a link to an input", async () => {
    const w = workspace();
    const before = hashes(w.dir);
    const roster = await tonghop("consolidate", "--roster", w.roster, "--out", w.roster, "--force", w.units);
    expect(roster.code).toBe(2);
    expect(roster.err).toContain("Không ghi đè lên tệp đầu vào");
    const link = join(w.dir, "lien-ket.xlsx");
    symlinkSync(join(w.units, "01-cap-nuoc.xlsx"), link);
    const viaLink = await tonghop("consolidate", "--out", link, "--force", w.units);
    expect(viaLink.code).toBe(2);
    const report = await tonghop("validate", "--report", join(w.units, "02-dien-luc.xlsx"), "--force", w.units);
    expect(report.code).toBe(2);
    expect(report.err).toContain("--report");
    expect(hashes(w.units)).toEqual(Object.fromEntries(Object.entries(before).filter(([p]) => p.startsWith(w.units))));
  });

  for (const [command, option] of [
    ["consolidate", "--out"],
    ["template", "--out"],
    ["validate", "--report"],
  ] as const) {
    it(`${command} ${option}: refuses an existing file it did not make, overwrites it with --force`, async () => {
      const w = workspace();
      const target = join(w.dir, "cua-nguoi-khac.xlsx");
      copyFileSync(CLEAN, target); // a LibreOffice workbook: someone's own work
      const before = sha(target);
      const args = command === "template" ? [command, option, target] : [command, option, target, w.units];
      const refused = await tonghop(...args);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain("không do Tổng hợp tạo ra");
      expect(refused.err).toContain("--force");
      expect(refused.out).toBe(""); // refused before any work
      expect(sha(target)).toBe(before);
      const forced = await tonghop(...args, "--force");
      expect(forced.code).not.toBe(2);
      expect(sha(target)).not.toBe(before);
      expect(isOurWorkbook(new Uint8Array(readFileSync(target)))).toBe(true);
      // Our own previous output is replaced without --force.
      const again = await tonghop(...args);
      expect(again.code).toBe(forced.code);
      expect(leftovers(w.dir)).toEqual([]);
    });
  }

  it("says so in English with --lang en, and refuses a file that is not even a workbook", async () => {
    const dir = tmp();
    const notes = join(dir, "ghi-chu.xlsx");
    writeFileSync(notes, "ghi chú của tôi");
    const r = await tonghop("template", "--lang", "en", "--out", notes);
    expect(r.code).toBe(2);
    expect(r.err).toContain("was not made by Tổng hợp");
    expect(readFileSync(notes, "utf8")).toBe("ghi chú của tôi");
  });

  it("refuses a folder as the output, with or without --force", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "ket-qua.xlsx"));
    for (const extra of [[], ["--force"]]) {
      const r = await tonghop("consolidate", "--out", join(dir, "ket-qua.xlsx"), ...extra, CLEAN);
      expect(r.code).toBe(2);
      expect(r.err).toContain("đây là một thư mục");
    }
  });
});

describe("idempotence", () => {
  it("the same consolidation twice gives byte-identical workbooks, and re-running over its own output works", async () => {
    const w = workspace();
    const a = join(w.dir, "a.xlsx");
    const b = join(w.dir, "b.xlsx");
    const first = await tonghop("consolidate", "--roster", w.roster, "--out", a, w.units);
    const second = await tonghop("consolidate", "--roster", w.roster, "--out", b, w.units);
    expect([first.code, second.code]).toEqual([1, 1]);
    expect(sha(a)).toBe(sha(b));
    const rerun = await tonghop("consolidate", "--roster", w.roster, "--out", a, w.units);
    expect(rerun.code).toBe(1);
    expect(sha(a)).toBe(sha(b));
    expect(gridsOf(new Uint8Array(readFileSync(a))).map((g) => g.name)).toEqual(["Tổng hợp", "Dữ liệu", "Kiểm tra", "Đơn vị", "Tóm tắt", "Biểu đồ"]);
  });

  it("so does validate --report", async () => {
    const dir = tmp();
    const a = join(dir, "a.xlsx");
    const b = join(dir, "b.xlsx");
    await tonghop("validate", "--report", a, AGRIBANK, CLEAN);
    await tonghop("validate", "--report", b, AGRIBANK, CLEAN);
    expect(existsSync(a)).toBe(true);
    expect(sha(a)).toBe(sha(b));
  });
});

describe("macros are neither run nor kept", () => {
  it("a consolidation and a findings report of .xlsm and .xlsb files with VBA projects hold no macro", async () => {
    const dir = tmp();
    const inputs = ["don-vi-macro.xlsm", "don-vi-macro.xlsb"].map((f) => join(FILES_FIXTURES, f));
    // Control: the inputs do carry a VBA project.
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(inputs[0]))))).toContain("xl/vbaProject.bin");
    const out = join(dir, "tong-hop.xlsx");
    const r = await tonghop("consolidate", "--json", "--out", out, ...inputs);
    const doc = JSON.parse(r.out);
    expect(doc.units.find((u: { usedInTotals: boolean }) => u.usedInTotals)).toMatchObject({ code: "DB01" });
    expect(doc.totals.KT_TC).toMatchObject({ plan: 6, actual: 2 });
    await tonghop("validate", "--report", join(dir, "kiem-tra.xlsx"), ...inputs);
    for (const name of ["tong-hop.xlsx", "kiem-tra.xlsx"]) {
      const parts = unzipSync(new Uint8Array(readFileSync(join(dir, name))));
      expect(Object.keys(parts).filter((p) => /vba|\.bin$/i.test(p)), name).toEqual([]);
      const types = new TextDecoder().decode(parts["[Content_Types].xml"]);
      expect(types).not.toMatch(/macroEnabled|vbaProject/i);
      const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
      expect(rels).not.toMatch(/vbaProject/i);
    }
  });
});
