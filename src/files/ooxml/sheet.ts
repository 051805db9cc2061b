/**
 * One worksheet part as SheetJS's dense worksheet (`!data`, `!ref`, `!merges`), made the way its
 * parse_ws_xml makes it with the options the reader uses (formulas, number formats, stubs, no shown
 * text): grids.ts then turns it into a Grid as it does any other. Null for markup this reader leaves
 * to SheetJS (prefixed elements, date cells, data tables, a reference it cannot place).
 */
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { a1 } from "../../engine/grid";
import { decodeRange, encodeRange, type Range } from "../range";
import { shiftFormula, withoutFuturePrefix } from "./formula";
import { sharedStringItem } from "./strings";
import { attributes, elementText, nextStartTag, unescapeXml } from "./xml";

export interface SheetContext {
  /** The shared strings; null when the package has none. */
  strings: string[] | null;
  /** Each cell style's number format code (styles.ts). */
  formats: readonly (string | undefined)[];
}

/** Excel's error codes by their text, as SheetJS stores an error cell's value (grids.ts ERROR_TEXT reads them back). */
const ERROR_CODE: Record<string, number> = { "#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0f, "#REF!": 0x17, "#NAME?": 0x1d, "#NUM!": 0x24, "#N/A": 0x2a, "#GETTING_DATA": 0x2b };

/** What a reading takes from a cell's and a row's tag. */
const CELL_ATTRIBUTES = ["r", "s", "t"] as const;
const ROW_ATTRIBUTES = ["r"] as const;

const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;

/** A column's number (0-based) from its letters (`A` → 0, `AA` → 26). */
function columnNumber(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
  return c - 1;
}

/** A cell's position from its `r`; null when it is not a plain A1 reference. */
function position(ref: string): { r: number; c: number } | null {
  const m = CELL_REF.exec(ref);
  return m ? { r: Number(m[2]) - 1, c: columnNumber(m[1]) } : null;
}

/**
 * A cell as Excel, LibreOffice and our writer write nearly every one: `<c r="B7" s="3" t="s"><v>12</v></c>`,
 * `s` (digits) and `t` (letters) optional and in that order, the value plain text or absent, or
 * `<c r="B7" s="3"/>`. What it captures is what attributes() and child() would find in it (CELL_REF's
 * reference); any other cell takes the general path. A unit's sheet reads about 1.6 times faster.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})([1-9]\d{0,6})"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/y;

interface Child {
  tag: string;
  text: string;
  /** Written `<name …/>`. */
  selfClosing: boolean;
}

/**
 * The first `<name …>…</name>` in a cell's markup: its start tag and text; null when there is none;
 * undefined when it is not closed (damage, left to SheetJS).
 */
function child(inner: string, name: string): Child | null | undefined {
  const at = nextStartTag(inner, name);
  if (at < 0) return null;
  const gt = inner.indexOf(">", at);
  if (gt < 0) return undefined;
  const tag = inner.slice(at, gt + 1);
  if (inner.charCodeAt(gt - 1) === 47) return { tag, text: "", selfClosing: true };
  const body = elementText(inner, at, name);
  return body ? { tag, text: body.text, selfClosing: false } : undefined;
}

/** What may follow a row's start or an empty cell, up to the next: only a row's end. */
const ROW_END = /^\s*(?:<\/row>\s*)?$/;
/**
 * A cell's content, up to the next row or cell: its children as the standard writes them (a value, a
 * formula, an inline string, extensions), then the cell's end and perhaps the row's.
 */
const CELL_CONTENT = new RegExp(
  "^\\s*(?:(?:" +
    ["<v>[^<]*</v>", "<f(?:\\s[^<>]*[^<>/])?>[^<]*</f>", "<f(?:\\s[^<>]*)?/>", "<is>(?:(?!</is>|</c>)[\\s\\S])*</is>", "<extLst>(?:(?!</extLst>|</c>)[\\s\\S])*</extLst>"].join("|") +
    ")\\s*)*</c>\\s*(?:</row>\\s*)?$",
);

/**
 * Whether the text after a `<row>` or `<c>` tag, up to the next one, is what a well-formed sheet
 * holds there. Anything else (a value after `<c/>`, a cell never closed, text or stray markup in a
 * cell, a row's end inside a formula) is damage: SheetJS reads it its own way, so it gets it.
 */
function wellFormedGap(cell: boolean, selfClosing: boolean, gap: string): boolean {
  return (!cell || selfClosing ? ROW_END : CELL_CONTENT).test(gap);
}

class SheetReader {
  readonly data: CellObject[][] = [];
  readonly guess: Range = { s: { r: 2_000_000, c: 2_000_000 }, e: { r: 0, c: 0 } };
  /** Shared formulas by `si`: the formula and the cell it was written on. */
  private readonly shared = new Map<string, { formula: string; r: number; c: number }>();

  constructor(private readonly ctx: SheetContext) {}

