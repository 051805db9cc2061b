import type { SheetSpec } from "../../src/engine/sheetspec";
import { checkSet, type Breach, type Periods } from "./check";
import type { FormSet } from "./figures";
import { form } from "./forms";
import { formSheet, type FormSheet } from "./layout";
import { mistakesOf, type Mistake } from "./mistakes";
import { rng } from "./random";
import { fillRatios } from "./ratios";
import { unitCounts } from "./unitFigures";
import { PERIOD, PERIOD_BTCTW5, SUPERIOR, SUPERIOR_SHORT, UNITS, styleOf, type Unit } from "./units";

export const SAMPLE_FORMS = ["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"] as const;
export const SEED = 20260630;

export const PERIODS: Periods = {
  "BTCTW-1": { kind: "half", label: PERIOD },
  "BTCTW-2": { kind: "half", label: PERIOD },
  "BTCTW-3": { kind: "half", label: PERIOD },
  "BTCTW-5": { kind: "year", label: PERIOD_BTCTW5 },
};

export interface UnitWorkbook {
  unit: Unit;
  /** The workbook's sheets in order, the forms' among them. */
  sheets: SheetSpec[];
  /** Form id → the printed sheet (addresses and what the cells hold). */
  forms: Record<string, FormSheet>;
  /** The figures as the unit meant them (mistakes included). */
  figures: FormSet;
  mistakes: Mistake[];
}

/** One unit's workbook, the same on every run (its own seed). */
export function unitWorkbook(u: Unit, index: number): UnitWorkbook {
  const r = rng(SEED + index * 7919);
  const mistakes = mistakesOf(u.code);
  const tweaks = Object.assign({}, ...mistakes.map((m) => m.tweaks ?? {}));
  const figures = unitCounts(u, r, tweaks);
  for (const m of mistakes) m.counts?.(figures);
  for (const id of SAMPLE_FORMS) fillRatios(form(id), figures[id]);
  for (const m of mistakes) m.ratios?.(figures);
  const style = styleOf(u);
  const isDB = u.type === "Đảng bộ cơ sở";
  const forms: Record<string, FormSheet> = {};
  SAMPLE_FORMS.forEach((id, i) => {
    const year = id === "BTCTW-5";
    forms[id] = formSheet(form(id), figures[id], style, {
      sheetName: u.sheets[i],
      headerLines: [index % 3 === 2 ? SUPERIOR_SHORT : SUPERIOR, u.header, ...(index % 4 === 1 ? ["*"] : [])],
      unitName: u.name,
      period: year ? PERIOD_BTCTW5 : PERIOD,
      dateLine: year ? `Ninh Bình, ngày ${String(8 + (index % 5)).padStart(2, "0")} tháng 01 năm 2026` : `Ninh Bình, ngày ${String(u.day).padStart(2, "0")} tháng 7 năm 2026`,
      preparer: u.preparer,
      secretary: u.secretary,
      onBehalfOf: isDB ? "T/M ĐẢNG ỦY" : "T/M CHI BỘ",
    });
  });
  const sheets = SAMPLE_FORMS.map((id) => forms[id].spec);
  if (u.extraSheet) {
    const rows = u.extraSheet.note ? [[{ t: "text" as const, v: u.extraSheet.note }]] : [];
    sheets.splice(u.extraSheet.at, 0, { name: u.extraSheet.name, rows });
  }
  return { unit: u, sheets, forms, figures, mistakes };
}

export function sampleWorkbooks(): UnitWorkbook[] {
  return UNITS.map(unitWorkbook);
}

/** The breaches each mistake must cause, as the checker names them. */
export function expectedBreaches(mistakes: Mistake[]): Breach[] {
  return mistakes.map((m) => ({ form: m.form, rule: m.rule, row: m.row, column: m.column, pair: m.pair }));
}

/** The check of what a workbook's cells hold (the sample's own relation between the two periods included). */
export function checkWorkbook(shown: FormSet): Breach[] {
  return checkSet(shown, PERIODS);
}
