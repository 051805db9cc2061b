/**
 * An .xlsb part as SheetJS reads it (see xlsb.ts), and the error the walks throw on damage.
 */

/** Thrown by the walks of xlsb.ts and xlsbFormula.ts; turned into a Failure by checkXlsbParts. */
export class Damaged extends Error {}

/**
 * Little-endian reads that give what SheetJS's give past the end of the part: missing bytes count as
 * 0 in a 4-byte read (its bit operations turn `undefined` into 0), NaN in a 2-byte one, `undefined`
 * (here NaN) for one byte.
 */
export class Part {
  constructor(readonly b: Uint8Array) {}
  private at = (i: number) => this.b[i] ?? 0;
  u8 = (i: number) => (i >= 0 && i < this.b.length ? this.b[i] : NaN);
  u16 = (i: number) => (i >= 0 && i + 2 <= this.b.length ? this.b[i] | (this.b[i + 1] << 8) : NaN);
  u32 = (i: number) => (this.at(i) | (this.at(i + 1) << 8) | (this.at(i + 2) << 16)) + this.at(i + 3) * 0x1000000;
}
