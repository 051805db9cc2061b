import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellAt, type Grid } from "../../src/engine/grid";
import { gridsOf } from "../support/files";
import { EXAMPLES, tmp, tonghop } from "../cli/helpers";

const textsOf = (grid: Grid) => {
  const out: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < 12; c++) {
    const v = cellAt(grid, r, c)?.v;
    if (typeof v === "string") out.push(v);
  }
  return out;
};

describe("tonghop consolidate: the letterhead and signature options", () => {
  it("writes --committee, --parent, --place, --signer and --on-behalf into Tổng hợp", async () => {
    const out = join(tmp(), "tong-hop.xlsx");
    const r = await tonghop("consolidate", "--out", out, "--committee", "Đảng ủy Cụm II", "--parent", "Đảng bộ Khối Doanh nghiệp tỉnh", "--place", "Ninh Bình", "--signer", "Phó Bí thư: Nguyễn Văn An", "--on-behalf", "BTV", EXAMPLES);
    expect(r.code).toBe(1); // the samples' planted errors
    const texts = textsOf(gridsOf(new Uint8Array(readFileSync(out)))[0]);
    expect(texts).toEqual(expect.arrayContaining(["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG ỦY CỤM II", "Ninh Bình, ngày … tháng … năm ……", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn An"]));
  });

  it("leaves dots without them, and refuses an --on-behalf it does not know (exit 2)", async () => {
    const out = join(tmp(), "tong-hop.xlsx");
    await tonghop("consolidate", "--out", out, EXAMPLES);
    expect(textsOf(gridsOf(new Uint8Array(readFileSync(out)))[0])).toEqual(expect.arrayContaining(["ĐẢNG ỦY ………………………", "T/M ĐẢNG ỦY", "BÍ THƯ"]));
    const bad = await tonghop("consolidate", "--out", join(tmp(), "x.xlsx"), "--on-behalf", "Chi bộ", EXAMPLES);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--on-behalf");
  });
});
