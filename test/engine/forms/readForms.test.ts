import { describe, expect, it } from "vitest";
import { readFormSheet } from "../../../src/engine/forms/read/readFormSheet";
import { matchSheet } from "../../../src/engine/forms/read/match";
import { cellNumbering, splitNumbering } from "../../../src/engine/forms/read/labels";
import type { FormSheetReport } from "../../../src/engine/forms/types";
import { parseA1, type Cell, type CellValue, type Grid } from "../../../src/engine/grid";
import { builtInForm, builtInForms } from "../../../src/templates/form/registry";
import type { FormTemplate } from "../../../src/templates/form/types";
import { layOutForm, type FormLayout } from "../../support/formGrid";

const FORMS = builtInForms();
const BTCTW = FORMS.filter((f) => f.id !== "BC-XDD");
const form = (id: string) => builtInForm(id)!;

/** The reading every variant must give: every row, every figure in its cell, the unit, the period, the date. */
function expectFullRead(f: FormTemplate, layout: FormLayout, period: string) {
  const laid = layOutForm(f, layout);
  const { report, findings } = readFormSheet(laid.grid, f, "don-vi.xlsx");
  expect(findings).toEqual([]);
  expect(report).not.toBeNull();
  const r = report!;
  expect(Object.keys(r.rows).sort()).toEqual(f.rows.map((x) => x.code).sort());
  for (const row of f.rows) {
    expect(r.rows[row.code].cell, row.code).toBe(laid.labelCellOf(row.code));
    if (row.kind === "heading") {
      expect(r.values[row.code]).toBeUndefined();
      continue;
    }
    for (const col of f.columns.filter((c) => c.kind === "value" || c.kind === "ratio")) {
      const fig = r.values[row.code][col.code];
      expect(fig.cell, `${row.code}/${col.code}`).toBe(laid.cellOf(row.code, col.code));
      expect(fig.value, `${row.code}/${col.code}`).toBe(laid.placed[row.code][col.code]);
      expect(fig.invalid).toBe(false);
    }
  }
  expect(r.unit.name).toBe("ĐẢNG ỦY CÔNG TY ĐIỆN LỰC");
  expect(r.unit.type).toBe("Đảng bộ cơ sở");
  expect(r.period?.label).toBe(period);
  expect(r.reportDate).toBe("2023-07-05");
  expect(r.form).toBe(f.id);
  expect(r.sheet).toBe(laid.grid.name);
  expect(matchSheet(laid.grid, FORMS)?.form.id).toBe(f.id);
  return r;
}

const LAYOUTS: [string, FormLayout][] = [
  ["as printed", {}],
  ["numbering in a TT column", { numberingIn: "tt" }],
  ["numbering in the label", { numberingIn: "label" }],
  ["one header row, no numbering row", { headerRows: 1, numbering: "none" }],
  ["three header rows with merges", { headerRows: 3 }],
  ["numbering row (1) | (2) | …", { numbering: "paren" }],
  ["numbering row of plain numbers", { numbering: "plain" }],
  ["numbering row of the template's variants (4 = 2:3, 2=3+4)", { numbering: "variant" }],
  ["TT column and an A | B | 1 | 2 numbering row that disagrees with the form's numbers", { numberingIn: "tt", numbering: "letters" }],
  ["no merged areas recorded (as a CSV gives)", { merges: false }],
  ["decomposed Unicode (NFD)", { nfd: true }],
  ["rows reordered within their parent, blank rows", { reorder: true, blankRows: true }],
  ["labels written as their aliases", { aliases: true }],
  ["vi-VN numbers as text, a Ghi chú column, the table moved down and right", { numbersAsText: true, noteColumn: true, top: 4, left: 3 }],
  ["TT column, reordered, NFD, one header row", { numberingIn: "tt", reorder: true, nfd: true, headerRows: 1 }],
];

