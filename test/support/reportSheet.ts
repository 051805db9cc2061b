import { a1 } from "../../src/engine/grid";
import { blank, formula, num, text, type SheetSpec, type SpecCell } from "../../src/engine/sheetspec";
import { BCXDD } from "../../src/templates/bcxdd";
import type { SampleUnit } from "./units";

/**
 * Builds a filled report sheet the way committees make them, in several layouts, as a SheetSpec
 * (written to .xlsx by our renderer, then re-saved by LibreOffice as .xls/.ods/.xlsx for fixtures).
 */
export interface Layout {
  /** Keep the `Mã` column (the template has it; many units delete it). */
  codeColumn?: boolean;
  /** `template`: our labels; `variant`: other labels seen in real sheets; `two-row`: merged two-row header. */
  header?: "template" | "variant" | "two-row";
  /** A column-numbering row under the header (`A | B | C | 1 | 2 | 3 | 4=3/1`). */
  numbering?: boolean;
  /** Empty rows above everything, and empty columns to the left. */
  top?: number;
  left?: number;
  /** An empty row after each section title. */
  blankRows?: boolean;
  /** Rows of each section in reverse order. */
  reorder?: boolean;
  /** How the rate column is filled. */
  pct?: "formula" | "value" | "text" | "none";
  /** Rates typed by hand, overriding `pct` for these codes (text like `75,5%` or a number in points). */
  statedPct?: Record<string, string | number>;
  /** Figures typed as vi-VN text (`2.465`, `8,1`). */
  numbersAsText?: boolean;
  /** No `Kỳ báo cáo` label: the period only in the title. */
  periodInTitle?: boolean;
  /** Labels and values in one cell (`Kỳ báo cáo: Quý I/2023`). */
  metaInline?: boolean;
  /** Decomposed Unicode (NFD), as some Mac and web tools write. */
  nfd?: boolean;
  period?: string;
  sheetName?: string;
}

const viText = (n: number) => {
  const [int, frac] = String(n).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
};

