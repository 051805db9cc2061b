import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { memo, useCallback, useRef } from "react";
import type { FileStatus } from "../state/status";
import type { FileRow } from "../state/consolidation";
import { useLang } from "../i18n/LangContext";
import { formsLabel } from "../state/formsLabel";
import { BusyButton } from "./BusyButton";
import { NARROW_PANE } from "./layout";
import { neighbourOf } from "./focus";
import { FILE_STATUS_ICON, PENDING_ICON, SHEET_ICON } from "./statusIcons";
import { Vi } from "./Vi";

const BADGE: Record<FileStatus, "success" | "warning" | "danger" | "important" | "severe"> = {
  "hợp lệ": "success",
  "cảnh báo": "warning",
  lỗi: "danger",
  trùng: "important",
  "khác kỳ": "severe",
  "không đọc được": "danger",
};

/** What a row being read says in `data-status`: not one of the six final statuses. */
export const PENDING_STATUS = "đang đọc";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // In a narrow pane the buttons go under the file's details, so its name keeps the whole width.
    [NARROW_PANE]: { gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalXXS },
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: tokens.spacingVerticalXXS,
    [NARROW_PANE]: { flexDirection: "row", flexWrap: "wrap", alignItems: "center" },
  },
});

export interface FileListProps {
  rows: FileRow[];
  onRemove(row: FileRow): void;
  disabled?: boolean;
  /** Makes the row's findings report, to send back to its unit. */
  onSendBack?(row: FileRow): void;
  /** The id of the row whose report is being made, if any. */
  sendingBack?: string | null;
  sendBackDisabled?: boolean;
}

/** Each file or sheet with its one status, the unit and period read, why it is left out, and a remove button. */
export function FileList({ rows, onRemove, disabled, onSendBack, sendingBack = null, sendBackDisabled }: FileListProps) {
  const { t } = useLang();
  const styles = useStyles();
  const list = useRef<HTMLUListElement>(null);
  // The row and its button are about to go: the focus moves to the next row's button (or the previous
  // one's, or the nearest control when the list empties), never to the page's body.
  const remove = useCallback(
    (row: FileRow) => {
      const item = list.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(row.id)}"]`) ?? null;
      const sibling = item?.nextElementSibling ?? item?.previousElementSibling ?? null;
      const next = sibling?.querySelector<HTMLElement>('[data-testid="remove-file"]') ?? neighbourOf(list.current);
      next?.focus();
      onRemove(row);
    },
    [onRemove],
  );
  if (!rows.length) return <Text>{t.noFiles}</Text>;
  return (
    <ul className={styles.list} data-testid="file-list" ref={list}>
      {rows.map((row) => (
        <FileItem
          key={row.id}
          row={row}
          onRemove={remove}
          disabled={disabled}
          onSendBack={onSendBack}
          sending={sendingBack === row.id}
          sendBackDisabled={sendBackDisabled || row.review === null}
        />
      ))}
    </ul>
  );
}

/**
 * One row, memoised: the reducer keeps unchanged rows as the same objects, so while a thousand files are
 * read one by one only the row just read renders again.
 */
interface FileItemProps {
  row: FileRow;
  onRemove(row: FileRow): void;
  disabled?: boolean;
  onSendBack?(row: FileRow): void;
  sending: boolean;
  sendBackDisabled: boolean;
}

const FileItem = memo(function FileItem({ row, onRemove, disabled, onSendBack, sending, sendBackDisabled }: FileItemProps) {
  const { t, pick, lang } = useLang();
  const styles = useStyles();
  const r = row.review;
  const forms = r?.forms?.length ? formsLabel(r.forms, lang) : null;
  return (
    <li className={styles.row} data-testid="file-row" data-row-id={row.id} data-status={r?.status ?? PENDING_STATUS} data-source={row.source}>
      <div>
        <div className={styles.head}>
          <span className={styles.name} data-testid="file-name">{row.name}</span>
          {row.source === "sheet" && (
            <Badge size="small" appearance="outline" color="informative" icon={SHEET_ICON}>
              {t.fromWorkbook}
            </Badge>
          )}
          <Badge
            size="small"
            appearance={r ? "filled" : "outline"}
            color={r ? BADGE[r.status] : "informative"}
            icon={r ? FILE_STATUS_ICON[r.status] : PENDING_ICON}
            data-testid="file-status"
          >
            {r ? t.fileStatus[r.status] : t.pending}
          </Badge>
        </div>
        {r && (r.unit || r.period) && (
          <Text size={200} block className={styles.detail} data-testid="file-unit">
            {r.unit && <Vi>{r.unit}</Vi>}
            {r.unit && r.period && " · "}
            {r.period && pick(r.period)}
          </Text>
        )}
        {forms && (
          <Text size={200} block className={styles.detail} data-testid="file-forms" data-forms={r?.forms?.join(" ")}>
            {t.formsHeld(forms)}
          </Text>
        )}
        {r?.note && (
          <Text size={200} block className={styles.note} data-testid="file-note">
            {pick(r.note)}
          </Text>
        )}
      </div>
      <div className={styles.actions}>
        {onSendBack && (
          <BusyButton
            size="small"
            appearance="subtle"
            // The name starts with the visible words (speech input); the long explanation is the tooltip.
            aria-label={`${t.sendBack} – ${row.name}`}
            title={t.sendBackTitle(row.name)}
            testId="send-back"
            busy={sending}
            disabled={disabled || sendBackDisabled}
            onClick={() => onSendBack(row)}
          >
            {t.sendBack}
          </BusyButton>
        )}
        <Button size="small" appearance="subtle" aria-label={t.removeFile(row.name)} title={t.removeFile(row.name)} data-testid="remove-file" disabled={disabled} onClick={() => onRemove(row)}>
          {t.remove}
        </Button>
      </div>
    </li>
  );
});
