/**
 * The committee's letterhead and signature block, as Vietnamese party documents print them (Hướng dẫn
 * 36-HD/VPTW on the format of the Party's documents): top left the superior committee, the committee's
 * name in bold and a short rule `*`; top right `ĐẢNG CỘNG SẢN VIỆT NAM` (bold, underlined) over
 * `<place>, ngày … tháng … năm …` (italic); at the end `NGƯỜI LẬP BIỂU` on the left and, on the right,
 * `T/M BAN THƯỜNG VỤ` (or `T/M ĐẢNG ỦY`), the signatory's title, room to sign, the name.
 * What the user did not give is left as dots to fill in by hand, never invented.
 */
import { text, type SpecCell, type SpecMerge } from "../sheetspec";

export interface SigningSettings {
  /** The consolidating committee (`ĐẢNG ỦY CỤM II`), bold top left. */
  committee?: string;
  /** The superior committee (`ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH`), above it. */
  parent?: string;
  /** Where the report is signed (`Hà Nội`). */
  place?: string;
  signer?: { title?: string; name?: string };
  /** On whose behalf the signatory signs; `ĐẢNG ỦY` when not given. */
  onBehalf?: "BAN THƯỜNG VỤ" | "ĐẢNG ỦY";
}

const DOTS = "………………………";
const clean = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const upper = (s: string) => s.toLocaleUpperCase("vi");

/** The lines of the letterhead, blanks filled with dots. */
export function letterheadTexts(s: SigningSettings = {}) {
  return {
    parent: upper(clean(s.parent)) || `ĐẢNG BỘ ${DOTS}`,
    committee: upper(clean(s.committee)) || `ĐẢNG ỦY ${DOTS}`,
    place: `${clean(s.place) || "………"}, ngày … tháng … năm ……`,
  };
}

/** A column span, inclusive. */
export interface Span {
  c1: number;
  c2: number;
}

function put(rows: (SpecCell | null)[][], merges: SpecMerge[], r: number, span: Span, cell: SpecCell): void {
  rows[r] ??= [];
  rows[r][span.c1] = cell;
  if (span.c2 > span.c1) merges.push({ r1: r, c1: span.c1, r2: r, c2: span.c2 });
}

/**
 * Writes the letterhead into rows `top`..`top + 2`: left block over `left`, right block over `right`.
 * `committee: false` keeps rows[top + 1]'s left cell for a caller that writes the unit itself.
 */
export function writeLetterhead(rows: (SpecCell | null)[][], merges: SpecMerge[], top: number, left: Span, right: Span | null, s: SigningSettings = {}): void {
  const t = letterheadTexts(s);
  put(rows, merges, top, left, text(t.parent, "letterheadPlain"));
  put(rows, merges, top + 1, left, text(t.committee, "letterhead"));
  put(rows, merges, top + 2, left, text("*", "letterheadPlain"));
  if (!right) return;
  put(rows, merges, top, right, text("ĐẢNG CỘNG SẢN VIỆT NAM", "letterheadUnderline"));
  put(rows, merges, top + 1, right, text(t.place, "subtitle"));
}

/** How many rows `writeSignature` takes. */
export const SIGNATURE_ROWS = 7;

/**
 * Writes the signature block from row `top`: titles, a hint, four rows to sign and stamp, the name.
 * `NGƯỜI LẬP BIỂU` and `T/M …` are also the footer lines where readers stop reading the table.
 */
export function writeSignature(rows: (SpecCell | null)[][], merges: SpecMerge[], top: number, left: Span, right: Span | null, s: SigningSettings = {}): void {
  put(rows, merges, top, left, text("NGƯỜI LẬP BIỂU", "letterhead"));
  put(rows, merges, top + 1, left, text("(Ký, ghi rõ họ tên)", "subtitle"));
  // A one-column sheet signs under the preparer, in the same column.
  const at = right ?? left;
  const from = right ? top : top + 3;
  put(rows, merges, from, at, text(`T/M ${s.onBehalf ?? "ĐẢNG ỦY"}`, "letterhead"));
  put(rows, merges, from + 1, at, text(upper(clean(s.signer?.title)) || "BÍ THƯ", "letterhead"));
  put(rows, merges, from + SIGNATURE_ROWS - 1, at, text(clean(s.signer?.name) || DOTS, "letterhead"));
}

/**
 * `--signer "PHÓ BÍ THƯ: Nguyễn Văn A"` → `{ title, name }`; without a colon the text is the name and the
 * title stays `BÍ THƯ`. Empty parts are left out.
 */
export function parseSigner(value: string): { title?: string; name?: string } {
  const i = value.indexOf(":");
  const title = i < 0 ? "" : clean(value.slice(0, i));
  const name = clean(i < 0 ? value : value.slice(i + 1));
  return { ...(title ? { title } : {}), ...(name ? { name } : {}) };
}
