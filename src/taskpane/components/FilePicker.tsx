import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import { useLang } from "../i18n/LangContext";
import { useFileInput } from "./useFileInput";

/** The formats src/files reads; the reader sniffs the real format, this only filters the dialog. */
export const ACCEPT = ".xlsx,.xls,.ods,.csv,.xlsm,.xlsb";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  active: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** "Thêm tệp báo cáo" and a drop zone around it: two ways to add the units' files. */
export function FilePicker({ onFiles, disabled }: { onFiles(files: File[]): void; disabled?: boolean }) {
  const { t } = useLang();
  const styles = useStyles();
  const picker = useFileInput({ accept: ACCEPT, multiple: true, testId: "files", label: t.addFiles, onFiles });
  const [over, setOver] = useState(false);

  const dragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(e.dataTransfer.files));
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      data-testid="drop-zone"
      onDragOver={dragOver}
      onDragEnter={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      {picker.input}
      <Button appearance="primary" disabled={disabled} data-testid="add-files" onClick={picker.open}>
        {t.addFiles}
      </Button>
      <Text size={200} className={styles.hint}>
        {over ? t.dropActive : t.dropHint}
      </Text>
    </div>
  );
}
