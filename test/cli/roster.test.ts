/**
 * A file given as --roster is never also an input: a roster kept in the folder of reports (the usual
 * way a committee's office files them) is read once, as the roster, and not listed as a unit's
 * report without the form (FORM_NOT_FOUND), however its path is spelled, through a link too.
 */
import { copyFileSync, readdirSync, symlinkSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROSTER, tmp, tonghop } from "./helpers";

interface JsonUnit {
  file: string | null;
  status: string;
}
interface JsonFinding {
  file: string | null;
  rule: string;
}

/** The sample cluster with its roster as an .xlsx beside the reports, in one folder. */
function folderWithRoster(): { dir: string; roster: string } {
  const dir = tmp();
  for (const name of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, name), join(dir, name));
  const roster = join(dir, "danh-sach-don-vi.csv");
  copyFileSync(ROSTER, roster);
  return { dir, roster };
}

async function consolidateJson(...args: string[]) {
  const out = join(tmp(), "tong-hop.xlsx");
  const r = await tonghop("consolidate", "--json", "--out", out, ...args);
  expect(r.err).toBe("");
  expect([0, 1]).toContain(r.code);
  return JSON.parse(r.out) as { units: JsonUnit[]; findings: JsonFinding[]; coverage: { expected: number; received: number; unexpected: string[] } };
}

/** What the sample cluster gives with its roster kept apart, as the README's example runs it. */
async function apart() {
  return consolidateJson("--roster", ROSTER, EXAMPLES);
}

describe("a roster inside the folder of reports", () => {
  it("is read as the roster only: no unit, finding or file for it, and the same consolidation as a roster kept apart", async () => {
    const { dir, roster } = folderWithRoster();
    const doc = await consolidateJson("--roster", roster, dir);
    const files = doc.units.map((u) => u.file).filter((f): f is string => f !== null);
    expect(files.some((f) => f.endsWith("danh-sach-don-vi.csv"))).toBe(false);
    expect(doc.findings.filter((f) => f.file?.endsWith("danh-sach-don-vi.csv"))).toEqual([]);
    expect(doc.findings.some((f) => f.rule === "FORM_NOT_FOUND")).toBe(false);
    const reference = await apart();
    expect(doc.coverage).toEqual(reference.coverage);
    expect(doc.units.map((u) => u.status)).toEqual(reference.units.map((u) => u.status));
  });

  it("is the same file however the paths are spelled: relative roster, absolute folder, and the roster named as an input too", async () => {
    const { dir, roster } = folderWithRoster();
    const rel = relative(process.cwd(), roster);
    for (const args of [
      ["--roster", rel, resolve(dir)],
      ["--roster", roster, `${dir}/./`],
      ["--roster", roster, roster, join(dir, "01-cap-nuoc.xlsx")],
    ]) {
      const doc = await consolidateJson(...args);
      const files = doc.units.map((u) => u.file).filter((f): f is string => f !== null);
      expect(files.filter((f) => f.endsWith(".csv")), args.join(" ")).toEqual([]);
      expect(files.length, args.join(" ")).toBeGreaterThan(0);
    }
  });

  it("is the same file through a link: a roster given by a link to the file in the folder, or the folder holding a link to the roster", async () => {
    const { dir, roster } = folderWithRoster();
    const link = join(tmp(), "ds-link.csv");
    symlinkSync(roster, link);
    const viaLink = await consolidateJson("--roster", link, dir);
    expect(viaLink.units.some((u) => u.file?.endsWith(".csv"))).toBe(false);

    const other = tmp();
    for (const name of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, name), join(other, name));
    symlinkSync(resolve(ROSTER), join(other, "ds.csv"));
    const linkInFolder = await consolidateJson("--roster", ROSTER, other);
    expect(linkInFolder.units.some((u) => u.file?.endsWith(".csv"))).toBe(false);
  });

  it("leaves nothing to consolidate when the roster was the only input: a usage error, exit 2", async () => {
    const { roster } = folderWithRoster();
    const r = await tonghop("consolidate", "--roster", roster, "--out", join(tmp(), "x.xlsx"), roster);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Chưa chỉ ra tệp nào");
  });

  it("is an input like any other without --roster (what the exclusion prevents: FORM_NOT_FOUND for the roster)", async () => {
    const { dir } = folderWithRoster();
    const doc = await consolidateJson(dir);
    expect(doc.findings.some((f) => f.file?.endsWith("danh-sach-don-vi.csv") && f.rule === "FORM_NOT_FOUND")).toBe(true);
  });
});
