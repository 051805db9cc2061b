import { describe, expect, it } from "vitest";
import { gridFromRows } from "../../src/engine/grid";
import { decodeTcvn3Sheet } from "../../src/engine/read/legacySheet";

// TCVN3 bytes as a Latin-1/1252 reader hands them over.
const KET_NAP = "KÕt n¹p ®¶ng viªn míi"; // Kết nạp đảng viên mới
const DON_VI = "§¬n vÞ b¸o c¸o:"; // Đơn vị báo cáo:
const PHAT_TRIEN = "Ph¸t triÓn ®¶ng viªn"; // Phát triển đảng viên
const CUM = "Côm II"; // Cụm II: "Côm" is a syllable as it stands

const texts = (rows: (string | number | null)[][]) => decodeTcvn3Sheet(gridFromRows("S", rows)).cells.map((r) => r.map((c) => c?.v ?? null));

describe("decodeTcvn3Sheet", () => {
  it("reads an ambiguous cell as TCVN3 when the sheet's other text is TCVN3", () => {
    expect(texts([[DON_VI, CUM], [KET_NAP, 3], [PHAT_TRIEN, 1]])).toEqual([
      [DON_VI, "Cụm II"],
      [KET_NAP, 3],
      [PHAT_TRIEN, 1],
    ]);
  });

  it("leaves it alone when the evidence is thin (fewer than three TCVN3 cells)", () => {
    expect(texts([[DON_VI, CUM], [KET_NAP, 3]])).toEqual([[DON_VI, CUM], [KET_NAP, 3]]);
  });

  it("never touches Unicode text, nor 8-bit text whose TCVN3 reading is not Vietnamese", () => {
    const rows = [[DON_VI, "Cụm Tây Ninh"], [KET_NAP, "Café"], [PHAT_TRIEN, "Hà Nội"]];
    expect(texts(rows)).toEqual(rows);
  });

  it("returns the same grid when nothing is TCVN3, and never changes the grid it is given", () => {
    const unicode = gridFromRows("S", [["Côm II", "Kết nạp đảng viên mới"]]);
    expect(decodeTcvn3Sheet(unicode)).toBe(unicode);
    const legacy = gridFromRows("S", [[DON_VI, CUM], [KET_NAP, 3], [PHAT_TRIEN, 1]]);
    decodeTcvn3Sheet(legacy);
    expect(legacy.cells[0][1]?.v).toBe(CUM);
  });
});
