import type { Lang, Localized } from "../../findings";
import { formatNumber } from "../../format";

/**
 * The text of every finding about a form's figures, Vietnamese first. Each says where (row, column), what was
 * found and what the figure should be; the sheet and cell travel beside it in the finding. Row labels are the
 * form's own (Vietnamese) words in both languages: they are what the user sees on the sheet.
 */

/** A figure in each language: vi-VN `1.250`, `104,44`; en `1,250`, `104.44`. */
export const num = (n: number, maxDecimals = 6): Localized => ({ vi: formatNumber(n, "vi", maxDecimals), en: formatNumber(n, "en", maxDecimals) });

/** A figure shown with exactly its decimals (a stated ratio `104,40` keeps its zero). */
export const shown = (n: number, decimals: number): Localized => ({ vi: formatNumber(n, "vi", decimals, true), en: formatNumber(n, "en", decimals, true) });

export const both = (f: (lang: Lang) => string): Localized => ({ vi: f("vi"), en: f("en") });

/** `dòng B (Đảng viên tăng trong kỳ)` / `row B (Đảng viên tăng trong kỳ)`. */
export function rowName(code: string, label: string | undefined): Localized {
  const l = label ? ` (${label})` : "";
  return { vi: `dòng ${code}${l}`, en: `row ${code}${l}` };
}

/** `cột 2` for a printed number; `cột “Thực hiện”` for a column known by its role (BC-XDĐ). */
export function columnName(code: string, label: string | undefined): Localized {
  if (/^\d+$/.test(code) || !label) return { vi: `cột ${code}`, en: `column ${code}` };
  return { vi: `cột “${label}”`, en: `column “${label}”` };
}

/** `Dòng B (…), cột 2`: where a finding is, at the start of its message. */
export function where(row: Localized, column: Localized | null): Localized {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return column ? { vi: cap(`${row.vi}, ${column.vi}`), en: cap(`${row.en}, ${column.en}`) } : { vi: cap(row.vi), en: cap(row.en) };
}

/** A sum of parts written as codes, then as the figures it read: `B.1 + B.2 + B.3 = 20 + 5 + 2`. */
export interface Sum {
  codes: Localized;
  figures: Localized;
  total: number;
}

const sumText = (s: Sum, lang: Lang) => (lang === "vi" ? `${s.codes.vi} = ${s.figures.vi}` : `${s.codes.en} = ${s.figures.en}`);

