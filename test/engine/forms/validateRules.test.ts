import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/engine/findings";
import type { FormSheetReport } from "../../../src/engine/forms/types";
import { validateFormReport } from "../../../src/engine/forms/validate";
import { builtInForm, loadForm, type FormTemplate } from "../../../src/templates/form";
import { consistentReport, figureOf, withFigure, type FillOptions } from "../../support/formReport";

const form = (id: string) => builtInForm(id) as FormTemplate;
const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.indicator}/${f.column}`).sort();

type Tweak = (r: FormSheetReport) => FormSheetReport;
/** Adds `delta` to a cell. */
const add = (row: string, column: string, delta: number): Tweak => (r) => withFigure(r, row, column, figureOf(r, row, column) + delta);
const set = (row: string, column: string, value: number | null): Tweak => (r) => withFigure(r, row, column, value);
const invalid = (row: string, column: string): Tweak => (r) => withFigure(r, row, column, { value: null, invalid: true });
const all = (...tweaks: Tweak[]): Tweak => (r) => tweaks.reduce((x, t) => t(x), r);
/** Sets a cell to `f(report)`: a figure that depends on the consistent ones. */
const setTo = (row: string, column: string, f: (r: FormSheetReport) => number): Tweak => (r) => withFigure(r, row, column, f(r));

interface Case {
  name: string;
  form: string;
  tweak: Tweak;
  /** `RULE row/column`, sorted: every finding, so a rule that misfires elsewhere fails the case too. */
  expected: string[];
  options?: FillOptions;
}

function run(c: Case): Finding[] {
  const f = form(c.form);
  return validateFormReport(c.tweak(consistentReport(f, c.options)), f);
}

describe("SUM_ROWS: a parent row and its chia ra parts", () => {
  const cases: Case[] = [
    { name: "a part off by one", form: "BTCTW-1", tweak: all(add("B.2.a", "2", 1), set("B.2.a", "4", null)), expected: ["SUM_ROWS B.2/2"] },
    { name: "in the other column too", form: "BTCTW-1", tweak: all(add("C.5.b", "3", -1), set("C.5.b", "4", null)), expected: ["SUM_ROWS C.5/3"] },
    { name: "a part with no figure counts as 0 while the total has one", form: "BTCTW-1", tweak: all(set("B.2.b", "2", null), set("B.2.b", "4", null)), expected: ["SUM_ROWS B.2/2"] },
    { name: "a part with no figure that was 0 anyway", form: "BTCTW-7", tweak: all(set("I.1.a.CO", "2", null), setTo("I.1.a", "2", (r) => figureOf(r, "I.1.a.BK", "2")), set("I.1.a", "4", null), set("I.1.a.CO", "4", null)), expected: [] },
    { name: "every part blank while the total has a figure", form: "BTCTW-7", tweak: all(set("IV.1.DI", "2", null), set("IV.1.DEN", "2", null), set("IV.1.DI", "4", null), set("IV.1.DEN", "4", null)), expected: ["SUM_ROWS IV.1/2"] },
    { name: "a total with no figure skips the rule", form: "BTCTW-7", tweak: all(set("I.1.a", "2", null), set("I.1.a", "4", null), add("I.1.a.CO", "2", 5), set("I.1.a.CO", "4", null)), expected: [] },
    { name: "a part that is not a number skips the rule (VALUE_NOT_NUMBER says it)", form: "BTCTW-1", tweak: all(invalid("B.2.a", "2"), add("B.2.b", "2", 3), set("B.2.b", "4", null)), expected: [] },
    { name: "three partitions of one row, the age bands broken", form: "BTCTW-2", tweak: all(add("II.2.T3135", "2", 1), set("II.2.T3135", "4", null)), expected: ["SUM_ROWS I/2"] },
    { name: "the Cộng row of BTCTW-5 (also its total column)", form: "BTCTW-5", tweak: add("11", "5", 2), expected: ["SUM_ROWS CONG/5"] },
  ];
  it.each(cases)("$form: $name", (c) => expect(summary(run(c))).toEqual(c.expected));
});

describe("SUBSET_ROW: a Trong đó row at most its whole", () => {
  const cases: Case[] = [
    { name: "above its whole", form: "BTCTW-1", tweak: all(setTo("C.3.DB", "2", (r) => figureOf(r, "C.3", "2") + 1), set("C.3.DB", "4", null)), expected: ["SUBSET_ROW C.3.DB/2"] },
    { name: "equal to its whole", form: "BTCTW-1", tweak: all(setTo("C.3.DB", "2", (r) => figureOf(r, "C.3", "2")), set("C.3.DB", "4", null)), expected: [] },
    { name: "no figure in the part", form: "BTCTW-1", tweak: all(set("C.3.DB", "2", null), set("C.3.DB", "4", null)), expected: [] },
    // The whole blank: SUBSET_ROW is skipped; the sum C still counts the blank part C.3 as 0.
    { name: "no figure in the whole", form: "BTCTW-1", tweak: all(set("C.3", "2", null), set("C.3", "4", null), setTo("C.3.DB", "2", () => 10_000), set("C.3.DB", "4", null)), expected: ["SUM_ROWS C/2"] },
    { name: "a group of non-overlapping parts above the whole, reported at the whole", form: "BTCTW-2", tweak: all(setTo("II.5.PGS", "3", (r) => figureOf(r, "I", "3")), set("II.5.PGS", "4", null)), expected: ["SUBSET_ROW I/3"] },
    { name: "a Trong đó row of a stock form", form: "BTCTW-3", tweak: all(setTo("I.DB", "2", (r) => figureOf(r, "I", "2") + 3), set("I.DB", "4", null)), expected: ["SUBSET_ROW I.DB/2"] },
  ];
  it.each(cases)("$form: $name", (c) => expect(summary(run(c))).toEqual(c.expected));
});

describe("SUBSET_COL and SUM_COLS: columns", () => {
  const cases: Case[] = [
    // Nữ above Tổng số in one row; row I's nữ raised as much so that the column still adds up.
    {
      name: "SUBSET_COL: nữ above the total of its row",
      form: "BTCTW-3DT",
      tweak: (r) => {
        const delta = figureOf(r, "I.5", "3") - figureOf(r, "I.5", "4") + 1;
        return all(add("I.5", "4", delta), add("I", "4", delta))(r);
      },
      expected: ["SUBSET_COL I.5/4"],
    },
    { name: "SUBSET_COL: nữ equal to the total", form: "BTCTW-3DT", tweak: (r) => { const d = figureOf(r, "I.5", "3") - figureOf(r, "I.5", "4"); return all(add("I.5", "4", d), add("I", "4", d))(r); }, expected: [] },
    { name: "SUBSET_COL: total blank", form: "BTCTW-3DT", tweak: (r) => all(set("II.3", "3", null), set("II.3", "5", null), add("II.1", "3", figureOf(r, "II.3", "3")), set("II.1", "5", null))(r), expected: [] },
    { name: "SUM_COLS: the total column off", form: "BTCTW-5", tweak: all(add("9.c", "2", 1), add("9", "2", 1), add("CONG", "2", 1)), expected: ["SUM_COLS 9.c/2", "SUM_COLS 9/2", "SUM_COLS CONG/2"].sort() },
    { name: "SUM_COLS: a part column blank counts as 0", form: "BTCTW-5", tweak: (r) => all(set("10", "4", null), add("10", "3", figureOf(r, "10", "4")))(r), expected: ["SUM_ROWS CONG/3", "SUM_ROWS CONG/4"] },
    { name: "SUM_COLS: the total column blank", form: "BTCTW-5", tweak: all(set("10", "2", null), add("CONG", "2", 0)), expected: ["SUM_ROWS CONG/2"] },
  ];
  it.each(cases)("$form: $name", (c) => expect(summary(run(c))).toEqual(c.expected));
});

describe("ROW_FORMULA: BTCTW-1 D = A + B − C", () => {
  const cases: Case[] = [
    { name: "D off", form: "BTCTW-1", tweak: all(add("D", "2", 2), set("D", "4", null)), expected: ["ROW_FORMULA D/2"] },
    { name: "D off in column 3", form: "BTCTW-1", tweak: all(add("D", "3", -1), set("D", "4", null)), expected: ["ROW_FORMULA D/3"] },
    { name: "D blank: skipped", form: "BTCTW-1", tweak: all(set("D", "2", null), set("D", "4", null)), expected: [] },
    { name: "A (a stock) blank: skipped, not read as 0", form: "BTCTW-1", tweak: all(set("A", "2", null), set("A", "4", null)), expected: [] },
    { name: "C (a flow) blank with its parts: counts as 0", form: "BTCTW-1", tweak: all(set("C", "2", null), set("C", "4", null)), expected: ["ROW_FORMULA D/2"] },
    { name: "B not a number: skipped", form: "BTCTW-1", tweak: all(invalid("B", "2"), add("D", "2", 7), set("D", "4", null)), expected: [] },
  ];
  it.each(cases)("$form: $name", (c) => expect(summary(run(c))).toEqual(c.expected));
});

describe("VALUE_RANGE: the average age of BTCTW-2 and BTCTW-3, the shares of BTCTW-3DT", () => {
  const age = (v: number | null): Tweak => all(set("II.2.TBQ", "2", v), set("II.2.TBQ", "4", null));
  const cases: Case[] = [
    { name: "250", form: "BTCTW-2", tweak: age(250), expected: ["VALUE_RANGE II.2.TBQ/2"] },
    { name: "17,9", form: "BTCTW-2", tweak: age(17.9), expected: ["VALUE_RANGE II.2.TBQ/2"] },
    { name: "100,1", form: "BTCTW-3", tweak: age(100.1), expected: ["VALUE_RANGE II.2.TBQ/2"] },
    { name: "18", form: "BTCTW-2", tweak: age(18), expected: [] },
    { name: "100", form: "BTCTW-3", tweak: age(100), expected: [] },
    { name: "blank", form: "BTCTW-2", tweak: age(null), expected: [] },
    { name: "a share of 150 %", form: "BTCTW-3DT", tweak: set("I.7", "5", 150), expected: ["PCT_STATED I.7/5", "VALUE_RANGE I.7/5"] },
  ];
  it.each(cases)("$form: $name", (c) => expect(summary(run(c))).toEqual(c.expected));
});

describe("template rules with their own ids (BC-XDĐ): the template's severity", () => {
  const cases: Case[] = [
    { name: "DV_CUOI off: DV_SPLIT and DV_BALANCE", form: "BC-XDD", tweak: add("DV_CUOI", "actual", 1), expected: ["DV_BALANCE DV_CUOI/actual", "DV_SPLIT DV_CUOI/actual"] },
    { name: "a flow of the balance blank counts as 0", form: "BC-XDD", tweak: (r) => all(set("DV_KN", "actual", null), add("DV_CT", "actual", -figureOf(r, "DV_KN", "actual")), add("DV_CUOI", "actual", -figureOf(r, "DV_KN", "actual")))(r), expected: [] },
    { name: "a stock of the balance blank skips it", form: "BC-XDD", tweak: all(set("DV_DAU", "actual", null), add("DV_KN", "actual", 4)), expected: [] },
    { name: "members inspected above members (on the year-to-date figure)", form: "BC-XDD", tweak: all(setTo("KT_DV", "ytd", (r) => figureOf(r, "DV_CUOI", "ytd") + 1), set("KT_DV", "pct", null)), expected: ["KT_DV_GT_MEMBERS KT_DV/figure"] },
    { name: "income out of range", form: "BC-XDD", tweak: all(set("DN_TN", "actual", 8500)), expected: ["INCOME_RANGE DN_TN/actual"] },
  ];
  it.each(cases)("$name", (c) => expect(summary(run(c))).toEqual(c.expected));

  it("take their severity from the template", () => {
    const f = form("BC-XDD");
    const findings = validateFormReport(all(set("DN_TN", "actual", 8500), add("DV_CUOI", "actual", 1))(consistentReport(f)), f);
    expect(Object.fromEntries(findings.map((x) => [x.rule, x.severity]))).toEqual({ INCOME_RANGE: "warning", DV_SPLIT: "error", DV_BALANCE: "error" });
  });

  it("point a rule on the computed figure column at the cell it was read from (year-to-date, else actual)", () => {
    const f = form("BC-XDD");
    const r = all(setTo("KT_DV", "ytd", (x) => figureOf(x, "DV_CUOI", "ytd") + 1), set("KT_DV", "pct", null))(consistentReport(f));
    expect(validateFormReport(r, f)[0].cell).toBe(r.values.KT_DV.ytd.cell);
    const noYtd = all(set("KT_DV", "ytd", null), setTo("KT_DV", "actual", (x) => figureOf(x, "DV_CUOI", "ytd") + 1), set("KT_DV", "pct", null))(consistentReport(f));
    expect(validateFormReport(noYtd, f).map((x) => `${x.rule} ${x.cell}`)).toEqual([`KT_DV_GT_MEMBERS ${noYtd.values.KT_DV.actual.cell}`]);
  });
});

/** BTCTW-1 with a ratio row, a cell marked X and a year-only rule: what no built-in form has. */
function customForm(): FormTemplate {
  const json = JSON.parse(JSON.stringify(form("BTCTW-1")));
  json.id = "DB-1";
  json.rules = json.rules.filter((r: { id: string }) => r.id !== "CROSS_FORM");
  json.rules.push({ id: "B1_LE_B_YEAR", severity: "warning", expr: 'row("B.1") <= row("B") - 1', columns: ["2"], periods: ["year"] });
  json.rows.push({ code: "E", label: "Tỷ lệ kết nạp trên số tăng", kind: "ratio", formula: 'row("B.1") * 100 / row("B")' });
  json.rows.find((r: { code: string }) => r.code === "C.3.DB").notApplicable = ["3"];
  const loaded = loadForm(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.form;
}

describe("NOT_APPLICABLE, ratio rows and period-restricted rules (a committee's own template)", () => {
  const f = customForm();
  const check = (tweak: Tweak, options?: FillOptions) => summary(validateFormReport(tweak(consistentReport(f, options)), f));

  it("a consistent report has none", () => expect(check((r) => r)).toEqual([]));
  it("NOT_APPLICABLE: a figure in a cell marked X, 0 included", () => {
    expect(check(set("C.3.DB", "3", 1))).toEqual(["NOT_APPLICABLE C.3.DB/3"]);
    expect(check(set("C.3.DB", "3", 0))).toEqual(["NOT_APPLICABLE C.3.DB/3"]);
  });
  it("NOT_APPLICABLE: the X itself or a blank is fine", () => {
    expect(check(set("C.3.DB", "3", null))).toEqual([]);
    expect(check((r) => withFigure(r, "C.3.DB", "3", { value: null, marked: true }))).toEqual([]);
  });
  it("NOT_APPLICABLE is a warning", () => {
    const [finding] = validateFormReport(set("C.3.DB", "3", 1)(consistentReport(f)), f);
    expect(finding.severity).toBe("warning");
  });
  it("PCT_STATED on a ratio row, per column", () => {
    expect(check(all(add("E", "2", 3), set("E", "4", null)))).toEqual(["PCT_STATED E/2"]);
    // The whole number on the wrong side of the ratio: within one unit of its last shown digit.
    const wrongSide = (v: number) => (Math.round(v) === Math.floor(v) ? Math.ceil(v) : Math.floor(v));
    expect(check(all(setTo("E", "3", (r) => wrongSide(figureOf(r, "E", "3"))), set("E", "4", null)))).toEqual(["PCT_ROUNDING E/3"]);
  });
  it("a year-only rule applies to a year's report only; not to a half year's, nor to one whose period is unknown", () => {
    const zeroB2: Tweak = (r) => all(set("B.2", "2", 0), set("B.2.a", "2", 0), set("B.2.b", "2", 0), set("B.3", "2", 0), setTo("B.1", "2", (x) => figureOf(x, "B", "2")), set("B.1", "4", null), set("B.2", "4", null), set("B.2.a", "4", null), set("B.2.b", "4", null), set("B.3", "4", null), set("E", "2", 100), set("E", "4", null))(r);
    expect(check(zeroB2, { period: "Năm 2023" })).toEqual(["B1_LE_B_YEAR B.1/2"]);
    expect(check(zeroB2, { period: "6 tháng đầu năm 2023" })).toEqual([]);
    expect(check(zeroB2, { period: null })).toEqual([]);
  });
});
