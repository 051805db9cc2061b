import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/engine/grid";
import { isBlankMarker, parseViNumber, readFigure, readStatedPercent } from "../../src/engine/numbers";

describe("isBlankMarker", () => {
  it.each(["", " ", "\u00A0", "\t\n", "-", "–", "—", " - ", "x", "X", " x ", "/", "..", "...", "…", "--"])(
    "%j is a blank marker",
    (s) => expect(isBlankMarker(s)).toBe(true),
  );
  it.each(["0", "-3", "xx", "abc", ".", "0,0", "x1", "- 3", "//", "n/a"])("%j is not", (s) =>
    expect(isBlankMarker(s)).toBe(false),
  );
});

describe("parseViNumber", () => {
  it.each([
    // [text, value, decimals, ambiguous, viEvidence]
    ["0", 0, 0, false, false],
    ["12", 12, 0, false, false],
    [" 12 ", 12, 0, false, false],
    ["\u00A012\u00A0", 12, 0, false, false],
    ["007", 7, 0, false, false],
    ["-3", -3, 0, false, false],
    ["+5", 5, 0, false, false],
    ["−3", -3, 0, false, false],
    ["-0", 0, 0, false, false],
    ["2.465", 2465, 0, true, false],
    ["1.234", 1234, 0, true, false],
    ["999.999", 999999, 0, true, false],
    ["2.465.000", 2465000, 0, false, true],
    ["1.234.567.890", 1234567890, 0, false, true],
    ["8,1", 8.1, 1, false, true],
    ["77,5", 77.5, 1, false, true],
    ["25,96", 25.96, 2, false, true],
    ["0,775", 0.775, 3, false, true],
    ["1,234", 1.234, 3, false, true],
    ["1,50", 1.5, 2, false, true],
    ["-8,1", -8.1, 1, false, true],
    ["1.234,5", 1234.5, 1, false, true],
    ["2.465.000,25", 2465000.25, 2, false, true],
    ["1 234", 1234, 0, false, false],
    ["1\u00A0234", 1234, 0, false, false],
    ["1 234 567", 1234567, 0, false, false],
    ["1 234,5", 1234.5, 1, false, true],
    ["12.5", 12.5, 1, false, false],
    ["0.775", 0.775, 3, false, false],
    ["0.5", 0.5, 1, false, false],
    ["1.23", 1.23, 2, false, false],
    ["1.2345", 1.2345, 4, false, false],
    ["1234.567", 1234.567, 3, false, false],
    ["-12.5", -12.5, 1, false, false],
  ])("%j → %d (decimals %d, ambiguous %s, vi %s)", (text, value, decimals, ambiguous, viEvidence) => {
    expect(parseViNumber(text)).toEqual({ value, decimals, ambiguous, viEvidence });
  });

  it.each([
    "",
    " ",
    "abc",
    "12a",
    "a12",
    "1,2,3",
    "(3)",
    "12,",
    "12.",
    ",5",
    ".5",
    "1.234.5",
    "1.23.456",
    "0.775.000",
    "1,234.5",
    "1,234,567",
    "1.234,5,6",
    "75%",
    "77,5 %",
    "1e5",
    "- 3",
    "+-3",
    "--3",
    "12 34",
    "1 23",
    "#REF!",
    "x",
    "3 người",
  ])("%j → null", (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe("readFigure", () => {
  const num = (value: number, decimals: number, extra: Partial<{ fromText: boolean; ambiguous: boolean; viEvidence: boolean }> = {}) => ({
    state: "number",
    value,
    decimals,
    fromText: false,
    ambiguous: false,
    viEvidence: false,
    ...extra,
  });
  it.each<[string, Cell | undefined, unknown]>([
    ["no cell", undefined, { state: "blank" }],
    ["null", { v: null }, { state: "blank" }],
    ["empty string", { v: "" }, { state: "blank" }],
    ["spaces", { v: "  " }, { state: "blank" }],
    ["dash", { v: "-" }, { state: "blank" }],
    ["em dash", { v: "—" }, { state: "blank" }],
    ["x", { v: "x" }, { state: "blank" }],
    ["ellipsis", { v: "…" }, { state: "blank" }],
    ["formula cached empty", { v: "", f: 'IF(E5="","",E5)' }, { state: "blank" }],
    ["formula cached null", { v: null, f: "E5" }, { state: "blank" }],
    ["zero", { v: 0 }, num(0, 0)],
    ["integer", { v: 2465 }, num(2465, 0)],
    ["decimal", { v: 8.1 }, num(8.1, 1)],
    ["negative", { v: -3 }, num(-3, 0)],
    ["float noise capped", { v: 0.1 + 0.2 }, num(0.1 + 0.2, 10)],
    ["tiny", { v: 1e-7 }, num(1e-7, 7)],
    ["formula number", { v: 62, f: "SUM(F5:F9)" }, num(62, 0)],
    ["formatted number", { v: 0.775, z: "0.0%" }, num(0.775, 3)],
    ["text thousands", { v: "2.465" }, num(2465, 0, { fromText: true, ambiguous: true })],
    ["text decimal comma", { v: "8,1" }, num(8.1, 1, { fromText: true, viEvidence: true })],
    ["text grouped", { v: "2.465.000" }, num(2465000, 0, { fromText: true, viEvidence: true })],
    ["text integer", { v: " 20 " }, num(20, 0, { fromText: true })],
    ["text percent", { v: "75%" }, { state: "invalid", text: "75%" }],
    ["text word", { v: "abc" }, { state: "invalid", text: "abc" }],
    ["text word trimmed", { v: " abc " }, { state: "invalid", text: "abc" }],
    ["error", { v: { error: "#REF!" } }, { state: "invalid", text: "#REF!" }],
    ["div error", { v: { error: "#DIV/0!" }, f: "A1/0" }, { state: "invalid", text: "#DIV/0!" }],
    ["boolean", { v: true }, { state: "invalid", text: "TRUE" }],
    ["boolean false", { v: false }, { state: "invalid", text: "FALSE" }],
    ["NaN", { v: NaN }, { state: "invalid", text: "NaN" }],
  ])("%s", (_, cell, expected) => {
    expect(readFigure(cell)).toEqual(expected);
  });
});

describe("readStatedPercent", () => {
  const pts = (points: number, decimals: number) => ({ state: "number", points, decimals });
  it.each<[string, Cell | undefined, boolean, unknown]>([
    ["no cell", undefined, true, { state: "blank" }],
    ["null", { v: null }, true, { state: "blank" }],
    ["empty", { v: "" }, true, { state: "blank" }],
    ["dash", { v: "-" }, true, { state: "blank" }],
    // fraction with a % format: decimals from the format, value as shown
    ["0.775 0.0%", { v: 0.775, z: "0.0%" }, true, pts(77.5, 1)],
    ["0.775 0.00%", { v: 0.775, z: "0.00%" }, true, pts(77.5, 2)],
    ["0.775 0%", { v: 0.775, z: "0%" }, true, pts(78, 0)],
    ["0.755 0.0%", { v: 0.755, z: "0.0%" }, true, pts(75.5, 1)],
    ["0.259 0.0%", { v: 0.259, z: "0.0%" }, true, pts(25.9, 1)],
    ["142/547 0.0% formula", { v: 142 / 547, z: "0.0%", f: "G5/E5" }, true, pts(26, 1)],
    ["142/547 0.00%", { v: 142 / 547, z: "0.00%", f: "G5/E5" }, true, pts(25.96, 2)],
    ["1 as 0%", { v: 1, z: "0%" }, true, pts(100, 0)],
    ["1.25 0.0%", { v: 1.25, z: "0.0%" }, true, pts(125, 1)],
    ["0.07 0.0%", { v: 0.07, z: "0.0%" }, true, pts(7, 1)],
    ["0.0%;[Red]-0.0%", { v: 0.775, z: "0.0%;[Red]-0.0%" }, true, pts(77.5, 1)],
    ["#,##0.0%", { v: 0.775, z: "#,##0.0%" }, true, pts(77.5, 1)],
    ["0.0#% shows 1", { v: 0.775, z: "0.0#%" }, true, pts(77.5, 1)],
    ["0.0#% shows 2", { v: 0.7755, z: "0.0#%" }, true, pts(77.55, 2)],
    ["0.0#% caps at 2", { v: 0.77555, z: "0.0#%" }, true, pts(77.56, 2)],
    ["General% varies", { v: 0.775, z: "General%" }, true, pts(77.5, 1)],
    ["quoted % is literal", { v: 77.5, z: '0.0"%"' }, true, pts(77.5, 1)],
    ["escaped % is literal", { v: 77.5, z: "0.0\\%" }, true, pts(77.5, 1)],
    ["no format, shown as %", { v: 0.775, w: "77.5%" }, true, pts(77.5, 1)],
    ["no format, shown vi", { v: 0.775, w: "77,5 %" }, true, pts(77.5, 1)],
    // number in points
    ["77.5 General", { v: 77.5, z: "General" }, true, pts(77.5, 1)],
    ["77.5 no format", { v: 77.5 }, true, pts(77.5, 1)],
    ["75.5 no format", { v: 75.5 }, true, pts(75.5, 1)],
    ["26 no format", { v: 26 }, true, pts(26, 0)],
    ["77.5 0.0", { v: 77.5, z: "0.0" }, true, pts(77.5, 1)],
    ["77.5 #,##0.00", { v: 77.5, z: "#,##0.00" }, true, pts(77.5, 2)],
    ["77.5 0", { v: 77.5, z: "0" }, true, pts(78, 0)],
    ["25.9597… 0.0", { v: (142 / 547) * 100, z: "0.0", f: "G5/E5*100" }, true, pts(26, 1)],
    ["25.9597… General capped", { v: 25.95978062157221, f: "G5/E5*100" }, true, pts(25.9597806216, 10)],
    ["number under a text format", { v: 77.5, z: "@" }, true, pts(77.5, 1)],
    // text in points
    ["text 77,5%", { v: "77,5%" }, true, pts(77.5, 1)],
    ["text 77,5 %", { v: "77,5 %" }, true, pts(77.5, 1)],
    ["text 77,5\u00A0%", { v: "77,5\u00A0%" }, true, pts(77.5, 1)],
    ["text 77,5", { v: "77,5" }, true, pts(77.5, 1)],
    ["text 77.5%", { v: "77.5%" }, true, pts(77.5, 1)],
    ["text 25,9%", { v: "25,9%" }, true, pts(25.9, 1)],
    ["text 26%", { v: "26%" }, true, pts(26, 0)],
    ["text 25,96", { v: "25,96" }, true, pts(25.96, 2)],
    ["text 100 %", { v: " 100 % " }, true, pts(100, 0)],
    ["text 0% typed, no plan", { v: "0%" }, false, pts(0, 0)],
    ["text abc", { v: "abc" }, true, { state: "invalid", text: "abc" }],
    ["text %", { v: "%" }, true, { state: "invalid", text: "%" }],
    ["text 77,5%%", { v: "77,5%%" }, true, { state: "invalid", text: "77,5%%" }],
    ["error", { v: { error: "#DIV/0!" }, f: "G5/E5" }, true, { state: "invalid", text: "#DIV/0!" }],
    ["boolean", { v: false }, true, { state: "invalid", text: "FALSE" }],
    // formulas that state nothing
    ["formula cached empty", { v: "", f: 'IF(E5>0,G5/E5,"")' }, true, { state: "blank" }],
    ["formula cached 0, no plan", { v: 0, f: 'IF(E5>0,G5/E5,"")', z: "0.0%" }, false, { state: "blank" }],
    ["formula text 0, no plan", { v: "0", f: "TEXT(0)" }, false, { state: "blank" }],
    ["formula cached 0, plan", { v: 0, f: "G5/E5", z: "0.0%" }, true, pts(0, 1)],
    ["typed 0, no plan", { v: 0, z: "0.0%" }, false, pts(0, 1)],
    ["formula 0.775, no plan", { v: 0.775, f: "G5/E5", z: "0.0%" }, false, pts(77.5, 1)],
  ])("%s", (_, cell, planIsPositive, expected) => {
    expect(readStatedPercent(cell, planIsPositive)).toEqual(expected);
  });

  it("derives points from the decimal string, not float multiplication", () => {
    expect(0.145 * 100).not.toBe(14.5);
    for (const [v, p] of [
      [0.775, 77.5],
      [0.145, 14.5],
      [0.57, 57],
      [0.29, 29],
      [1.1, 110],
      [0.035, 3.5],
      [0.575, 57.5],
      [1.005, 100.5],
      [0.0001, 0.01],
    ]) {
      const read = readStatedPercent({ v, z: "General%" }, true);
      expect(read).toMatchObject({ state: "number", points: p });
    }
  });
});
