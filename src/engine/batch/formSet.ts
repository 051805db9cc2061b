/**
 * The forms a door looks for (issue 9): today's BC-XDĐ template, read by its own engine, and every form a
 * template file describes (the built-ins, and a committee's own given with `--form FILE.json`).
 */
import type { CheckWorkbookOptions } from "../forms/checkWorkbook";
import { builtInForms } from "../../templates/form/registry";
import type { FormTemplate } from "../../templates/form/types";
import { BCXDD } from "../../templates/bcxdd";

export type FormSet = CheckWorkbookOptions;

/** BC-XDĐ and the built-in forms, plus `extra` templates (a committee's own); `only` restricts to one id. */
export function formSet(extra: readonly FormTemplate[] = [], only?: string): FormSet {
  const extraIds = new Set(extra.map((f) => f.id));
  // A template file given by the user replaces a built-in form of the same id: it is the version they use.
  const forms = [...builtInForms().filter((f) => !extraIds.has(f.id)), ...extra];
  return only === undefined ? { bcxdd: BCXDD, forms } : { bcxdd: BCXDD, forms, only };
}
