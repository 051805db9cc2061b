import BCXDD from "../forms/BC-XDD.json";
import BTCTW1 from "../forms/BTCTW-1.json";
import BTCTW2 from "../forms/BTCTW-2.json";
import BTCTW3 from "../forms/BTCTW-3.json";
import BTCTW3DT from "../forms/BTCTW-3DT.json";
import BTCTW5 from "../forms/BTCTW-5.json";
import BTCTW7 from "../forms/BTCTW-7.json";
import { lintFormSet } from "./lint";
import { loadForm } from "./load";
import { formatProblems } from "./problems";
import type { FormTemplate } from "./types";

/** The built-in template files, in the order `tonghop forms` lists them (forms/README.md "Identities"). */
export const BUILT_IN_FILES: readonly unknown[] = [BCXDD, BTCTW1, BTCTW2, BTCTW3, BTCTW3DT, BTCTW5, BTCTW7];

let cache: readonly FormTemplate[] | undefined;

/**
 * The built-in forms, each checked like a user's template (schema, lint, and the cross-form references
 * between them). A broken built-in file is a bug of ours, caught by test/templates, so it throws here
 * rather than being reported to a user.
 */
export function builtInForms(): readonly FormTemplate[] {
  if (cache) return cache;
  const forms = BUILT_IN_FILES.map((json, i) => {
    const r = loadForm(json);
    if (!r.ok) throw new Error(`Built-in form #${i} is broken:\n${formatProblems(r.problems, "en")}`);
    return r.form;
  });
  const crossProblems = lintFormSet(forms);
  if (crossProblems.length) throw new Error(`Built-in forms disagree:\n${formatProblems(crossProblems, "en")}`);
  // Shared by every caller for the life of the page: frozen, so that no caller can change a form for the others.
  cache = Object.freeze(forms.map(deepFreeze));
  return cache;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function builtInForm(id: string): FormTemplate | undefined {
  return builtInForms().find((f) => f.id === id);
}
