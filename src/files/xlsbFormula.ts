/**
 * The formulas of .xlsb records (cells, shared and array formulas, defined names), walked as SheetJS's
 * parse_XLSBParsedFormula reads them: a uint32 token length, the tokens (parse_Rgce), a uint32 extra
 * length, the extra data (parse_RgbExtra). Past the end of the part SheetJS reads zeros for the lengths,
 * so the token walk always ends; what can run away are the counts in the extra data.
 */
import { baseToken, PTG_DUPES, PTG18_SIZE, PTG18_THROWS, PTG19 } from "./ptg";
import { Damaged, type Part } from "./xlsbPart";

/** Token sizes with `biff: 12`, measured on SheetJS's own token parsers; "skip" jumps to the end. */
const PTG_SIZE: Record<number, number | "skip"> = {
  0x01: 5, 0x02: "skip", 0x17: 3, 0x1a: 11, 0x1b: 5, 0x1c: 2, 0x1d: 2, 0x1e: 3, 0x1f: 9,
  0x20: 15, 0x21: 3, 0x22: 4, 0x23: 5, 0x24: 7, 0x25: 13, 0x26: 7, 0x27: "skip", 0x28: "skip", 0x29: 3,
  0x2a: 7, 0x2b: 13, 0x2c: 7, 0x2d: 13, 0x2e: 3, 0x2f: 3, 0x39: 7, 0x3a: 9, 0x3b: 15, 0x3c: 9, 0x3d: 15,
};
for (let op = 0x03; op <= 0x16; op++) PTG_SIZE[op] = 1;

/** For the test that measures them against SheetJS. */
export const XLSB_TOKEN_SIZES = { PTG_SIZE, PTG_DUPES, PTG18_SIZE, PTG19 };

type Extra = "array" | "mem" | "exp" | "throws";

/** The size of the token at `at` as SheetJS advances over it, or null when SheetJS skips to the end. */
function tokenSize(p: Part, at: number, extras: Extra[]): number | null {
  const id = p.b[at];
  if (id === 0x18) {
    const sub = p.b[at + 1];
    if (sub === undefined || PTG18_SIZE[sub] === undefined) return null;
    if (PTG18_THROWS.has(sub)) extras.push("throws");
    return PTG18_SIZE[sub];
  }
  if (id === 0x19) {
    const sub = p.b[at + 1];
    if (sub === undefined || !PTG19.has(sub)) return null;
    // PtgAttrChoose: (count + 1) words follow; an unreadable count reads none.
    const count = p.u16(at + 2);
    return sub === 0x04 && !Number.isNaN(count) ? 4 + 2 * (count + 1) : 4;
  }
  if (id === 0x17) {
    const cch = p.u16(at + 1); // PtgStr: id, a 2-byte length, UTF-16
    return Number.isNaN(cch) ? 3 : 3 + 2 * cch;
  }
  const base = baseToken(PTG_SIZE, id);
  const size = base === undefined ? undefined : PTG_SIZE[base];
  if (size === undefined || size === "skip") return null;
  if (base === 0x20) extras.push("array");
  if (base === 0x26) extras.push("mem");
  if (base === 0x01) extras.push("exp");
  return size;
}

/**
 * parse_XLSBParsedFormula at `at`: a uint32 token length, the tokens, a uint32 extra length, the extra
 * data. Returns where SheetJS is after it. Tokens are walked as parse_Rgce does, past the target when a
 * token overshoots it, until an unknown token sends it back to the target.
 */
export function formula(p: Part, at: number): number {
  const target = at + 4 + p.u32(at);
  const extras: Extra[] = [];
  for (let pos = at + 4; pos !== target; ) {
    if (pos >= p.b.length) break; // nothing there: SheetJS skips to the target
    const size = tokenSize(p, pos, extras);
    if (size === null) break;
    pos += size;
  }
  const cb = p.u32(target);
  if (!(cb > 0)) return target + 4;
  extraData(p, target + 4, extras);
  return target + 4 + cb;
}

/** One SerAr of an array constant (biff 12 type codes); null when SheetJS throws on it. */
function serArSize(p: Part, at: number): number | null {
  switch (p.u8(at)) {
    case 0x00:
      return 9;
    case 0x02:
      return 2;
    case 0x04:
    case 0x10:
    case 0x25:
      return 5;
    case 0x01: {
      const cch = p.u16(at + 1);
      if (Number.isNaN(cch)) return null;
      return cch === 0 ? 4 : 3 + 2 * cch;
    }
    default:
      return null; // "Bad SerAr": SheetJS throws, and nothing after can spin
  }
}

/** parse_RgbExtra: the data after the tokens, in token order. */
function extraData(p: Part, start: number, extras: Extra[]): void {
  let pos = start;
  for (const x of extras) {
    if (x === "throws") return;
    if (x === "exp") {
      pos += 4;
      continue;
    }
    if (x === "mem") {
      // `for (i = 0; i != count; ++i)` over 16-byte ranges, which read zeros past the end without throwing.
      const count = p.u32(pos);
      if (count * 16 > p.b.length - (pos + 4)) throw new Damaged();
      pos += 4 + 16 * count;
      continue;
    }
    const rows = p.u32(pos);
    const cols = p.u32(pos + 4);
    // No columns: SheetJS still makes `rows` empty rows, reading nothing.
    if (cols === 0 && rows > p.b.length) throw new Damaged();
    pos += 8;
    for (let k = 0; k < rows * cols; k++) {
      const size = serArSize(p, pos);
      if (size === null) return;
      pos += size;
    }
  }
}
