import type { Localized } from "../findings";

/** What orders two reports of one unit and period: the report's own date, then the file's modification time. */
export interface Dated {
  /** ISO date (`2023-07-05`) from the report's date line, when it has one. */
  reportDate: string | null;
  /** Last modification time of the file (ms since 1970), when the door knows it. */
  modified: number | null;
}

/**
 * Of two reports of one unit and period: the later report date, else the file modified later, else the
 * later one in the list (`b`). Shared by BC-XDĐ's consolidation and the other forms' (forms/consolidate),
 * so that a resubmission wins the same way whichever form it is.
 */
export function pickLatest<T>(a: T, b: T, dated: (x: T) => Dated): { winner: T; why: Localized } {
  const A = dated(a);
  const B = dated(b);
  const da = A.reportDate;
  const db = B.reportDate;
  if (da && db && da !== db) {
    const winner = da > db ? a : b;
    const date = (da > db ? da : db).split("-").reverse().join("/");
    return { winner, why: { vi: `ngày báo cáo muộn hơn: ${date}`, en: `later report date: ${date}` } };
  }
  if (A.modified !== null && B.modified !== null && A.modified !== B.modified) {
    return { winner: A.modified > B.modified ? a : b, why: { vi: "tệp được sửa sau", en: "file modified later" } };
  }
  return { winner: b, why: { vi: "tệp đứng sau trong danh sách", en: "later in the list of files" } };
}
