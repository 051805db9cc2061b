/**
 * Formula injection: texts that a spreadsheet would take for a formula (or a DDE call) if a renderer
 * wrote them as typed input, and real unit reports that carry them in every place a unit controls.
 * The list is OWASP's "CSV injection" set (`=`, `+`, `-`, `@`, tab, carriage return) plus the
 * full-width equals sign and the classic DDE payloads.
 */
import { blank, num, text, type SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx/index";
import { replaceText, rowIndexOf } from "../support/build";
import { reportSheet } from "../support/reportSheet";
import { SAMPLE_UNITS } from "../support/units";

export interface Hostile {
  /** A short, file-name-safe key for test titles. */
  id: string;
  text: string;
}

export const HOSTILE: readonly Hostile[] = [
  { id: "equals", text: "=1+1" },
  { id: "plus", text: "+A1" },
  { id: "minus", text: "-2+3" },
  { id: "at", text: "@SUM(A1:A2)" },
  // The tab and CR payloads differ from `=1+1` so that, once the engine trims a unit's name, the units
  // stay distinct (and the trimmed text is itself hostile).
  { id: "tab", text: "\t=1+2" },
  { id: "cr", text: "\r=1+3" },
  { id: "fullwidth", text: "\uFF1D1+1" },
  { id: "dde-cmd", text: "=cmd|' /C calc'!A0" },
  { id: "hyperlink", text: '=HYPERLINK("http://x","y")' },
  { id: "minus-at", text: "-@x" },
  { id: "dde", text: '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")' },
];

/** The indicator whose `Thực hiện` cell holds the hostile text instead of a figure. */
export const TEXT_FIGURE_CODE = "DV_KN";

/** What a spreadsheet may read as a formula, a DDE call or a hidden one (after a tab or CR). */
export function looksLikeFormula(s: string): boolean {
  return /^[\t\r\n ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(s);
}

/** Excel's rules for sheet names (and our writer's): the payloads that may also name a sheet. */
export function legalSheetName(name: string): boolean {
  return name.length <= 31 && !/[[\]:*?/\\\x00-\x1F]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/**
 * The file a hostile unit sends: its name starts with the payload. A `/` cannot be in a file's name on
 * disk or in a browser, so it becomes `_` (the names still start with `=HYPERLINK(` and `=DDE(`).
 */
export const hostileFileName = (h: Hostile) => `${h.text.replace(/\//g, "_")}.xlsx`;

/**
 * A real report (BC-XDĐ, built like the committees' own) whose unit name, unit code and cluster are the
 * payload, with an extra row labelled with it (figures that match no indicator), the payload typed in a
 * figure cell, and the sheet named by it where Excel allows.
 */
export function hostileReport(h: Hostile, index: number): SheetSpec {
  const unit = SAMPLE_UNITS[index % SAMPLE_UNITS.length];
  const spec = reportSheet(unit, { sheetName: legalSheetName(h.text) ? h.text : "BC-XDĐ" });
  replaceText(spec, unit.name, text(h.text));
  replaceText(spec, unit.code, text(h.text));
  replaceText(spec, "Cụm II", text(h.text));

  // The `Thực hiện` cell of one indicator: the column after `Kế hoạch` in the template's layout.
  const r = rowIndexOf(spec, TEXT_FIGURE_CODE);
  const header = spec.rows.findIndex((row) => row?.some((c) => c?.t === "text" && c.v === "Thực hiện kỳ báo cáo"));
  const actualCol = spec.rows[header].findIndex((c) => c?.t === "text" && c.v === "Thực hiện kỳ báo cáo");
  spec.rows[r][actualCol] = text(h.text, "input");

  // An extra row right under the last indicator, labelled with the payload, with figures.
  const footer = spec.rows.findIndex((row) => row?.some((c) => c?.t === "text" && c.v === "NGƯỜI LẬP BIỂU"));
  const nameCol = spec.rows[header].findIndex((c) => c?.t === "text" && c.v === "Chỉ tiêu");
  const extra = Array.from({ length: spec.rows[header].length }, () => blank("body"));
  extra[0] = text("x", "body");
  extra[nameCol] = text(h.text, "body");
  extra[actualCol] = num(7, "#,##0", "input");
  extra[actualCol + 1] = num(7, "#,##0", "input");
  spec.rows[footer - 1] = extra;
  return spec;
}

export interface HostileFile {
  hostile: Hostile;
  name: string;
  bytes: Uint8Array;
}

/** Every payload as a unit's .xlsx file (our writer, as in the fixtures). */
export function hostileFiles(): HostileFile[] {
  return HOSTILE.map((h, i) => ({ hostile: h, name: hostileFileName(h), bytes: renderWorkbook([hostileReport(h, i)]) }));
}