  /**
   * Reads `<sheetData>`'s rows and cells, `body` being what is between its tags; false when something
   * in them is left to SheetJS. One pass over the tags, in order: a search per row or cell would walk
   * the rest of the sheet each time (many empty rows would make it quadratic).
   */
  rows(body: string): boolean {
    const TAG = /<(row|c)(?=[\s/>])/g;
    let row = 0;
    let col = -1;
    let inRow = false;
    /** A `<row …/>` with no cells: SheetJS counts it in the used range only when no row tag follows. */
    let lastEmpty: string | null = null;
    for (let m = TAG.exec(body); m; ) {
      if (inRow && m[1] === "c") {
        // Most cells are written one way (PLAIN_CELL), followed by the next cell or the row's end: read at
        // once. Anything else after it, or another cell, takes the general path below.
        PLAIN_CELL.lastIndex = m.index;
        const plain = PLAIN_CELL.exec(body);
        if (plain) {
          TAG.lastIndex = PLAIN_CELL.lastIndex;
          const next = TAG.exec(body);
          const after = body.slice(PLAIN_CELL.lastIndex, next ? next.index : body.length);
          if (ROW_END.test(after)) {
            const where = { r: Number(plain[2]) - 1, c: columnNumber(plain[1]) };
            const raw = plain[5] ? unescapeXml(plain[5]) : undefined;
            const inner = plain[0].endsWith("/>") ? "" : plain[0].slice(plain[0].indexOf(">") + 1) + after;
            if (!this.store(plain[4], raw, plain[3], inner, where)) return false;
            col = where.c;
            if (after.indexOf("</row>") >= 0) inRow = false;
            m = next;
            continue;
          }
        }
      }
      const gt = body.indexOf(">", m.index);
      if (gt < 0) return false;
      const tag = body.slice(m.index, gt + 1);
      const closed = body.charCodeAt(gt - 1) === 47;
      TAG.lastIndex = gt + 1;
      const next = TAG.exec(body);
      /** What follows the tag up to the next row or cell: a cell's content, a row's end. */
      const gap = body.slice(gt + 1, next ? next.index : body.length);
      if (!wellFormedGap(m[1] === "c", closed, gap)) return false;
      if (m[1] === "row") {
        if (inRow) return false; // the row before never ended: damage, which SheetJS reads its own way
        lastEmpty = closed ? tag : null;
        inRow = !closed;
        if (inRow) {
          const r = this.row(tag, row);
          if (r === null) return false;
          [row, col] = [r, -1];
        }
      } else {
        // A cell outside a row: damage, which SheetJS reads its own way.
        if (!inRow) return false;
        const cell = attributes(tag, CELL_ATTRIBUTES);
        if (!cell) return false;
        const ref = cell.r ?? a1(row - 1, col + 1);
        const where = position(ref);
        if (!where || !this.cell(cell, closed ? "" : gap, where)) return false;
        col = where.c;
      }
      if (gap.indexOf("</row>") >= 0) inRow = false;
      m = next;
    }
    return lastEmpty === null || this.row(lastEmpty, row) !== null;
  }

  /** A row's number (from its `r`, else the one after `previous`), counted in the used range; null when unreadable. */
  private row(tag: string, previous: number): number | null {
    const attrs = attributes(tag, ROW_ATTRIBUTES);
    const r = attrs?.r;
    if (!attrs || (r !== undefined && !/^[1-9]\d{0,6}$/.test(r))) return null;
    const row = r === undefined ? previous + 1 : Number(r);
    if (this.guess.s.r > row - 1) this.guess.s.r = row - 1;
    if (this.guess.e.r < row - 1) this.guess.e.r = row - 1;
    return row;
  }

  private cell(tag: Record<string, string>, inner: string, where: { r: number; c: number }): boolean {
    const v = child(inner, "v");
    const f = child(inner, "f");
    if (v === undefined || f === undefined) return false;
    const raw: string | undefined = v && v.text !== "" ? unescapeXml(v.text) : undefined;
    let formula: string | undefined;
    if (f) {
      const ft = attributes(f.tag);
      if (!ft || ft.t === "dataTable") return false;
      if (f.text === "") {
        // `<f t="shared" si="0"/>`, or written open and closed: a cell of a shared formula.
        const master = ft.si === undefined || (!f.selfClosing && ft.t !== "shared") ? undefined : this.shared.get(ft.si);
        if (master) {
          if (where.r < master.r || where.c < master.c) return false;
          formula = shiftFormula(master.formula, where.r - master.r, where.c - master.c);
        }
      } else {
        formula = withoutFuturePrefix(unescapeXml(f.text, true));
        if (ft.t === "array") {
          if (ft.ref === undefined) return false; // SheetJS fails on it: let it say so
        } else if (ft.t === "shared" && ft.si !== undefined) {
          this.shared.set(String(parseInt(ft.si, 10)), { formula, r: where.r, c: where.c });
        }
      }
    }
    return this.store(tag.t, raw, tag.s, inner, where, formula);
  }

