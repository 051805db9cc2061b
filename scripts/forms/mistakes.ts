import { figure, setFigure, type FormSet } from "./figures";
import { roundHalfUp } from "./ratios";
import type { Tweaks } from "./unitFigures";

/**
 * The honest mistakes of the sample: what a unit's staff really get wrong, each breaking exactly one relation,
 * with the rule id a checker must report and the cell it must point at.
 */
export interface Mistake {
  unit: string;
  form: string;
  row: string;
  column: string;
  rule: string;
  /** For CROSS_FORM: the two cells (`BTCTW-1/D/2 = BTCTW-3/I/2`). */
  pair?: string;
  vi: string;
  en: string;
  /** How the figures are drawn for it (before the counts are typed). */
  tweaks?: Tweaks;
  /** What the unit changed in its counts (before it typed the ratios). */
  counts?: (set: FormSet) => void;
  /** What it typed wrong in a ratio (after). */
  ratios?: (set: FormSet) => void;
}

export const MISTAKES: Mistake[] = [
  {
    unit: "DB03", form: "BTCTW-1", row: "B.2", column: "2", rule: "SUM_ROWS",
    vi: "Một đảng viên chuyển đến ngày 29/6 được cộng vào dòng `2. Chuyển đến` (và dòng B, D) khi sửa biểu lần cuối, nhưng quên ghi vào dòng `a`/`b`: 2. Chuyển đến không bằng a + b.",
    en: "A member who transferred in on 29 June was added to `2. Chuyển đến` (and to B and D) in a late correction, but not to row a or b: B.2 is not a + b.",
    tweaks: { needTransferIn: true },
    counts: (set) => {
      const f = set["BTCTW-1"];
      const b = figure(f, "B.2.b", "2") as number;
      setFigure(f, "B.2.b", "2", b - 1);
    },
  },
  {
    unit: "DB05", form: "BTCTW-1", row: "D", column: "4", rule: "PCT_STATED",
    vi: "Tỷ lệ dòng D gõ tay bị tính ngược (cùng kỳ năm trước so với kỳ này, 3*100/2) thay vì 2*100/3.",
    en: "Row D's ratio typed by hand is the wrong way round (same period last year over this period, 3*100/2) instead of 2*100/3.",
    ratios: (set) => {
      const f = set["BTCTW-1"];
      setFigure(f, "D", "4", roundHalfUp(((figure(f, "D", "3") as number) * 100) / (figure(f, "D", "2") as number), 2));
    },
  },
  {
    unit: "CB08", form: "BTCTW-3", row: "I", column: "2", rule: "CROSS_FORM", pair: "BTCTW-1/D/2 = BTCTW-3/I/2",
    vi: "Biểu 3 được lập từ danh sách đảng viên trước khi ghi nhận một đảng viên từ trần cuối tháng 6 (Biểu 1 đã tính ở dòng 1. Từ trần): dòng I của Biểu 3 hơn dòng D của Biểu 1 một người.",
    en: "Biểu 3 was made from the member list before a death at the end of June was recorded (Biểu 1 counts it under 1. Từ trần): Biểu 3 row I is one more than Biểu 1 row D.",
    tweaks: { needDeath: true, staleMembers: 1 },
  },
];

export const mistakesOf = (unit: string) => MISTAKES.filter((m) => m.unit === unit);