describe("reading every built-in form in the layouts units use", () => {
  for (const f of BTCTW) {
    const period = f.periodKinds.includes("half") ? "6 tháng đầu năm 2023" : "Năm 2023";
    for (const [name, layout] of LAYOUTS) it(`${f.id}: ${name}`, () => expectFullRead(f, layout, period));
    for (const marker of f.markerVariants ?? []) it(`${f.id}: marker ${marker}`, () => expectFullRead(f, { marker }, period));
    // `HRê` and `XTiêng` (BTCTW-3DT) are no Vietnamese syllables, so TCVN3 decoding (legacyText.ts) leaves them.
    if (f.id !== "BTCTW-3DT") it(`${f.id}: TCVN3 (.VnTime) text`, () => expectFullRead(f, { tcvn3: true }, period));
  }

  it("BTCTW-3DT printed as two halves side by side: each row from its half's columns", () => {
    const f = form("BTCTW-3DT");
    const r = expectFullRead(f, { halvesAt: "I.33" }, "Năm 2023");
    expect(r.columns).toEqual({ "1": 0, "2": 1, "3": 2, "4": 3, "5": 4 });
    expect(r.values["I.40"]["3"].cell.startsWith("H")).toBe(true);
    expect(r.values["I.1"]["3"].cell.startsWith("C")).toBe(true);
  });

  it("BTCTW-3DT in TCVN3 reads every row whose name is Vietnamese", () => {
    const f = form("BTCTW-3DT");
    const { report } = readFormSheet(layOutForm(f, { tcvn3: true }).grid, f, "x.xls");
    expect(Object.keys(report!.rows).length).toBe(f.rows.length - 2);
  });

  it("records the header rows, the numbering row and the columns", () => {
    const f = form("BTCTW-5");
    const laid = layOutForm(f, { top: 2, left: 1 });
    const r = readFormSheet(laid.grid, f, "x.xlsx").report!;
    expect(r.header.last - r.header.first).toBe(2);
    expect(r.header.numberingRow).toBe(r.header.last + 1);
    expect(r.columns).toEqual({ "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7 });
    expect(r.version).toBe(f.version);
  });
});

describe("the numbering before a label", () => {
  it.each([
    ["B - Đảng viên tăng trong kỳ", "B", "Đảng viên tăng trong kỳ"],
    ["1. Kết nạp", "1", "Kết nạp"],
    ["1 - Kết nạp", "1", "Kết nạp"],
    ["a. Tỉnh khác chuyển đến", "a", "Tỉnh khác chuyển đến"],
    ["a) Công lập", "a", "Công lập"],
    ["(a) Công lập", "a", "Công lập"],
    ["II. Phân tích đảng viên mới kết nạp", "II", "Phân tích đảng viên mới kết nạp"],
    ["- Nữ", "•", "Nữ"],
    ["+ Công nhân, lao động trực tiếp sản xuất", "•", "Công nhân, lao động trực tiếp sản xuất"],
    ["Trong đó: - Nữ", "•", "Nữ"],
    ["Trong đó: Đảng viên dự bị", "•", "Đảng viên dự bị"],
    ["-Nữ", "•", "Nữ"],
    ["Ê - đê", "", "Ê - đê"],
    ["M.Nông", "", "M.Nông"],
    ["Q.tịch gốc nước ngoài", "", "Q.tịch gốc nước ngoài"],
    ["Từ 18 - 30 tuổi", "", "Từ 18 - 30 tuổi"],
    ["2.465 đảng viên", "", "2.465 đảng viên"],
    ["Bru - Vân Kiều", "", "Bru - Vân Kiều"],
  ])("%s", (text, key, rest) => {
    const s = splitNumbering(text);
    expect(s.numbering.key).toBe(key);
    expect(s.rest).toBe(rest);
  });

  it.each([
    ["I", "I"],
    ["1.", "1"],
    ["a)", "a"],
    ["B -", "B"],
    ["-", "•"],
    ["Trong đó:", "•"],
    ["Cộng", ""],
  ])("TT cell %s", (text, key) => expect(cellNumbering(text).key).toBe(key));
});

/** Sets one cell of a grid (tests only). */
function setCell(grid: Grid, ref: string, v: CellValue | Cell | undefined) {
  const { r, c } = parseA1(ref)!;
  const row = (grid.cells[r] ??= []);
  row[c] = v === undefined || v === null ? undefined : typeof v === "object" && "v" in v ? v : { v };
  grid.colCount = Math.max(grid.colCount, c + 1);
}

const read = (f: FormTemplate, layout: FormLayout = {}, edit?: (laid: ReturnType<typeof layOutForm>) => void) => {
  const laid = layOutForm(f, layout);
  edit?.(laid);
  const out = readFormSheet(laid.grid, f, "don-vi.xlsx");
  return { ...out, report: out.report as FormSheetReport, laid };
};
const rules = (findings: { rule: string }[]) => findings.map((x) => x.rule);

describe("rows matched within their parent, never by position alone", () => {
  it("`Tặng bằng khen` under five parents (BTCTW-7), rows reversed within each parent", () => {
    const { report, laid, findings } = read(form("BTCTW-7"), { reorder: true });
    expect(findings).toEqual([]);
    for (const code of ["I.1.a.BK", "I.1.b.BK", "I.1.c.BK", "I.1.d.BK", "I.2.BK", "IV.1.DI", "IV.2.DI"]) expect(report.rows[code].cell).toBe(laid.labelCellOf(code));
  });

  it("`Sơ cấp` under 5. (professional) and 7. (political theory) of BTCTW-3", () => {
    const f = form("BTCTW-3");
    const { report, laid, findings } = read(f, {}, (l) => setCell(l.grid, l.labelCellOf("II.5.SC"), "- Sơ cấp"));
    expect(findings).toEqual([]);
    expect(report.rows["II.5.SC"].cell).toBe(laid.labelCellOf("II.5.SC"));
    expect(report.rows["II.7.SC"].cell).toBe(laid.labelCellOf("II.7.SC"));
  });

  it("a TT number that disagrees with the name: the name wins (BTCTW-3DT rows 11–12)", () => {
    const f = form("BTCTW-3DT");
    const { report, laid, findings } = read(f, {}, (l) => {
      const [a, b] = [l.labelCellOf("I.11"), l.labelCellOf("I.12")];
      const ttOf = (ref: string) => `A${parseA1(ref)!.r + 1}`;
      setCell(l.grid, ttOf(a), 12);
      setCell(l.grid, ttOf(b), 11);
    });
    expect(findings).toEqual([]);
    expect(report.rows["I.11"].cell).toBe(laid.labelCellOf("I.11"));
    expect(report.rows["I.12"].cell).toBe(laid.labelCellOf("I.12"));
  });

  it("labels as units write them: other numbering marks, `Trong đó:` before a bullet, hyphens and spaces in names, `chia ra:` dropped", () => {
    const edits: [string, string, string][] = [
      ["BTCTW-1", "A", "A. Tổng số đảng viên cuối kỳ trước chuyển sang"],
      ["BTCTW-1", "B.2.a", "a) Tỉnh khác chuyển đến"],
      ["BTCTW-1", "C.3.DB", "- Trong đó: Đảng viên dự bị"],
      ["BTCTW-2", "I.NU", "Trong đó: - Nữ"],
      ["BTCTW-2", "II.1.DN", "- Lãnh đạo, quản lý và lao động trong các doanh nghiệp"],
      ["BTCTW-2", "II.2.T1830", "- Từ 18-30 tuổi"],
      ["BTCTW-5", "6.a", "a. Công lập"],
      ["BTCTW-5", "CONG", "Cộng"],
      ["BTCTW-5", "11", "11. Loại hình cơ sở khác"],
      ["BTCTW-3DT", "I.5", "Khơ Me"],
      ["BTCTW-3DT", "I.20", "Mnông"],
      ["BTCTW-3DT", "I.8", "H'Mông"],
      ["BTCTW-7", "I.2", "2. SỐ ĐẢNG VIÊN ĐƯỢC KHEN, CHIA RA:"],
    ];
    for (const [id, code, label] of edits) {
      const f = form(id);
      const { report, laid, findings } = read(f, {}, (l) => setCell(l.grid, l.labelCellOf(code), label));
      expect(findings, `${id} ${label}`).toEqual([]);
      expect(report.rows[code].cell, `${id} ${label}`).toBe(laid.labelCellOf(code));
      expect(report.rows[code].label.endsWith(label)).toBe(true);
    }
  });

  it("headings carry no figures: a total typed on a heading is neither read nor a finding (BTCTW-7 II)", () => {
    const { report, findings } = read(form("BTCTW-7"), { values: { II: { "2": 55, "3": 40 } } });
    expect(findings).toEqual([]);
    expect(report.values.II).toBeUndefined();
    expect(report.rows.II).toBeDefined();
  });

  it("a heading left out is no ROW_MISSING, and its children are still found (BTCTW-2 II, II.1)", () => {
    const { report, findings } = read(form("BTCTW-2"), { omit: ["II", "II.1"] });
    expect(findings).toEqual([]);
    expect(report.rows["II.1.CCNN"]).toBeDefined();
  });
});

describe("structure findings", () => {
  it("ROW_MISSING for a row left out, not for an optional row (BTCTW-2 - Nữ)", () => {
    const f = form("BTCTW-2");
    expect(read(f, { omit: ["I.NU", "I.TG"] }).findings).toEqual([]);
    const { findings } = read(f, { omit: ["I.DTTS"] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "ROW_MISSING", severity: "error", form: "BTCTW-2", indicator: "I.DTTS", cell: null, sheet: "BTCTW-2", file: "don-vi.xlsx" });
    expect(findings[0].message.vi).toContain("Dân tộc thiểu số");
    expect(findings[0].message.en).toContain("I.DTTS");
  });

  it("ROW_UNKNOWN for a numbered row with figures the form does not know (Generation A's E), none for one without figures (G)", () => {
    const f = form("BTCTW-1");
    const { findings, laid } = read(f, {
      extraRows: [
        { label: "E - Chênh lệch (chuyển đi - chuyển đến)", values: { "2": 3, "3": 1 } },
        { label: "G - Đảng viên có mặt đến cuối kỳ báo cáo" },
      ],
    });
    expect(rules(findings)).toEqual(["ROW_UNKNOWN"]);
    expect(findings[0]).toMatchObject({ severity: "warning", form: "BTCTW-1", indicator: null });
    expect(findings[0].message.vi).toContain("Chênh lệch");
    expect(parseA1(findings[0].cell!)!.r).toBe(Math.max(...Object.values(laid.rowOf)) + 1);
  });

  it("ROW_UNKNOWN for a third transfer row `c. Trong huyện chuyển đến` with figures", () => {
    const { findings, report } = read(form("BTCTW-1"), { extraRows: [{ after: "B.2.b", label: "c. Trong huyện chuyển đến", values: { "2": 2 } }] });
    expect(rules(findings)).toEqual(["ROW_UNKNOWN"]);
    expect(Object.keys(report.rows)).toHaveLength(17);
  });

  it("ROW_DUPLICATE when two rows of one form row both carry figures; a blank repeat is the template's own line (BTCTW-5 9.a)", () => {
    const f = form("BTCTW-5");
    const blankRepeat = read(f, { extraRows: [{ after: "9.a.DUOI50", label: "a) Doanh nghiệp có vốn Nhà nước" }] });
    expect(blankRepeat.findings).toEqual([]);
    const filled = read(f, { extraRows: [{ after: "9.a.DUOI50", label: "a) Doanh nghiệp có vốn Nhà nước", values: { "2": 4 } }] });
    expect(rules(filled.findings)).toEqual(["ROW_DUPLICATE"]);
    expect(filled.findings[0]).toMatchObject({ severity: "error", indicator: "9.a", form: "BTCTW-5" });
    expect(filled.findings[0].message.en).toContain(filled.laid.labelCellOf("9.a"));
    expect(filled.report.rows["9.a"].cell).toBe(filled.laid.labelCellOf("9.a"));
  });

  it("a filled repeat takes the place of a blank first line", () => {
    const f = form("BTCTW-5");
    const blank = Object.fromEntries(["2", "3", "4", "5", "6", "7"].map((c) => [c, null]));
    const { findings, report, laid } = read(f, { values: { "9.a": blank }, extraRows: [{ after: "9.a.DUOI50", label: "a) Doanh nghiệp có vốn Nhà nước", values: { "2": 4 } }] });
    expect(findings).toEqual([]);
    expect(report.rows["9.a"].cell).not.toBe(laid.labelCellOf("9.a"));
    expect(report.values["9.a"]["2"].value).toBe(4);
  });
});

describe("values", () => {
  const f1 = form("BTCTW-1");
  it("VALUE_NOT_NUMBER for text and error values, with form, row and column", () => {
    const { findings, report, laid } = read(f1, { values: { "B.1": { "2": "năm", "3": { error: "#REF!" } } } });
    expect(rules(findings)).toEqual(["VALUE_NOT_NUMBER", "VALUE_NOT_NUMBER"]);
    expect(findings[0]).toMatchObject({ severity: "error", form: "BTCTW-1", indicator: "B.1", column: "2", cell: laid.cellOf("B.1", "2") });
    expect(findings[1]).toMatchObject({ column: "3", cell: laid.cellOf("B.1", "3") });
    expect(findings[0].message.vi).toContain("cột 2 (Kỳ này)");
    expect(findings[0].message.vi).toContain("“năm”");
    expect(report.values["B.1"]["2"]).toMatchObject({ value: null, invalid: true, marked: false });
  });

  it("VALUE_NEGATIVE, and the figure is still read", () => {
    const { findings, report } = read(f1, { values: { "C.1": { "3": -2 } } });
    expect(rules(findings)).toEqual(["VALUE_NEGATIVE"]);
    expect(findings[0]).toMatchObject({ indicator: "C.1", column: "3" });
    expect(report.values["C.1"]["3"].value).toBe(-2);
  });

  it("VALUE_NOT_INTEGER on a count, not on an average (Tuổi bình quân) nor on a ratio column", () => {
    const f2 = form("BTCTW-2");
    const { findings } = read(f2, { values: { I: { "2": 12.5, "4": 66.67 }, "II.2.TBQ": { "2": 28.6, "3": "31,25" } } });
    expect(rules(findings)).toEqual(["VALUE_NOT_INTEGER"]);
    expect(findings[0]).toMatchObject({ indicator: "I", column: "2" });
    expect(findings[0].message.en).toContain("12.5");
  });

  it("VALUE_AMBIGUOUS for `1.234` typed where decimals are possible, unless the sheet writes vi-VN numbers elsewhere", () => {
    const f2 = form("BTCTW-2");
    const amb = read(f2, { values: { "II.2.TBQ": { "2": "1.234" } } });
    expect(rules(amb.findings)).toEqual(["VALUE_AMBIGUOUS"]);
    expect(amb.findings[0]).toMatchObject({ severity: "warning", indicator: "II.2.TBQ", column: "2" });
    expect(amb.report.values["II.2.TBQ"]["2"].value).toBe(1234);
    const evidence = read(f2, { values: { "II.2.TBQ": { "2": "1.234", "3": "28,5" } } });
    expect(evidence.findings).toEqual([]);
    // A count is whole: `1.234` can only be 1234.
    const count = read(f2, { values: { I: { "2": "1.234" } } });
    expect(count.findings).toEqual([]);
    expect(count.report.values.I["2"].value).toBe(1234);
  });

  it("blank markers are no figure; x and X are no figure and marked", () => {
    const { findings, report } = read(f1, { values: { B: { "2": "-", "3": "—", "4": "" }, C: { "2": "x", "3": "X", "4": ".." } } });
    expect(findings).toEqual([]);
    expect(report.values.B["2"]).toMatchObject({ value: null, invalid: false, marked: false });
    expect(report.values.B["3"]).toMatchObject({ value: null, marked: false });
    expect(report.values.B["4"]).toMatchObject({ value: null, marked: false });
    expect(report.values.C["2"]).toMatchObject({ value: null, invalid: false, marked: true });
    expect(report.values.C["3"]).toMatchObject({ value: null, marked: true });
    expect(report.values.C["4"]).toMatchObject({ value: null, marked: false });
  });

  it("an X in a cell the form marks not applicable is marked, not a finding", () => {
    const f = structuredClone(f1) as FormTemplate;
    f.rows.find((r) => r.code === "A")!.notApplicable = ["4"];
    const { findings, report } = read(f);
    expect(findings).toEqual([]);
    expect(report.values.A["4"]).toMatchObject({ value: null, marked: true, invalid: false });
  });

  it("a ratio column in points: a %-formatted fraction, text with %, and the decimals shown", () => {
    const { findings, report } = read(f1, { values: { A: { "4": { v: 0.6667, z: "0.00%" } }, B: { "4": "104,5%" }, C: { "4": 66.7 } } });
    expect(findings).toEqual([]);
    expect(report.values.A["4"]).toMatchObject({ value: 66.67, decimals: 2 });
    expect(report.values.B["4"]).toMatchObject({ value: 104.5, decimals: 1 });
    expect(report.values.C["4"]).toMatchObject({ value: 66.7, decimals: 1 });
  });

  it("vi-VN numbers in text: grouping dots and decimal commas", () => {
    const { findings, report } = read(form("BTCTW-3"), { values: { I: { "2": "1.251", "3": "1.198" }, "II.2.TBQ": { "2": "38,4" } } });
    expect(findings).toEqual([]);
    expect(report.values.I["2"].value).toBe(1251);
    expect(report.values["II.2.TBQ"]["2"]).toMatchObject({ value: 38.4, decimals: 1 });
  });
});

describe("unit, period and report date", () => {
  const f1 = form("BTCTW-1");
  it("the unit is the last organisation line top left, under the superior committee", () => {
    expect(read(f1, { unitLines: ["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "CHI BỘ CÔNG TY CP DU LỊCH TRÀNG AN"] }).report.unit).toMatchObject({ name: "CHI BỘ CÔNG TY CP DU LỊCH TRÀNG AN", type: "Chi bộ cơ sở" });
    expect(read(f1, { unitLines: ["HUYỆN ỦY GIA VIỄN", "BAN TỔ CHỨC"] }).report.unit.name).toBe("HUYỆN ỦY GIA VIỄN");
  });

  it("an explicit `Đơn vị báo cáo:` line wins", () => {
    const { report, findings } = read(f1, { unitLabel: "Đảng bộ Công ty Điện lực Ninh Bình" });
    expect(findings).toEqual([]);
    expect(report.unit.name).toBe("Đảng bộ Công ty Điện lực Ninh Bình");
  });

  it("META_UNIT when no unit is named", () => {
    const { findings, report } = read(f1, { unitLines: ["ĐẢNG CỘNG SẢN VIỆT NAM"] });
    expect(rules(findings)).toEqual(["META_UNIT"]);
    expect(findings[0]).toMatchObject({ severity: "error", form: "BTCTW-1", cell: null, indicator: null });
    expect(report.unit.name).toBe("");
  });

  it.each([
    ["6 THÁNG ĐẦU NĂM 2023", "6 tháng đầu năm 2023"],
    ["NĂM 2023", "Năm 2023"],
    ["Có đến 31/12/2023", "Năm 2023"],
    ["(Có đến ngày 31 tháng 12 năm 2023)", "Năm 2023"],
    ["Có đến 30/6/2023", "6 tháng đầu năm 2023"],
    ["6 tháng năm 2023", "6 tháng đầu năm 2023"],
  ])("period %s", (period, label) => {
    const { report, findings } = read(f1, { period });
    expect(findings).toEqual([]);
    expect(report.period?.label).toBe(label);
    expect(report.periodText?.text).toBe(period);
  });

  it("the period on the title's own line", () => {
    expect(read(f1, { periodInTitle: true }).report.period?.label).toBe("6 tháng đầu năm 2023");
  });

  it("META_PERIOD: missing, or written but not understood (the blank template's `NĂM 20…`)", () => {
    const missing = read(f1, { period: null });
    expect(rules(missing.findings)).toEqual(["META_PERIOD"]);
    expect(missing.findings[0].message.en).toContain("missing");
    const unclear = read(f1, { period: ".....NĂM 20....." });
    expect(rules(unclear.findings)).toEqual(["META_PERIOD"]);
    expect(unclear.findings[0].message.vi).toContain("NĂM 20");
    expect(unclear.findings[0].cell).toBe(unclear.report.periodText?.cell);
  });

  it("META_PERIOD: a period understood but not the form's (a quarter on the six-monthly Biểu 1), kept for the consolidation", () => {
    const quarter = read(f1, { period: "QUÝ I NĂM 2023" });
    expect(rules(quarter.findings)).toEqual(["META_PERIOD"]);
    expect(quarter.findings[0].message.vi).toContain("6 tháng hoặc năm");
    expect(quarter.findings[0].message.en).toContain("half-years or years");
    expect(quarter.findings[0].cell).toBe(quarter.report.periodText?.cell);
    expect(quarter.report.period?.label).toBe("Quý I/2023");
    // A period of the form's own kind is no finding.
    expect(rules(read(f1, { period: "6 THÁNG ĐẦU NĂM 2023" }).findings)).toEqual([]);
  });

  it("the date line in the footer; none at all", () => {
    expect(read(f1, { dateLine: "footer" }).report.reportDate).toBe("2023-07-05");
    expect(read(f1, { dateLine: "none" }).report.reportDate).toBeNull();
  });

  it("a sheet without the form's table gives no report and no finding", () => {
    expect(readFormSheet(layOutForm(form("BTCTW-1")).grid, form("BTCTW-5"), "x.xlsx")).toEqual({ report: null, findings: [] });
  });
});
