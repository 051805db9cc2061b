import { BASE_STYLE, type Style } from "./style";

/**
 * The sample: the Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình (articles/003) and ten of its TCCS in
 * enterprises, each sending its half-year statistical forms in one workbook. Names are plausible, not real
 * units' reports; member counts are of the size the articles give (a TCCS of 7 to 190 members).
 */
export const SUPERIOR = "ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH NINH BÌNH";
export const SUPERIOR_NAME = "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình";
export const SUPERIOR_SHORT = "ĐẢNG BỘ KHỐI CQ VÀ DN TỈNH NINH BÌNH";
export const PERIOD = "6 THÁNG ĐẦU NĂM 2026";
/** BTCTW-5 is a year-end stock (its template allows `year` only): units attach the one of the last year. */
export const PERIOD_BTCTW5 = "NĂM 2025";

export type Format = "xlsx" | "xls" | "ods";
export type UnitType = "Đảng bộ cơ sở" | "Chi bộ cơ sở";

export interface Unit {
  code: string;
  /** As on the roster. */
  name: string;
  type: UnitType;
  /** As printed in the header block (`ĐẢNG ỦY CÔNG TY …`, `CHI BỘ …`). */
  header: string;
  /** The BTCTW-5 row of its kind of enterprise (`9.a.V100`, `9.b.CP`, …). */
  kind: string;
  /** Members at 31/12/2025 (BTCTW-1 row A, column 2; BTCTW-5 column 7). */
  members: number;
  /** Đảng bộ bộ phận and chi bộ trực thuộc (BTCTW-5 columns 5 and 6). */
  subParts: number;
  subCells: number;
  file: string;
  format: Format;
  style: Partial<Style>;
  /** Sheet names for BTCTW-1, 2, 3, 5. */
  sheets: [string, string, string, string];
  /** An unrelated sheet beside the forms, and where it stands (0 = first). */
  extraSheet?: { name: string; at: number; note?: string };
  /** The day in July 2026 the forms were signed. */
  day: number;
  preparer: string;
  secretary: string;
}

const S = (s: Partial<Style>): Partial<Style> => s;

