import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useLang } from "../i18n/LangContext";
import { copyText, type CopyOutcome } from "../state/copyText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  status: { color: tokens.colorNeutralForeground2, minHeight: "1lh" },
  // Fluent's Textarea keeps a minimum width; in a 160 px pane (320 px at 200 %) it must narrow with the pane.
  field: { minWidth: 0 },
  box: { minWidth: 0, maxWidth: "100%", width: "100%", boxSizing: "border-box" },
  text: { minWidth: 0 },
});

/**
 * The summary paragraph of a consolidation (the `Tóm tắt` sheet's text) and *Sao chép*: copied to the
 * clipboard, or, where the clipboard is refused, selected in its read-only box for Ctrl+C. The outcome is
 * said in a live region.
 */
export function SummaryCopy({ text }: { text: string }) {
  const { t } = useLang();
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);

  const copy = async () => {
    setOutcome(null);
    const result = await copyText(text);
    if (result === "select" && box.current) {
      box.current.focus();
      box.current.select();
    }
    setOutcome(result);
  };

  return (
    <div className={styles.root} data-testid="summary-paragraph">
      <Field label={t.summaryTitle} className={styles.field}>
        <Textarea ref={box} readOnly value={text} resize="vertical" rows={5} data-testid="summary-text" className={styles.box} textarea={{ className: styles.text }} />
      </Field>
      <div>
        <Button data-testid="copy-summary" title={t.copySummaryTitle} onClick={() => void copy()}>
          {t.copySummary}
        </Button>
      </div>
      <div role="status" className={styles.status} data-testid="copy-outcome" data-outcome={outcome ?? ""}>
        {outcome === "copied" ? t.summaryCopied : outcome === "select" ? t.summaryCopyFallback : ""}
      </div>
    </div>
  );
}
