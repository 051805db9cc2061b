/**
 * A form's consolidated sheet: the form in its own layout (header, rows, printed column numbers), the
 * committee's totals in its figure cells as LIVE FORMULAS with the engine's totals cached, and, to the
 * right after one empty column, the figures of every unit used, one block of columns per value column.
 *
 * Why sums over per-unit columns of the same sheet (and not SUMIFS over the `Dữ liệu biểu` table):
 * - the Excel door builds sheets under temporary names and may end with `Biểu 1-BTCTW (2)` beside a user's
 *   sheet: a formula naming another sheet would point at nothing, or at the user's sheet; a sheet that only
 *   reads itself stays right whatever it is called, and can be copied to another workbook;
 * - a block per value column makes every total the plainest formula there is over one contiguous range,
 *   `IF(COUNT(H12:Q12)=0,"",SUM(H12:Q12))`, which Excel, LibreOffice and Google Sheets recalculate alike (no
 *   structured table references, no SUMIFS criteria over text codes), and which a user can audit by eye;
 * - weighted means are SUMPRODUCTs of two ranges of the same block (the value row and the weight row);
 * - correcting a unit's figure beside the form updates the committee's figure at once, ratios included,
 *   because ratio cells are formulas over the sheet's own summed cells, never over the units' ratios.
 * The COUNT guards give `""` where the engine gives no figure (no unit has one, a division by zero), so the
 * cached results are exactly what a spreadsheet recalculates.
 */
import { columnLetters } from "../../grid";
import type { Lang } from "../../findings";
import { blank, formula, num, text, type SheetSpec, type SpecCell } from "../../sheetspec";
import type { FormColumn, FormRow, FormTemplate } from "../../../templates/form/types";
import { aggregateOf, cellFormula, isNotApplicable, isSummedColumn } from "../consolidate/shape";
import type { FormConsolidation, FormTotalCell } from "../consolidate/types";
import type { FormFigure } from "../types";
import { figureFormat, formCellAddress } from "./cells";
import { formLayout, type FormLayout } from "./layout";
import { sheetFormula } from "./formula";
import { formSheetName } from "./names";
import { letterheadTexts, writeLetterhead, writeSignature, type SigningSettings, type Span } from "../../print/letterhead";
import { withPrint } from "../../print/setup";

const TEXT = {
  unknownPeriod: { vi: "(CHƯA XÁC ĐỊNH KỲ BÁO CÁO)", en: "(PERIOD NOT KNOWN)" },
  note: (received: number, expected: number, missing: number) => ({
    vi: `Tổng hợp ${received}/${expected} đơn vị${missing ? ` (${missing} đơn vị chưa nộp)` : ""}. Số tổng hợp là công thức trên số liệu từng đơn vị ở bên phải; tỷ lệ tính lại từ số đã cộng.`,
    en: `${received} of ${expected} units consolidated${missing ? ` (${missing} missing)` : ""}. The committee's figures are formulas over each unit's figures on the right; ratios are recomputed from the sums.`,
  }),
  notes: { vi: "Ghi chú", en: "Notes" },
  withoutWeight: (column: FormColumn, weight: string, units: string[]) => ({
    vi: `Cột ${column.numbering ?? column.code}: không tính vào bình quân vì thiếu số của dòng ${weight}: ${units.join(", ")}`,
    en: `Column ${column.numbering ?? column.code}: left out of the mean for want of row ${weight}: ${units.join(", ")}`,
  }),
  block: (column: FormColumn) => ({
    vi: `Số liệu từng đơn vị – cột ${column.numbering ?? column.code}: ${[...(column.headerPath ?? []), column.label].join(" – ")}`,
    en: `Each unit's figures – column ${column.numbering ?? column.code}: ${[...(column.headerPath ?? []), column.label].join(" – ")}`,
  }),
};

