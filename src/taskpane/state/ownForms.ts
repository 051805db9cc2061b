/**
 * The workbook's own forms (issue 10), shared by every screen: Mẫu của đơn vị saves them, and Kiểm tra, Tổng
 * hợp and Mẫu biểu offer them like the built-in forms. Loaded once from the workbook's settings in Excel;
 * each stored template is checked with the template loader (schema and lint), loaded on demand so that its
 * generated validator stays out of the pane's first download. A template that does not load is left out and
 * counted, never used.
 */
import { useSyncExternalStore } from "react";
import type { FormTemplate } from "../../templates/form/types";
import { loadOwnFormsRaw, ownFormsBytes, OWN_FORMS_MAX_BYTES, saveOwnFormsRaw } from "../../excel/ownForms";

interface OwnForms {
  forms: readonly FormTemplate[];
  /** Stored templates that did not load (broken, or from a newer version). */
  rejected: number;
  loaded: boolean;
}

let state: OwnForms = { forms: [], rejected: 0, loaded: false };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

function set(next: OwnForms) {
  state = next;
  for (const l of listeners) l();
}

/** The forms as they stand; screens read them through useOwnForms, non-React code through this. */
export const ownForms = (): readonly FormTemplate[] => state.forms;

export async function checkTemplate(json: unknown): Promise<{ ok: true; form: FormTemplate } | { ok: false; problems: string[] }> {
  const { loadForm } = await import(/* webpackChunkName: "template-loader" */ "../../templates/form/load");
  const { formatProblems } = await import("../../templates/form/problems");
  const r = loadForm(JSON.parse(JSON.stringify(json)));
  return r.ok ? r : { ok: false, problems: formatProblems(r.problems, "vi").split("\n") };
}

/** Reads the workbook's forms once (in Excel only); later calls wait for that read. */
export function loadOwnForms(): Promise<void> {
  loading ??= (async () => {
    try {
      const raw = await loadOwnFormsRaw();
      const checked = await Promise.all(raw.map(checkTemplate));
      const forms = checked.flatMap((c) => (c.ok ? [c.form] : []));
      set({ forms, rejected: checked.length - forms.length, loaded: true });
    } catch {
      // No settings (an old Excel, or no workbook): no own forms; the screens still work with the built-in ones.
      set({ ...state, loaded: true });
    }
  })();
  return loading;
}

export class OwnFormsTooBig extends Error {
  constructor(readonly bytes: number) {
    super(`own forms take ${bytes} bytes`);
  }
}

/** Saves a form in the workbook (replacing one of the same id), within the size kept for them. */
export async function saveOwnForm(form: FormTemplate): Promise<void> {
  await loadOwnForms();
  const forms = [...state.forms.filter((f) => f.id !== form.id), form];
  const bytes = ownFormsBytes(forms);
  if (bytes > OWN_FORMS_MAX_BYTES) throw new OwnFormsTooBig(bytes);
  await saveOwnFormsRaw(forms);
  set({ ...state, forms });
}

export async function removeOwnForm(id: string): Promise<void> {
  await loadOwnForms();
  const forms = state.forms.filter((f) => f.id !== id);
  await saveOwnFormsRaw(forms);
  set({ ...state, forms });
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The workbook's own forms, re-rendering the caller when they change; starts the first read. */
export function useOwnForms(): OwnForms {
  // The same snapshot for a server render (the pane's render tests): none read yet.
  const s = useSyncExternalStore(subscribe, () => state, () => state);
  if (!s.loaded) void loadOwnForms();
  return s;
}

/** For tests: forget what was read. */
export function resetOwnForms(): void {
  loading = null;
  set({ forms: [], rejected: 0, loaded: false });
}
