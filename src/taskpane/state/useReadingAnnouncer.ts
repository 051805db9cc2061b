import { useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useLang } from "../i18n/LangContext";
import { isReading, type ConsolidationState } from "./consolidation";
import { FILE_STATUSES } from "./status";

/**
 * Says, once a batch of files has been read, how many and with which statuses (`Đã đọc xong 3 tệp: hợp
 * lệ: 2, lỗi: 1.`): the list changes silently otherwise. Once per batch, not per file: a thousand files
 * must not make a thousand announcements.
 */
export function useReadingAnnouncer(state: ConsolidationState): void {
  const { t } = useLang();
  const { announce } = useAnnounce();
  const reading = isReading(state);
  const wasReading = useRef(false);
  const { rows } = state;

  useEffect(() => {
    if (wasReading.current && !reading && rows.length) {
      const statuses = FILE_STATUSES.map((s) => [s, rows.filter((r) => r.review?.status === s).length] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${t.fileStatus[s]}: ${n}`)
        .join(", ");
      announce(t.filesRead(rows.length, statuses), { polite: true, batchId: "files-read" });
    }
    wasReading.current = reading;
  }, [reading, rows, t, announce]);
}
