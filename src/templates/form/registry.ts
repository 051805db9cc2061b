import BCXDD from "../forms/BC-XDD.json";
import BTCTW1 from "../forms/BTCTW-1.json";
import BTCTW2 from "../forms/BTCTW-2.json";
import BTCTW3 from "../forms/BTCTW-3.json";
import BTCTW3DT from "../forms/BTCTW-3DT.json";
import BTCTW5 from "../forms/BTCTW-5.json";
import BTCTW7 from "../forms/BTCTW-7.json";
import { lintForm, lintFormSet } from "./lint";
import { formatProblems } from "./problems";
import type { FormTemplate } from "./types";

/** The built-in template files, in the order `tonghop forms` lists them (forms/README.md "Identities"). */
export const BUILT_IN_FILES: readonly unknown[] = [BCXDD, BTCTW1, BTCTW2, BTCTW3, BTCTW3DT, BTCTW5, BTCTW7];

let cache: readonly FormTemplate[] | undefined;

/**
 * The built-in forms, each linted like a user's template (and the cross-form references between them). Their
 * schema check is test/templates' (every built-in file through `loadForm`): the generated schema validator
 * (84 KB) is only needed to load a user's file, and stays out of the task pane's first download. A broken
 * built-in file is a bug of ours, caught by those tests, so it throws here rather than being reported to a user.
 */
export function builtInForms(): readonly FormTemplate[] {
  if (cache) return cache;
  const forms = BUILT_IN_FILES.map((json, i) => {
    const form = json as FormTemplate;
    const problems = lintForm(form);
    if (problems.length) throw new Error(`Built-in form #${i} is broken:\n${formatProblems(problems, "en")}`);
    return form;
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
