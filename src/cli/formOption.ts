/**
 * `--form ID|FILE.json` (repeatable) on `validate`, `consolidate`, `template` and `forms` (issue 9 §6): an id
 * restricts the run to that form; a template file (a committee's own form, or its version of a built-in one)
 * is loaded, checked (schema and lint: a broken file is a usage error naming the field, never a crash) and
 * added to the forms looked for, replacing a built-in form of the same id.
 */
import { statSync } from "node:fs";
import { formSet, type FormSet } from "../engine/batch";
import { BCXDD_FORM_ID } from "../engine/forms/checkWorkbook";
import type { Lang } from "../engine/findings";
import { foldText } from "../engine/text";
import { formatProblems, lintFormSet, parseForm, type FormTemplate } from "../templates/form";
import { UsageError } from "./errors";
import { readInput } from "./io";
import { CLI_TEXT } from "./text";

/** A template file is a few kilobytes; anything past this is not one. */
const MAX_TEMPLATE_BYTES = 4 * 2 ** 20;

export interface FormChoice {
  /** What the reading workers need to rebuild the set (plain JSON: structured-cloneable). */
  extra: FormTemplate[];
  only?: string;
  /** The set: BC-XDĐ, the built-in forms, the files' forms; `only` when an id was given. */
  set: FormSet;
  /** The template files given, by form id: never also read as a unit's report. */
  files: Map<string, string>;
  /** Every form the values name, in their order: an id as known, a file by the id it declares. */
  named: string[];
}

/** Commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A value names a template file when it is one, or looks like one; otherwise it is a form id. */
function isFile(value: string): boolean {
  if (/\.json$/i.test(value) || /[\\/]/.test(value)) return true;
  try {
    return statSync(value).isFile();
  } catch {
    return false;
  }
}

const idKey = (id: string) => foldText(id).replace(/[\s_]+/g, "-");

function loadFile(path: string, lang: Lang): FormTemplate {
  const t = CLI_TEXT[lang];
  const bytes = readInput(path, MAX_TEMPLATE_BYTES);
  if (!(bytes instanceof Uint8Array)) throw new UsageError(t.formFileProblem(path, bytes.problem[lang]));
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw new UsageError(t.formFileProblem(path, t.formFileTooBig(MAX_TEMPLATE_BYTES)));
  const loaded = parseForm(new TextDecoder("utf-8").decode(bytes));
  if (!loaded.ok) throw new UsageError(t.formFileProblem(path, `\n${formatProblems(loaded.problems, lang)}`));
  return loaded.form;
}

/**
 * The forms a command looks for, from its `--form` values (none: BC-XDĐ and every built-in form). `manyIds`:
 * `template` writes every form named; the other commands restrict a run to one form at most.
 */
export function chooseForms(values: readonly string[] | undefined, lang: Lang, manyIds = false): FormChoice {
  const t = CLI_TEXT[lang];
  const extra: FormTemplate[] = [];
  const files = new Map<string, string>();
  const given: ({ id: string } | { file: FormTemplate })[] = [];
  for (const value of values ?? []) {
    if (!isFile(value)) {
      given.push({ id: value });
      continue;
    }
    const form = loadFile(value, lang);
    const earlier = files.get(form.id);
    if (earlier !== undefined) throw new UsageError(t.formSameId(form.id, earlier, value));
    files.set(form.id, value);
    extra.push(form);
    given.push({ file: form });
  }
  const all = formSet(extra);
  // Only a template file can refer to a form that is not there: the built-in forms' references are tested.
  const cross = extra.length ? lintFormSet(all.forms) : [];
  if (cross.length) throw new UsageError(t.formSetProblem(formatProblems(cross, lang)));

  const known = [BCXDD_FORM_ID, ...all.forms.map((f) => f.id).filter((id) => id !== BCXDD_FORM_ID)];
  const idOf = (id: string) => known.find((k) => idKey(k) === idKey(id));
  const unknown = given.find((g) => "id" in g && idOf(g.id) === undefined);
  if (unknown && "id" in unknown) throw new UsageError(t.formUnknown(unknown.id, known));
  const named = [...new Set(given.map((g) => ("id" in g ? idOf(g.id)! : g.file.id)))];
  const ids = [...new Set(given.flatMap((g) => ("id" in g ? [idOf(g.id)!] : [])))];
  if (ids.length > 1 && !manyIds) throw new UsageError(t.formOneId(ids));
  const only = manyIds ? undefined : ids[0];
  return { extra, only, set: only === undefined ? all : formSet(extra, only), files, named };
}
