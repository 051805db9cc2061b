import type { ReportOutcome } from "../state/useFindingsReport";
import { useLang } from "../i18n/LangContext";
import { Notice } from "./Notice";

/** Where the findings report went: opened as a new workbook, or downloaded under its name. */
export function ReportNotice({ outcome, onDismiss }: { outcome: ReportOutcome; onDismiss(): void }) {
  const { t } = useLang();
  const { delivery, findings } = outcome;
  return (
    <div data-testid="report-done" data-delivery={delivery.kind} data-file-name={delivery.fileName}>
      <Notice intent="success" title={t.reportTitle} onDismiss={onDismiss}>
        {delivery.kind === "opened" ? t.reportOpened(findings) : t.reportDownloaded(delivery.fileName, findings)}
      </Notice>
    </div>
  );
}
