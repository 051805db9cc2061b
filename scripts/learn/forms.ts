/**
 * The two committee forms the learner has never seen, as plain descriptions: a quarterly "Báo cáo kết quả
 * thực hiện nhiệm vụ" (TT column, three merged header rows, letters and numbers in the numbering row,
 * `2 (=3+4)` and a percentage `6 (=5/1)`, SUM and `=a+b−c` total rows, `Trong đó:` on a line of its own,
 * `gồm:` with `+` bullets) and a yearly survey "Thống kê đảng viên là chủ doanh nghiệp" (numbering in the
 * label, two merged header rows, `Chia ra` columns, a `Trong đó` column, `chia ra:` with `-` bullets, an
 * unannounced list, `Trong đó:` prefixes and lines).
 */
export type RowSpec =
  | { id: string; tt?: string; label: string; kind: "heading" }
  /** Typed figures. `subsetOf`: at most that row; `partOf`: its parent types their sum. */
  | { id: string; tt?: string; label: string; kind: "input"; subsetOf?: string }
  /** The parent of a list: the blank sums it by formula (`formula: true`), or the unit types the sum. */
  | { id: string; tt?: string; label: string; kind: "sum"; parts: string[]; formula: boolean }
  /** `=a+b−c` over other rows. */
  | { id: string; tt?: string; label: string; kind: "combo"; plus: string[]; minus: string[] };

export type ColumnSpec =
  | { kind: "tt" | "label" | "note"; width: number; numbering: string }
  | { kind: "input"; width: number; numbering: string; max: number; subsetOf?: number }
  /** The sum of other columns (by index), a formula on every figure row. */
  | { kind: "sum"; width: number; numbering: string; of: number[] }
  /** num * 100 / den (column indexes), `IF(den=0,"",…)`. */
  | { kind: "ratio"; width: number; numbering: string; num: number; den: number };

export interface HeaderCell {
  r: number;
  c: number;
  text: string;
  rows?: number;
  cols?: number;
}

export interface FormSpec {
  file: string;
  sheet: string;
  superior: string;
  marker: string;
  unitOfMeasure?: string;
  title: string;
  periodBlank: string;
  /** Rows of the table header (1–3) and their cells. */
  headerRows: number;
  header: HeaderCell[];
  columns: ColumnSpec[];
  rows: RowSpec[];
}

export const TASKS: FormSpec = {
  file: "bao-cao-nhiem-vu-quy",
  sheet: "Báo cáo quý",
  superior: "ĐẢNG BỘ HUYỆN ĐỒNG PHÚ",
  marker: "Mẫu số 02-BC/ĐU",
  title: "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
  periodBlank: "QUÝ …… NĂM 20……",
  headerRows: 3,
  header: [
    { r: 0, c: 0, text: "TT", rows: 3 },
    { r: 0, c: 1, text: "Nội dung", rows: 3 },
    { r: 0, c: 2, text: "Kế hoạch năm", rows: 3 },
    { r: 0, c: 3, text: "Thực hiện trong quý", cols: 3 },
    { r: 1, c: 3, text: "Tổng số", rows: 2 },
    { r: 1, c: 4, text: "Chia ra", cols: 2 },
    { r: 2, c: 4, text: "Khối cơ quan" },
    { r: 2, c: 5, text: "Khối cơ sở" },
    { r: 0, c: 6, text: "Lũy kế từ đầu năm", rows: 3 },
    { r: 0, c: 7, text: "Tỷ lệ thực hiện so với kế hoạch năm (%)", rows: 3 },
    { r: 0, c: 8, text: "Ghi chú", rows: 3 },
  ],
  columns: [
    { kind: "tt", width: 6, numbering: "A" },
    { kind: "label", width: 48, numbering: "B" },
    { kind: "input", width: 11, numbering: "1", max: 60 },
    { kind: "sum", width: 11, numbering: "2 (=3+4)", of: [4, 5] },
    { kind: "input", width: 11, numbering: "3", max: 12 },
    { kind: "input", width: 11, numbering: "4", max: 20 },
    { kind: "input", width: 11, numbering: "5", max: 45 },
    { kind: "ratio", width: 12, numbering: "6 (=5/1)", num: 6, den: 2 },
    { kind: "note", width: 14, numbering: "C" },
  ],
  rows: [
    { id: "I", tt: "I", label: "CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG", kind: "heading" },
    { id: "I.1", tt: "1", label: "Số buổi học tập, quán triệt nghị quyết", kind: "input" },
    { id: "I.2", tt: "2", label: "Số lượt cán bộ, đảng viên tham gia học tập", kind: "input" },
    { id: "TD1", label: "Trong đó:", kind: "heading" },
    { id: "I.2.DVT", tt: "-", label: "Đảng viên trẻ (dưới 35 tuổi)", kind: "input", subsetOf: "I.2" },
    { id: "I.2.DVN", tt: "-", label: "Đảng viên nữ", kind: "input", subsetOf: "I.2" },
    { id: "II", tt: "II", label: "CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG", kind: "heading" },
    { id: "II.1", tt: "1", label: "Kết nạp đảng viên mới, chia ra:", kind: "sum", parts: ["II.1.a", "II.1.b"], formula: true },
    { id: "II.1.a", tt: "a", label: "Ở khối cơ quan", kind: "input" },
    { id: "II.1.b", tt: "b", label: "Ở khối cơ sở", kind: "input" },
    { id: "II.2", tt: "2", label: "Đảng viên đầu kỳ", kind: "input" },
    { id: "II.3", tt: "3", label: "Đảng viên tăng trong kỳ", kind: "input" },
    { id: "II.4", tt: "4", label: "Đảng viên giảm trong kỳ", kind: "input" },
    { id: "II.5", tt: "5", label: "Đảng viên cuối kỳ", kind: "combo", plus: ["II.2", "II.3"], minus: ["II.4"] },
    { id: "III", tt: "III", label: "CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ KỶ LUẬT ĐẢNG", kind: "heading" },
    { id: "III.1", tt: "1", label: "Số cuộc kiểm tra", kind: "input" },
    { id: "III.2", tt: "2", label: "Số cuộc giám sát chuyên đề", kind: "input" },
    { id: "III.3", tt: "3", label: "Số đảng viên bị thi hành kỷ luật, gồm:", kind: "sum", parts: ["III.3.KT", "III.3.CC", "III.3.CCKT"], formula: false },
    { id: "III.3.KT", tt: "+", label: "Khiển trách", kind: "input" },
    { id: "III.3.CC", tt: "+", label: "Cảnh cáo", kind: "input" },
    { id: "III.3.CCKT", tt: "+", label: "Cách chức, khai trừ", kind: "input" },
    { id: "IV", tt: "IV", label: "CÔNG TÁC DÂN VẬN", kind: "heading" },
    { id: "IV.1", tt: "1", label: "Số mô hình “Dân vận khéo” được công nhận", kind: "input" },
    { id: "IV.2", tt: "2", label: "Kinh phí hỗ trợ các mô hình (triệu đồng)", kind: "input" },
  ],
};

