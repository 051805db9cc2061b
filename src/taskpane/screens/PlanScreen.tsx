import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { checkGrids, completionColumn, type CompletionColumn, type Finding, type Localized } from "../../engine";
import { readActiveSheet, writeFormulas } from "../../excel";
import { BCXDD } from "../../templates/bcxdd";
import { formSet } from "../../engine/batch/formSet";
import { checkWorkbook } from "../../engine/forms/checkWorkbook";
import { formName } from "../state/formsLabel";
import { BusyButton } from "../components/BusyButton";
import { CompletionTable } from "../components/CompletionTable";
import { useLayout } from "../components/layout";
import { Notice, ProblemBar } from "../components/Notice";
import { both } from "../i18n";
import { useLang } from "../i18n/LangContext";
import { useAction } from "../useAction";
import { FirstRunHint, useWhyDisabled } from "./hints";
import { loadOwnForms, ownForms } from "../state/ownForms";

/** `otherForm`: the sheet holds another form (BTCTW…), whose completion this screen does not compute. */
type Computed = { column: CompletionColumn } | { notReport: Finding | null; otherForm?: string };

/** Tỷ lệ kế hoạch: each indicator's completion against plan, and the rate column written as formulas. */
export function PlanScreen() {
  const { t, pick, lang } = useLang();
  const layout = useLayout();
  const { busy, problem, run, dismiss } = useAction();
  const [computed, setComputed] = useState<Computed | null>(null);
  const [notice, setNotice] = useState<Localized | null>(null);

  const compute = () =>
    run("read", async () => {
      setNotice(null);
      const grid = await readActiveSheet();
      const check = checkGrids([grid], grid.name, BCXDD);
      if (check.report) return setComputed({ column: completionColumn(check.report, grid) });
      // Not BC-XDĐ: say which form it is, if it is one (rates are BC-XDĐ's plan columns only).
      await loadOwnForms();
      const otherForm = checkWorkbook([grid], grid.name, formSet(ownForms())).forms?.[0]?.form;
      setComputed({ notReport: check.findings[0] ?? null, otherForm });
    });

  const column = computed && "column" in computed ? computed.column : null;
  const write = () =>
    run("write", async () => {
      if (!column?.column) return;
      const n = await writeFormulas(column.sheet, column.cells);
      const letter = column.column;
      setNotice(both((s) => s.formulasWritten(n, letter, column.sheet)));
    });

  const hasRates = column?.rows.some((r) => r.completion.plan !== null) ?? false;
  const writeWhy = useWhyDisabled(!column ? null : !column.column ? t.writeNoColumn : !column.cells.length ? t.writeNoCells : null, "write-formulas");

  return (
    <div className={layout.screen}>
      <Text>{t.planIntro}</Text>
      {!computed && <FirstRunHint>{t.planFirst}</FirstRunHint>}
      <div className={layout.buttons}>
        <BusyButton appearance="primary" testId="read-plan" busy={busy === "read"} disabled={busy !== null} onClick={compute}>
          {t.readPlan}
        </BusyButton>
        {column && (
          <BusyButton testId="write-formulas" {...writeWhy.describedBy} busy={busy === "write"} disabled={busy !== null || !column.column || !column.cells.length} onClick={write}>
            {t.writeFormulas}
          </BusyButton>
        )}
      </div>
      {writeWhy.hint}
      <ProblemBar problem={problem} onDismiss={dismiss} />
      {notice && (
        <Notice intent="success" title={t.doneTitle} onDismiss={() => setNotice(null)} testId="formulas-written">
          {pick(notice)}
        </Notice>
      )}
      {computed && "notReport" in computed && (
        <Notice intent="warning" title={t.notReportTitle} testId="not-report">
          {computed.otherForm ? <span data-testid="plan-other-form">{t.planOtherForm(formName(computed.otherForm, lang))}</span> : t.notReportBody}
          {computed.notReport && !computed.otherForm && <div>{pick(computed.notReport.message)}</div>}
        </Notice>
      )}
      {column && column.column === null && (
        <Notice intent="info" testId="no-pct-column">
          {t.noPctColumn}
        </Notice>
      )}
      {column && !hasRates && <Notice intent="info">{t.noRates}</Notice>}
      {column && <CompletionTable rows={column.rows} />}
    </div>
  );
}
