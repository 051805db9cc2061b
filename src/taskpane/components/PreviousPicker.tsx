import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { Localized } from "../../engine";
import { useLang } from "../i18n/LangContext";
import { PREVIOUS_TEXT } from "../i18n/previous";
import { ACCEPT } from "./FilePicker";
import { Group } from "./Group";
import { useFileInput } from "./useFileInput";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere" },
});

export interface PreviousPickerProps {
  previous: { names: string[]; periods: Localized[] | null } | null;
  error: Localized | null;
  onPrevious(files: File[]): void;
  disabled?: boolean;
}

/**
 * Kỳ trước (issue 11): last period's consolidated workbook or its units' files (and the same period last year),
 * picked as files in Excel and in the browser alike; what periods they hold, or why they cannot be used.
 */
export function PreviousPicker({ previous, error, onPrevious, disabled }: PreviousPickerProps) {
  const { lang, pick } = useLang();
  const t = PREVIOUS_TEXT[lang];
  const styles = useStyles();
  const picker = useFileInput({ accept: ACCEPT, multiple: true, testId: "previous", label: t.label, onFiles: onPrevious });
  const choose = useRef<HTMLButtonElement>(null);
  return (
    <Group label={t.label} hint={t.hint}>
      <div className={styles.row}>
        {picker.input}
        <Button ref={choose} size="small" disabled={disabled} data-testid="choose-previous" onClick={picker.open}>
          {t.choose}
        </Button>
        {previous && (
          <>
            {previous.periods === null ? (
              <Spinner size="extra-tiny" label={previous.names.join(", ")} />
            ) : (
              <Text className={styles.name} data-testid="previous-loaded">
                {t.loaded(previous.names.join(", "), previous.periods.map(pick).join("; "))}
              </Text>
            )}
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              data-testid="remove-previous"
              onClick={() => {
                choose.current?.focus();
                onPrevious([]);
              }}
            >
              {t.remove}
            </Button>
          </>
        )}
      </div>
      {error && (
        <Notice intent="warning" title={t.failed} testId="previous-error">
          {pick(error)}
        </Notice>
      )}
    </Group>
  );
}
