/**
 * Codes for what the learner finds: row codes from the printed numbering joined by `.` (forms/README.md
 * "Identities"), a short upper-case mnemonic for a bullet or an unnumbered row (`Nữ` → `NU`, `Dân tộc thiểu
 * số` → `DTTS`), made unique within the form; and a form id from the marker or the title.
 */
import { foldText } from "../../text";

const MAX_MNEMONIC = 6;

/** `Dân tộc thiểu số` → `DTTS`; `Nữ` → `NU`; `Tổng số` → `TS`. */
export function mnemonic(label: string): string {
  // Before folding: the fold trims a closing bracket at the end, which would leave `(dưới 35 tuổi` behind.
  const words = foldText(label.replace(/\([^)]*\)?/g, " "))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!words.length) return "R";
  const m = words.length === 1 ? words[0].slice(0, MAX_MNEMONIC) : words.map((w) => w[0]).join("").slice(0, MAX_MNEMONIC);
  return m.toUpperCase();
}

/** A code segment from a printed key: `1.2` under `1` → `2`; `a)` → `a`; anything else made safe for a code. */
export function segmentOf(key: string, parentKey: string | undefined): string {
  let k = key.replace(/[.)]+$/, "");
  if (parentKey && k.startsWith(`${parentKey}.`)) k = k.slice(parentKey.length + 1);
  return k.replace(/[^A-Za-z0-9.]+/g, "_").replace(/^\.+|\.+$/g, "") || "R";
}

/** Hands out codes, each unique: a second `NU` under the same parent becomes `NU_2`. */
export class CodeBook {
  private readonly taken = new Set<string>();
  take(wanted: string): string {
    let code = wanted;
    for (let n = 2; this.taken.has(code); n++) code = `${wanted}_${n}`;
    this.taken.add(code);
    return code;
  }
}

/**
 * A form id: the marker's own (`Mẫu số 02-BC/ĐU` → `02-BC-DU`), else the initials of the title's words
 * (`BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ` → `DV-BCKQTHNV`), prefixed so it never takes a built-in form's id.
 */
export function formIdOf(marker: string | undefined, title: string): string {
  if (marker) {
    const m = /^(?:bieu|mau)\s*(?:so)?\s*[:.]?\s*(.+)$/.exec(foldText(marker));
    const id = m?.[1].toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (id && !/^BTCTW|^BC-XDD$/.test(id)) return `DV-${id}`.slice(0, 40);
  }
  const initials = foldText(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join("")
    .toUpperCase()
    .slice(0, 12);
  return `DV-${initials || "BIEU"}`;
}
