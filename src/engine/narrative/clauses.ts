/**
 * A clause of the activities sentence, and how a run of them is joined. Kept apart from the wording so
 * that the Vietnamese rule for `đã` (said once at the start of a run, and again after a negative clause,
 * so that `chưa` does not carry over: "chưa kết nạp được đảng viên mới, đã chuyển đảng chính thức cho 3 …")
 * is written once.
 */
export interface Clause {
  text: string;
  /** "chưa …" / "no …": nothing was done. */
  negative: boolean;
}

export const done = (text: string): Clause => ({ text, negative: false });
export const notDone = (text: string): Clause => ({ text, negative: true });

/**
 * Joins the groups of clauses: clauses with `, ` (the last one with `lastJoin`: English says "and"), groups with `; `. `lead(i)` may open group i (a
 * "lũy kế từ đầu năm, " qualifier); `marker` (`đã `) goes before a positive clause that opens the run, a
 * group with a lead, or follows a negative clause.
 */
export function joinGroups(groups: Clause[][], marker: string, lead: (group: number) => string = () => "", lastJoin = ", "): string {
  let previous: Clause | null = null;
  const out: string[] = [];
  groups.forEach((group, g) => {
    if (group.length === 0) return;
    const opening = lead(g);
    if (opening) previous = null;
    const texts = group.map((c) => {
      const mark = !c.negative && (previous === null || previous.negative) ? marker : "";
      previous = c;
      return mark + c.text;
    });
    const list = texts.length > 1 ? `${texts.slice(0, -1).join(", ")}${lastJoin}${texts[texts.length - 1]}` : texts[0];
    out.push(opening + list);
  });
  return out.join("; ");
}
