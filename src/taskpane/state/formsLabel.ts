/**
 * How the pane names the forms a file holds: `BC-XDĐ`, `Biểu 1, 2, 3, 5-BTCTW`, a committee's own form by
 * its id. Pure, so the list row, the Kiểm tra screen and their tests agree.
 */
import type { Lang } from "../../engine";

export const BCXDD_ID = "BC-XDD";
const BTCTW = /^BTCTW-(.+)$/;

/** One form's short name: `BC-XDĐ`, `Biểu số 1-BTCTW` (`Form 1-BTCTW`), or the id itself. */
export function formName(id: string, lang: Lang): string {
  if (id === BCXDD_ID) return "BC-XDĐ";
  const m = BTCTW.exec(id);
  if (!m) return id;
  return `${lang === "vi" ? "Biểu số" : "Form"} ${m[1]}-BTCTW`;
}

/**
 * Several forms of one file in one phrase: the BTCTW numbers grouped (`Biểu 1, 2, 3, 5-BTCTW`), BC-XDĐ and
 * other forms by name, in the order given; empty for none.
 */
export function formsLabel(ids: readonly string[], lang: Lang): string {
  const numbers = ids.map((id) => BTCTW.exec(id)?.[1]).filter((n): n is string => n !== undefined);
  const parts: string[] = [];
  let grouped = false;
  for (const id of ids) {
    if (BTCTW.test(id)) {
      if (grouped) continue;
      grouped = true;
      parts.push(`${lang === "vi" ? "Biểu" : numbers.length > 1 ? "Forms" : "Form"} ${numbers.join(", ")}-BTCTW`);
    } else parts.push(formName(id, lang));
  }
  return parts.join("; ");
}
