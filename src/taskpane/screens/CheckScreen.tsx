import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { countBySeverity, sortFindings, type FileCheck, type Finding, type Localized } from "../../engine";
import { formSet } from "../../engine/batch/formSet";
import { checkWorkbook } from "../../engine/forms/checkWorkbook";
import { periodLabel } from "../../engine/period";
import { clearHighlights, highlightCells, readActiveSheet, selectCell } from "../../excel";
import { BusyButton } from "../components/BusyButton";
import { FindingList } from "../components/FindingList";
import { useLayout } from "../components/layout";
import { Notice, ProblemBar } from "../components/Notice";
import { ReportNotice } from "../components/ReportNotice";
import { SeverityCounts } from "../components/SeverityCounts";
import { both } from "../i18n";
import { useLang } from "../i18n/LangContext";
import { checkedForm } from "../state/checkedForm";
import { loadOwnForms, ownForms } from "../state/ownForms";
import { formName } from "../state/formsLabel";
import { highlightTargets } from "../state/highlight";
import { useFindingsReport, useOwnWorker } from "../state/useFindingsReport";
import { useAction } from "../useAction";
import { FirstRunHint, useWhyDisabled } from "./hints";

interface Checked {
  sheet: string;
  check: FileCheck;
  findings: Finding[];
}

/** Kiểm tra: validates the active sheet and walks the user to each problem cell. */
export function CheckScreen() {
  const { t, lang, pick } = useLang();
  const layout = useLayout();
  const { busy, problem, run, dismiss } = useAction();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [notice, setNotice] = useState<Localized | null>(null);
  const report = useFindingsReport("excel");
  const worker = useOwnWorker();

  const validate = () =>
    run("validate", async () => {
      setNotice(null);
      report.dismiss();
      const grid = await readActiveSheet();
      // Whichever form the sheet holds: BC-XDĐ (read exactly as before), any built-in form, or the workbook's own.
      await loadOwnForms();
      const check = checkWorkbook([grid], grid.name, formSet(ownForms()));
      setChecked({ sheet: grid.name, check, findings: sortFindings(check.findings) });
    });

  const targets = checked ? highlightTargets(checked.sheet, checked.findings) : [];
  const highlight = () =>
    run("highlight", async () => {
      if (!targets.length) return setNotice(both((s) => s.nothingToHighlight));
      const n = await highlightCells(targets);
      setNotice(both((s) => s.highlighted(n)));
    });

  const clear = () =>
    run("clear", async () => {
      const n = await clearHighlights();
      setNotice(both((s) => s.cleared(n)));
    });

  const select = (f: Finding) => run("select", () => selectCell(f.sheet ?? checked!.sheet, f.cell!));

  // The findings as a workbook of their own, for the unit that sent this sheet.
  const makeReport = () => {
    if (checked) void report.make("check", () => worker().findingsReport({ source: { checks: [checked.check] }, lang }));
  };

  // Before any check there is nothing to colour; after one, maybe still nothing.
  const highlightWhy = useWhyDisabled(targets.length ? null : checked ? t.nothingToHighlight : t.highlightWhy, "highlight");

  const read = checked ? checkedForm(checked.check) : null;
  const period = read?.period ? periodLabel(read.period, lang) : read?.periodText?.text || t.unknown;

  return (
    <div className={layout.screen}>
      <Text>{t.checkIntro}</Text>
      {!checked && <FirstRunHint>{t.checkFirst}</FirstRunHint>}
      <div className={layout.buttons}>
        <BusyButton appearance="primary" testId="validate" busy={busy === "validate"} disabled={busy !== null} onClick={validate}>
          {t.validate}
        </BusyButton>
        <BusyButton testId="highlight" {...highlightWhy.describedBy} busy={busy === "highlight"} disabled={busy !== null || !targets.length} onClick={highlight}>
          {t.highlight}
        </BusyButton>
        {/* Always offered: the colours of an earlier session stay in the workbook until cleared. */}
        <BusyButton testId="clear-highlight" busy={busy === "clear"} disabled={busy !== null} onClick={clear}>
          {t.clearHighlight}
        </BusyButton>
        {checked && (
          <BusyButton testId="findings-report" title={t.findingsReportHint} busy={report.busy !== null} disabled={busy !== null} onClick={makeReport}>
            {t.findingsReport}
          </BusyButton>
        )}
      </div>
      {highlightWhy.hint}
      <ProblemBar problem={problem} onDismiss={dismiss} />
      <ProblemBar problem={report.problem} onDismiss={report.dismiss} />
      {report.outcome && <ReportNotice outcome={report.outcome} onDismiss={report.dismiss} />}
      {notice && (
        <Notice intent="info" onDismiss={() => setNotice(null)} testId="highlight-notice">
          {pick(notice)}
        </Notice>
      )}
      {checked && !read && (
        <Notice intent="warning" title={t.notReportTitle} testId="not-report">
          {t.notReportBody}
          {checked.findings[0] && <div>{pick(checked.findings[0].message)}</div>}
        </Notice>
      )}
      {checked && read && (
        <>
          <dl className={layout.facts} data-testid="check-facts">
            <dt className={layout.factLabel}>{t.sheetLabel}</dt>
            <dd className={layout.factValue}>{checked.sheet}</dd>
            <dt className={layout.factLabel}>{t.formLabel}</dt>
            <dd className={layout.factValue} data-testid="form" data-form={read.form}>{formName(read.form, lang)}</dd>
            <dt className={layout.factLabel}>{t.unitLabel}</dt>
            <dd className={layout.factValue} data-testid="unit" lang={read.unit.name ? "vi" : undefined}>{read.unit.name || t.unknown}</dd>
            <dt className={layout.factLabel}>{t.periodLabel}</dt>
            <dd className={layout.factValue} data-testid="period">{period}</dd>
          </dl>
          <SeverityCounts counts={countBySeverity(checked.findings)} testId="summary" />
          {checked.findings.length === 0 ? (
            <Notice intent="success" testId="no-findings">{t.noFindings}</Notice>
          ) : (
            <FindingList findings={checked.findings} onSelect={select} disabled={busy !== null && busy !== "select"} />
          )}
        </>
      )}
    </div>
  );
}
