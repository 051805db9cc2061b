import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { useLang } from "../i18n/LangContext";
import { OWN_FORM_TEXT } from "../i18n/ownForm";
import { removeOwnForm, useOwnForms } from "../state/ownForms";
import { useAction } from "../useAction";
import { BusyButton } from "./BusyButton";
import { useLearnedStyles } from "./LearnedColumns";
import { Notice, ProblemBar } from "./Notice";

/** The committee's forms kept in this workbook, each with a button to remove it. */
export function OwnFormList() {
  const { lang } = useLang();
  const t = OWN_FORM_TEXT[lang];
  const s = useLearnedStyles();
  const own = useOwnForms();
  const { busy, problem, run, dismiss } = useAction();
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <section aria-labelledby="own-forms">
      <h2 id="own-forms" className={s.heading}>{t.savedList}</h2>
      {own.forms.length === 0 ? (
        <Text className={s.muted}>{t.noneSaved}</Text>
      ) : (
        <ul className={s.list} data-testid="own-forms">
          {own.forms.map((f) => (
            <li key={f.id} className={s.item}>
              <Text lang="vi">
                <span className={s.code}>{f.id}</span> · {f.title}
              </Text>
              <div className={s.controls}>
                <BusyButton size="small" testId={`remove-own-${f.id}`} aria-label={t.remove(f.title)} busy={busy === f.id} disabled={busy !== null} onClick={() => run(f.id, async () => { await removeOwnForm(f.id); setRemoved(f.title); })}>
                  {t.removeShort}
                </BusyButton>
              </div>
            </li>
          ))}
        </ul>
      )}
      {own.rejected > 0 && <Text className={s.muted}>{t.rejected(own.rejected)}</Text>}
      <ProblemBar problem={problem} onDismiss={dismiss} />
      {removed && (
        <Notice intent="info" onDismiss={() => setRemoved(null)} testId="own-form-removed">
          {t.removed(removed)}
        </Notice>
      )}
    </section>
  );
}
