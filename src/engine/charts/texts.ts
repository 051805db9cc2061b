
/** The chart sheet's name: Vietnamese in both languages, like the other sheets the user refers to. */
export const CHART_SHEET = "Biểu đồ";

/** Every text of the chart sheet and its charts, Vietnamese first. */
export const CHART_TEXT = {
  vi: {
    title: "BIỂU ĐỒ HOÀN THÀNH KẾ HOẠCH",
    cluster: "Đơn vị báo cáo",
    allUnits: "Tổng hợp các đơn vị",
    period: "Kỳ báo cáo",
    noPeriod: "(chưa xác định)",
    howRate: "Tỷ lệ % KH = Lũy kế ÷ Kế hoạch (như cột Tỷ lệ % KH của trang Tổng hợp); chỉ các chỉ tiêu có kế hoạch.",
    byIndicator: "1. Tỷ lệ hoàn thành kế hoạch theo chỉ tiêu",
    byUnit: "2. Tỷ lệ hoàn thành kế hoạch của từng đơn vị",
    indicator: "Chỉ tiêu",
    unit: "Đơn vị",
    rate: "Tỷ lệ % KH",
    mark: "Mốc 100% KH",
    rateAxis: "Tỷ lệ hoàn thành kế hoạch (%)",
    chart1: "Tỷ lệ hoàn thành kế hoạch theo chỉ tiêu",
    chart2: "Tỷ lệ hoàn thành kế hoạch của từng đơn vị",
    capped: (u: number, uAll: number, i: number, iAll: number) =>
      `Biểu đồ chỉ vẽ ${u}/${uAll} đơn vị và ${i}/${iAll} chỉ tiêu (các chỉ tiêu nhiều đơn vị có kế hoạch nhất) để dễ đọc; số liệu đầy đủ ở trang Tổng hợp.`,
  },
  en: {
    title: "COMPLETION AGAINST PLAN",
    cluster: "Reporting unit",
    allUnits: "All units",
    period: "Period",
    noPeriod: "(unknown)",
    howRate: "% of plan = year to date ÷ plan (as in the Tỷ lệ % KH column of Tổng hợp); only indicators with a plan.",
    byIndicator: "1. Completion against plan by indicator",
    byUnit: "2. Each unit's completion against plan",
    indicator: "Indicator",
    unit: "Unit",
    rate: "% of plan",
    mark: "100% of plan",
    rateAxis: "Completion against plan (%)",
    chart1: "Completion against plan by indicator",
    chart2: "Each unit's completion against plan",
    capped: (u: number, uAll: number, i: number, iAll: number) =>
      `The chart shows ${u} of ${uAll} units and ${i} of ${iAll} indicators (those most units have a plan for) to stay readable; all figures are in Tổng hợp.`,
  },
} as const;
