import { Field, ProgressBar } from "@fluentui/react-components";
import { useLang } from "../i18n/LangContext";

/**
 * The files being read: a progress bar named for what it measures (a progress bar with no name is read
 * as just "progress bar"), with `Đang đọc tệp 3/10…` under it as its description.
 */
export function ReadingProgress({ progress }: { progress: { done: number; total: number } | null }) {
  const { t } = useLang();
  return (
    <Field validationMessage={progress ? t.reading(progress.done, progress.total) : t.busy} validationState="none">
      <ProgressBar data-testid="progress" aria-label={t.readingProgress} value={progress ? progress.done / progress.total : undefined} />
    </Field>
  );
}
