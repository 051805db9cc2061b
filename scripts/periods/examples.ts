/**
 * The sample cluster's previous quarter (examples/ky-truoc/: Quý IV/2022 of the ten units of examples/units, Quý
 * I/2023), so that `npm run demo -- --previous examples/ky-truoc` shows the checks across periods. Each unit's
 * closing count is its Quý I opening count, its stocks are Quý I's, its flows Quý I's, year-to-date three times
 * a quarter's (a year of four similar quarters). One honest slip: 02-dien-luc reports one member fewer at the
 * end of Quý IV than it opens Quý I with (CARRY_OVER).
 */
import { BCXDD, allIndicators } from "../../src/templates/bcxdd";
import { SAMPLE_UNITS, type SampleUnit } from "../../test/support/units";

export const EXAMPLE_DIR = "examples/ky-truoc";
export const PERIOD = "Quý IV/2022";
/** Index in SAMPLE_UNITS of the unit whose Quý IV closing count is one short. */
export const SLIP = 1;

const FILES = ["01-cap-nuoc", "02-dien-luc", "03-bhxh", "04-xo-so", "05-agribank", "06-duoc-pham", "07-moi-truong", "08-quy-dau-tu", "09-bql-kcn", "10-sach-tbth"];

export function previousQuarter(): { file: string; unit: SampleUnit }[] {
  return SAMPLE_UNITS.map((u, i) => {
    const q1 = u.figures;
    const figures: SampleUnit["figures"] = {};
    for (const ind of allIndicators(BCXDD)) {
      const [plan, actual] = q1[ind.code] ?? [null, null, null];
      // Year-to-date by December: the quarter plus three earlier ones like it, never above what a plan allows.
      figures[ind.code] = ind.kind === "flow" ? [plan, actual, actual === null ? null : Math.round(actual * 3 * 100) / 100] : [null, actual, actual];
    }
    const close = (q1.DV_DAU[1] as number) - (i === SLIP ? 1 : 0);
    const flow = (code: string) => (figures[code][1] as number | null) ?? 0;
    const open = close - flow("DV_KN") - flow("DV_DEN") + flow("DV_DI") + flow("DV_TUTRAN") + flow("DV_XOATEN") + flow("DV_KHAITRU");
    const probationary = q1.DV_DB[1] as number;
    figures.DV_DAU = [null, open, open];
    figures.DV_CUOI = [null, close, close];
    figures.DV_CT = [null, close - probationary, close - probationary];
    figures.DV_DB = [null, probationary, probationary];
    // Inspections are counted against members: a year of them stays within the unit's members.
    for (const code of ["KT_DV", "GS_DV"]) figures[code] = [figures[code][0], figures[code][1], Math.min(figures[code][2] as number, close)];
    return { file: `${FILES[i]}-quy-4-2022`, unit: { ...u, figures, reportDate: u.reportDate.replace(/^2023-04/, "2023-01") } };
  });
}

export const SLIP_CODE = SAMPLE_UNITS[SLIP].code;

export const EXAMPLE_README = `# Kỳ trước của cụm mẫu: Quý IV/2022

Báo cáo Quý IV/2022 của mười đơn vị trong \`examples/units\` (Quý I/2023), để thử kiểm tra giữa các kỳ:

    npm run demo -- --previous examples/ky-truoc

Số cuối kỳ của mỗi đơn vị là số đầu kỳ Quý I/2023, trừ một chỗ nhầm (bên dưới); trang \`So sánh\` của
\`tong-hop.xlsx\` đặt Quý I/2023 cạnh Quý IV/2022. Made by \`node --import tsx scripts/make-period-fixtures.ts\`
(scripts/periods/examples.ts): written by our renderer, then opened and saved by LibreOffice as .xlsx.

`;
