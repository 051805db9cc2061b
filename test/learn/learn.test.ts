import { describe, expect, it } from "vitest";
import { learnForm } from "../../src/engine/forms/learn";
import { loadForm } from "../../src/templates/form";
import { gridOf } from "./grid";

const HEAD = [
  ["ĐẢNG BỘ TỈNH X", null, "Biểu số 05-TH"],
  ["ĐẢNG ỦY XÃ Y"],
  [null],
  ["BÁO CÁO CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 20…"],
  [null],
];

function learned(rows: (string | number | null)[][], merges = []) {
  const r = learnForm(gridOf(rows, merges));
  if (!r.ok) throw new Error(r.en);
  const loaded = loadForm(JSON.parse(JSON.stringify(r.form)));
  expect(loaded.ok, loaded.ok ? "" : JSON.stringify(loaded.problems)).toBe(true);
  return r;
}

describe("learnForm on grids built here", () => {
  it("takes title, period kinds and marker from the block above the table, and the id from the marker", () => {
    const r = learned([...HEAD, ["Nội dung", "Kỳ này", "Cùng kỳ"], ["1", "2", "3"], ["1. Kết nạp", null, null], ["2. Chuyển đến", null, null]]);
    expect(r.form.title).toBe("BÁO CÁO CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN");
    expect(r.form.periodKinds).toEqual(["half"]);
    expect(r.form.marker).toBe("Biểu số 05-TH");
    expect(r.form.id).toBe("DV-05-TH");
    expect(r.form.columns.map((c) => [c.code, c.kind])).toEqual([["1", "label"], ["2", "value"], ["3", "value"]]);
  });

  it("nests rows by the order their numbering classes first appear, and codes them from the numbering", () => {
    const r = learned([
      ...HEAD,
      ["TT", "Chỉ tiêu", "Số lượng"],
      ["A", "B", "1"],
      ["I", "Tổng số", "=SUM(C9:C10)"],
      ["1", "Nam", null],
      ["2", "Nữ", null],
      ["II", "Đảng viên mới", null],
      ["1", "Kết nạp lại", null],
      ["a", "Trong tỉnh", null],
      ["-", "Nữ", null],
      ["+", "Dân tộc thiểu số", null],
      ["b", "Ngoài tỉnh", null],
    ]);
    expect(r.form.rows.map((x) => [x.code, x.under ?? ""])).toEqual([
      ["I", ""], ["I.1", "I"], ["I.2", "I"], ["II", ""], ["II.1", "II"], ["II.1.a", "II.1"], ["II.1.a.NU", "II.1.a"], ["II.1.a.NU.DTTS", "II.1.a.NU"], ["II.1.b", "II.1"],
    ]);
    // The SUM over the rows printed under `I` makes them a partition of it.
    expect(r.form.rows.filter((x) => x.parent?.row === "I").map((x) => x.parent!.relation)).toEqual(["partition", "partition"]);
  });

  it("asks `tổng hay trong đó?` for an unannounced list, and takes `chia ra`, `gồm` and `Trong đó` at their word", () => {
    const r = learned([
      ...HEAD,
      ["Nội dung", "Số"],
      ["1", "2"],
      ["1. Đảng viên, chia ra:", null],
      ["- Nam", null],
      ["- Nữ", null],
      ["2. Tổ chức đảng, gồm", null],
      ["+ Chi bộ", null],
      ["3. Quần chúng ưu tú", null],
      ["Trong đó: nữ", null],
      ["4. Khen thưởng", null],
      ["- Cấp tỉnh", null],
    ]);
    const rel = Object.fromEntries(r.form.rows.filter((x) => x.parent).map((x) => [x.code, x.parent!.relation]));
    expect(rel).toEqual({ "1.NAM": "partition", "1.NU": "partition", "2.CB": "partition", "3.NU": "subset", "4.CT": "subset" });
    expect(r.questions.filter((q) => q.kind === "relation").map((q) => q.row)).toEqual(["4"]);
    expect(r.questions.find((q) => q.kind === "relation")!.vi).toContain("chia ra");
    expect(r.questions.find((q) => q.kind === "relation")!.en).toContain("subset");
  });

  it("turns `=C8+C9-C10` into ROW_FORMULA, `=C8+D8` into SUM_COLS and `=D8/B8*100` into a ratio column", () => {
    const r = learned([
      ...HEAD,
      ["Nội dung", "Tổng", "Nam", "Nữ", "Tỷ lệ nữ"],
      [null, null, null, null, null],
      ["Đầu kỳ", "=C8+D8", null, null, "=IF(B8=0,\"\",D8/B8*100)"],
      ["Tăng", "=C9+D9", null, null, "=IF(B9=0,\"\",D9/B9*100)"],
      ["Giảm", "=C10+D10", null, null, "=IF(B10=0,\"\",D10/B10*100)"],
      ["Cuối kỳ", "=C11+D11", "=C8+C9-C10", "=D8+D9-D10", "=IF(B11=0,\"\",D11/B11*100)"],
    ]);
    const byCode = Object.fromEntries(r.form.columns.map((c) => [c.code, c]));
    expect(byCode["2"].formula).toBe('col("3") + col("4")');
    expect(byCode["5"]).toMatchObject({ kind: "ratio", formula: 'col("4") * 100 / col("2")' });
    expect(r.form.rules).toEqual([{ id: "ROW_FORMULA", severity: "error", expr: 'row("CK") == row("DK") + row("TANG") - row("GIAM")', columns: ["3", "4"], anchor: "CK", basis: "printed" }]);
    // No numbering row: the columns are numbered left to right, and the user is told.
    expect(r.questions.some((q) => q.kind === "header")).toBe(true);
  });

  it("tells headings from a filled copy's rows with no figures, and marks X cells", () => {
    const r = learned([
      ...HEAD,
      ["Nội dung", "Kỳ này", "Năm trước"],
      ["1", "2", "3"],
      ["I. Đảng viên", null, null],
      ["1. Kết nạp", 4, 5],
      ["2. Chuyển đến", 2, "X"],
      ["II. Tổ chức", null, null],
      ["1. Chi bộ", 7, 7],
    ]);
    expect(r.form.rows.map((x) => x.kind)).toEqual(["heading", "count", "count", "heading", "count"]);
    expect(r.form.rows[2].notApplicable).toEqual(["3"]);
  });

  it("asks about averages and ratio rows it cannot compute, and never adds them up silently", () => {
    const r = learned([...HEAD, ["Nội dung", "Số"], ["1", "2"], ["1. Tuổi bình quân", null], ["2. Tỷ lệ đảng viên nữ (%)", null], ["3. Kinh phí (triệu đồng)", null], ["4. Số lao động", null]]);
    expect(r.form.rows.map((x) => x.kind)).toEqual(["amount", "amount", "amount", "count"]);
    expect(r.questions.map((q) => q.kind)).toEqual(expect.arrayContaining(["average", "ratio"]));
  });

  it("refuses a sheet with no table, plainly", () => {
    const r = learnForm(gridOf([["Danh sách"], ["Nguyễn Văn A"]]));
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.vi).toContain("Không tìm thấy bảng");
  });

  it("never changes the grid it reads", () => {
    const grid = gridOf([...HEAD, ["Nội dung", "Số"], ["1", "2 (=3+4)"], ["1. A", "=SUM(B9:B9)"], ["- x", null]]);
    const before = JSON.stringify(grid);
    learnForm(grid);
    expect(JSON.stringify(grid)).toBe(before);
  });
});
