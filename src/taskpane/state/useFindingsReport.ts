import { useCallback, useEffect, useRef, useState } from "react";
import { useResultFocus } from "../components/useResultFocus";
import { deliverWorkbook, type Delivery } from "../deliver";
import { problemOf, type Problem } from "../errors";
import type { Mode } from "../host";
import { startFilesWorker, type FilesWorker, type FindingsReport } from "../workerClient";

export interface ReportOutcome {
  delivery: Delivery;
  /** Rows the report lists. */
  findings: number;
}

/**
 * Making a findings report and handing it over (opened in Excel or downloaded), one at a time: which
 * report is being made (`busy` holds its key: a row id, `all`, `check`), and what came of it.
 */
export function useFindingsReport(mode: Mode) {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const running = useRef(false);
  const focus = useResultFocus();

  const make = useCallback(
    async (key: string, produce: () => Promise<FindingsReport>) => {
      if (running.current) return;
      running.current = true;
      focus.begin();
      setBusy(key);
      setProblem(null);
      setOutcome(null);
      try {
        const report = await produce();
        setOutcome({ delivery: await deliverWorkbook(report.xlsx, report.fileName, mode), findings: report.findings });
      } catch (e) {
        setProblem(problemOf(e));
      } finally {
        running.current = false;
        setBusy(null);
        focus.end();
      }
    },
    [mode, focus],
  );

  const dismiss = useCallback(() => {
    setOutcome(null);
    setProblem(null);
  }, []);

  return { busy, outcome, problem, make, dismiss };
}

/**
 * A files worker of the screen's own, started on first use (the .xlsx writer lives there, out of the
 * page's bundle) and stopped with the screen.
 */
export function useOwnWorker(): () => FilesWorker {
  const worker = useRef<FilesWorker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);
  return useCallback(() => (worker.current ??= startFilesWorker()), []);
}
