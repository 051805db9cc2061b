/** Excel's grid size (Excel 2007 and later). Anything beyond cannot be opened. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Throws unless `n` is an integer in [0, limit). */
export function checkIndex(n: number, limit: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n >= limit) throw new Error(`${what} must be an integer from 0 to ${limit - 1}, got ${n}`);
}
