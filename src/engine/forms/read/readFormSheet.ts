/**
 * Reads one sheet as one form (issue 9 §3): header, columns, rows, metadata and every figure with its cell,
 * and the structure and value findings of FORM.md (`META_UNIT`, `META_PERIOD`, `ROW_MISSING`, `ROW_UNKNOWN`,
 * `ROW_DUPLICATE`, `VALUE_NOT_NUMBER`, `VALUE_NEGATIVE`, `VALUE_NOT_INTEGER`, `VALUE_AMBIGUOUS`), each naming
 * the form and, for a cell, the column. The rules of the form itself (`SUM_ROWS`, `PCT_STATED`, …) are the
 * checker's (../validate).
 *
 * Figures: blank, `-`, `—`, `..` mean no figure (value null). `X` or `x` is no figure either, and `marked`
 * (whether or not the form marks that cell X: the checker's `NOT_APPLICABLE` is about a *number* in a cell
 * the form marks X, and an X where the form has none is harmless). A ratio column is read in points: a
 * number formatted as % is a fraction (0.775 → 77.5), text `77,5%` is 77.5; `decimals` is what it shows.
 */
import { finding, type Finding } from "../../findings";
import { formatNumber } from "../../format";
import { a1, cellAt, type Grid } from "../../grid";
import { decodeTcvn3Sheet } from "../../read/legacySheet";
import { showsViNumbers } from "../../read/report";
import { cellText } from "../../read/cells";
import { readFigure, readStatedPercent } from "../../numbers";
import type { FormColumn, FormRow, FormTemplate } from "../../../templates/form/types";
import type { FormFigure, FormSheetReport, FoundRow } from "../types";
import { findFormHeader, type FormHeader } from "./header";
import { readFormMeta } from "./meta";
import { columnText, formMsg } from "./messages";
import { readFormRows, tableEnd, type SheetRow } from "./rows";

export interface FormSheetRead {
  report: FormSheetReport | null;
  findings: Finding[];
}

/** How a form is named in messages: its marker (`Biểu số 1-BTCTW`), else its id. */
export const formName = (form: FormTemplate) => form.marker ?? form.id;

const isMarked = (text: string) => /^[xX]$/.test(text.trim());

/** Reads `grid` as `form`; `report` is null when the sheet has no table of that form. */
export function readFormSheet(source: Grid, form: FormTemplate, file: string): FormSheetRead {
  const grid = decodeTcvn3Sheet(source);
  const header = findFormHeader(grid, form);
  if (!header) return { report: null, findings: [] };
  return readWithHeader(grid, header, readFormRows(grid, header, form), form, file);
}

/** The reading once the header and rows are known (the matcher has them already). */
export function readWithHeader(grid: Grid, header: FormHeader, rows: SheetRow[], form: FormTemplate, file: string): FormSheetRead {
  const sheet = grid.name;
  const name = formName(form);
  const findings: Finding[] = [];
  const at = (rule: string, severity: Finding["severity"], message: Finding["message"], cell: string | null, indicator: string | null, column?: string) => {
    const f: Finding = { ...finding(rule, severity, message, sheet, cell, indicator), file, form: form.id };
    if (column !== undefined) f.column = column;
    findings.push(f);
  };
  const columnsByCode = new Map(form.columns.map((c) => [c.code, c]));
  const viEvidence = showsViNumbers(grid);

  const found: Record<string, FoundRow> = {};
  const usedRow = new Map<string, SheetRow>();
  const values: FormSheetReport["values"] = {};

  const readRow = (sr: SheetRow, row: FormRow) => {
    const out: Record<string, FormFigure> = {};
    for (const code of sr.block.figures) {
      const column = columnsByCode.get(code)!;
      out[code] = readCell(grid, sr.r, sr.block.columns[code], row, column, name, viEvidence, at);
    }
    return out;
  };

  for (const sr of rows) {
    const row = sr.row;
    if (!row) {
      if (sr.hasFigures) at("ROW_UNKNOWN", "warning", formMsg.rowUnknown(name, sr.label || sr.cell), sr.cell, null);
      continue;
    }
    const first = usedRow.get(row.code);
    if (first) {
      // A second row of the same form row: a blank copy is the template's own repeated line (BTCTW-5 prints
      // `a) Doanh nghiệp có vốn Nhà nước` twice); a filled one after a blank one takes its place.
      if (!sr.hasFigures) continue;
      if (first.hasFigures) {
        at("ROW_DUPLICATE", "error", formMsg.rowDuplicate(name, row.code, row.label, first.cell), sr.cell, row.code);
        continue;
      }
    }
    usedRow.set(row.code, sr);
    found[row.code] = { r: sr.r, label: sr.label, cell: sr.cell };
  }
  // Figures are read once each row's sheet line is settled, so that value findings come from the line used.
  for (const [code, sr] of usedRow) {
    const row = sr.row!;
    if (row.kind === "heading") continue;
    values[code] = readRow(sr, row);
  }

  for (const row of form.rows) {
    if (found[row.code] || row.optional || row.kind === "heading") continue;
    at("ROW_MISSING", "error", formMsg.rowMissing(name, row.code, row.label), null, row.code);
  }

  const block = header.blocks[0];
  const firstFigure = Math.min(...block.figures.map((c) => block.columns[c]));
  const meta = readFormMeta(grid, header.first, firstFigure, tableEnd(grid, header, form), form);
  // NFC: the same name whichever way the sheet encoded it (NFD from some Mac and web tools).
  const unitName = meta.unit?.text.normalize("NFC").trim() ?? "";
  if (!unitName) at("META_UNIT", "error", formMsg.metaUnit(name), null, null);
  if (!meta.period) {
    const written = meta.periodText;
    at("META_PERIOD", "error", written ? formMsg.metaPeriodUnclear(name, written.text) : formMsg.metaPeriodMissing(name), written?.cell ?? null, null);
  } else if (!form.periodKinds.includes(meta.period.kind)) {
    // Understood, and kept (the consolidation's PERIOD_MISMATCH still compares it), but not the form's kind.
    at("META_PERIOD", "error", formMsg.metaPeriodNotOfForm(name, meta.periodText?.text ?? meta.period.label, form.periodKinds), meta.periodText?.cell ?? null, null);
  }

  const report: FormSheetReport = {
    form: form.id,
    version: form.version,
    file,
    sheet,
    unit: { name: unitName, code: meta.code?.text ?? null, cluster: meta.cluster?.text ?? null, type: meta.type },
    period: meta.period,
    periodText: meta.periodText,
    reportDate: meta.reportDate,
    header: { first: header.first, last: header.last, numberingRow: header.numberingRow },
    columns: { ...block.columns },
    rows: found,
    values,
  };
  return { report, findings };
}

