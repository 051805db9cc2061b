import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { checkGrids, countBySeverity, sortFindings, type FileCheck, type Finding, type Localized } from "../../engine";
import { periodLabel } from "../../engine/period";
import { clearHighlights, highlightCells, readActiveSheet, selectCell } from "../../excel";
import { BCXDD } from "../../templates/bcxdd";
import { BusyButton } from "../components/BusyButton";
import { FindingList } from "../components/FindingList";
import { useLayout } from "../components/layout";
import { Notice, ProblemBar } from "../components/Notice";
import { SeverityCounts } from "../components/SeverityCounts";
import { both } from "../i18n";
import { useLang } from "../i18n/LangContext";
import { highlightTargets } from "../state/highlight";
import { useAction } from "../useAction";

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

  const validate = () =>
    run("validate", async () => {
      setNotice(null);
      const grid = await readActiveSheet();
      const check = checkGrids([grid], grid.name, BCXDD);
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

  const report = checked?.check.report ?? null;
  const period = report?.period ? periodLabel(report.period, lang) : report?.periodText?.text || t.unknown;

  return (
    <div className={layout.screen}>
      <Text>{t.checkIntro}</Text>
      <div className={layout.buttons}>
        <BusyButton appearance="primary" testId="validate" busy={busy === "validate"} disabled={busy !== null} onClick={validate}>
          {t.validate}
        </BusyButton>
        <BusyButton testId="highlight" busy={busy === "highlight"} disabled={busy !== null || !targets.length} onClick={highlight}>
          {t.highlight}
        </BusyButton>
        {/* Always offered: the colours of an earlier session stay in the workbook until cleared. */}
        <BusyButton testId="clear-highlight" busy={busy === "clear"} disabled={busy !== null} onClick={clear}>
          {t.clearHighlight}
        </BusyButton>
      </div>
      <ProblemBar problem={problem} onDismiss={dismiss} />
      {notice && (
        <Notice intent="info" onDismiss={() => setNotice(null)} testId="highlight-notice">
          {pick(notice)}
        </Notice>
      )}
      {checked && !report && (
        <Notice intent="warning" title={t.notReportTitle} testId="not-report">
          {t.notReportBody}
          {checked.findings[0] && <div>{pick(checked.findings[0].message)}</div>}
        </Notice>
      )}
      {checked && report && (
        <>
          <dl className={layout.facts} data-testid="check-facts">
            <dt className={layout.factLabel}>{t.sheetLabel}</dt>
            <dd className={layout.factValue}>{checked.sheet}</dd>
            <dt className={layout.factLabel}>{t.unitLabel}</dt>
            <dd className={layout.factValue} data-testid="unit">{report.unit.name || t.unknown}</dd>
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
