/**
 * Text keys for reading a form: the numbering printed before a row's label (`B -`, `1.`, `a)`, `- `,
 * `Trong đó:`), the label's comparison keys, header keys and the form marker's key. Everything is
 * compared after the engine's own normalising (src/engine/text.ts: NFC/NFD, case, tone placement).
 */
import { memoized } from "../../memo";
import { foldText, normalizeText, stripDecoration } from "../../text";

/** What the numbering of a row says: a key (`B`, `1`, `a`, `II`), or a bullet (`-`, `+`, `Trong đó:`). */
export interface Numbering {
  /** `B`, `1`, `a`, `II`; `"•"` for a bullet or `Trong đó`; `""` for none. */
  key: string;
  /** The numbering began with `Trong đó`. */
  subset: boolean;
}

export type NumberingClass = "roman" | "upper" | "arabic" | "lower" | "bullet" | "none";

export const BULLET_KEY = "•";
const NONE: Numbering = { key: "", subset: false };

const TRONG_DO = /^trong\s+[dđ]\p{M}*[oóòỏõọ]\p{M}*(?![\p{L}\p{N}])\s*[:,]?\s*/iu;
const BULLET = /^[-+*•–—·●○◦▪■►]+\s*/u;
/** `B -`, `1.`, `a)`, `(a)`, `II.`, `1 -`, `2.1.`: a token then `.`/`)` and a space, or ` - `, then a letter. */
const ENUM = /^\(?([IVX]{1,4}|[A-Z]|[a-zđ]|\d{1,3}(?:\.\d{1,3})*)(?:\)|\.|\s*[-–—:])\s*(?=\S)/u;
/** A numbering cell on its own (`TT`/`STT` column): `I`, `1`, `1.`, `a)`, `(a)`, `B -`. */
const ENUM_CELL = /^\(?([IVX]{1,4}|[A-Za-zđ]|\d{1,3}(?:\.\d{1,3})*)\s*[.)\-–:]?\)?$/u;

/**
 * The numbering at the start of a label and the label without it. An enumeration needs its separator and a
 * space before the words (`1. Kết nạp`, `a) Công lập`, `B - Đảng viên tăng`), so `2.465 đảng viên`,
 * `6 tháng`, `M.Nông` and `Ê - đê` stay labels.
 */
export function splitNumbering(text: string): { numbering: Numbering; rest: string } {
  let t = text.normalize("NFC").trim();
  let subset = false;
  let key = "";
  for (let i = 0; i < 3; i++) {
    const trong = TRONG_DO.exec(t);
    if (trong) {
      subset = true;
      key ||= BULLET_KEY;
      t = t.slice(trong[0].length).trim();
      continue;
    }
    const bullet = BULLET.exec(t);
    if (bullet && bullet[0].length < t.length) {
      key ||= BULLET_KEY;
      t = t.slice(bullet[0].length).trim();
      continue;
    }
    if (!key) {
      const m = ENUM.exec(t);
      // After `.`, `)` or a dash a space (or the end) must follow: `M.Nông` is a name.
      if (m && /[\s]$|[-–—:]$/.test(m[0])) {
        key = m[1].replace(/\.$/, "");
        t = t.slice(m[0].length).trim();
        continue;
      }
    }
    break;
  }
  return { numbering: key ? { key, subset } : NONE, rest: t };
}

/** The numbering in a `TT` cell (`I`, `1`, `a`, `-`, `Trong đó`). */
export function cellNumbering(text: string): Numbering {
  const t = text.normalize("NFC").trim();
  if (!t) return NONE;
  if (TRONG_DO.test(t) || /^[-+*•–—·●○◦▪■►]+$/u.test(t)) return { key: BULLET_KEY, subset: TRONG_DO.test(t) };
  const m = ENUM_CELL.exec(t);
  return m ? { key: m[1].replace(/\.$/, ""), subset: false } : NONE;
}

/** The numbering a template row declares (`B -`, `1.`, `Trong đó: +`, `I`). */
export function templateNumbering(numbering: string | undefined): Numbering {
  if (!numbering) return NONE;
  const cell = cellNumbering(numbering);
  if (cell.key) return cell;
  return splitNumbering(`${numbering} x`).numbering;
}

export function numberingClass(key: string): NumberingClass {
  if (!key) return "none";
  if (key === BULLET_KEY) return "bullet";
  if (/^[IVX]+$/.test(key)) return "roman";
  if (/^[A-Z]$/.test(key)) return "upper";
  if (/^\d/.test(key)) return "arabic";
  return "lower";
}

/** Words after a label that only announce its children (`…, chia ra:`, `gồm:`). */
const ANNOUNCE = /[,;]?\s*(?:chia ra|bao gồm|gồm có|gồm|trong đó)$/u;
/** A trailing parenthesis (`Cộng (1+….+11)`, `(ấp, khóm)`), possibly left open by normalising. */
const TRAILING_PAREN = /\s*\([^()]*\)?$/u;

/** The label's comparison keys, strongest first: normalised, folded, folded without separators, and without a trailing parenthesis. */
export interface LabelKeys {
  exact: string;
  folded: string;
  compact: string;
  bare: string;
}

const compactOf = (folded: string) => folded.replace(/[\s\-–—.'’‘`,;:/()]+/g, "");

function keysOfUncached(label: string): string {
  const exact = normalizeText(stripDecoration(label)).replace(ANNOUNCE, "").trim();
  const folded = foldText(exact);
  const bareExact = exact.replace(TRAILING_PAREN, "").trim();
  const bare = bareExact && bareExact !== exact ? foldText(bareExact) : "";
  return [exact, folded, compactOf(folded), bare].join("\u0000");
}
const keysMemo = memoized(keysOfUncached);

/** Keys of a label whose numbering has been split off already. */
export function labelKeys(label: string): LabelKeys {
  const [exact, folded, compact, bare] = keysMemo(label).split("\u0000");
  return { exact, folded, compact, bare };
}

/** Header text with punctuation other than `%` turned into spaces, folded: `Tỉ lệ (%)` = `ti le %`. */
export const headerKey = memoized((s: string) =>
  foldText(normalizeText(s.normalize("NFC")).replace(/[^\p{L}\p{M}\p{N}%\s]/gu, " ")).replace(/\s+/g, " ").trim(),
);

/** `Biểu số 01 - BTCTW`, `Mẫu 1-BTCTW`, `(Tiếp biểu số 3-BTCTW)` → `bieu1-btctw`. */
export const markerKey = memoized((s: string) =>
  foldText(s)
    .replace(/\btiep\b/g, "")
    .replace(/\bmau\b/g, "bieu")
    .replace(/\bso\b/g, "")
    .replace(/[\s:()]+/g, "")
    .replace(/-+/g, "-")
    .replace(/(bieu)0+(\d)/g, "$1$2"),
);

/** A title compared without case, marks or punctuation: `THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN` → `thong ke tang giam dang vien`. */
export const titleKey = memoized((s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
