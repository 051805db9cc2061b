// `tonghop template learn`: the review list in either language, --json for machines, --sheet, and the output's safety.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseForm } from "../../src/templates/form";
import { sha, tmp, tonghop } from "../cli/helpers";

const BLANK = "test/fixtures/learn/khao-sat-dang-vien-chu-doanh-nghiep-mau.xlsx";

describe("tonghop template learn", () => {
  it("prints the review list in Vietnamese, with what it asks the user", async () => {
    const r = await tonghop("template", "learn", BLANK);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Đã học mẫu “THỐNG KÊ ĐẢNG VIÊN LÀ CHỦ DOANH NGHIỆP” (mã DV-01-KS)");
    expect(r.out).toContain("Cần xác nhận (");
    expect(r.out).toContain("Dòng 21 (“Được khen thưởng trong năm”): 2 dòng con cộng lại bằng dòng này (chia ra) hay chỉ là một phần của nó (trong đó)?");
    expect(r.out).toMatch(/SUM_ROWS\s+row\("A"\) == row\("A.1"\) \+ row\("A.2"\) \+ row\("A.3"\) \+ row\("A.4"\)/);
    expect(r.out).toMatch(/SUBSET_COL\s+col\("5"\) <= col\("2"\)/);
  });

  it("--lang en and --json: the template, its rules and the questions for a program", async () => {
    const en = await tonghop("template", "learn", BLANK, "--lang", "en");
    expect(en.out).toContain("To confirm (");
    const r = await tonghop("template", "learn", BLANK, "--json", "--lang", "en");
    const json = JSON.parse(r.out);
    expect(json.form.id).toBe("DV-01-KS");
    expect(json.questions.find((q: { kind: string }) => q.kind === "relation")).toMatchObject({ row: "C", sheetRow: 21, message: expect.stringContaining("partition") });
    expect(json.rules.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(["SUM_ROWS", "SUBSET_ROW", "SUM_COLS", "SUBSET_COL", "PCT_STATED"]));
    expect(parseForm(JSON.stringify(json.form)).ok).toBe(true);
  });

  it("--sheet names the sheet; an unknown one is a usage error listing the sheets", async () => {
    const ok = await tonghop("template", "learn", BLANK, "--sheet", "Biểu 01-KS");
    expect(ok.code).toBe(0);
    const bad = await tonghop("template", "learn", BLANK, "--sheet", "Không có");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Biểu 01-KS");
  });

  it("never writes over the blank, nor over a file it did not write unless --force; replaces its own", async () => {
    const dir = tmp();
    const blank = join(dir, "mau.xlsx");
    copyFileSync(BLANK, blank);
    const before = sha(blank);
    expect((await tonghop("template", "learn", blank, "--out", blank)).code).toBe(2);
    expect(sha(blank)).toBe(before);
    const other = join(dir, "khac.json");
    writeFileSync(other, '{"mine": true}');
    const refused = await tonghop("template", "learn", blank, "--out", other);
    expect(refused.code).toBe(2);
    expect(readFileSync(other, "utf8")).toBe('{"mine": true}');
    expect((await tonghop("template", "learn", blank, "--out", other, "--force")).code).toBe(0);
    expect((await tonghop("template", "learn", blank, "--out", other)).code).toBe(0);
    expect(sha(blank)).toBe(before);
  });
});
