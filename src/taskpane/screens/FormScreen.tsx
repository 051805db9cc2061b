import { Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { insertSheet } from "../../excel";
import { blankOf, formChoices } from "../state/formChoices";
import { BCXDD_ID } from "../state/formsLabel";
import { useOwnForms } from "../state/ownForms";
import { BusyButton } from "../components/BusyButton";
import { useLayout } from "../components/layout";
import { Notice, ProblemBar } from "../components/Notice";
import { useLang } from "../i18n/LangContext";
import { useAction } from "../useAction";
import { FirstRunHint } from "./hints";

/** A native select is as wide as its longest option: here it narrows with the pane (320 px at 200 %). */
const useStyles = makeStyles({
  field: { minWidth: 0 },
  root: { minWidth: 0, maxWidth: "100%", width: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** Mẫu biểu: inserts a blank form (BC-XDĐ or a built-in BTCTW form, chosen in a list) as a new sheet. */
export function FormScreen() {
  const { t, lang } = useLang();
  const styles = useStyles();
  const own = useOwnForms().forms;
  const choices = useMemo(() => formChoices(lang, own), [lang, own]);
  const [form, setForm] = useState(BCXDD_ID);
  const layout = useLayout();
  const { busy, problem, run, dismiss } = useAction();
  const [inserted, setInserted] = useState<string | null>(null);
  // The first-run hint goes once a form has been inserted, and stays gone when its notice is closed.
  const [firstRun, setFirstRun] = useState(true);

  const insert = () =>
    run("insert", async () => {
      setInserted(null);
      setInserted(await insertSheet(blankOf(form, lang, own)));
      setFirstRun(false);
    });

  return (
    <div className={layout.screen}>
      <Text>{t.formIntro}</Text>
      {firstRun && <FirstRunHint>{t.formFirst}</FirstRunHint>}
      <Field label={t.formPick} className={styles.field}>
        <Select value={form} onChange={(_, d) => setForm(d.value)} data-testid="form-choice" className={styles.root} select={{ className: styles.select }}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={layout.buttons}>
        <BusyButton appearance="primary" testId="insert-form" busy={busy === "insert"} onClick={insert}>
          {t.insertForm}
        </BusyButton>
      </div>
      <ProblemBar problem={problem} onDismiss={dismiss} />
      {inserted !== null && (
        <Notice intent="success" title={t.doneTitle} onDismiss={() => setInserted(null)} testId="form-inserted">
          {t.formInserted(inserted)}
        </Notice>
      )}
    </div>
  );
}
