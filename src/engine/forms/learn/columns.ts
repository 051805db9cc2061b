/**
 * The columns of a learned form: code (the printed number, `3` of `3 (=4+5)`), header text and the merged
 * cells above it, and a first idea of each column's kind from its header and what its body holds:
 * - `TT`/`STT` → the numbering column (kind label);
 * - the column whose body is mostly words → the label column; a second such column → text;
 * - `Ghi chú`, `Đơn vị tính` → text;
 * - `%`, `Tỷ lệ`, or a division in the numbering row (`4(=2*100/3)`) → ratio;
 * - everything else → value.
 * Formulas in the body cells may still turn a value column into a ratio or a total column (formulas.ts).
 */
import { columnLetters, type Grid } from "../../grid";
import { textAt } from "../../read/cells";
import { isBlankMarker } from "../../numbers";
import { parseExpression } from "../../../templates/form/expression";
import type { ColumnKind } from "../../../templates/form/types";
import { numberingToken } from "../read/header";
import { headerKey } from "../read/labels";
import { headerStacks } from "./headerCells";
import type { TableShape } from "./table";

export interface ColumnDraft {
  c: number;
  code: string;
  label: string;
  headerPath: string[];
  numbering?: string;
  kind: ColumnKind;
  role?: "unit";
  /** The column is the `TT` column. */
  tt: boolean;
  /** The formula printed in the numbering row, in the template's notation. */
  printedFormula?: string;
}

const TT = /^(tt|stt|so tt|so thu tu)$/;
const NOTE = /^ghi chu\b/;
const UNIT = /^(dvt|don vi tinh|don vi)$/;
const RATIO_WORDS = /%|\bt[iy] le\b/;

interface BodyCounts {
  words: number;
  figures: number;
}

function bodyCounts(grid: Grid, t: TableShape, c: number): BodyCounts {
  const counts = { words: 0, figures: 0 };
  for (let r = t.bodyFirst; r < t.bodyEnd; r++) {
    const cell = grid.cells[r]?.[c];
    if (cell?.f || typeof cell?.v === "number") {
      counts.figures++;
      continue;
    }
    const text = textAt(grid, r, c);
    if (!text || isBlankMarker(text) || /^x$/i.test(text)) continue;
    if (/\p{L}{2,}/u.test(text)) counts.words++;
    else if (/\d/.test(text)) counts.figures++;
  }
  return counts;
}

export function learnColumns(grid: Grid, t: TableShape): ColumnDraft[] {
  const stacks = headerStacks(grid, t.headerFirst, t.headerLast, t.firstCol, t.lastCol);
  const drafts: ColumnDraft[] = [];
  const taken = new Set<string>();
  let labelFound = false;
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    const stack = stacks.get(c) ?? [];
    const numbering = t.numberingRow === null ? "" : textAt(grid, t.numberingRow, c);
    if (!stack.length && !numbering) continue;
    const token = numbering ? numberingToken(numbering) : null;
    const label = stack.length ? stack[stack.length - 1] : numbering;
    const key = headerKey(label);
    // No printed number: `TT` for the numbering column; on a table with a numbering row, the column's letter
    // (never a number, which another column prints); on a table without one, the position.
    const fallback = TT.test(key) ? "TT" : t.numberingRow !== null ? columnLetters(c) : String(drafts.length + 1);
    const wanted = token ?? fallback;
    let code = wanted;
    for (let n = 2; taken.has(code); n++) code = `${wanted}_${n}`;
    taken.add(code);
    const counts = bodyCounts(grid, t, c);
    const draft: ColumnDraft = { c, code, label, headerPath: stack.slice(0, -1), kind: "value", tt: false };
    if (numbering) draft.numbering = numbering;
    if (TT.test(key)) {
      draft.kind = "label";
      draft.tt = true;
    } else if (NOTE.test(key)) draft.kind = "text";
    else if (UNIT.test(key)) {
      draft.kind = "text";
      draft.role = "unit";
    } else if (counts.words > counts.figures && counts.words >= 2) {
      draft.kind = labelFound ? "text" : "label";
      labelFound = true;
    } else if (RATIO_WORDS.test(key) || RATIO_WORDS.test(headerKey(draft.headerPath.join(" ")))) draft.kind = "ratio";
    drafts.push(draft);
  }
  for (const d of drafts) {
    if (!d.numbering?.includes("=")) continue;
    const f = numberingFormula(d.numbering, drafts);
    if (!f) continue;
    d.printedFormula = f.expr;
    if (f.division) d.kind = "ratio";
  }
  return drafts;
}

/**
 * `3 (=4+5)` → `col("4") + col("5")`; `4(=2*100/3)` and `4 = 2:3` → a ratio (a printed `2:3` of a
 * percentage column means ×100, as the official forms print it). Numbers that name no figure column
 * (`100`) stay numbers. Undefined when the text is no formula the notation can hold.
 */
export function numberingFormula(text: string, columns: ColumnDraft[]): { expr: string; division: boolean } | undefined {
  const m = /=\s*([^=]+)$/.exec(text.normalize("NFC"));
  if (!m) return undefined;
  // `3 (=4+5)`: the bracket closing around `=…` is not the expression's; `(3)=(4)+(5)`: a number in brackets is the number.
  let body = m[1].trim();
  while (body.endsWith(")") && (body.match(/\)/g) ?? []).length > (body.match(/\(/g) ?? []).length) body = body.slice(0, -1).trim();
  const source = body.replace(/[x×]/g, "*").replace(/:/g, "/").replace(/\s+/g, "").replace(/\((\w+)\)/g, "$1");
  const codes = new Set(columns.filter((c) => c.kind !== "label" && c.kind !== "text").map((c) => c.code));
  if (!/^[\dA-Za-z+\-*/().]+$/.test(source)) return undefined;
  let refs = 0;
  let expr = source.replace(/[A-Za-z0-9]+/g, (tok) => {
    if (codes.has(tok) && tok !== "100") {
      refs++;
      return `col("${tok}")`;
    }
    return /^\d+$/.test(tok) ? tok : "__bad";
  });
  if (!refs || expr.includes("__bad")) return undefined;
  const division = expr.includes("/");
  // A ratio printed as `2:3` or `2/3` is a percentage on these forms: the ×100 is implied.
  if (division && !/\*\s*100|100\s*\*/.test(expr)) expr = expr.replace(/^(.*)\/(.*)$/, "$1 * 100 / $2");
  expr = expr.replace(/([+\-*/])/g, " $1 ");
  try {
    parseExpression(expr);
  } catch {
    return undefined;
  }
  return { expr: expr.replace(/\s+/g, " ").trim(), division };
}
