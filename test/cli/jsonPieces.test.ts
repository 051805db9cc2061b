import { describe, expect, it } from "vitest";
import { jsonPieces } from "../../src/cli/jsonPieces";

const joined = (v: unknown) => [...jsonPieces(v)].join("");

describe("jsonPieces", () => {
  const unit = (i: number) => ({
    name: `Đảng bộ số ${i}\n"trích dẫn"`,
    file: i % 2 ? null : `/u/${i}.xlsx`,
    skipped: undefined,
    figures: { A: { plan: i, pct: i / 3, status: i % 3 ? "đạt" : null, cells: { plan: `D${i}`, pct: null } }, B: {} },
    changes: [],
    flags: [true, false, undefined, () => 1, Number.NaN, -0, 1e21],
  });

  it.each([
    ["a document like a consolidation's", { period: { year: 2024, label: "Quý I" }, output: null, units: [0, 1, 2].map(unit), totals: { A: { plan: 3 } }, empty: {}, none: [] }],
    ["nested arrays", [[[1, [2]], []], [{}], [[{ a: [[]] }]]]],
    ["an object whose members are all left out", { a: undefined, b: () => 1, c: { d: undefined } }],
    ["a sparse array", [1, , 3]], // eslint-disable-line no-sparse-arrays
    ["values with toJSON", { when: new Date(Date.UTC(2024, 0, 2)), own: { toJSON: () => ({ x: [1, 2] }) } }],
    ["keys that need escaping, and numeric keys first", { 'a"b': 1, "\u2028": [2], 10: 3, 2: 4 }],
    ["an object without a prototype", Object.assign(Object.create(null) as object, { a: [1, { b: 2 }] })],
    ["a string at the top", "Tổng hợp"],
    ["a number at the top", 12.5],
    ["null at the top", null],
  ])("joined, is exactly JSON.stringify(value, null, 2): %s", (_name, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it("splits a big document at its units, so no piece is the whole", () => {
    const doc = { units: Array.from({ length: 50 }, (_, i) => unit(i)) };
    const pieces = [...jsonPieces(doc)];
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(doc, null, 2).length / 10);
  });
});
