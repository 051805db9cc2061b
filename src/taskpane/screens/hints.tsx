import { useId, type ReactNode } from "react";
import { useLayout } from "../components/layout";

/** What to do first on a screen where nothing has been done yet: shown until the first action. */
export function FirstRunHint({ children }: { children: ReactNode }) {
  const layout = useLayout();
  return (
    <p className={layout.hint} data-testid="first-run-hint">
      {children}
    </p>
  );
}

export interface WhyDisabled {
  /** Spread on the button: `aria-describedby` pointing at the hint while there is a reason. */
  describedBy: { "aria-describedby"?: string };
  /** The visible reason, to place near the button (nothing when the button is usable). */
  hint: ReactNode;
}

/**
 * Why a button cannot be pressed yet, said in words under it and tied to it by `aria-describedby`, so a
 * screen reader reading the button hears the reason too. `reason` is null when the button is usable (or
 * only waiting for a running operation, which its spinner already says).
 */
export function useWhyDisabled(reason: string | null, testId: string): WhyDisabled {
  const layout = useLayout();
  const id = useId();
  if (!reason) return { describedBy: {}, hint: null };
  return {
    describedBy: { "aria-describedby": id },
    hint: (
      <p id={id} className={layout.hint} data-testid={`why-${testId}`}>
        {reason}
      </p>
    ),
  };
}
