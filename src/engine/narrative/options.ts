/** What the summary may say beyond the consolidation: settings the doors hold (issue 13 §1). */
export interface SummaryOptions {
  /**
   * The committee above the cluster (`Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh`), as the print header's
   * `--parent`: "Cụm II, thuộc Đảng bộ Khối … có 36 TCCS đảng". Left out when not given.
   */
  parent?: string | null;
}
