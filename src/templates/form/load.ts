import { lintForm } from "./lint";
import { problem, type FormProblem } from "./problems";
import { schemaProblems, type SchemaError } from "./schemaErrors";
import type { FormTemplate } from "./types";
import { validate } from "./validate.generated";

export type LoadResult = { ok: true; form: FormTemplate } | { ok: false; problems: FormProblem[] };

/**
 * Checks a parsed template against the schema, then the lint; never throws on bad input. The schema check is
 * Ajv's standalone code (no eval: the task pane's CSP forbids it). The lint runs only on a schema-valid
 * template, whose shape it may then trust.
 */
export function loadForm(json: unknown): LoadResult {
  const check = validate as unknown as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
  if (!check(json)) return { ok: false, problems: schemaProblems(check.errors ?? []) };
  const form = json as FormTemplate;
  const problems = lintForm(form);
  return problems.length ? { ok: false, problems } : { ok: true, form };
}

/** The text of a template file: JSON syntax errors become a problem at the whole file. */
export function parseForm(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [problem("", `Tệp mẫu biểu không phải JSON hợp lệ: ${why}`, `The template file is not valid JSON: ${why}`)] };
  }
  return loadForm(json);
}
