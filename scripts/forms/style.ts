/**
 * How one unit prints its forms: the choices that differ between real copies of the same form
 * (forms/README.md "What every form has", and each form file's "Where real sheets vary").
 */
export interface Style {
  /** Row numbering inside the label (`B - Đảng viên tăng trong kỳ`) or in a separate `TT` column. */
  numbering: "label" | "tt";
  /** Header rows above the numbering row: the form's own (2 for BTCTW-1/2/3, 3 for BTCTW-5), or one more
   *  merged row on top of the figure columns (`Số đảng viên` over `Thực hiện` over `Kỳ này`). */
  headerRows: "form" | "extra";
  /** The column-numbering row: `1 | 2 | 3 | 4(=2*100/3)`, `(1) | (2) | (3) | (4)`, or none. */
  columnNumbers: "plain" | "paren" | "none";
  /** The form marker printed: the form's own (`Biểu số 1-BTCTW`), `Biểu 1-BTCTW`, `Biểu số 01-BTCTW` or `Mẫu 1-BTCTW`. */
  marker: "own" | "short" | "zero" | "mau";
  /** Title and period on one line, or the period on the line below. */
  titleLines: 1 | 2;
  /** How a zero count is printed: `0`, left blank, or `-`. */
  zero: "0" | "blank" | "-";
  /** The ratio column: typed (rounded to 2 decimals, as units type it) or a live formula (`=B12*100/C12`). */
  ratio: "typed" | "formula";
  /** Rows printed with the first of their aliases instead of the label (a unit's own wording). */
  aliasRows: string[];
  /** Upper-case header texts (`TIÊU CHÍ`, `THỰC HIỆN`), as Generation-A copies print them. */
  upperHeader: boolean;
  /** An explicit `Đơn vị báo cáo: …` line under the header block. */
  unitLine: boolean;
  /** `Đvt: Người` under the marker. */
  unitOfMeasure: boolean;
  /** Empty rows above and columns left of everything. */
  top: number;
  left: number;
  /** Optional rows left out (BTCTW-2's `- Nữ` and `- Người theo tôn giáo` are absent from the 2022 export). */
  omitOptional: boolean;
  /** Rows in another order (each group's children reversed) and empty rows between groups. */
  reorder?: boolean;
  blankRows?: boolean;
  /** Decomposed Unicode (NFD), as some Mac and web tools write. */
  nfd?: boolean;
  /** Figures typed as vi-VN text (`1.234`, `104,44`). */
  numbersAsText?: boolean;
}

export const BASE_STYLE: Style = {
  numbering: "label",
  headerRows: "form",
  columnNumbers: "plain",
  marker: "own",
  titleLines: 2,
  zero: "0",
  ratio: "typed",
  aliasRows: [],
  upperHeader: false,
  unitLine: false,
  unitOfMeasure: false,
  top: 0,
  left: 0,
  omitOptional: false,
};
