import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import type { Problem } from "../errors";
import { useLang } from "../i18n/LangContext";
import { neighbourOf, resultProps } from "./focus";

/** A problem in a MessageBar: what happened and what to do, in the current language, dismissable. */
export function ProblemBar({ problem, onDismiss }: { problem: Problem | null; onDismiss?: () => void }) {
  const { t, pick } = useLang();
  if (!problem) return null;
  return (
    <Notice intent={problem.intent} title={problem.intent === "error" ? t.errorTitle : t.warningTitle} onDismiss={onDismiss} testId="problem" problem>
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
  /** What went wrong: after an action, the focus goes here before any other outcome. */
  problem?: boolean;
}

/**
 * A multiline MessageBar: task-pane texts are long for its width. It is an action's outcome (focus moves
 * to it once the action is done); Fluent's MessageBar announces it when it appears, and this announces it
 * again when its text changes in place (`Đã tô màu 5 ô` then `Đã xóa tô màu 5 ô`).
 */
export function Notice({ intent, title, children, onDismiss, testId, problem = false }: NoticeProps) {
  const { t } = useLang();
  const { announce } = useAnnounce();
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const said = useRef<string | null>(null);
  const polite = intent !== "error";

  useEffect(() => {
    const text = body.current?.textContent ?? "";
    if (said.current !== null && text !== said.current) announce(text, { polite, alert: !polite });
    said.current = text;
  });

  const dismiss = () => {
    // The notice and its button are about to go: take the focus to the nearest control first.
    neighbourOf(root.current)?.focus();
    onDismiss?.();
  };

  return (
    <MessageBar
      ref={root}
      intent={intent}
      layout="multiline"
      data-testid={testId}
      data-notice=""
      {...resultProps(problem ? "problem" : "result")}
      politeness={polite ? "polite" : "assertive"}
      // A MessageBar names itself by its title's id; one without a title must not point at a missing id.
      {...(title ? {} : { "aria-labelledby": undefined })}
    >
      <MessageBarBody ref={body}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={dismiss}>
            {t.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
