/**
 * What SheetJS's formula-token parser (`parse_Rgce`) shares between BIFF8 (.xls) and BIFF12 (.xlsb):
 * which ids it maps onto which token, and the 0x18/0x19 sub-tokens it knows. The sizes of the main
 * tokens differ between the two and live with each walk (biff.ts, xlsb.ts); test/files/xlsb.test.ts
 * measures the BIFF12 ones on SheetJS's own parsers.
 */

/** Class variants (reference / value / array) SheetJS maps onto the base token. */
export const PTG_DUPES: Record<number, number> = { 0x58: 0x22, 0x78: 0x22, 0x59: 0x39, 0x79: 0x39, 0x5a: 0x3a, 0x7a: 0x3a, 0x5b: 0x3b, 0x7b: 0x3b, 0x5c: 0x3c, 0x7c: 0x3c, 0x5d: 0x3d, 0x7d: 0x3d };
for (let t = 0x20; t <= 0x2f; t++) PTG_DUPES[t + 0x20] = PTG_DUPES[t + 0x40] = t;

/** 0x18 (Elf…, PtgList, PtgSxName) sub-tokens SheetJS knows, with their sizes (the same in both). */
export const PTG18_SIZE: Record<number, number> = { 0x01: 6, 0x02: 6, 0x03: 6, 0x06: 6, 0x07: 6, 0x0a: 6, 0x0b: 6, 0x0d: 6, 0x0f: 6, 0x10: 6, 0x19: 14, 0x1d: 6 };
/** Sub-tokens after which SheetJS's extra-data pass throws (so nothing after them can hang). */
export const PTG18_THROWS = new Set([0x0b, 0x0d, 0x0f, 0x19]);
/** 0x19 (PtgAttr…) sub-tokens SheetJS knows. */
export const PTG19 = new Set([0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x21, 0x40, 0x41, 0x80]);

/** The base token SheetJS parses for `id`, given a walk's own size table; undefined when it knows none. */
export function baseToken<T>(sizes: Record<number, T>, id: number): number | undefined {
  return sizes[id] !== undefined ? id : PTG_DUPES[id];
}
