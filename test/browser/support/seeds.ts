import { seedFromSpec } from "../../fakes/excel/specSeed";
import { reportSheet } from "../../support/reportSheet";
import { SAMPLE_UNITS } from "../../support/units";
import { officeStubScript } from "./build";
import type { OfficeMode } from "./browser";

/** A workbook sheet holding one sample unit's report. */
export interface UnitSheet {
  sheet: string;
  unit: string;
}

/**
 * Three units' reports, one per sheet, the first active: sheet names with spaces and Vietnamese letters,
 * as committees name them. The first has a rate stated wrong, so a check of it has findings.
 */
export const UNIT_SHEETS: UnitSheet[] = [
  { sheet: "Cấp nước Q1", unit: SAMPLE_UNITS[0].name },
  { sheet: "Điện lực Q1", unit: SAMPLE_UNITS[1].name },
  { sheet: "BHXH Q1", unit: SAMPLE_UNITS[2].name },
];

/** The fake Excel seeded with UNIT_SHEETS, in the given display language. */
export function unitSheetsWorkbook(displayLanguage = "vi-VN"): OfficeMode {
  const sheets = UNIT_SHEETS.map((u, i) => {
    const spec = reportSheet(SAMPLE_UNITS[i], i === 0 ? { statedPct: { KT_DV: "75,5%" } } : {});
    return { ...seedFromSpec(spec, u.sheet), active: i === 0 };
  });
  return { kind: "excel", stub: officeStubScript(), seed: { sheets, displayLanguage } };
}
