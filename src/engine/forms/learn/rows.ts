/**
 * The rows of a learned form, as printed: numbering (from a `TT` column or before the label), label, depth.
 * Depth comes from the numbering's classes in the order the sheet first uses them (`I` above `1` above `a`
 * above `-` above `+`, whatever that order is on this sheet): a row of a class already open closes the deeper
 * ones and is their sibling; a new class opens one level deeper. Unnumbered rows follow their indentation.
 * Codes follow forms/README.md "Identities": the numbering joined by `.`, bullets their parent's code plus a
 * mnemonic of the label.
 */
import type { Grid } from "../../grid";
import { textAt } from "../../read/cells";
import { foldText } from "../../text";
import { cellNumbering, numberingClass, splitNumbering } from "../read/labels";
import { CodeBook, mnemonic, segmentOf } from "./codes";
import type { ColumnDraft } from "./columns";
import { rawText, type TableShape } from "./table";

export interface RowDraft {
  r: number;
  /** The numbering as printed (`I.`, `1.1`, `a)`, `-`, `Trong đó:`), if any. */
  numbering?: string;
  key: string;
  cls: string;
  label: string;
  indent: number;
  /** The row it is printed under (index into the drafts), where its numbering restarts. */
  under: number | null;
  code: string;
  /** The label announces its children: `chia ra`, `gồm` (partition), `Trong đó` (subset). */
  announces: "partition" | "subset" | null;
  /** Printed after `Trong đó:` (its own prefix, or a line of its own above it). */
  subset: boolean;
  /** A figure column holds a figure typed in (a filled copy). */
  typed: boolean;
  /** Figure columns marked `X`. */
  marked: string[];
  /** The label cell is merged across the figure columns (a heading printed over the whole table). */
  spans: boolean;
}

const ANNOUNCE_PARTITION = /(?:chia ra|chia theo|phan theo|bao gom|gom co|gom)\s*[:.]?\s*$/;
const ANNOUNCE_SUBSET = /trong do\s*[:.]?\s*$/;
const TOTAL = /^(tong so|tong cong|cong|tong)\b/;
const BULLET_CHAR = /^([-+*•–—·●○◦▪■►])/u;

const indentOf = (raw: string) => (/^\s*/.exec(raw)?.[0].length ?? 0);

export function learnRows(grid: Grid, t: TableShape, columns: ColumnDraft[]): RowDraft[] {
  const tt = columns.find((c) => c.tt);
  const labelCol = columns.find((c) => c.kind === "label" && !c.tt);
  if (!labelCol) return [];
  const figures = columns.filter((c) => c.kind === "value" || c.kind === "ratio");
  const drafts: RowDraft[] = [];
  const stack: number[] = [];
  const book = new CodeBook();
  /** A `Trong đó:` line of its own: the rows under the row above it are its subsets. */
  let subsetOf: number | null = null;

  for (let r = t.bodyFirst; r < t.bodyEnd; r++) {
    const raw = rawText(grid, r, labelCol.c);
    const ttText = tt ? textAt(grid, r, tt.c) : "";
    if (!raw.trim() && !ttText) continue;
    const split = splitNumbering(raw.trim());
    // With a `TT` column the label may still begin with `Trong đó:` (`+ | Trong đó: Có kết nạp đảng viên`).
    const numbering = ttText ? { ...cellNumbering(ttText), subset: cellNumbering(ttText).subset || split.numbering.subset } : split.numbering;
    const label = (ttText ? raw.trim() : split.rest).replace(/\s+/g, " ");
    const printed = ttText || raw.trim().slice(0, raw.trim().length - split.rest.length).trim();
    if (!label || /^trong\s+đó\s*:?$/iu.test(label.normalize("NFC"))) {
      if (split.numbering.subset || /^trong/i.test(label)) subsetOf = stack.length ? stack[stack.length - 1] : null;
      continue;
    }
    const bullet = BULLET_CHAR.exec(printed.replace(/^trong\s+\S+\s*:?\s*/iu, ""))?.[1];
    const cls = numbering.subset && !bullet ? "subset" : numbering.key === "•" ? `bullet${bullet === "+" ? "+" : "-"}` : classOf(numbering.key);
    const indent = indentOf(raw);
    const folded = foldText(label);

    // Where the row sits: close the levels its class ends.
    if (cls === "none") {
      if (TOTAL.test(folded) || !stack.length) stack.length = 0;
      else {
        const prev = drafts[stack[stack.length - 1]];
        if (prev.cls === "none") {
          while (stack.length && drafts[stack[stack.length - 1]].cls === "none" && drafts[stack[stack.length - 1]].indent >= indent) {
            const top = drafts[stack[stack.length - 1]];
            stack.pop();
            if (top.indent === indent) break;
          }
        }
      }
    } else {
      const open = stack.findIndex((i) => drafts[i].cls === cls);
      if (open >= 0) stack.length = open;
    }
    const under = stack.length ? stack[stack.length - 1] : null;
    if (subsetOf !== null && under !== subsetOf && !stack.includes(subsetOf)) subsetOf = null;
    const parent = under === null ? undefined : drafts[under];
    const seg = cls === "none" || cls.startsWith("bullet") || cls === "subset" ? mnemonic(label.replace(/^trong\s+\S+\s*:?\s*/iu, "")) : segmentOf(numbering.key, parent?.key);
    const code = book.take(parent ? `${parent.code}.${seg}` : seg);

    const marked = figures.filter((c) => /^x$/i.test(textAt(grid, r, c.c))).map((c) => c.code);
    const typed = figures.some((c) => {
      const cell = grid.cells[r]?.[c.c];
      return !cell?.f && (typeof cell?.v === "number" || /^\s*[-+]?\d[\d.,\s]*%?\s*$/.test(textAt(grid, r, c.c)));
    });
    const spans = grid.merges.some((m) => m.r1 <= r && r <= m.r2 && m.c1 <= labelCol.c && labelCol.c <= m.c2 && figures.some((f) => m.c1 <= f.c && f.c <= m.c2));
    drafts.push({
      r,
      numbering: printed || undefined,
      key: numbering.key,
      cls,
      label,
      indent,
      under,
      code,
      announces: ANNOUNCE_SUBSET.test(folded) ? "subset" : ANNOUNCE_PARTITION.test(folded) ? "partition" : null,
      subset: numbering.subset || (subsetOf !== null && under === subsetOf),
      typed,
      marked,
      spans,
    });
    stack.push(drafts.length - 1);
  }
  return drafts;
}

/** The class of a printed key: `I` roman, `A` upper, `1` arabic (by its depth: `1.1` is deeper), `a` lower. */
function classOf(key: string): string {
  const c = numberingClass(key);
  return c === "arabic" ? `arabic${key.split(".").length}` : c;
}
