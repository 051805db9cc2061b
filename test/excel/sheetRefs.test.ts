/**
 * Formulas over another sheet of the same consolidation (`So sánh`, issue 11) are written naming its temporary
 * name, which Excel carries through the rename (write.ts); nothing else in a formula changes.
 */
import { describe, expect, it } from "vitest";
import { retargetSheetRefs } from "../../src/excel/sheetRefs";
import { formula, num, type SheetSpec } from "../../src/engine/sheetspec";

const data: SheetSpec = { name: "Dữ liệu", rows: [[num(1)]] };
const quote: SheetSpec = { name: "It's", rows: [[num(2)]] };
const compare: SheetSpec = {
  name: "So sánh",
  rows: [[formula("SUMIFS('Dữ liệu'!$L$2:$L$9,'Dữ liệu'!$G$2:$G$9,\"DV_KN\")+'It''s'!A1+'Khác'!A1", 3), formula("E5-F5", 1), num(4)]],
};

describe("retargetSheetRefs", () => {
  it("names the new sheets by their temporary names, and leaves other sheets and plain formulas alone", () => {
    const [d, q, c] = retargetSheetRefs([data, quote, compare], ["~T1", "~T2", "~T3"]);
    expect(d).toBe(data);
    expect(q).toBe(quote);
    expect(c.rows[0][0]).toEqual(formula("SUMIFS('~T1'!$L$2:$L$9,'~T1'!$G$2:$G$9,\"DV_KN\")+'~T2'!A1+'Khác'!A1", 3));
    expect(c.rows[0][1]).toEqual(formula("E5-F5", 1));
    expect(c.rows[0][2]).toEqual(num(4));
  });
});
