import { a1 } from "../grid";
import { blank, formula, NUMBER_FORMATS, text, type SheetSpec, type SpecCell, type SpecValidation } from "../sheetspec";
import type { Template } from "../../templates/types";
import { SHEET } from "./names";
import { withPrint } from "../print/setup";

export const FORM_HEADER = ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện kỳ báo cáo", "Lũy kế từ đầu năm", "Tỷ lệ % so với kế hoạch", "Ghi chú"];
const NUMBERING = ["A", "B", "C", "D", "1", "2", "3", "4=3/1", "E"];
const META_LABELS = ["Đơn vị báo cáo:", "Mã đơn vị:", "Cụm:", "Kỳ báo cáo:", "Loại hình:", "Ngày báo cáo:"];
/**
 * How to fill the fields, on its own row: a hint beside an empty field would be read as its value
 * (a label's value is the next non-empty cell to the right), so it names no period, year or type.
 */
const META_HINT =
  "Hướng dẫn: Kỳ báo cáo ghi “Quý I/…”, “6 tháng đầu năm …”, “9 tháng năm …” hoặc “Năm …” kèm năm; Loại hình ghi đảng bộ hay chi bộ cơ sở; số thập phân dùng dấu phẩy.";
export const FORM_FIRST_META_ROW = 4;
export const FORM_HEADER_ROW = 11;

/**
 * The blank form a unit fills in (`tonghop template`, and `Mẫu biểu` in the task pane): metadata labels,
 * the header, every row with its STT and code, and the rate column as a live formula.
 */
export function formSheet(template: Template): SheetSpec {
  const rows: (SpecCell | null)[][] = [];
  rows[0] = [text("ĐẢNG BỘ ………………………", "label"), null, null, null, null, text("ĐẢNG CỘNG SẢN VIỆT NAM", "label")];
  rows[1] = [text("ĐẢNG ỦY ………………………", "label"), null, null, null, null, text("………, ngày … tháng … năm ……", "subtitle")];
  rows[2] = [text(template.title, "title")];
  META_LABELS.forEach((label, i) => {
    rows[FORM_FIRST_META_ROW + i] = [null, null, text(label, "label"), blank("input")];
  });
  rows[FORM_FIRST_META_ROW + META_LABELS.length] = [null, null, text(META_HINT, "muted")];
  rows[FORM_HEADER_ROW] = FORM_HEADER.map((h) => text(h, "header"));
  rows[FORM_HEADER_ROW + 1] = NUMBERING.map((h) => text(h, "numbering"));

  const validations: SpecValidation[] = [];
  let r = FORM_HEADER_ROW + 2;
  for (const s of template.sections) {
    rows[r++] = [text(s.stt, "section"), blank("section"), text(s.title, "section"), ...Array.from({ length: 6 }, () => blank("section"))];
    for (const ind of s.indicators) {
      const fmt = ind.value === "amount" ? NUMBER_FORMATS.amount : NUMBER_FORMATS.count;
      const [E, F, G] = [a1(r, 4), a1(r, 5), a1(r, 6)];
      // The year-to-date figure when given, else the period's; no plan → no rate, never #DIV/0!.
      const rate = `IF(AND(N(${E})>0,COUNT(${F}:${G})>0),IF(ISNUMBER(${G}),${G},${F})/${E},"")`;
      rows[r] = [
        text(ind.stt, "body"),
        text(ind.code, "code"),
        text(ind.name, "body"),
        text(ind.unit, "body"),
        blank("input", fmt),
        blank("input", fmt),
        blank("input", fmt),
        formula(rate, "", NUMBER_FORMATS.percent, "percent"),
        blank("body"),
      ];
      validations.push(
        ind.value === "count"
          ? { ref: `${E}:${G}`, type: "whole", min: 0, error: "Chỉ tiêu này đếm số lượng: nhập số nguyên không âm." }
          : { ref: `${E}:${G}`, type: "decimal", min: 0, error: "Nhập số không âm (dấu phẩy cho phần thập phân)." },
      );
      r++;
    }
  }
  r++;
  rows[r] = [null, null, text("NGƯỜI LẬP BIỂU", "label"), null, null, text("T/M ĐẢNG ỦY", "label")];
  rows[r + 1] = [null, null, null, null, null, text("BÍ THƯ", "label")];

  return withPrint({
    name: SHEET.form,
    rows,
    merges: [{ r1: 2, c1: 0, r2: 2, c2: 8 }],
    widths: [6, 13, 50, 21, 13, 14, 14, 13, 20],
    freeze: { rows: FORM_HEADER_ROW + 2, cols: 0 },
    validations,
  }, { r1: FORM_HEADER_ROW, r2: FORM_HEADER_ROW + 1 });
}
