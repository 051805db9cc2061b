import { useCallback, useRef, useState } from "react";
import { useResultFocus } from "./components/useResultFocus";
import { problemOf, type Problem } from "./errors";

/**
 * Runs one Excel operation at a time for a screen: which button is busy (its Spinner, and every other
 * button disabled), and the problem to show if it throws. Never lets an exception escape to React.
 * The focus stays on the busy button, then moves to the outcome (the problem, or what the action showed).
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const running = useRef(false);
  const focus = useResultFocus();

  const run = useCallback(
    async <T,>(key: string, action: () => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      focus.begin();
      setBusy(key);
      setProblem(null);
      try {
        return await action();
      } catch (e) {
        setProblem(problemOf(e));
        return undefined;
      } finally {
        running.current = false;
        setBusy(null);
        focus.end();
      }
    },
    [focus],
  );

  return { busy, problem, run, dismiss: useCallback(() => setProblem(null), []) };
}
