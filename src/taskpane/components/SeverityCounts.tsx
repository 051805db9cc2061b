import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine";
import { useLang } from "../i18n/LangContext";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
export const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS } });

/** `3 lỗi · 1 cảnh báo · 0 lưu ý` as badges: the summary of a check. */
export function SeverityCounts({ counts, testId }: { counts: Record<Severity, number>; testId?: string }) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <div className={styles.row} data-testid={testId}>
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance={counts[s] ? "filled" : "outline"} color={counts[s] ? COLOR[s] : "informative"} data-severity={s} data-count={counts[s]}>
          {t.severityCount[s](counts[s])}
        </Badge>
      ))}
    </div>
  );
}