export const UNITS: Unit[] = [
  {
    code: "DB01", name: "Đảng bộ Công ty Điện lực Ninh Bình", type: "Đảng bộ cơ sở", header: "ĐẢNG ỦY CÔNG TY ĐIỆN LỰC NINH BÌNH",
    kind: "9.a.V100", members: 186, subParts: 1, subCells: 9, file: "01-dien-luc", format: "xlsx",
    style: S({}), sheets: ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 5"], day: 3, preparer: "Phạm Thị Thu Hà", secretary: "Nguyễn Văn Thắng",
  },
  {
    code: "DB02", name: "Đảng bộ Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Bình", type: "Đảng bộ cơ sở",
    header: "ĐẢNG ỦY CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI NINH BÌNH",
    kind: "9.a.V100", members: 124, subParts: 0, subCells: 7, file: "02-thuy-loi", format: "xlsx",
    style: S({ numbering: "tt", headerRows: "extra", columnNumbers: "paren", zero: "-", aliasRows: ["A", "D", "B.1", "I.DVTN"] }),
    sheets: ["1-BTCTW", "2-BTCTW", "3-BTCTW", "5-BTCTW"], extraSheet: { name: "Ghi chú", at: 4, note: "Số liệu chốt đến ngày 30/6/2026 theo phần mềm quản lý đảng viên." },
    day: 6, preparer: "Đinh Thị Lan", secretary: "Trần Quang Huy",
  },
  {
    code: "DB03", name: "Đảng bộ Công ty Cổ phần Nước sạch Ninh Bình", type: "Đảng bộ cơ sở", header: "ĐẢNG ỦY CÔNG TY CP NƯỚC SẠCH NINH BÌNH",
    kind: "9.a.TU50", members: 87, subParts: 0, subCells: 5, file: "03-nuoc-sach", format: "xlsx",
    style: S({ marker: "short", titleLines: 1, zero: "blank", top: 1, unitOfMeasure: true }),
    sheets: ["B1", "B2", "B3", "B5"], day: 2, preparer: "Vũ Thị Hồng", secretary: "Lê Đức Toàn",
  },
  {
    code: "DB04", name: "Đảng bộ Ngân hàng TMCP Công thương Việt Nam - Chi nhánh Ninh Bình", type: "Đảng bộ cơ sở",
    header: "ĐẢNG ỦY VIETINBANK CHI NHÁNH NINH BÌNH",
    kind: "9.a.TU50", members: 73, subParts: 0, subCells: 6, file: "04-vietinbank", format: "xlsx",
    style: S({ ratio: "formula", unitLine: true, upperHeader: true, columnNumbers: "none" }),
    sheets: ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 5"], extraSheet: { name: "Sheet1", at: 0 },
    day: 7, preparer: "Hoàng Minh Châu", secretary: "Đỗ Thị Thanh Bình",
  },
  {
    code: "DB05", name: "Đảng bộ Bưu điện tỉnh Ninh Bình", type: "Đảng bộ cơ sở", header: "ĐẢNG ỦY BƯU ĐIỆN TỈNH NINH BÌNH",
    kind: "9.a.V100", members: 61, subParts: 0, subCells: 4, file: "05-buu-dien", format: "xls",
    style: S({ marker: "zero", numbering: "tt", left: 1, aliasRows: ["C.5", "B.2", "I.NU"] }),
    sheets: ["Bieu 01", "Bieu 02", "Bieu 03", "Bieu 05"], day: 3, preparer: "Ngô Thị Mai", secretary: "Bùi Văn Khánh",
  },
  {
    code: "DB06", name: "Đảng bộ Công ty Cổ phần Xây dựng Giao thông Ninh Bình", type: "Đảng bộ cơ sở", header: "ĐẢNG ỦY CÔNG TY CP XÂY DỰNG GIAO THÔNG NINH BÌNH",
    kind: "9.a.DUOI50", members: 38, subParts: 0, subCells: 3, file: "06-xay-dung-giao-thong", format: "xls",
    style: S({ marker: "mau", headerRows: "extra", zero: "-", omitOptional: true }),
    sheets: ["Tăng giảm ĐV", "ĐV mới kết nạp", "Đội ngũ ĐV", "Loại hình cơ sở"], day: 8, preparer: "Trịnh Văn Sơn", secretary: "Mai Xuân Trường",
  },
  {
    code: "CB07", name: "Chi bộ Công ty Cổ phần Du lịch Tràng An", type: "Chi bộ cơ sở", header: "CHI BỘ CÔNG TY CP DU LỊCH TRÀNG AN",
    kind: "9.b.CP", members: 23, subParts: 0, subCells: 0, file: "07-du-lich-trang-an", format: "xls",
    style: S({ columnNumbers: "paren", titleLines: 1, zero: "blank" }),
    sheets: ["1-BTCTW", "2-BTCTW", "3-BTCTW", "5-BTCTW"], extraSheet: { name: "Sheet1", at: 4 },
    day: 1, preparer: "Lã Thị Ngọc Ánh", secretary: "Phạm Văn Tuấn",
  },
  {
    code: "CB08", name: "Chi bộ Công ty TNHH May Hoàng Long Ninh Bình", type: "Chi bộ cơ sở", header: "CHI BỘ CÔNG TY TNHH MAY HOÀNG LONG NINH BÌNH",
    kind: "9.b.TNHH", members: 14, subParts: 0, subCells: 0, file: "08-may-hoang-long", format: "ods",
    style: S({ numbering: "tt", marker: "short", aliasRows: ["A", "I.DTTS"] }),
    sheets: ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 5"], day: 9, preparer: "Đinh Văn Hải", secretary: "Nguyễn Thị Hằng",
  },
  {
    code: "CB09", name: "Chi bộ Công ty TNHH Linh kiện điện tử Gia Viễn", type: "Chi bộ cơ sở", header: "CHI BỘ CÔNG TY TNHH LINH KIỆN ĐIỆN TỬ GIA VIỄN",
    kind: "9.b.VNN", members: 9, subParts: 0, subCells: 0, file: "09-linh-kien-gia-vien", format: "ods",
    style: S({ headerRows: "extra", columnNumbers: "none", zero: "-", top: 2, unitOfMeasure: true }),
    sheets: ["B1", "B2", "B3", "B5"], extraSheet: { name: "Ghi chú", at: 4, note: "Chi bộ sinh hoạt ghép tại Khu công nghiệp Gián Khẩu." },
    day: 10, preparer: "Lê Thị Phương", secretary: "Trần Văn Long",
  },
  {
    code: "CB10", name: "Chi bộ Quỹ Tín dụng nhân dân Gia Sinh", type: "Chi bộ cơ sở", header: "CHI BỘ QUỸ TÍN DỤNG NHÂN DÂN GIA SINH",
    kind: "9.c", members: 7, subParts: 0, subCells: 0, file: "10-quy-tin-dung-gia-sinh", format: "xlsx",
    style: S({ marker: "mau", titleLines: 1 }),
    sheets: ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 5"], day: 6, preparer: "Phạm Thị Huế", secretary: "Đinh Công Thành",
  },
];

/** On the roster, sent nothing (UNIT_MISSING). */
export const MISSING_UNIT = { code: "CB11", name: "Chi bộ Công ty Cổ phần Thương mại Ninh Bình", type: "Chi bộ cơ sở" as UnitType };

export function styleOf(u: Unit): Style {
  return { ...BASE_STYLE, ...u.style };
}