export const formMsg = {
  /** SUM_ROWS, SUM_COLS: a total that is not the sum of its parts. */
  sumMismatch: (at: Localized, found: number, parts: Sum, byRows: boolean): Localized => ({
    vi: `${at.vi}: ghi ${num(found).vi}, nhưng tổng các ${byRows ? "dòng chia ra" : "cột thành phần"} (${sumText(parts, "vi")}) là ${num(parts.total).vi}. Tổng và các phần phải khớp nhau.`,
    en: `${at.en}: states ${num(found).en}, but the sum of its ${byRows ? "part rows" : "part columns"} (${sumText(parts, "en")}) is ${num(parts.total).en}. The total and its parts must agree.`,
  }),
  /** SUBSET_ROW, SUBSET_COL: a *Trong đó* figure above the figure it is part of. */
  subsetAbove: (at: Localized, found: number, whole: Localized, wholeValue: number): Localized => ({
    vi: `${at.vi}: ghi ${num(found).vi}, lớn hơn ${whole.vi} là ${num(wholeValue).vi}, trong khi đây chỉ là một phần của số đó ("trong đó"); cần nhỏ hơn hoặc bằng ${num(wholeValue).vi}.`,
    en: `${at.en}: states ${num(found).en}, above ${whole.en}, which is ${num(wholeValue).en}, though it is only a part of it ("trong đó"); it must be at most ${num(wholeValue).en}.`,
  }),
  /** SUBSET_ROW over a group of non-overlapping parts: their sum above the row they are part of. */
  partsAbove: (at: Localized, found: number, parts: Sum): Localized => ({
    vi: `${at.vi}: ghi ${num(found).vi}, nhưng tổng các dòng thuộc dòng này (${sumText(parts, "vi")}) là ${num(parts.total).vi}, lớn hơn; tổng đó cần nhỏ hơn hoặc bằng ${num(found).vi}.`,
    en: `${at.en}: states ${num(found).en}, but its part rows add up to more (${sumText(parts, "en")} is ${num(parts.total).en}); their sum must be at most ${num(found).en}.`,
  }),
  /** ROW_FORMULA and a template's own equalities: a figure defined by others that does not hold. */
  formulaMismatch: (at: Localized, found: number, formula: Sum): Localized => ({
    vi: `${at.vi}: ghi ${num(found).vi}, nhưng theo công thức ${sumText(formula, "vi")} thì phải là ${num(formula.total).vi}.`,
    en: `${at.en}: states ${num(found).en}, but by its formula ${sumText(formula, "en")} it should be ${num(formula.total).en}.`,
  }),
  /** Any other comparison a template states (`KT_DV ≤ DV_CUOI`). */
  ruleBroken: (at: Localized, left: Localized, leftValue: number, sym: string, right: Localized, rightValue: number): Localized => ({
    vi: `${at.vi}: ${left.vi} là ${num(leftValue).vi} và ${right.vi} là ${num(rightValue).vi}, nhưng cần ${left.vi} ${sym} ${right.vi}.`,
    en: `${at.en}: ${left.en} is ${num(leftValue).en} and ${right.en} is ${num(rightValue).en}, but ${left.en} ${sym} ${right.en} is required.`,
  }),
  /** VALUE_RANGE. */
  outOfRange: (at: Localized, found: number, min: number | undefined, max: number | undefined): Localized => {
    const range = (lang: Lang) => {
      const f = (n: number) => formatNumber(n, lang, 6);
      if (min !== undefined && max !== undefined) return lang === "vi" ? `trong khoảng ${f(min)}–${f(max)}` : `between ${f(min)} and ${f(max)}`;
      if (min !== undefined) return lang === "vi" ? `từ ${f(min)} trở lên` : `at least ${f(min)}`;
      return lang === "vi" ? `không quá ${f(max as number)}` : `at most ${f(max as number)}`;
    };
    return {
      vi: `${at.vi}: ghi ${num(found).vi}, ngoài khoảng hợp lý của biểu; cần ${range("vi")} (có thể nhập nhầm hoặc ghi tổng thay cho bình quân).`,
      en: `${at.en}: states ${num(found).en}, outside the form's plausible range; it should be ${range("en")} (a typing slip, or a sum written for an average).`,
    };
  },
  /** PCT_STATED. */
  ratioWrong: (at: Localized, stated: Localized, formula: Sum, rounded: Localized): Localized => ({
    vi: `${at.vi}: ghi ${stated.vi}, nhưng ${sumText(formula, "vi")} = ${num(formula.total, 4).vi}; cần ghi ${rounded.vi}.`,
    en: `${at.en}: states ${stated.en}, but ${sumText(formula, "en")} = ${num(formula.total, 4).en}; it should read ${rounded.en}.`,
  }),
  /** PCT_ROUNDING. */
  ratioRounding: (at: Localized, stated: Localized, formula: Sum, rounded: Localized): Localized => ({
    vi: `${at.vi}: ghi ${stated.vi}, chỉ lệch do làm tròn: ${sumText(formula, "vi")} = ${num(formula.total, 4).vi}, làm tròn đúng là ${rounded.vi}.`,
    en: `${at.en}: states ${stated.en}, off only by rounding: ${sumText(formula, "en")} = ${num(formula.total, 4).en}, correctly rounded ${rounded.en}.`,
  }),
  /** A ratio stated where its formula divides by a blank or 0 (FORM.md's PCT_NO_PLAN, for any form). */
  ratioNoBase: (at: Localized, stated: Localized, formula: Sum): Localized => ({
    vi: `${at.vi}: ghi ${stated.vi}, nhưng ${formula.codes.vi} không tính được (${formula.figures.vi}: số chia trống hoặc bằng 0), nên ô này không có tỷ lệ; hãy để trống.`,
    en: `${at.en}: states ${stated.en}, but ${formula.codes.en} cannot be computed (${formula.figures.en}: the divisor is blank or 0), so this cell has no ratio; leave it blank.`,
  }),
  /** NOT_APPLICABLE. */
  notApplicable: (at: Localized, found: number): Localized => ({
    vi: `${at.vi}: biểu đánh dấu X (không áp dụng) ở ô này, nhưng ô ghi ${num(found).vi}; hãy để trống hoặc ghi X.`,
    en: `${at.en}: the form marks this cell X (not applicable), but it states ${num(found).en}; leave it blank or write X.`,
  }),
  /** CROSS_FORM: each side names its form, row, column, sheet and cell. */
  crossForm: (here: Localized, hereValue: Localized, sym: string, there: Localized, thereValue: Localized): Localized => ({
    vi: `${here.vi} ghi ${hereValue.vi}, nhưng ${there.vi} ghi ${thereValue.vi}; hai biểu của cùng đơn vị, cùng kỳ phải khớp nhau (${sym === "=" ? "hai số phải bằng nhau" : `cần số thứ nhất ${sym} số thứ hai`}).`,
    en: `${here.en} states ${hereValue.en}, but ${there.en} states ${thereValue.en}; two forms of one unit and period must agree (${sym === "=" ? "the two must be equal" : `the first must be ${sym} the second`}).`,
  }),
};

/**
 * A form named in a message by its id (`Biểu BTCTW-3DT`): markers are not unique (BTCTW-3DT prints
 * `Biểu số 3-BTCTW` as BTCTW-3 does), ids are.
 */
export const formName = (id: string): Localized => ({ vi: `Biểu ${id}`, en: `Form ${id}` });

/** `Biểu BTCTW-1, dòng D (…), cột 2 (trang “Biểu 1”, ô C24)`: a cell named fully, for a message about two forms. */
export function cellName(form: Localized, row: Localized, column: Localized, sheet: string, cell: string | null): Localized {
  const at = (lang: Lang) => {
    const s = lang === "vi" ? `trang “${sheet}”` : `sheet “${sheet}”`;
    const c = cell ? (lang === "vi" ? `, ô ${cell}` : `, cell ${cell}`) : "";
    return `${s}${c}`;
  };
  return { vi: `${form.vi}, ${row.vi}, ${column.vi} (${at("vi")})`, en: `${form.en}, ${row.en}, ${column.en} (${at("en")})` };
}
