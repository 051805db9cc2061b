import { Subtitle2, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import { BusyButton } from "../components/BusyButton";
import { FileList } from "../components/FileList";
import { FilePicker } from "../components/FilePicker";
import { useLayout } from "../components/layout";
import { Notice, ProblemBar } from "../components/Notice";
import { ReadingProgress } from "../components/ReadingProgress";
import { ReportNotice } from "../components/ReportNotice";
import { RosterPicker } from "../components/RosterPicker";
import { PreviousPicker } from "../components/PreviousPicker";
import { SheetPicker } from "../components/SheetPicker";
import { SigningFields } from "../components/SigningFields";
import { SummaryCopy } from "../components/SummaryCopy";
import type { Mode } from "../host";
import { useLang } from "../i18n/LangContext";
import { canConsolidate, isReading, type FileRow, type Success } from "../state/consolidation";
import { useConsolidation } from "../state/useConsolidation";
import { useFindingsReport } from "../state/useFindingsReport";
import { useSigning } from "../state/useSigning";
import { FirstRunHint, useWhyDisabled } from "./hints";

/** Tổng hợp: files (and, in Excel, workbook sheets) in; a consolidated workbook out. */
export function ConsolidateScreen({ mode }: { mode: Mode }) {
  const { t, lang, pick } = useLang();
  const layout = useLayout();
  const c = useConsolidation(mode);
  const { state } = c;
  const reading = isReading(state);
  const selectedSheets = state.rows.filter((r) => r.source === "sheet").map((r) => r.name);
  const report = useFindingsReport(mode);
  const signing = useSigning(mode);
  const canReport = state.rows.length > 0 && !reading && !state.consolidating && report.busy === null;
  const { make } = report;
  const { findingsReport } = c;
  // Stable, so the memoised rows of a long list do not all render again.
  const sendBack = useCallback((row: FileRow) => void make(row.id, () => findingsReport([row.id], lang)), [make, findingsReport, lang]);
  // Both buttons wait for the same things: a report to work on, and every file read. (While one of them
  // runs, its spinner says so.)
  const empty = state.rows.length === 0;
  const why = useWhyDisabled(empty ? (mode === "excel" ? t.consolidateWhy : t.consolidateWhyBrowser) : reading ? t.stillReading : null, "consolidate");

  return (
    <div className={layout.screen}>
      <Text>{t.consolidateIntro}</Text>
      {empty && !state.success && <FirstRunHint>{mode === "excel" ? t.consolidateFirst : t.consolidateFirstBrowser}</FirstRunHint>}
      <FilePicker onFiles={(files) => void c.addFiles(files)} disabled={state.consolidating} />
      {mode === "excel" && <SheetPicker selected={selectedSheets} onChange={(names) => void c.selectSheets(names)} disabled={state.consolidating} />}
      <RosterPicker roster={state.roster} error={state.rosterError} onRoster={(file) => void c.setRoster(file)} disabled={state.consolidating} />
      <PreviousPicker previous={state.previous ?? null} error={state.previousError ?? null} onPrevious={(files) => void c.setPrevious(files)} disabled={state.consolidating} />
      <SigningFields form={signing.form} onChange={signing.change} mode={mode} disabled={state.consolidating} />

      {reading && (
        <ReadingProgress progress={state.progress} />
      )}

      {/* Above the list, not below it: with fifty files the button and its outcome stay in view. */}
      <div className={layout.buttons}>
        <BusyButton appearance="primary" testId="consolidate" {...why.describedBy} busy={state.consolidating} disabled={!canConsolidate(state) || report.busy !== null} onClick={() => void c.consolidate(lang, signing.settings())}>
          {t.consolidate}
        </BusyButton>
        <BusyButton testId="findings-report-all" {...why.describedBy} title={t.findingsReportHint} busy={report.busy === "all"} disabled={!canReport} onClick={() => void make("all", () => findingsReport("all", lang))}>
          {t.findingsReport}
        </BusyButton>
      </div>
      {why.hint}
      <ProblemBar problem={state.problem} onDismiss={c.dismiss} />
      {state.success && <SuccessNotice success={state.success} onDismiss={c.dismiss} />}
      {state.success?.paragraph && <SummaryCopy text={state.success.paragraph} />}
      <ProblemBar problem={report.problem} onDismiss={report.dismiss} />
      {report.outcome && <ReportNotice outcome={report.outcome} onDismiss={report.dismiss} />}

      <Subtitle2 as="h2" className={layout.heading}>{t.filesTitle(state.rows.length)}</Subtitle2>
      {state.period && <Text data-testid="period">{t.periodOf(pick(state.period))}</Text>}
      {state.coverage && (
        <div data-testid="coverage" data-expected={state.coverage.expected} data-received={state.coverage.received} data-missing={state.coverage.missing.length}>
          <Text block>{t.coverage(state.coverage.expected, state.coverage.received, state.coverage.missing.length)}</Text>
          {state.coverage.missing.length > 0 && (
            <Text block size={200} className={layout.muted}>
              {t.missingUnits(state.coverage.missing.join("; "))}
            </Text>
          )}
          {state.coverage.unexpected.length > 0 && (
            <Text block size={200} className={layout.muted}>
              {t.unexpectedUnits(state.coverage.unexpected.join("; "))}
            </Text>
          )}
        </div>
      )}
      <FileList
        rows={state.rows}
        onRemove={c.removeRow}
        disabled={state.consolidating}
        onSendBack={sendBack}
        sendingBack={report.busy}
        sendBackDisabled={!canReport}
      />

    </div>
  );
}

function SuccessNotice({ success, onDismiss }: { success: Success; onDismiss(): void }) {
  const { t } = useLang();
  const counts = t.consolidatedUnits(success.units, success.counts.error, success.counts.warning);
  if (success.kind === "download") {
    return (
      <Notice intent="success" title={t.consolidatedTitle} onDismiss={onDismiss} testId="success">
        <div>{t.downloaded(success.fileName)}</div>
        <div>{counts}</div>
      </Notice>
    );
  }
  const pivot = { created: t.pivotCreated, unsupported: t.pivotUnsupported, failed: t.pivotFailed, none: null }[success.pivot];
  return (
    <Notice intent={success.pivot === "failed" ? "warning" : "success"} title={t.consolidatedTitle} onDismiss={onDismiss} testId="success">
      <div>{t.wroteSheets(success.sheets.join(", "))}</div>
      <div>{counts}</div>
      {pivot && <div data-testid="pivot" data-pivot={success.pivot}>{pivot}</div>}
    </Notice>
  );
}
