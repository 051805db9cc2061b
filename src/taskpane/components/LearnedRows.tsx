import { Select, Text } from "@fluentui/react-components";
import type { FormTemplate, Relation, RowKind } from "../../templates/form/types";
import { useLang } from "../i18n/LangContext";
import { OWN_FORM_TEXT } from "../i18n/ownForm";
import { useLearnedStyles } from "./LearnedColumns";

const KINDS: RowKind[] = ["heading", "count", "amount"];
const RELATIONS: Relation[] = ["partition", "subset", "disjointSubset"];

export interface RowEdits {
  onKind(code: string, kind: RowKind): void;
  onParent(code: string, parent: string | null): void;
  onRelation(code: string, relation: Relation): void;
}

/** The learned rows, each with its kind, the row it is part of and how, to correct. */
export function LearnedRows({ form, edits, disabled }: { form: FormTemplate; edits: RowEdits; disabled: boolean }) {
  const { lang } = useLang();
  const t = OWN_FORM_TEXT[lang];
  const s = useLearnedStyles();
  const figureRows = form.rows.filter((r) => r.kind !== "heading");
  return (
    <section aria-labelledby="learned-rows">
      <h2 id="learned-rows" className={s.heading}>{t.rows(form.rows.length)}</h2>
      <ul className={s.list} data-testid="learned-rows">
        {form.rows.map((r) => {
          // A kind the learner gave that the list does not offer (average, ratio) stays shown and chosen.
          const kinds = KINDS.includes(r.kind) ? KINDS : [...KINDS, r.kind];
          return (
            <li key={r.code} className={s.item} data-testid={`row-${r.code}`}>
              <Text lang="vi">
                <span className={s.code}>{r.code}</span> · {r.numbering ? `${r.numbering} ` : ""}{r.label}
              </Text>
              <div className={s.controls}>
                <Select className={s.select} aria-label={t.rowKind(r.code)} value={r.kind} disabled={disabled} data-testid={`row-kind-${r.code}`} onChange={(_, d) => edits.onKind(r.code, d.value as RowKind)}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>{t.rowKinds[k]}</option>
                  ))}
                </Select>
                {r.kind !== "heading" && (
                  <Select
                    className={s.select}
                    aria-label={t.rowParent(r.code)}
                    value={r.parent?.row ?? ""}
                    disabled={disabled}
                    data-testid={`row-parent-${r.code}`}
                    onChange={(_, d) => edits.onParent(r.code, d.value || null)}
                  >
                    <option value="">{t.noParent}</option>
                    {figureRows.filter((p) => p.code !== r.code).map((p) => (
                      <option key={p.code} value={p.code}>{`${p.code} · ${p.label}`}</option>
                    ))}
                  </Select>
                )}
                {r.parent && (
                  <Select className={s.select} aria-label={t.rowRelation(r.code)} value={r.parent.relation} disabled={disabled} data-testid={`row-relation-${r.code}`} onChange={(_, d) => edits.onRelation(r.code, d.value as Relation)}>
                    {RELATIONS.map((k) => (
                      <option key={k} value={k}>{t.relations[k]}</option>
                    ))}
                  </Select>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
