import { finding, type Finding, type Localized } from "../findings";
import { formatNumber } from "../format";
import { msg } from "../messages";
import type { FigureRead } from "../numbers";
import type { Indicator } from "../../templates/types";

export type FigureColumn = "plan" | "actual" | "ytd" | "pct";

export const COLUMN_TEXT: Record<FigureColumn, Localized> = {
  plan: { vi: "Kế hoạch", en: "The plan" },
  actual: { vi: "Số thực hiện", en: "The period's figure" },
  ytd: { vi: "Lũy kế", en: "The year-to-date figure" },
  pct: { vi: "Tỷ lệ %", en: "The rate" },
};

export interface ValueContext {
  sheet: string;
  /** The sheet shows vi-VN number text somewhere (a decimal comma, two grouping dots). */
  viEvidence: boolean;
}

const NONE: readonly Finding[] = Object.freeze([]);
const both = (n: number): Localized => ({ vi: formatNumber(n, "vi", 6), en: formatNumber(n, "en", 6) });

/** The value rules of one figure: a number, not negative, whole for counts, unambiguous for amounts. */
export function checkValue(
  read: FigureRead | { state: "invalid"; text: string },
  ind: Indicator,
  column: FigureColumn,
  cell: string,
  ctx: ValueContext,
): readonly Finding[] {
  // Most figures are fine: return before building anything (this runs for every cell of every file).
  if (read.state === "blank") return NONE;
  const label = COLUMN_TEXT[column];
  const { sheet } = ctx;
  if (read.state === "invalid") return [finding("VALUE_NOT_NUMBER", "error", msg.valueNotNumber(ind.name, label, read.text), sheet, cell, ind.code)];
  const negative = read.value < 0;
  const fraction = ind.value === "count" && column !== "pct" && !Number.isInteger(read.value);
  const ambiguous = ind.value === "amount" && read.fromText && read.ambiguous && !ctx.viEvidence;
  if (!negative && !fraction && !ambiguous) return NONE;
  const out: Finding[] = [];
  if (negative) out.push(finding("VALUE_NEGATIVE", "error", msg.valueNegative(ind.name, label, both(read.value)), sheet, cell, ind.code));
  if (fraction) out.push(finding("VALUE_NOT_INTEGER", "error", msg.valueNotInteger(ind.name, label, both(read.value)), sheet, cell, ind.code));
  if (ambiguous) out.push(finding("VALUE_AMBIGUOUS", "warning", msg.valueAmbiguous(ind.name, label, textOf(read), both(read.value)), sheet, cell, ind.code));
  return out;
}

function textOf(read: Extract<FigureRead, { state: "number" }>): string {
  return formatNumber(read.value, "vi", read.decimals);
}
