import { makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { ColumnKind, FormTemplate } from "../../templates/form/types";
import { useLang } from "../i18n/LangContext";
import { OWN_FORM_TEXT } from "../i18n/ownForm";

export const useLearnedStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  controls: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", flexGrow: 1, flexBasis: "9rem" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Fluent's Input keeps a minimum width of its own: here it narrows with the pane (160 px at 200 %).
  field: { minWidth: 0 },
  input: { minWidth: 0, maxWidth: "100%", width: "100%" },
  inputText: { minWidth: 0, width: "100%" },
});

const KINDS: ColumnKind[] = ["label", "value", "ratio", "text"];

/** The learned columns, each with its kind to correct. */
export function LearnedColumns({ form, onKind, disabled }: { form: FormTemplate; onKind: (code: string, kind: ColumnKind) => void; disabled: boolean }) {
  const { lang } = useLang();
  const t = OWN_FORM_TEXT[lang];
  const s = useLearnedStyles();
  return (
    <section aria-labelledby="learned-columns">
      <h2 id="learned-columns" className={s.heading}>{t.columns(form.columns.length)}</h2>
      <ul className={s.list} data-testid="learned-columns">
        {form.columns.map((c) => (
          <li key={c.code} className={s.item}>
            <Text lang="vi">
              <span className={s.code}>{c.numbering ?? c.code}</span> · {[...(c.headerPath ?? []), c.label].join(" › ")}
            </Text>
            {c.formula && <Text className={s.muted}>= {c.formula}</Text>}
            <div className={s.controls}>
              <Select
                className={s.select}
                aria-label={t.columnKind(c.code)}
                value={c.kind}
                disabled={disabled}
                data-testid={`column-kind-${c.code}`}
                onChange={(_, d) => onKind(c.code, d.value as ColumnKind)}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>{t.kinds[k]}</option>
                ))}
              </Select>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