  /**
   * A cell from its type (`t`), value (`raw`, unescaped; undefined when empty), style (`s`), content and
   * formula, as SheetJS makes it; false when it is left to SheetJS.
   */
  private store(t: string | undefined, raw: string | undefined, s: string | undefined, inner: string, where: { r: number; c: number }, formula?: string): boolean {
    const p: CellObject = { t: "z" };
    if (formula !== undefined) p.f = formula;
    // A cell without a value is a stub, formula or not (SheetJS gives a formula's missing value 0,
    // then takes that 0 for an empty value: `0 == ""`).
    const type = t === undefined && raw === undefined ? "z" : t || "n"; // SheetJS: `tag.t || "n"`, so `t=""` is a number
    if (this.guess.s.c > where.c) this.guess.s.c = where.c;
    if (this.guess.e.c < where.c) this.guess.e.c = where.c;
    switch (type) {
      case "n":
        if (raw === undefined) p.t = "z";
        else {
          p.t = "n";
          p.v = parseFloat(raw);
        }
        break;
      case "s":
        if (raw === undefined) p.t = "z";
        else {
          const text = this.ctx.strings?.[parseInt(raw, 10)];
          if (text === undefined) return false; // SheetJS fails on a missing string: let it say so
          p.t = "s";
          p.v = text;
        }
        break;
      case "str":
        p.t = "s";
        p.v = raw === undefined ? "" : raw.indexOf("\r\n") >= 0 ? raw.replace(/\r\n/g, "\n") : raw;
        break;
      case "inlineStr": {
        const is = child(inner, "is");
        if (is === undefined) return false;
        p.t = "s";
        p.v = is ? sharedStringItem(is.text) : "";
        break;
      }
      case "b":
        p.t = "b";
        p.v = raw === "1" || raw === "true";
        break;
      case "e":
        p.t = "e";
        p.v = raw === undefined ? undefined : ERROR_CODE[raw];
        break;
      case "d":
        return false; // ISO dates: SheetJS turns them into serial numbers
      default:
        // A type the standard does not have: SheetJS keeps it, and the Grid reads no value from it.
        (p as { t: string }).t = type;
        if (raw !== undefined) p.v = raw;
    }
    p.z = s !== undefined && /^(?:0|[1-9]\d*)$/.test(s) && Number(s) < this.ctx.formats.length ? this.ctx.formats[Number(s)] : "General";
    (this.data[where.r] ??= [])[where.c] = p;
    return true;
  }
}

/**
 * Every `<mergeCell ref="…">` in the part, as SheetJS finds them (its regular expression, over the whole
 * part). The expression runs from the tag before the first `mergeCell`, not over the sheet data before
 * it: a match holds that word, and its `<` is the last one before it (a prefix has none).
 */
function mergedRanges(xml: string): Range[] {
  const first = xml.indexOf("mergeCell");
  if (first < 0) return [];
  MERGE.lastIndex = Math.max(0, xml.lastIndexOf("<", first));
  const out: Range[] = [];
  for (let m = MERGE.exec(xml); m; m = MERGE.exec(xml)) out.push(decodeRange(m[0].slice(m[0].indexOf("=") + 2)));
  return out;
}

/** One worksheet part; null when it holds what this reader leaves to SheetJS. */
export function readSheet(xml: string, ctx: SheetContext): WorkSheet | null {
  if (!/<worksheet[\s>]/.test(xml)) return null;
  const open = /<(?:\w+:)?sheetData\b[^<>]*>/.exec(xml);
  const close = open ? xml.indexOf("</sheetData>", open.index) : -1;
  const reader = new SheetReader(ctx);
  if (open && close >= 0 && !reader.rows(xml.slice(open.index + open[0].length, close))) return null;

  const ws: WorkSheet = { "!data": reader.data } as unknown as WorkSheet;
  // SheetJS looks for the dimension and the merged cells in the whole part (its split around
  // <sheetData> takes an index its match does not have); in a well-formed part they are where the
  // standard puts them, and in a damaged one this finds what SheetJS finds.
  const dim = /<(?:\w*:)?dimension/.exec(xml);
  if (dim && dim.index > 0) {
    const ref = /"(\w*:\w*)"/.exec(xml.slice(dim.index, dim.index + 50));
    if (ref) {
      const d = decodeRange(ref[1]);
      if (d.s.r <= d.e.r && d.s.c <= d.e.c && d.s.r >= 0 && d.s.c >= 0) ws["!ref"] = encodeRange(d);
    }
  }
  const g = reader.guess;
  if (!ws["!ref"] && g.e.c >= g.s.c && g.e.r >= g.s.r) ws["!ref"] = encodeRange(g);
  const merges = mergedRanges(xml);
  if (merges.length) ws["!merges"] = merges;
  return ws;
}