/** The consolidated sheet of one form; `name` defaults to the form's (`Biểu 1-BTCTW`). */
export function formConsolidatedSheet(
  c: FormConsolidation,
  form: FormTemplate,
  lang: Lang = "vi",
  name = formSheetName(form),
  signing: SigningSettings = {},
): SheetSpec {
  const unit = signing.committee?.trim() || c.cluster || (lang === "vi" ? "TỔNG HỢP CÁC ĐƠN VỊ" : "ALL UNITS");
  const layout = formLayout(form, {
    superior: letterheadTexts(signing).parent,
    unit,
    period: c.period ? c.period.label.toLocaleUpperCase("vi") : TEXT.unknownPeriod[lang],
    note: TEXT.note(c.coverage.received, c.coverage.expected, c.coverage.missing.length)[lang],
    minHeaderRows: 2,
  });
  const { rows, merges } = layout;
  const { left, right, signRight } = letterheadSpans(layout);
  // The letterhead over the form's own columns: the reader still finds the unit top left (forms/read/meta.ts).
  writeLetterhead(rows, merges, 0, left, right, { ...signing, committee: unit });
  const units = c.used;
  const n = units.length;
  const blocks = layout.columns.filter(isSummedColumn);
  /** First sheet column of each value column's block of units. */
  const blockStart = new Map(blocks.map((col, i) => [col.code, layout.width + 1 + i * n]));

  // The blocks' header: what the block holds over its columns, the units' names over each column.
  if (n > 0) {
    for (const col of blocks) {
      const start = blockStart.get(col.code)!;
      for (let r = layout.headerFirst; r <= layout.headerLast; r++) for (let i = 0; i < n; i++) rows[r][start + i] = blank("header");
      rows[layout.headerFirst][start] = text(TEXT.block(col)[lang], "header");
      merges.push({ r1: layout.headerFirst, c1: start, r2: layout.headerLast - 1, c2: start + n - 1 });
      units.forEach((u, i) => {
        rows[layout.headerLast][start + i] = text(u.name, "header");
        rows[layout.numberingRow][start + i] = blank("numbering");
      });
    }
  }

  // Last, the units a weighted mean had to leave out (FORM.md: "left out and listed"), row by row.
  const notesCol = layout.width + 1 + blocks.length * n;
  for (let r = layout.headerFirst; r <= layout.headerLast; r++) rows[r][notesCol] = blank("header");
  rows[layout.headerFirst][notesCol] = text(TEXT.notes[lang], "header");
  if (layout.headerLast > layout.headerFirst) merges.push({ r1: layout.headerFirst, c1: notesCol, r2: layout.headerLast, c2: notesCol });

  for (const row of form.rows) {
    const r = layout.row.get(row.code)!;
    const agg = aggregateOf(row);
    if (agg.kind === "weightedMean") {
      const notes = layout.columns
        .map((col) => ({ col, out: c.totals[row.code]?.[col.code]?.withoutWeight ?? [] }))
        .filter((x) => x.out.length)
        .map((x) => TEXT.withoutWeight(x.col, agg.weight, x.out)[lang]);
      if (notes.length) rows[r][notesCol] = text(notes.join("; "), "muted");
    }
    for (const col of blocks) {
      const start = blockStart.get(col.code)!;
      units.forEach((u, i) => {
        rows[r][start + i] = row.kind === "heading" ? blank("section") : unitCell(u.report!.values[row.code]?.[col.code], row, col);
      });
    }
    if (row.kind === "heading") continue;
    for (const column of layout.columns) {
      if (column.kind !== "value" && column.kind !== "ratio") continue;
      const total = c.totals[row.code]?.[column.code];
      rows[r][layout.col.get(column.code)!] = totalCell(form, layout, row, column, total, { n, blockStart });
    }
  }
  // One empty row, then the signature block, whose first line is also where readers stop.
  writeSignature(rows, merges, layout.end + 1, left, signRight.c1 > left.c2 ? signRight : null, signing);

  return withPrint(
    {
      name,
      rows,
      merges,
      widths: [...layout.widths, 3, ...blocks.flatMap(() => units.map(() => 12)), 50],
      freeze: { rows: layout.numberingRow + 1, cols: 0 },
      tabColor: "2E75B6",
    },
    { r1: layout.headerFirst, r2: layout.numberingRow },
  );
}

/**
 * The letterhead's blocks: left over the label columns, right over the figure columns short of the last,
 * which keeps the form's marker and unit of measure (`Biểu số 1-BTCTW`, `Đvt: Người`) as printed.
 */
function letterheadSpans(layout: FormLayout): { left: Span; right: Span | null; signRight: Span } {
  const firstFigure = layout.columns.findIndex((col) => col.kind !== "label");
  const last = layout.width - 1;
  const labelEnd = firstFigure > 0 ? firstFigure - 1 : 0;
  const c1 = labelEnd + 1;
  // A form of one or two figure columns has no room beside its marker: the motto is left out there.
  const right = c1 <= last - 1 ? { c1, c2: last - 1 } : null;
  return { left: { c1: 0, c2: labelEnd }, right, signRight: { c1: Math.min(c1, last), c2: last } };
}

/** A unit's figure beside the form: a number, blank, or `X` where the form marks the cell. */
function unitCell(figure: FormFigure | undefined, row: FormRow, column: FormColumn): SpecCell {
  if (isNotApplicable(row, column)) return text("X", "numbering");
  const fmt = figureFormat(row, column);
  const value = figure?.value ?? null;
  // A figure filled from an earlier period (issue 11), not typed by the unit, looks different.
  return value === null ? blank("input", fmt) : num(value, fmt, figure?.from ? "info" : "input");
}

interface Blocks {
  n: number;
  blockStart: Map<string, number>;
}

/** The committee's figure in one cell of the form: a formula with the engine's total cached. */
function totalCell(form: FormTemplate, layout: FormLayout, row: FormRow, column: FormColumn, total: FormTotalCell | undefined, { n, blockStart }: Blocks): SpecCell {
  const fmt = figureFormat(row, column);
  if (isNotApplicable(row, column)) return text("X", "total");
  const cached = total?.value ?? "";
  const expression = cellFormula(row, column);
  if (expression !== undefined) {
    const f = sheetFormula(expression, formCellAddress(form, layout, row, column));
    // A formula the sheet cannot hold (it reads another form): the engine's figure, as a plain value.
    if (f) return formula(f, cached, fmt, "total");
    return total?.value == null ? blank("total", fmt) : num(total.value, fmt, "total");
  }
  const start = blockStart.get(column.code);
  if (start === undefined || n === 0) return blank("total", fmt);
  const r = layout.row.get(row.code)!;
  const range = (sheetRow: number) => `${columnLetters(start)}${sheetRow + 1}:${columnLetters(start + n - 1)}${sheetRow + 1}`;
  const values = range(r);
  const agg = aggregateOf(row);
  if (agg.kind === "weightedMean") {
    const weightRow = form.rows.find((x) => x.code === agg.weight);
    // No weight in this column (the weight row is missing, a heading or `X` here): no unit has both figures.
    if (!weightRow || weightRow.kind === "heading" || isNotApplicable(weightRow, column)) return blank("total", fmt);
    const weights = range(layout.row.get(weightRow.code)!);
    const den = `SUMPRODUCT(ISNUMBER(${values})*${weights})`;
    return formula(`IF(${den}>0,SUMPRODUCT(${values},${weights})/${den},"")`, cached, fmt, "total");
  }
  return formula(`IF(COUNT(${values})=0,"",SUM(${values}))`, cached, fmt, "total");
}
