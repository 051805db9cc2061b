/**
 * A reason a template is refused, naming the field by its JSON pointer (RFC 6901) in the template file, in
 * Vietnamese and English. Loading never throws on a broken template: it returns these.
 */
export interface FormProblem {
  /** `/rows/3/parent/row`; the empty string is the whole file. */
  pointer: string;
  vi: string;
  en: string;
}

export function problem(pointer: string, vi: string, en: string): FormProblem {
  return { pointer, vi, en };
}

/** One line per problem: `/rows/3/code: Mã dòng "B.1" bị trùng …`. */
export function formatProblems(problems: readonly FormProblem[], lang: "vi" | "en" = "vi"): string {
  return problems.map((p) => `${p.pointer || "/"}: ${lang === "vi" ? p.vi : p.en}`).join("\n");
}
