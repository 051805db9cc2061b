import type { Indicator, Section, Template } from "./types";

const SUM = { kind: "sum" } as const;

/** Builds an indicator row from the compact form used in the table below. */
function row(
  stt: string,
  code: string,
  name: string,
  unit: string,
  kind: "stock" | "flow",
  value: "count" | "amount",
  plan: boolean,
  aliases: string[] = [],
  agg: Indicator["agg"] = SUM,
): Indicator {
  return { stt, code, name, unit, kind, value, plan, agg, aliases };
}

const sections: Section[] = [
  {
    stt: "I",
    title: "TỔ CHỨC ĐẢNG",
    indicators: [
      row("1", "ORG_CBTT", "Số chi bộ trực thuộc", "chi bộ", "stock", "count", false),
      row("2", "ORG_MOI", "Số tổ chức đảng thành lập mới", "tổ chức", "flow", "count", true),
      row("3", "ORG_DH", "Số chi bộ tổ chức đại hội nhiệm kỳ", "chi bộ", "flow", "count", true),
    ],
  },
  {
    stt: "II",
    title: "ĐẢNG VIÊN",
    indicators: [
      row("4", "DV_DAU", "Số đảng viên đầu kỳ", "đảng viên", "stock", "count", false),
      row("5", "DV_KN", "Kết nạp đảng viên mới", "đảng viên", "flow", "count", true, [
        "Kết nạp đảng viên",
        "Số đảng viên mới được kết nạp",
      ]),
      row("6", "DV_DEN", "Đảng viên chuyển sinh hoạt đến", "đảng viên", "flow", "count", false),
      row("7", "DV_DI", "Đảng viên chuyển sinh hoạt đi", "đảng viên", "flow", "count", false),
      row("8", "DV_TUTRAN", "Đảng viên từ trần", "đảng viên", "flow", "count", false),
      row("9", "DV_XOATEN", "Đảng viên bị xóa tên, xin ra khỏi Đảng", "đảng viên", "flow", "count", false),
      row("10", "DV_KHAITRU", "Đảng viên bị khai trừ", "đảng viên", "flow", "count", false),
      row("11", "DV_CUOI", "Tổng số đảng viên cuối kỳ", "đảng viên", "stock", "count", false, [
        "Tổng số đảng viên",
        "Đảng viên cuối kỳ",
      ]),
      row("11.1", "DV_CT", "Trong đó: đảng viên chính thức", "đảng viên", "stock", "count", false, [
        "Đảng viên chính thức",
      ]),
      row("11.2", "DV_DB", "Đảng viên dự bị", "đảng viên", "stock", "count", false),
      row("12", "DV_CCT", "Công nhận đảng viên chính thức", "đảng viên", "flow", "count", false, [
        "Chuyển đảng chính thức",
        "Công nhận chính thức cho đảng viên dự bị",
      ]),
      row("13", "PT_LOP", "Số lớp bồi dưỡng nhận thức về Đảng", "lớp", "flow", "count", true),
      row("14", "PT_QCUT", "Số quần chúng ưu tú được bồi dưỡng", "người", "flow", "count", true, [
        "Bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú",
      ]),
      row("15", "HH_TANG", "Đảng viên được tặng Huy hiệu Đảng", "đảng viên", "flow", "count", false),
    ],
  },
  {
    stt: "III",
    title: "KIỂM TRA, GIÁM SÁT, KỶ LUẬT",
    indicators: [
      row("16", "KT_TC", "Số tổ chức đảng được kiểm tra", "tổ chức", "flow", "count", true, ["Kiểm tra tổ chức đảng"]),
      row("17", "KT_DV", "Số đảng viên được kiểm tra", "đảng viên", "flow", "count", true, ["Kiểm tra đảng viên"]),
      row("18", "GS_TC", "Số tổ chức đảng được giám sát", "tổ chức", "flow", "count", true, ["Giám sát tổ chức đảng"]),
      row("19", "GS_DV", "Số đảng viên được giám sát", "đảng viên", "flow", "count", true, ["Giám sát đảng viên"]),
      row("20", "KL_DV", "Số đảng viên bị thi hành kỷ luật", "đảng viên", "flow", "count", false),
    ],
  },
  {
    stt: "IV",
    title: "CÔNG TÁC ĐOÀN THỂ",
    indicators: [
      row("21", "DT_CD", "Số công đoàn cơ sở thành lập mới", "tổ chức", "flow", "count", true),
      row("22", "DT_DTN", "Số tổ chức đoàn thanh niên thành lập mới", "tổ chức", "flow", "count", true),
    ],
  },
  {
    stt: "V",
    title: "CƠ QUAN, DOANH NGHIỆP",
    indicators: [
      row("23", "DN_LD", "Tổng số cán bộ, công chức, viên chức, người lao động", "người", "stock", "count", false, [
        "Tổng số CB, CC, VC và người lao động",
        "Tổng số người lao động",
      ]),
      row(
        "24",
        "DN_TN",
        "Thu nhập bình quân của người lao động",
        "triệu đồng/người/tháng",
        "stock",
        "amount",
        false,
        ["Thu nhập bình quân"],
        { kind: "weightedMean", weight: "DN_LD" },
      ),
      row("25", "DN_DT", "Doanh thu", "tỷ đồng", "flow", "amount", true),
      row("26", "DN_NS", "Nộp ngân sách nhà nước", "tỷ đồng", "flow", "amount", true, ["Nộp ngân sách"]),
    ],
  },
  {
    stt: "VI",
    title: "THI ĐUA, KHEN THƯỞNG",
    indicators: [
      row("27", "KTH_TT", "Số tập thể được khen thưởng", "tập thể", "flow", "count", false),
      row("28", "KTH_CN", "Số cá nhân được khen thưởng", "người", "flow", "count", false),
    ],
  },
];

