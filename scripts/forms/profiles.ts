import type { Weights } from "./figures";

/**
 * The make-up of members in the enterprises of a Đảng bộ Khối Cơ quan và Doanh nghiệp: mostly staff and
 * workers of enterprises, graduates, young; few retirees (they move to their residential party cells), few
 * minorities (Mường in Ninh Bình) and some Catholics (Phát Diệm). These are chances per member, not shares.
 */

/** Members on the list (BTCTW-3), the stock at a date. */
export const MEMBERS: Weights = {
  "I.NU": 0.38, "I.DB": 0.04, "I.DTTS": 0.02, "I.TG": 0.04, "I.DVTN": 0.12, "I.CDNTN": 0, "I.HNNN": 0.004,
  "II.1.a": 0.97, "II.1.b": 0.03, "II.1.b.MIEN": 0.3,
  "II.1.a.DN": 0.93, "II.1.a.KHAC": 0.04, "II.1.a.VC": 0.03,
  "II.1.a.DN.QL": 0.22, "II.1.a.DN.NV": 0.45, "II.1.a.DN.CN": 0.33,
  "II.2.T1830": 0.1, "II.2.T3135": 0.16, "II.2.T3640": 0.2, "II.2.T4145": 0.18, "II.2.T4650": 0.14,
  "II.2.T5155": 0.12, "II.2.T5660": 0.08, "II.2.TREN60": 0.02,
  "II.3.T5475": 0.004, "II.3.TU75": 0.996,
  "II.4.THCS": 0.02, "II.4.THPT": 0.98,
  "II.5.SC": 0.06, "II.5.TC": 0.09, "II.5.CD": 0.08, "II.5.DH": 0.6, "II.5.THS": 0.1, "II.5.TS": 0.005,
  "II.7.SC": 0.55, "II.7.TC": 0.2, "II.7.CC": 0.03,
};

/** Members admitted in the period (BTCTW-2): young workers and staff of the enterprise. */
export const ADMITTED: Weights = {
  "I.NU": 0.45, "I.DTTS": 0.03, "I.TG": 0.05, "I.DVTN": 0.85, "I.CDNTN": 0, "I.KHHGD": 0, "I.HNNN": 0, "I.KNL": 0,
  "II.1.DN": 0.95, "II.1.KHAC": 0.05,
  "II.1.DN.QL": 0.05, "II.1.DN.NV": 0.45, "II.1.DN.CN": 0.5,
  "II.2.T1830": 0.7, "II.2.T3135": 0.25, "II.2.T3640": 0.05,
  "II.3.THCS": 0.03, "II.3.THPT": 0.97,
  "II.4.SC": 0.1, "II.4.TC": 0.15, "II.4.CD": 0.15, "II.4.DH": 0.5, "II.4.THS": 0.02,
  "III.1.KQC": 0, "III.2.KQC": 0,
};

/** Members by ethnic group and religion (BTCTW-3DT) in Ninh Bình: Kinh, some Mường, Tày and Thái; Catholics. */
export const ETHNIC: Weights = {
  "I.1": 0.965, "I.6": 0.025, "I.2": 0.005, "I.3": 0.005,
  "II.1": 0.2, "II.2": 0.8,
};

/** The party-work tasks of a year (BTCTW-7), counted as the units' yearly statistics report them. */
export const PARTY_WORK: Weights = {
  "I.1.a.CO": 0, "I.1.a.BK": 1,
  "I.1.b.CO": 0.1, "I.1.b.BK": 0.3, "I.1.b.GK": 0.6,
  "I.1.c.BK": 0.3, "I.1.c.GK": 0.7,
  "I.1.d.BK": 0.2, "I.1.d.GK": 0.8,
  "I.2.BK": 0.2, "I.2.GK": 0.8,
  "IV.1.DI": 0.6, "IV.1.DEN": 0.4, "IV.2.DI": 0.5, "IV.2.DEN": 0.5,
};
