import { Badge, makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Severity } from "../../engine";
import { useLang } from "../i18n/LangContext";
import { resultProps } from "./focus";
import { SEVERITY_ICON } from "./statusIcons";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
export const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS } });

/**
 * `3 lỗi · 1 cảnh báo · 0 lưu ý` as badges, each with its shape: the summary of a check, where the focus
 * goes once the check is done.
 */
export function SeverityCounts({ counts, testId }: { counts: Record<Severity, number>; testId?: string }) {
  const { t } = useLang();
  const styles = useStyles();
  const { announce } = useAnnounce();
  // Said when a check ends with other counts than the last (not when only the language changes).
  const said = useRef<string | null>(null);
  const key = SEVERITIES.map((s) => counts[s]).join("/");
  useEffect(() => {
    if (key === said.current) return;
    said.current = key;
    announce(t.checkedCounts(SEVERITIES.map((s) => t.severityCount[s](counts[s])).join(", ")), { polite: true });
  });
  return (
    <div className={styles.row} data-testid={testId} {...resultProps()}>
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance={counts[s] ? "filled" : "outline"} color={counts[s] ? COLOR[s] : "informative"} icon={SEVERITY_ICON[s]} data-severity={s} data-count={counts[s]}>
          {t.severityCount[s](counts[s])}
        </Badge>
      ))}
    </div>
  );
}
