import { Button, Checkbox, makeStyles, Spinner, Text, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { listSheets, type SheetRef } from "../../excel";
import { problemOf, type Problem } from "../errors";
import { useLang } from "../i18n/LangContext";
import { Group } from "./Group";
import { ProblemBar } from "./Notice";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", maxHeight: "10rem", overflowY: "auto" },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Listed = { sheets: SheetRef[] } | { problem: Problem };

/** The sheets a user may take as reports: all but those this add-in wrote itself. */
async function listReportCandidates(): Promise<Listed> {
  try {
    return { sheets: (await listSheets()).filter((s) => !s.own) };
  } catch (e) {
    return { problem: problemOf(e) };
  }
}

export interface SheetPickerProps {
  selected: string[];
  onChange(names: string[]): void;
  disabled?: boolean;
}

/** The open workbook's sheets (not the ones this add-in wrote), to take as units' reports. */
export function SheetPicker({ selected, onChange, disabled }: SheetPickerProps) {
  const { t } = useLang();
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetRef[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);
  // One id per box (the sheet's position), so that each name is the label of its own box only.
  const boxId = useId("sheet-");

  const apply = useCallback((outcome: Listed) => {
    if ("sheets" in outcome) setSheets(outcome.sheets);
    else setProblem(outcome.problem);
    setLoading(false);
  }, []);

  useEffect(() => {
    let live = true;
    void listReportCandidates().then((outcome) => live && apply(outcome));
    return () => {
      live = false;
    };
  }, [apply]);

  const refresh = async () => {
    setLoading(true);
    setProblem(null);
    apply(await listReportCandidates());
  };

  // The list order is the workbook's, whatever order the boxes were ticked in.
  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    onChange((sheets ?? []).map((s) => s.name).filter((n) => next.has(n)));
  };

  return (
    <Group label={t.workbookSheets} hint={t.workbookSheetsHint} testId="sheet-picker">
      <ProblemBar problem={problem} onDismiss={() => setProblem(null)} />
      {sheets === null && loading && <Spinner size="tiny" aria-label={t.busy} />}
      {sheets !== null && sheets.length === 0 && <Text className={styles.hint}>{t.noSheets}</Text>}
      {sheets !== null && sheets.length > 0 && (
        <div className={styles.list} data-testid="sheet-list">
          {sheets.map((s, i) => (
            <Checkbox
              key={s.id}
              id={`${boxId}-${i}`}
              data-testid="sheet-option"
              data-sheet={s.name}
              label={s.visible ? s.name : `${s.name} ${t.hiddenSheet}`}
              checked={selected.includes(s.name)}
              disabled={disabled}
              onChange={(_, data) => toggle(s.name, data.checked === true)}
            />
          ))}
        </div>
      )}
      <div>
        <Button size="small" appearance="subtle" disabled={loading || disabled} data-testid="refresh-sheets" onClick={() => void refresh()}>
          {t.refreshSheets}
        </Button>
      </div>
    </Group>
  );
}
