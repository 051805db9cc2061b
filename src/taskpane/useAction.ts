import { useCallback, useRef, useState } from "react";
import { problemOf, type Problem } from "./errors";

/**
 * Runs one Excel operation at a time for a screen: which button is busy (its Spinner, and every other
 * button disabled), and the problem to show if it throws. Never lets an exception escape to React.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T,>(key: string, action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
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
    }
  }, []);

  return { busy, problem, run, dismiss: useCallback(() => setProblem(null), []) };
}