export const SURVEY: FormSpec = {
  file: "khao-sat-dang-vien-chu-doanh-nghiep",
  sheet: "Biểu 01-KS",
  superior: "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH",
  marker: "Biểu số 01-KS",
  unitOfMeasure: "Đvt: Người",
  title: "THỐNG KÊ ĐẢNG VIÊN LÀ CHỦ DOANH NGHIỆP",
  periodBlank: "NĂM 20……",
  headerRows: 2,
  header: [
    { r: 0, c: 0, text: "Chỉ tiêu", rows: 2 },
    { r: 0, c: 1, text: "Tổng số", rows: 2 },
    { r: 0, c: 2, text: "Chia ra", cols: 2 },
    { r: 1, c: 2, text: "Nam" },
    { r: 1, c: 3, text: "Nữ" },
    { r: 0, c: 4, text: "Trong đó: dưới 40 tuổi", rows: 2 },
    { r: 0, c: 5, text: "Tỷ lệ nữ (%)", rows: 2 },
  ],
  columns: [
    { kind: "label", width: 52, numbering: "1" },
    { kind: "sum", width: 11, numbering: "2 (=3+4)", of: [2, 3] },
    { kind: "input", width: 11, numbering: "3", max: 30 },
    { kind: "input", width: 11, numbering: "4", max: 15 },
    { kind: "input", width: 12, numbering: "5", max: 0, subsetOf: 1 },
    { kind: "ratio", width: 11, numbering: "6 (=4*100/2)", num: 3, den: 1 },
  ],
  rows: [
    { id: "A", label: "A. Tổng số đảng viên là chủ doanh nghiệp", kind: "sum", parts: ["A.1", "A.2", "A.3", "A.4"], formula: true },
    { id: "A.1", label: "1. Chủ doanh nghiệp tư nhân", kind: "input" },
    { id: "A.2", label: "2. Công ty trách nhiệm hữu hạn", kind: "input" },
    { id: "A.3", label: "3. Công ty cổ phần", kind: "input" },
    { id: "A.4", label: "4. Hợp tác xã", kind: "input" },
    { id: "A.4.CN", label: "Trong đó: chủ nhiệm hợp tác xã", kind: "input", subsetOf: "A.4" },
    { id: "B", label: "B. Trình độ chuyên môn, chia ra:", kind: "sum", parts: ["B.SDH", "B.DH", "B.CDTC", "B.CQDT"], formula: false },
    { id: "B.SDH", label: "- Sau đại học", kind: "input" },
    { id: "B.DH", label: "- Đại học", kind: "input" },
    { id: "B.CDTC", label: "- Cao đẳng, trung cấp", kind: "input" },
    { id: "B.CQDT", label: "- Chưa qua đào tạo", kind: "input" },
    { id: "C", label: "C. Được khen thưởng trong năm", kind: "input" },
    { id: "C.CTTL", label: "- Cấp tỉnh trở lên", kind: "input", subsetOf: "C" },
    { id: "C.CH", label: "- Cấp huyện", kind: "input", subsetOf: "C" },
    { id: "D", label: "D. Tham gia cấp ủy", kind: "input" },
    { id: "TD", label: "Trong đó:", kind: "heading" },
    { id: "D.CUCS", label: "+ Cấp ủy cơ sở", kind: "input", subsetOf: "D" },
    { id: "D.CUCT", label: "+ Cấp ủy cấp trên cơ sở", kind: "input", subsetOf: "D" },
    { id: "E", label: "E. Số lao động trong các doanh nghiệp", kind: "input" },
  ],
};
