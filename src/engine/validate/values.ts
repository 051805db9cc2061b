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

const both = (n: number): Localized => ({ vi: formatNumber(n, "vi", 6), en: formatNumber(n, "en", 6) });

/** The value rules of one figure: a number, not negative, whole for counts, unambiguous for amounts. */
export function checkValue(
  read: FigureRead | { state: "invalid"; text: string },
  ind: Indicator,
  column: FigureColumn,
  cell: string,
  ctx: ValueContext,
): Finding[] {
  const at = (rule: string, severity: Finding["severity"], message: Localized) =>
    finding(rule, severity, message, ctx.sheet, cell, ind.code);
  const label = COLUMN_TEXT[column];
  if (read.state === "invalid") return [at("VALUE_NOT_NUMBER", "error", msg.valueNotNumber(ind.name, label, read.text))];
  if (read.state !== "number") return [];
  const out: Finding[] = [];
  if (read.value < 0) out.push(at("VALUE_NEGATIVE", "error", msg.valueNegative(ind.name, label, both(read.value))));
  if (ind.value === "count" && column !== "pct" && !Number.isInteger(read.value)) {
    out.push(at("VALUE_NOT_INTEGER", "error", msg.valueNotInteger(ind.name, label, both(read.value))));
  }
  if (ind.value === "amount" && read.fromText && read.ambiguous && !ctx.viEvidence) {
    out.push(at("VALUE_AMBIGUOUS", "warning", msg.valueAmbiguous(ind.name, label, textOf(read), both(read.value))));
  }
  return out;
}

function textOf(read: Extract<FigureRead, { state: "number" }>): string {
  return formatNumber(read.value, "vi", read.decimals);
}
