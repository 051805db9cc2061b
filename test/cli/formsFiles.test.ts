// `--form FILE.json` (a committee's template file: loaded, checked, never read as a report) and
// `template --form ID` (the form's blank in its own layout, which the engine reads back as that form).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { read as readXlsx } from "@e965/xlsx";
import { formSet } from "../../src/engine/batch";
import { checkWorkbook } from "../../src/engine/forms/checkWorkbook";
import { gridsOf } from "../support/files";
import { tmp, tonghop } from "./helpers";

const UNITS = "examples/bieu-thong-ke/units";
const BTCTW1 = "src/templates/forms/BTCTW-1.json";
const builtIn = () => JSON.parse(readFileSync(BTCTW1, "utf8"));

function writeJson(dir: string, name: string, json: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof json === "string" ? json : JSON.stringify(json, null, 1));
  return p;
}

describe("--form FILE.json", () => {
  it("a broken template is a usage error naming the field (exit 2), in either language, never a crash", async () => {
    const dir = tmp();
    const form = builtIn();
    form.rows[2].kind = "bogus";
    const bad = writeJson(dir, "bieu-1.json", form);
    const r = await tonghop("validate", "--form", bad, UNITS);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Tệp mẫu biểu ${bad} (--form):`);
    expect(r.err).toContain("/rows/2/kind: Phải là một trong");

    const notJson = writeJson(dir, "hong.json", '{"id": ');
    const en = await tonghop("consolidate", "--lang", "en", "--form", notJson, "--out", join(dir, "x.xlsx"), UNITS);
    expect(en.code).toBe(2);
    expect(en.err).toContain("/: The template file is not valid JSON");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);

    const missing = await tonghop("forms", "--form", join(dir, "khong-co.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("không tìm thấy tệp");
  });

  it("replaces the built-in form of the same id, is listed with its file, and is never read as a report", async () => {
    const dir = tmp();
    const form = builtIn();
    form.title = "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN (BẢN CỦA ĐẢNG BỘ KHỐI)";
    form.version = 2;
    // This committee's version does not split "2. Chuyển đến" into a and b: no SUM_ROWS between them.
    for (const row of form.rows) if (row.parent?.row === "B.2") delete row.parent;
    const file = writeJson(dir, "bieu-1-khoi.json", form);
    const list = JSON.parse((await tonghop("forms", "--json", "--form", file)).out).forms;
    expect(list).toHaveLength(7);
    expect(list.find((f: { id: string }) => f.id === "BTCTW-1")).toMatchObject({ title: form.title, version: 2, source: file });

    // The template file named as an input too, and kept in the folder of reports: read once, as the form.
    const units = join(dir, "units");
    execFileSync("cp", ["-r", UNITS, units]);
    const inFolder = join(units, "bieu-1-khoi.json");
    copyFileSync(file, inFolder);
    const nuocSach = join(units, "03-nuoc-sach.xlsx");
    const doc = JSON.parse((await tonghop("validate", "--json", "--form", inFolder, inFolder, nuocSach)).out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([nuocSach]);
    expect(doc.files[0].forms.map((f: { form: string }) => f.form)).toEqual(["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"]);
    // The reading workers used the file's BTCTW-1: the built-in one finds SUM_ROWS in B.2 of this unit.
    expect(doc.files[0].findings).toEqual([]);
    expect(JSON.parse((await tonghop("validate", "--json", nuocSach)).out).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["SUM_ROWS"]);
    const c = await tonghop("consolidate", "--form", inFolder, "--out", inFolder, units);
    expect(c.code).toBe(2);
    expect(c.err).toContain("Không ghi đè lên tệp đầu vào");
  });
});

describe("tonghop template --form", () => {
  it("writes the form's blank in its own layout, which the engine reads back as that form", async () => {
    const out = join(tmp(), "b1.xlsx");
    const r = await tonghop("template", "--form", "BTCTW-1", "--out", out);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(readXlsx(bytes).SheetNames).toEqual(["Biểu 1-BTCTW"]);
    const check = checkWorkbook(gridsOf(bytes), out, formSet());
    expect(check.forms?.map((f) => f.form)).toEqual(["BTCTW-1"]);
    expect(Object.keys(check.forms![0].rows)).toHaveLength(17);
  });

  it("names its output after the form by default, and writes several forms as one workbook", () => {
    const dir = tmp();
    const bin = resolve("bin/tonghop.js");
    const one = spawnSync(process.execPath, [bin, "template", "--form", "BTCTW-1"], { cwd: dir, encoding: "utf8" });
    expect(one.status).toBe(0);
    expect(one.stdout).toContain("Đã ghi bieu-1-btctw-mau.xlsx");
    const many = spawnSync(process.execPath, [bin, "template", "--form", "BTCTW-1", "--form", "btctw-3dt", "--form", "BC-XDD"], { cwd: dir, encoding: "utf8" });
    expect(many.status).toBe(0);
    expect(readXlsx(readFileSync(join(dir, "bieu-mau.xlsx"))).SheetNames).toEqual(["Biểu 1-BTCTW", "Biểu 3DT-BTCTW", "BC-XDĐ"]);
  }, 60_000);
});

const CHECK = resolve("../shared/tools/ooxml-check/check.sh");
const hasJava = existsSync("/usr/bin/javac") || existsSync("/usr/bin/java");

describe("the forms consolidation workbook", () => {
  it.skipIf(!existsSync(CHECK) || !hasJava)("passes ooxml-check with 0 errors", async () => {
    const out = join(tmp(), "tong-hop-bieu.xlsx");
    await tonghop("consolidate", "--roster", "examples/bieu-thong-ke/danh-sach-don-vi.xlsx", "--out", out, UNITS);
    const report = execFileSync("bash", [CHECK, "--errors-only", out], { encoding: "utf8", timeout: 240_000 });
    expect(report).toMatch(/0 error\(s\).*OK/);
  }, 250_000);
});
