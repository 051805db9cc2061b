import BCXDD from "../forms/BC-XDD.json";
import BTCTW1 from "../forms/BTCTW-1.json";
import BTCTW2 from "../forms/BTCTW-2.json";
import BTCTW3 from "../forms/BTCTW-3.json";
import BTCTW3DT from "../forms/BTCTW-3DT.json";
import BTCTW5 from "../forms/BTCTW-5.json";
import BTCTW7 from "../forms/BTCTW-7.json";
import type { FormTemplate } from "./types";

/** The built-in template files, in the order `tonghop forms` lists them (forms/README.md "Identities"). */
export const BUILT_IN_FILES: readonly unknown[] = [BCXDD, BTCTW1, BTCTW2, BTCTW3, BTCTW3DT, BTCTW5, BTCTW7];

let cache: readonly FormTemplate[] | undefined;

/**
 * The built-in forms. They are linted like a user's template, and checked against the schema, by
 * test/templates/builtIn.test.ts (every built-in file through `loadForm`, and the cross-form references
 * between them), not here: they are part of the program, a broken one is a bug of ours that those tests
 * catch, and every process and reading worker would otherwise lint them again before its first file
 * (about 10 ms each; the generated schema validator, 84 KB, would also join the task pane's first
 * download).
 */
export function builtInForms(): readonly FormTemplate[] {
  // Shared by every caller for the life of the page: frozen, so that no caller can change a form for the others.
  cache ??= Object.freeze(BUILT_IN_FILES.map((json) => deepFreeze(json as FormTemplate)));
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
