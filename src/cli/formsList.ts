/**
 * `tonghop forms [--json]`: the forms the other commands look for (forms/README.md, "The contract in JSON"):
 * BC-XDĐ, the built-in BTCTW forms, and any template file given with `--form`.
 */
import type { Lang } from "../engine/findings";
import type { FormSet } from "../engine/batch";
import type { FormTemplate } from "../templates/form";
import type { Style } from "./render";
import { CLI_TEXT } from "./text";

export interface FormListEntry {
  id: string;
  title: string;
  /** The form marker as printed top right (`Biểu số 1-BTCTW`), or null. */
  marker: string | null;
  version: number;
  periodKinds: string[];
  /** Every row of the form, headings included. */
  rows: number;
  /** The figure columns printed (value and ratio columns; the label column is not one). */
  columns: number;
  /** `built-in`, or the template file it was loaded from. */
  source: string;
}

const figureColumns = (form: FormTemplate) => form.columns.filter((c) => (c.kind === "value" || c.kind === "ratio") && c.printed !== false).length;

/** The set's forms in the order `forms` lists them: BC-XDĐ, the built-ins, then the files' own. */
export function formList(set: FormSet, files: ReadonlyMap<string, string>): FormListEntry[] {
  return set.forms.map((f) => ({
    id: f.id,
    title: f.title,
    marker: f.marker ?? null,
    version: f.version,
    periodKinds: [...f.periodKinds],
    rows: f.rows.length,
    columns: figureColumns(f),
    source: files.get(f.id) ?? "built-in",
  }));
}

export function renderFormList(list: readonly FormListEntry[], lang: Lang, st: Style): string {
  const t = CLI_TEXT[lang];
  const idWidth = Math.max(...list.map((f) => f.id.length));
  const out = [st.bold(t.formsKnown(list.length))];
  for (const f of list) {
    const source = f.source === "built-in" ? t.builtIn : t.fromFile(f.source);
    const marker = f.marker ? ` (${f.marker})` : "";
    out.push(`  ${st.bold(f.id.padEnd(idWidth))}  ${f.title}${marker}`);
    out.push(`  ${" ".repeat(idWidth)}  ${st.dim(`${t.formsShape(f.rows, f.columns)}; ${source}`)}`);
  }
  out.push("", t.formsHint);
  return out.join("\n");
}
