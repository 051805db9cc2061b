import { builtInForm, type FormTemplate } from "../../src/templates/form";

/** A built-in form by id; the generators only use built-in forms, so a missing one is our bug. */
export function form(id: string): FormTemplate {
  const f = builtInForm(id);
  if (!f) throw new Error(`No built-in form ${id}`);
  return f;
}

/** The printed value columns (they carry counts), and the ratio columns (computed by formula). */
export const valueColumns = (f: FormTemplate) => f.columns.filter((c) => c.kind === "value" && c.printed !== false).map((c) => c.code);
export const ratioColumns = (f: FormTemplate) => f.columns.filter((c) => c.kind === "ratio");
export const figureRows = (f: FormTemplate) => f.rows.filter((r) => r.kind !== "heading");

/** A row and its ancestors by `parent`, nearest first (`9.a.V100` → `9.a`, `9`, `CONG`). */
export function ancestors(f: FormTemplate, code: string): string[] {
  const out: string[] = [];
  let row = f.rows.find((r) => r.code === code);
  while (row?.parent) {
    out.push(row.parent.row);
    row = f.rows.find((r) => r.code === row?.parent?.row);
  }
  return out;
}
