import { describe, expect, it } from "vitest";
import { formulaShape, keyCell } from "../../src/engine/forms/learn/excelFormula";

/** The shape as `A1: coefficient` for reading. */
function terms(f: string) {
  const s = formulaShape(f);
  if (!s || s.kind !== "linear") return s;
  return Object.fromEntries([...s.terms].map(([k, v]) => [`${String.fromCharCode(65 + keyCell(k).c)}${keyCell(k).r + 1}`, v]));
}

describe("what a blank's formula says (excelFormula.ts)", () => {
  it.each([
    ["SUM(C8:C10)", { C8: 1, C9: 1, C10: 1 }],
    ["C8+C9-C10", { C8: 1, C9: 1, C10: -1 }],
    ["=$D$8+E8", { D8: 1, E8: 1 }],
    ["SUM(C8,C10;C12)", { C8: 1, C10: 1, C12: 1 }],
    ["ROUND(D8+E8,0)", { D8: 1, E8: 1 }],
    ["2*C8", { C8: 2 }],
  ])("%s is a sum of cells", (f, want) => expect(terms(f)).toEqual(want));

  it.each(["C8/D8*100", "C8*100/D8", "IF(D8=0,\"\",C8/D8*100)", "IFERROR(C8/D8*100,\"\")", "IF(D8<>0,C8/D8*100,0)"])("%s is a ratio in points", (f) => {
    const s = formulaShape(f);
    expect(s?.kind).toBe("ratio");
  });

  it.each(["Sheet2!C8+C9", "'Biểu 2'!C8", "VLOOKUP(A1,B1:C9,2,0)", "C8*D8", "10", "\"x\"", "C8&C9", "A1:XFD1048576"])("%s is not read (never guessed)", (f) => {
    expect(formulaShape(f)).toBeNull();
  });
});
