import { describe, expect, it } from "vitest";
import { formatProblems, loadForm, parseForm, type FormProblem } from "../../src/templates/form";

// Each case reaches into the template by hand to break it, so its fields are left untyped here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A small valid template; each case below breaks one thing in a copy of it. */
function base(): Loose {
  return {
    id: "MY-FORM",
    version: 1,
    title: "THỐNG KÊ THỬ",
    periodKinds: ["year"],
    columns: [
      { code: "1", label: "Tiêu chí", kind: "label" },
      { code: "2", label: "Kỳ này", kind: "value" },
      { code: "3", label: "Cùng kỳ năm trước", kind: "value" },
      { code: "4", label: "Tỷ lệ (%)", kind: "ratio", formula: 'col("2") * 100 / col("3")' },
    ],
    rows: [
      { code: "A", label: "Đầu kỳ", kind: "count" },
      { code: "B", label: "Tăng", kind: "count" },
      { code: "B.1", label: "Kết nạp", kind: "count", under: "B", parent: { row: "B", relation: "partition" } },
      { code: "B.2", label: "Chuyển đến", kind: "count", under: "B", parent: { row: "B", relation: "partition" } },
      { code: "D", label: "Cuối kỳ", kind: "count" },
      { code: "TBQ", label: "Tuổi bình quân", kind: "average", aggregate: { kind: "weightedMean", weight: "D" } },
    ],
    rules: [{ id: "ROW_FORMULA", severity: "error", expr: 'row("D") == row("A") + row("B")', columns: ["2", "3"] }],
  };
}

function problemsOf(mutate: (t: Loose) => void): FormProblem[] {
  const t = base();
  mutate(t);
  const r = loadForm(t);
  return r.ok ? [] : r.problems;
}

/** [what is broken, how, the field named, words the English message must hold, words the Vietnamese one must hold] */
const CASES: [string, (t: Loose) => void, string, RegExp, RegExp][] = [
  ["missing id", (t) => delete t.id, "/id", /Missing required field "id"/, /Thiếu trường bắt buộc "id"/],
  ["id of the wrong type", (t) => (t.id = 7), "/id", /Must be of type string/, /chuỗi ký tự/],
  ["version not an integer", (t) => (t.version = "1"), "/version", /integer/, /số nguyên/],
  ["unknown row kind", (t) => (t.rows[0].kind = "total"), "/rows/0/kind", /one of: "heading"/, /một trong/],
  ["misspelt field", (t) => (t.rows[1].lable = "x"), "/rows/1/lable", /Unknown field "lable"/, /không có trong lược đồ/],
  ["blank label", (t) => (t.columns[1].label = "  "), "/columns/1/label", /blank/, /trống/],
  ["row code with a space", (t) => (t.rows[0].code = "A 1"), "/rows/0/code", /valid code/, /Mã không hợp lệ/],
  ["no rows", (t) => (t.rows = []), "/rows", /at least 1/, /ít nhất 1/],
  ["weighted mean without its weight", (t) => delete t.rows[5].aggregate.weight, "/rows/5/aggregate/weight", /Missing required field "weight"/, /Thiếu/],
  ["duplicate row code", (t) => (t.rows[3].code = "B.1"), "/rows/3/code", /Duplicate row code "B\.1" \(first at \/rows\/2\)/, /bị trùng/],
  ["duplicate column code", (t) => (t.columns[2].code = "2"), "/columns/2/code", /Duplicate column code "2"/, /Mã cột "2" bị trùng/],
  ["parent that does not exist", (t) => (t.rows[2].parent.row = "C"), "/rows/2/parent/row", /No row "C" in form MY-FORM/, /Không có dòng mã "C"/],
  ["heading as a parent", (t) => (t.rows[1].kind = "heading"), "/rows/2/parent/row", /heading with no figures/, /dòng tiêu đề/],
  ["parents in a cycle", (t) => (t.rows[1].parent = { row: "B.1", relation: "subset" }), "/rows/1/parent/row", /Cycle: B → B\.1 → B/, /Vòng lặp/],
  ["under a row that does not exist", (t) => (t.rows[2].under = "X"), "/rows/2/under", /No row "X"/, /Không có dòng/],
  ["rule naming an unknown row", (t) => (t.rules[0].expr = 'row("D") == row("A") + row("E")'), "/rules/0/expr", /No row "E" in form MY-FORM/, /Không có dòng mã "E"/],
  ["rule naming an unknown column", (t) => (t.rules[0].columns = ["2", "9"]), "/rules/0/columns/1", /No column "9"/, /Không có cột mã "9"/],
  ["rule in a label column", (t) => (t.rules[0].columns = ["1"]), "/rules/0/columns/0", /carries no figures/, /không chứa số liệu/],
  ["rule calling a function not allowed", (t) => (t.rules[0].expr = 'row("D") == sum(row("A"), row("B"))'), "/rules/0/expr", /Function sum is not allowed; only row, col, cell, formCell, coalesce/, /Không được gọi hàm sum/],
  ["rule with a bare code", (t) => (t.rules[0].expr = "D == A + B"), "/rules/0/expr", /Unknown name D/, /Tên D không hợp lệ/],
  ["rule that does not parse", (t) => (t.rules[0].expr = 'row("D") == (row("A")'), "/rules/0/expr", /cannot be parsed/, /không đọc được/],
  ["rule that is no comparison", (t) => (t.rules[0].expr = 'row("A") + row("B")'), "/rules/0/expr", /must be a comparison/, /phép so sánh/],
  ["rule over rows without its columns", (t) => delete t.rules[0].columns, "/rules/0/columns", /"columns" \(where it applies\) is required/, /phải nêu "columns"/],
  ["ratio column without a formula", (t) => delete t.columns[3].formula, "/columns/3/formula", /Ratio column "4" needs a formula/, /Cột tỷ lệ "4" phải có công thức/],
  ["column formula over an unknown column", (t) => (t.columns[3].formula = 'col("2") * 100 / col("5")'), "/columns/3/formula", /No column "5"/, /Không có cột/],
  ["column formula using itself", (t) => (t.columns[3].formula = 'col("4") * 100'), "/columns/3/formula", /cannot use itself/, /chính nó/],
  ["weighted mean by a row that does not exist", (t) => (t.rows[5].aggregate.weight = "DV"), "/rows/5/aggregate/weight", /No row "DV"/, /Không có dòng mã "DV"/],
  ["average without a weighted mean", (t) => delete t.rows[5].aggregate, "/rows/5/aggregate", /must aggregate as a weighted mean/, /bình quân gia quyền/],
  ["X in a column that does not exist", (t) => (t.rows[0].notApplicable = ["7"]), "/rows/0/notApplicable/0", /No column "7"/, /Không có cột/],
  ["two rows of one parent with the same label", (t) => (t.rows[3].aliases = ["KẾT  NẠP"]), "/rows/3/aliases/0", /also names row "B\.1" under the same parent/, /không phân biệt được/],
  ["rule for a period the form has not", (t) => (t.rules[0].periods = ["half"]), "/rules/0/periods/0", /no "half" period/, /không bao giờ áp dụng/],
  ["range upside down", (t) => (t.rows[5].range = { min: 100, max: 18 }), "/rows/5/range", /min is above max/, /Cận dưới/],
];