/** The built-in form BC-XDĐ, version 1 (see shared/domain/FORM.md). */
export const BCXDD: Template = {
  id: "BC-XDD",
  version: 1,
  title: "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG",
  sections,
  columns: {
    stt: ["STT", "TT", "Số TT"],
    code: ["Mã", "Mã chỉ tiêu"],
    name: ["Chỉ tiêu", "Nội dung", "Tiêu chí", "Nội dung chỉ tiêu"],
    unit: ["ĐVT", "Đơn vị tính"],
    plan: ["Kế hoạch", "Kế hoạch năm", "KH năm", "Chỉ tiêu KH", "Chỉ tiêu kế hoạch", "KH"],
    actual: ["Thực hiện", "Thực hiện kỳ báo cáo", "TH kỳ này", "Kết quả", "Thực hiện trong kỳ", "TH"],
    ytd: ["Lũy kế", "Luỹ kế từ đầu năm", "Lũy kế năm", "LK"],
    pct: ["Tỷ lệ % so với kế hoạch", "Tỷ lệ %", "% KH", "Đạt % KH", "Tỉ lệ (%)", "Tỷ lệ", "Tỉ lệ", "Tỷ lệ % KH"],
    note: ["Ghi chú"],
  },
  meta: [
    { key: "unit", labels: ["Đơn vị báo cáo", "Đơn vị", "Tên đơn vị"] },
    { key: "code", labels: ["Mã đơn vị"] },
    { key: "cluster", labels: ["Cụm", "Cụm thi đua"] },
    { key: "period", labels: ["Kỳ báo cáo", "Kỳ", "Thời gian"] },
    { key: "type", labels: ["Loại hình", "Loại TCCS"] },
    { key: "date", labels: ["Ngày báo cáo"] },
  ],
  footerMarkers: ["NGƯỜI LẬP BIỂU", "T/M", "BÍ THƯ", "Nơi nhận", "XÁC NHẬN", "Người lập"],
  rules: [
    { id: "DV_SPLIT", severity: "error", expr: "DV_CUOI == DV_CT + DV_DB", column: "actual", anchor: "DV_CUOI" },
    {
      id: "DV_BALANCE",
      severity: "error",
      expr: "DV_CUOI == DV_DAU + DV_KN + DV_DEN - DV_DI - DV_TUTRAN - DV_XOATEN - DV_KHAITRU",
      column: "actual",
      anchor: "DV_CUOI",
    },
    { id: "KT_DV_GT_MEMBERS", severity: "warning", expr: "KT_DV <= DV_CUOI", column: "figure", anchor: "KT_DV" },
    { id: "KT_DV_GT_MEMBERS", severity: "warning", expr: "GS_DV <= DV_CUOI", column: "figure", anchor: "GS_DV" },
    { id: "MEMBERS_GT_STAFF", severity: "warning", expr: "DV_CUOI <= DN_LD", column: "actual", anchor: "DV_CUOI" },
    { id: "INCOME_RANGE", severity: "warning", expr: "DN_TN >= 1 && DN_TN <= 200", column: "actual", anchor: "DN_TN" },
  ],
  clusterRows: [
    { code: "ORG_TCCS", name: "Số tổ chức cơ sở đảng báo cáo", unit: "TCCS" },
    { code: "ORG_DBCS", name: "Trong đó: đảng bộ cơ sở", unit: "TCCS" },
    { code: "ORG_CBCS", name: "Chi bộ cơ sở", unit: "TCCS" },
  ],
};

export function allIndicators(t: Template): Indicator[] {
  return t.sections.flatMap((s) => s.indicators);
}
