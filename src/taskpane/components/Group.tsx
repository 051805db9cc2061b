import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface GroupProps {
  label: string;
  hint?: string;
  children: ReactNode;
  testId?: string;
}

/**
 * Several controls under one visible label and hint. Not a Fluent `Field`: a Field gives its one id to
 * every control inside it, so several checkboxes in one Field share an id and a click on the second's
 * name ticks the first (issue 12). Here the label names the group, and each control keeps its own.
 */
export function Group({ label, hint, children, testId }: GroupProps) {
  const styles = useStyles();
  const id = useId("group-");
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={hint ? `${id}-hint` : undefined} className={styles.group} data-testid={testId}>
      <Text id={`${id}-label`} className={styles.label}>
        {label}
      </Text>
      {hint && (
        <Text id={`${id}-hint`} size={200} className={styles.hint}>
          {hint}
        </Text>
      )}
      {children}
    </div>
  );
}
