import { execFileSync } from "node:child_process";
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/files/index";
import { gridsOf } from "../support/files";
import { CLEAN, EXAMPLES, FILES_FIXTURES, tmp, tonghop } from "./helpers";

/**
 * Paths that cannot be read, named on the command line or found in a named folder: each becomes one
 * FILE_UNREADABLE finding with a clear reason, the other files are still processed, and the exit code
 * is the documented one (1: there is an error-level finding).
 */

interface JsonFile {
  file: string;
  status: string;
  findings: { rule: string; severity: string; message: string }[];
}

/** A zip whose central directory declares a 300 MB sheet: a zip bomb, refused before inflating. */
function zipBomb(): Uint8Array {
  const zip = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": strToU8("<worksheet/>") });
  const view = new DataView(zip.buffer);
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(zip.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))) === "xl/worksheets/sheet1.xml") {
      view.setUint32(i + 24, 300 * 1024 * 1024, true);
    }
  }
  return zip;
}

/** A folder with two good reports and every kind of path that cannot be read. */
function troubledFolder() {
  const dir = tmp();
  copyFileSync(CLEAN, join(dir, "01-cap-nuoc.xlsx"));
  copyFileSync(join(EXAMPLES, "02-dien-luc.xlsx"), join(dir, "02-dien-luc.xlsx"));
  mkdirSync(join(dir, "03-thu-muc.xlsx")); // a folder with a workbook's name
  execFileSync("mkfifo", [join(dir, "04-ong-dan.xlsx")]); // reading a FIFO with no writer would block forever
  symlinkSync(join(dir, "khong-con-nua.xlsx"), join(dir, "05-lien-ket-hong.xlsx"));
  // Over the 25 MB limit: a sparse file, refused on its size without being read.
  const big = openSync(join(dir, "06-qua-lon.xlsx"), "w");
  ftruncateSync(big, DEFAULT_LIMITS.maxBytes + 1);
  closeSync(big);
  writeFileSync(join(dir, "07-bom-nen.xlsx"), zipBomb());
  copyFileSync(join(FILES_FIXTURES, "mat-khau.xlsx"), join(dir, "08-mat-khau.xlsx"));
  writeFileSync(join(dir, "ghi-chu.txt"), "not a workbook extension: not listed");
  return dir;
}

const EXPECTED: [name: string, says: string][] = [
  ["03-thu-muc.xlsx", "đây là một thư mục, không phải tệp. Chỉ các tệp nằm ngay trong thư mục được chỉ ra mới được đọc"],
  ["04-ong-dan.xlsx", "không phải tệp thông thường"],
  ["05-lien-ket-hong.xlsx", "trỏ tới tệp không còn tồn tại"],
  ["06-qua-lon.xlsx", "vượt giới hạn 25 MB một tệp"],
  ["07-bom-nen.xlsx", "vượt giới hạn 200 MB sau giải nén"],
  ["08-mat-khau.xlsx", "bảo vệ bằng mật khẩu"],
];

describe("validate: every unreadable path is a finding, the others are checked", () => {
  it("in a folder, and named one by one, with a missing path among them", async () => {
    const dir = troubledFolder();
    const start = performance.now();
    const r = await tonghop("validate", "--json", dir, join(dir, "khong-co.xlsx"), join(dir, "04-ong-dan.xlsx"));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(r.code).toBe(1);
    const files: JsonFile[] = JSON.parse(r.out).files;
    const byName = new Map(files.map((f) => [f.file.split("/").pop()!, f]));
    expect(files).toHaveLength(10);
    expect(byName.get("01-cap-nuoc.xlsx")?.status).toBe("ok");
    expect(byName.get("02-dien-luc.xlsx")?.status).toBe("ok");
    for (const [name, says] of [...EXPECTED, ["khong-co.xlsx", "không tìm thấy tệp hoặc thư mục này"] as [string, string]]) {
      const f = byName.get(name);
      expect(f?.status, name).toBe("unreadable");
      expect(f?.findings).toHaveLength(1);
      expect(f?.findings[0]).toMatchObject({ rule: "FILE_UNREADABLE", severity: "error" });
      expect(f?.findings[0].message, name).toContain("Không đọc được tệp: ");
      expect(f?.findings[0].message, name).toContain(says);
    }
  });

  it("prints the reasons in the text output too, in English with --lang en", async () => {
    const dir = troubledFolder();
    const vi = await tonghop("validate", dir);
    expect(vi.out).toContain("đây là một thư mục, không phải tệp");
    expect(vi.out).toMatch(/Tổng: 8 tệp, 6 lỗi/);
    const en = await tonghop("validate", "--lang", "en", dir);
    expect(en.out).toContain("it is a folder, not a file");
    expect(en.out).toContain("not a regular file");
  });

  it("exits 2 when nothing named exists at all (a mistyped name)", async () => {
    const r = await tonghop("validate", "khong-co-1.xlsx", "khong-co-2.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không tìm thấy: khong-co-1.xlsx");
    expect(r.err).toContain("Không tìm thấy: khong-co-2.xlsx");
  });
});

describe("consolidate: a batch with unreadable and over-limit files still consolidates the others", () => {
  it("writes the workbook with the two good units, and lists the others as unreadable", async () => {
    const dir = troubledFolder();
    const out = join(tmp(), "tong-hop.xlsx");
    const r = await tonghop("consolidate", "--json", "--out", out, dir);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    const used = doc.units.filter((u: { usedInTotals: boolean }) => u.usedInTotals).map((u: { code: string }) => u.code);
    expect(used.sort()).toEqual(["DB01", "DB02"]);
    const unreadable = doc.units.filter((u: { status: string }) => u.status === "unreadable").map((u: { file: string }) => u.file.split("/").pop());
    expect(unreadable.sort()).toEqual(EXPECTED.map(([n]) => n));
    expect(doc.totals.DV_CUOI.actual).toBeGreaterThan(0);
    const units = gridsOf(new Uint8Array(readFileSync(out))).find((g) => g.name === "Đơn vị")!;
    const statuses = units.cells.map((row) => row[5]?.v);
    expect(statuses.filter((s) => s === "Không đọc được")).toHaveLength(6);
  });

  it("refuses a roster that is a folder, a FIFO or missing, without blocking (exit 2)", async () => {
    const dir = troubledFolder();
    for (const [roster, says] of [
      [dir, "đây là một thư mục"],
      [join(dir, "04-ong-dan.xlsx"), "không phải tệp thông thường"],
      [join(dir, "khong-co.csv"), "không tìm thấy"],
    ]) {
      const r = await tonghop("consolidate", "--roster", roster, "--out", join(tmp(), "x.xlsx"), CLEAN);
      expect(r.code, roster).toBe(2);
      expect(r.err).toContain(says);
    }
  });
});

describe("file kinds the command reads", () => {
  it("Excel 5.0/95 files (code pages loaded when one is met), HTML and XML .xls, CSV in UTF-16", async () => {
    const files = ["don-vi-95.xls", "don-vi-95-tcvn3.xls", "don-vi-web.xls", "don-vi-2003.xls", "don-vi-utf16be.csv"].map((f) => join(FILES_FIXTURES, f));
    const r = await tonghop("validate", "--json", ...files);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { status: string }) => f.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    for (const f of doc.files) expect(f.unit).toMatchObject({ name: "Đảng bộ Công ty Cổ phần Cấp nước tỉnh", code: "DB01" });
  });
});
