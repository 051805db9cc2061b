import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Mode } from "../host";
import { useLang } from "../i18n/LangContext";
import { ON_BEHALF, type OnBehalf, type SigningForm } from "../state/signing";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  // Fluent's inputs keep a minimum width; in a 160 px pane (320 px at 200 %) they must narrow with it.
  field: { minWidth: 0 },
  input: { minWidth: 0, maxWidth: "100%", width: "100%", boxSizing: "border-box" },
  // The header's text wraps rather than pushing the pane wider.
  header: { minWidth: 0, whiteSpace: "normal", overflowWrap: "anywhere" },
});

type TextKey = Exclude<keyof SigningForm, "onBehalf">;

/**
 * Thông tin ký biểu: the superior committee, the consolidating committee, the place, on whose behalf and
 * who signs, for the header and signature blocks of the consolidated sheets. Collapsed at first; every
 * field has its own visible label.
 */
export function SigningFields({ form, onChange, mode, disabled }: { form: SigningForm; onChange(patch: Partial<SigningForm>): void; mode: Mode; disabled?: boolean }) {
  const { t } = useLang();
  const styles = useStyles();
  const text = (key: TextKey, label: string, placeholder?: string) => (
    <Field label={label} className={styles.field}>
      <Input
        value={form[key]}
        placeholder={placeholder}
        disabled={disabled}
        data-testid={`signing-${key}`}
        className={styles.input}
        input={{ style: { minWidth: 0 } }}
        onChange={(_, data) => onChange({ [key]: data.value })}
      />
    </Field>
  );
  return (
    <Accordion collapsible data-testid="signing">
      <AccordionItem value="signing">
        <AccordionHeader size="small" data-testid="signing-toggle" className={styles.header}>
          {t.signingTitle}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text size={200} className={styles.hint}>
              {t.signingHint} {mode === "excel" ? t.signingSaved : t.signingSession}
            </Text>
            {text("parent", t.signingParent, t.signingParentExample)}
            {text("committee", t.signingCommittee, t.signingCommitteeExample)}
            {text("place", t.signingPlace, t.signingPlaceExample)}
            <Field label={t.signingOnBehalf} className={styles.field}>
              <Select
                value={form.onBehalf}
                disabled={disabled}
                data-testid="signing-onBehalf"
                className={styles.input}
                onChange={(_, data) => onChange({ onBehalf: data.value as OnBehalf })}
              >
                {ON_BEHALF.map((body) => (
                  <option key={body} value={body}>
                    {body}
                  </option>
                ))}
              </Select>
            </Field>
            {text("title", t.signingTitleField, t.signingTitleExample)}
            {text("name", t.signingName)}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
