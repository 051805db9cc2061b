import type { Lang } from "../engine";

/** What a table cell shows when there is no figure (no plan, no rate): a dash, never a 0. */
export const NO_VALUE = "—";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${lang}:${minDecimals}:${maxDecimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    numberFormats.set(key, f);
  }
  return f;
}

/** `2.465` and `8,1` in Vietnamese, `2,465` and `8.1` in English; `—` for no figure. */
export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(lang, 0, 2).format(value);
}

/**
 * A rate in points, already rounded by the engine (`77.5`) → `77,5 %` (vi-VN puts a space before the
 * sign) or `77.5%`; always one decimal, as FORM.md writes rates.
 */
export function formatPercent(points: number | null | undefined, lang: Lang): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return NO_VALUE;
  const n = numberFormat(lang, 1, 1).format(points);
  return lang === "vi" ? `${n} %` : `${n}%`;
}

/** `Quý I/2023` → `quy-i-2023`: a file name that survives every file system and mail client. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The downloaded workbook's name: `tong-hop-quy-i-2023.xlsx`, or `tong-hop.xlsx` when no period is known. */
export function downloadName(periodLabel: string | null): string {
  const s = periodLabel ? slug(periodLabel) : "";
  return s ? `tong-hop-${s}.xlsx` : "tong-hop.xlsx";
}

/**
 * A findings report's name: `kiem-tra-<unit or file>.xlsx` (`kiem-tra-dang-bo-cong-ty-dien-luc.xlsx`), the
 * label reduced to a slug so that no unit's name (`=1+1`, `../x`) makes a strange or unsafe file name.
 */
export function findingsFileName(label: string | null): string {
  const s = label ? slug(label.replace(/\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i, "")) : "";
  return s ? `kiem-tra-${s.slice(0, 80).replace(/-+$/, "")}.xlsx` : "kiem-tra.xlsx";
}
