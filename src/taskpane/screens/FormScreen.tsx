import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { formSheet } from "../../engine";
import { insertSheet } from "../../excel";
import { BCXDD } from "../../templates/bcxdd";
import { BusyButton } from "../components/BusyButton";
import { useLayout } from "../components/layout";
import { Notice, ProblemBar } from "../components/Notice";
import { useLang } from "../i18n/LangContext";
import { useAction } from "../useAction";
import { FirstRunHint } from "./hints";

/** Mẫu biểu: inserts the blank BC-XDĐ form as a new sheet. */
export function FormScreen() {
  const { t } = useLang();
  const layout = useLayout();
  const { busy, problem, run, dismiss } = useAction();
  const [inserted, setInserted] = useState<string | null>(null);
  // The first-run hint goes once a form has been inserted, and stays gone when its notice is closed.
  const [firstRun, setFirstRun] = useState(true);

  const insert = () =>
    run("insert", async () => {
      setInserted(null);
      setInserted(await insertSheet(formSheet(BCXDD)));
      setFirstRun(false);
    });

  return (
    <div className={layout.screen}>
      <Text>{t.formIntro}</Text>
      {firstRun && <FirstRunHint>{t.formFirst}</FirstRunHint>}
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
