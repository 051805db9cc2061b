/**
 * A file given as --previous is never also an input (as --roster, test/cli/roster.test.ts): last quarter's
 * consolidated workbook kept in this quarter's folder, or last quarter's folder inside it, is read once, as the
 * earlier period, and is not listed as a unit's report (nor as FORM_NOT_FOUND, PERIOD_MISMATCH or an unreadable
 * sub-folder), however its path is spelled.
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tmp, tonghop } from "./helpers";

const Q2 = "test/fixtures/periods/bcxdd/2026-q2";
const Q3 = "test/fixtures/periods/bcxdd/2026-q3";

interface Doc {
  units: { file: string | null }[];
  findings: { rule: string; file: string | null }[];
}

async function run(...args: string[]): Promise<Doc> {
  const r = await tonghop("consolidate", "--json", "--out", join(tmp(), "tong-hop.xlsx"), ...args);
  expect(r.err).toBe("");
  return JSON.parse(r.out) as Doc;
}

const copyInto = (from: string, to: string) => {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
};

const rules = (d: Doc) => d.findings.map((f) => f.rule).sort();

describe("--previous inside the folder of reports", () => {
  it("last quarter's consolidated workbook in this quarter's folder is read once, as the earlier period", async () => {
    const q2 = join(tmp(), "quy-2.xlsx");
    expect((await tonghop("consolidate", "--out", q2, Q2)).code).toBe(0);
    const dir = tmp();
    copyInto(Q3, dir);
    copyFileSync(q2, join(dir, "quy-2.xlsx"));
    const apart = await run(Q3, "--previous", q2);
    for (const spelling of [join(dir, "quy-2.xlsx"), relative(process.cwd(), join(dir, "quy-2.xlsx")), resolve(dir, "..", relative(resolve(dir, ".."), dir), "quy-2.xlsx")]) {
      const doc = await run(dir, "--previous", spelling);
      expect(doc.units.some((u) => u.file?.endsWith("quy-2.xlsx"))).toBe(false);
      expect(doc.findings.some((f) => f.file?.endsWith("quy-2.xlsx"))).toBe(false);
      expect(rules(doc)).toEqual(rules(apart));
    }
    expect(rules(apart)).toEqual(["CARRY_OVER", "SHARP_CHANGE", "UNIT_DUPLICATE", "YTD_CONTINUITY"]);
  });

  it("last quarter's folder inside this quarter's: none of its files is a report, nor the folder an unreadable input", async () => {
    const dir = tmp();
    copyInto(Q3, dir);
    copyInto(Q2, join(dir, "ky-truoc"));
    const doc = await run(dir, "--previous", join(dir, "ky-truoc"));
    expect(doc.units.some((u) => u.file?.includes("ky-truoc"))).toBe(false);
    expect(rules(doc)).toEqual(["CARRY_OVER", "SHARP_CHANGE", "UNIT_DUPLICATE", "YTD_CONTINUITY"]);
  });

  it("a --previous path that does not exist is a usage error", async () => {
    const r = await tonghop("consolidate", "--out", join(tmp(), "x.xlsx"), Q3, "--previous", join(tmp(), "khong-co.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Kỳ trước (--previous): không tìm thấy");
  });

  it("a --previous file that holds no period is a usage error", async () => {
    const r = await tonghop("consolidate", "--out", join(tmp(), "x.xlsx"), Q3, "--previous", "examples/danh-sach-don-vi.csv");
    expect(r.code).toBe(2);
    expect(r.err).toContain("không có báo cáo nào xác định được kỳ");
  });
});
