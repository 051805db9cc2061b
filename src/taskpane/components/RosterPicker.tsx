import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { Localized } from "../../engine";
import { useLang } from "../i18n/LangContext";
import { ACCEPT } from "./FilePicker";
import { Group } from "./Group";
import { useFileInput } from "./useFileInput";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere" },
});

export interface RosterPickerProps {
  roster: { name: string; units: number | null } | null;
  error: Localized | null;
  onRoster(file: File | null): void;
  disabled?: boolean;
}

/** The optional roster: one file, replaceable and removable; what was read, or why not. */
export function RosterPicker({ roster, error, onRoster, disabled }: RosterPickerProps) {
  const { t, pick } = useLang();
  const styles = useStyles();
  const picker = useFileInput({ accept: ACCEPT, testId: "roster", label: t.roster, onFiles: (files) => onRoster(files[0]) });
  const choose = useRef<HTMLButtonElement>(null);
  return (
    <Group label={t.roster} hint={t.rosterHint}>
      <div className={styles.row}>
        {picker.input}
        <Button ref={choose} size="small" disabled={disabled} data-testid="choose-roster" onClick={picker.open}>
          {t.chooseRoster}
        </Button>
        {roster && (
          <>
            {roster.units === null ? (
              <Spinner size="extra-tiny" label={roster.name} />
            ) : (
              <Text className={styles.name} data-testid="roster-loaded">
                {t.rosterLoaded(roster.name, roster.units)}
              </Text>
            )}
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              data-testid="remove-roster"
              onClick={() => {
                // This button goes with the roster: the focus goes back to choosing one.
                choose.current?.focus();
                onRoster(null);
              }}
            >
              {t.removeRoster}
            </Button>
          </>
        )}
      </div>
      {error && (
        <Notice intent="warning" title={t.rosterFailed} testId="roster-error">
          {pick(error)}
        </Notice>
      )}
    </Group>
  );
}
