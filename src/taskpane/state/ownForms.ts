/**
 * The workbook's own forms (issue 10), shared by every screen: Mẫu của đơn vị saves them, and Kiểm tra, Tổng
 * hợp and Mẫu biểu offer them like the built-in forms. Loaded once from the workbook's settings in Excel;
 * each stored template is checked with the template loader (schema and lint), loaded on demand so that its
 * generated validator stays out of the pane's first download. A template that does not load is left out and
 * counted, never used.
 */
import { useSyncExternalStore } from "react";
import type { Lang, Localized } from "../../engine";
import type { FormTemplate } from "../../templates/form/types";
import { builtInForms } from "../../templates/form/registry";
import { OWN_FORM_TEXT, type OwnFormStrings } from "../i18n/ownForm";
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

type Checked = { ok: true; form: FormTemplate } | { ok: false; problems: Record<Lang, string[]> };

/** A template checked with the template loader (schema and lint): data only, never code. */
export async function checkTemplate(json: unknown): Promise<Checked> {
  const { loadForm } = await import(/* webpackChunkName: "template-loader" */ "../../templates/form/load");
  const { formatProblems } = await import("../../templates/form/problems");
  const r = loadForm(JSON.parse(JSON.stringify(json)));
  if (r.ok) return r;
  const lines = (lang: Lang) => formatProblems(r.problems, lang).split("\n");
  return { ok: false, problems: { vi: lines("vi"), en: lines("en") } };
}

/** How many of the loader's problems a refused file's message names (a hostile file may have hundreds). */
const SHOWN_PROBLEMS = 5;

/**
 * A template file another committee shared (the .json Mẫu của đơn vị downloads): parsed, checked with the
 * loader the stored templates use, and refused with a message naming the problem when it is not JSON, not a
 * template, or has a built-in form's id.
 */
export async function readTemplateFile(name: string, text: string): Promise<{ ok: true; form: FormTemplate } | { ok: false; message: Localized }> {
  const both = (f: (t: OwnFormStrings) => string): Localized => ({ vi: f(OWN_FORM_TEXT.vi), en: f(OWN_FORM_TEXT.en) });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: both((t) => t.notJson(name)) };
  }
  const checked = await checkTemplate(json);
  if (!checked.ok) {
    const { problems } = checked;
    const shown = (lang: Lang) => {
      const more = problems[lang].length - SHOWN_PROBLEMS;
      return [...problems[lang].slice(0, SHOWN_PROBLEMS), ...(more > 0 ? [OWN_FORM_TEXT[lang].moreProblems(more)] : [])].join("; ");
    };
    return { ok: false, message: { vi: `${OWN_FORM_TEXT.vi.notTemplate(name)} ${shown("vi")}`, en: `${OWN_FORM_TEXT.en.notTemplate(name)} ${shown("en")}` } };
  }
  const { id } = checked.form;
  if (builtInForms().some((b) => b.id.toUpperCase() === id.toUpperCase())) return { ok: false, message: both((t) => `${t.notTemplate(name)} ${t.builtInId(id)}`) };
  return checked;
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
