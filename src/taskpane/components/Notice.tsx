import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Problem } from "../errors";
import { useLang } from "../i18n/LangContext";

/** A problem in a MessageBar: what happened and what to do, in the current language, dismissable. */
export function ProblemBar({ problem, onDismiss }: { problem: Problem | null; onDismiss?: () => void }) {
  const { t, pick } = useLang();
  if (!problem) return null;
  return (
    <Notice intent={problem.intent} title={problem.intent === "error" ? t.errorTitle : t.warningTitle} onDismiss={onDismiss} testId="problem">
      {pick(problem.message)}
    </Notice>
  );
}

export interface NoticeProps {
  intent: "info" | "success" | "warning" | "error";
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
}

/** A multiline MessageBar: task-pane texts are long for its width. */
export function Notice({ intent, title, children, onDismiss, testId }: NoticeProps) {
  const { t } = useLang();
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId} politeness={intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