describe("a broken template", () => {
  it.each(CASES)("%s: a clear error naming the field", (_what, mutate, pointer, en, vi) => {
    const problems = problemsOf(mutate);
    const at = problems.filter((p) => p.pointer === pointer);
    expect(at, formatProblems(problems, "en")).not.toEqual([]);
    expect(at.map((p) => p.en).join("\n")).toMatch(en);
    expect(at.map((p) => p.vi).join("\n")).toMatch(vi);
  });

  it("the base template itself is fine, so each case above fails for its own reason", () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it("may repeat a label under another parent (Tặng bằng khen under a) … d))", () => {
    expect(problemsOf((t) => t.rows.push({ code: "C", label: "Giảm", kind: "count" }, { code: "C.1", label: "Kết nạp", kind: "count", under: "C" }))).toEqual([]);
  });

  it("reports every problem at once, not only the first", () => {
    const problems = problemsOf((t) => {
      delete t.id;
      t.version = 0;
      t.rows[0].kind = "total";
    });
    expect(problems.map((p) => p.pointer).sort()).toEqual(["/id", "/rows/0/kind", "/version"]);
  });

  it.each([null, 42, "BTCTW-1", [], [{ id: "X" }], {}, { id: "X", version: 1, title: "T", periodKinds: ["year"], columns: [{}], rows: [{}] }])(
    "never throws, whatever the JSON holds: %j",
    (json) => {
      const r = loadForm(json);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
    },
  );

  it("that is not JSON is one problem about the whole file", () => {
    const r = parseForm('{ "id": "X", ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].pointer).toBe("");
      expect(r.problems[0].vi).toMatch(/không phải JSON hợp lệ/);
    }
  });

  it("is described line by line, in Vietnamese by default", () => {
    const text = formatProblems(problemsOf((t) => delete t.id));
    expect(text).toBe('/id: Thiếu trường bắt buộc "id"');
  });

  it("accepts a file saved with a byte-order mark", () => {
    expect(parseForm(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
  });
});