export function reportSheet(unit: SampleUnit, layout: Layout = {}): SheetSpec {
  const L = { codeColumn: true, header: "template", numbering: true, top: 0, left: 0, pct: "formula", period: "Quý I/2023", ...layout } as Required<Layout> & Layout;
  const t = (s: string) => (L.nfd ? s.normalize("NFD") : s);
  const rows: (SpecCell | null)[][] = [];
  const merges: SheetSpec["merges"] = [];
  const put = (r: number, c: number, cell: SpecCell | null) => {
    const rr = r + L.top;
    (rows[rr] ??= [])[c + L.left] = cell;
  };

  let r = 0;
  put(r++, 0, text(t("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"), "label"));
  put(r++, 0, text(t(`${unit.name.toUpperCase()}`), "label"));
  const [y, m, d] = unit.reportDate.split("-");
  put(r++, 5, text(t(`Thành phố, ngày ${d} tháng ${Number(m)} năm ${y}`), "subtitle"));
  put(r++, 0, text(t(L.periodInTitle ? `BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG ${L.period.toUpperCase()}` : "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG"), "title"));
  r++;
  const meta: [string, string][] = [
    ["Đơn vị báo cáo", unit.name],
    ["Mã đơn vị", unit.code],
    ["Cụm", "Cụm II"],
    ...(L.periodInTitle ? [] : ([["Kỳ báo cáo", L.period]] as [string, string][])),
    ["Loại hình", unit.type],
  ];
  for (const [label, value] of meta) {
    if (L.metaInline) put(r++, 1, text(t(`${label}: ${value}`), "label"));
    else {
      put(r, 1, text(t(`${label}:`), "label"));
      put(r++, 2, text(t(value)));
    }
  }
  r++;

  // Columns, left to right.
  const cols = L.codeColumn ? ["stt", "code", "name", "unit", "plan", "actual", "ytd", "pct", "note"] : ["stt", "name", "unit", "plan", "actual", "ytd", "pct", "note"];
  const usedCols = L.pct === "none" && !L.statedPct ? cols.filter((c) => c !== "pct") : cols;
  const at = (role: string) => usedCols.indexOf(role);
  const labels: Record<string, string> =
    L.header === "variant"
      ? { stt: "TT", code: "Mã chỉ tiêu", name: "Nội dung", unit: "Đơn vị tính", plan: "KH năm 2023", actual: "TH kỳ này", ytd: "Luỹ kế từ đầu năm", pct: "Tỉ lệ (%)", note: "Ghi chú" }
      : { stt: "STT", code: "Mã", name: "Chỉ tiêu", unit: "ĐVT", plan: "Kế hoạch năm", actual: "Thực hiện kỳ báo cáo", ytd: "Lũy kế từ đầu năm", pct: "Tỷ lệ % so với kế hoạch", note: "Ghi chú" };
  if (L.header === "two-row") {
    usedCols.forEach((role, c) => {
      if (role === "actual") {
        put(r, c, text(t("Kết quả thực hiện"), "header"));
        put(r, c + 1, blank("header"));
        merges.push({ r1: r + L.top, c1: c + L.left, r2: r + L.top, c2: c + 1 + L.left });
        put(r + 1, c, text(t(L.period.split("/")[0]), "header"));
      } else if (role === "ytd") {
        put(r + 1, c, text(t("Lũy kế"), "header"));
      } else {
        put(r, c, text(t(labels[role]), "header"));
        put(r + 1, c, blank("header"));
        merges.push({ r1: r + L.top, c1: c + L.left, r2: r + 1 + L.top, c2: c + L.left });
      }
    });
    r += 2;
  } else {
    usedCols.forEach((role, c) => put(r, c, text(t(labels[role]), "header")));
    r++;
  }
  if (L.numbering) {
    const numbering: Record<string, string> = { stt: "A", code: "B", name: "C", unit: "D", plan: "1", actual: "2", ytd: "3", pct: "4=3/1", note: "E" };
    usedCols.forEach((role, c) => put(r, c, text(numbering[role], "numbering")));
    r++;
  }

  for (const s of BCXDD.sections) {
    put(r, at("stt"), text(s.stt, "section"));
    put(r, at("name"), text(t(s.title), "section"));
    r++;
    if (L.blankRows) r++;
    const inds = L.reorder ? [...s.indicators].reverse() : s.indicators;
    for (const ind of inds) {
      const [plan, actual, ytd] = unit.figures[ind.code] ?? [null, null, null];
      put(r, at("stt"), text(ind.stt, "body"));
      if (L.codeColumn) put(r, at("code"), text(ind.code, "code"));
      put(r, at("name"), text(t(ind.name), "body"));
      put(r, at("unit"), text(t(ind.unit), "body"));
      const fig = (v: number | null) => (v === null ? blank("input") : L.numbersAsText ? text(viText(v), "input") : num(v, ind.value === "amount" ? "#,##0.00" : "#,##0", "input"));
      put(r, at("plan"), fig(plan));
      put(r, at("actual"), fig(actual));
      put(r, at("ytd"), fig(ytd));
      const stated = L.statedPct?.[ind.code];
      if (at("pct") >= 0) {
        const [P, Y] = [a1(r + L.top, at("plan") + L.left), a1(r + L.top, at("ytd") + L.left)];
        const ratio = plan && ytd !== null ? ytd / plan : null;
        let cell: SpecCell = blank("percent");
        if (stated !== undefined) cell = typeof stated === "number" ? num(stated, "0.0", "percent") : text(stated, "percent");
        else if (L.pct === "formula") cell = formula(`IF(N(${P})>0,${Y}/${P},"")`, ratio ?? "", "0.0%", "percent");
        else if (L.pct === "value" && ratio !== null) cell = num(ratio, "0.0%", "percent");
        else if (L.pct === "text" && ratio !== null) cell = text(`${viText(Math.round(ratio * 1000) / 10)}%`, "percent");
        put(r, at("pct"), cell);
      }
      r++;
    }
  }
  r += 1;
  put(r, at("name"), text(t("NGƯỜI LẬP BIỂU"), "label"));
  put(r, at("actual"), text(t("T/M ĐẢNG ỦY"), "label"));
  put(r + 1, at("actual"), text(t("BÍ THƯ"), "label"));

  const width = usedCols.length + L.left;
  const normalized = Array.from({ length: rows.length }, (_, i) => {
    const row = rows[i] ?? [];
    return Array.from({ length: Math.max(row.length, 0) }, (_, c) => row[c] ?? null);
  });
  return {
    name: L.sheetName ?? "BC-XDĐ",
    rows: normalized,
    merges,
    widths: Array.from({ length: width }, (_, c) => (usedCols[c - L.left] === "name" ? 48 : 12)),
  };
}