const both = (n: number) => ({ vi: formatNumber(n, "vi", 6), en: formatNumber(n, "en", 6) });

/** One figure and its value findings. */
function readCell(
  grid: Grid,
  r: number,
  c: number,
  row: FormRow,
  column: FormColumn,
  name: string,
  viEvidence: boolean,
  at: (rule: string, severity: Finding["severity"], message: Finding["message"], cell: string | null, indicator: string | null, column?: string) => void,
): FormFigure {
  const cell = a1(r, c);
  const source = cellAt(grid, r, c);
  const shown = cellText(source);
  const label = columnText(column.code, column.label);
  if (isMarked(shown)) return { value: null, invalid: false, marked: true, cell };
  if (column.kind === "ratio") {
    const read = readStatedPercent(source, true);
    if (read.state === "blank") return { value: null, invalid: false, marked: false, cell };
    if (read.state === "invalid") {
      at("VALUE_NOT_NUMBER", "error", formMsg.valueNotNumber(name, row.code, row.label, label, read.text), cell, row.code, column.code);
      return { value: null, invalid: true, marked: false, cell };
    }
    if (read.points < 0) at("VALUE_NEGATIVE", "error", formMsg.valueNegative(name, row.code, row.label, label, both(read.points)), cell, row.code, column.code);
    return { value: read.points, invalid: false, marked: false, cell, decimals: read.decimals };
  }
  const read = readFigure(source);
  if (read.state === "blank") return { value: null, invalid: false, marked: false, cell };
  if (read.state === "invalid") {
    at("VALUE_NOT_NUMBER", "error", formMsg.valueNotNumber(name, row.code, row.label, label, read.text), cell, row.code, column.code);
    return { value: null, invalid: true, marked: false, cell };
  }
  if (read.value < 0) at("VALUE_NEGATIVE", "error", formMsg.valueNegative(name, row.code, row.label, label, both(read.value)), cell, row.code, column.code);
  // Counts are whole; averages (`Tuổi bình quân`), amounts and ratio rows may carry decimals.
  if (row.kind === "count" && !Number.isInteger(read.value)) at("VALUE_NOT_INTEGER", "error", formMsg.valueNotInteger(name, row.code, row.label, label, both(read.value)), cell, row.code, column.code);
  // `1.234` typed as text where decimals are possible, on a sheet that shows no vi-VN number text elsewhere.
  if (row.kind !== "count" && read.fromText && read.ambiguous && !viEvidence) {
    at("VALUE_AMBIGUOUS", "warning", formMsg.valueAmbiguous(name, row.code, row.label, label, formatNumber(read.value, "vi", read.decimals), both(read.value)), cell, row.code, column.code);
  }
  return { value: read.value, invalid: false, marked: false, cell, decimals: read.decimals };
}
