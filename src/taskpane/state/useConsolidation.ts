/**
 * The Tổng hợp screen's behaviour: files to the worker, workbook sheets through the Excel door, the
 * worker's events into the reducer, and the final write (Excel) or download (browser).
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { Lang, SheetSpec } from "../../engine";
import type { SigningSettings } from "../../engine/print/letterhead";
import { formSet } from "../../engine/batch/formSet";
import { loadOwnForms, ownForms } from "./ownForms";
import { checkWorkbook } from "../../engine/forms/checkWorkbook";
import { readSheets, writeConsolidation } from "../../excel";
import { downloadWorkbook } from "../download";
import { problemOf } from "../errors";
import { both } from "../i18n";
import type { Mode } from "../host";
import type { SheetCheck, WorkerEvent } from "../worker/protocol";
import { startFilesWorker, type FilesWorker, type WorkerFailure } from "../workerClient";
import { useResultFocus } from "../components/useResultFocus";
import { consolidationReducer, initialConsolidation, sheetRowId, type ConsolidationAction, type FileRow } from "./consolidation";
import { useReadingAnnouncer } from "./useReadingAnnouncer";

/** The table the PivotTable is made from, when the engine's specs name none (they do: `Dữ liệu`'s). */
const PIVOT_SOURCE = "DuLieuTongHop";

/**
 * The table the PivotTable is made over: BC-XDĐ's `Dữ liệu` (the PivotTable's fields are its columns). A batch of
 * other forms only (their `Dữ liệu biểu` has other columns) gets none.
 */
export function pivotSource(specs: readonly SheetSpec[]): string | undefined {
  return specs.some((s) => s.table?.name === PIVOT_SOURCE) ? PIVOT_SOURCE : undefined;
}

/** A worker event as a reducer action; null when the event changes nothing on screen. */
export function actionOf(event: WorkerEvent): ConsolidationAction | null {
  switch (event.type) {
    case "progress":
      return { type: "progress", done: event.done, total: event.total };
    case "checked":
      return { type: "fileChecked", id: event.id, review: event.review };
    case "review":
      return { type: "reviewed", reviews: event.reviews, coverage: event.coverage, period: event.period };
    case "roster":
      return event.ok ? { type: "rosterLoaded", name: event.name, units: event.units } : { type: "rosterFailed", reason: event.reason };
    case "previous":
      return event.ok ? { type: "previousLoaded", names: event.names, periods: event.periods } : { type: "previousFailed", reason: event.reason };
    case "reading":
    case "rosterCleared":
    case "previousCleared":
    case "consolidated":
    case "findingsReport":
      return null;
    case "error":
      if (event.scope === "roster") return { type: "rosterFailed", reason: event.message };
      if (event.scope === "previous") return { type: "previousFailed", reason: event.message };
      // A failed batch or a dead worker will never review the rows still being read.
      return { type: "failed", problem: { message: event.message, intent: "error" }, abandonReading: event.scope !== "consolidate" && event.scope !== "report" };
  }
}

export function useConsolidation(mode: Mode) {
  const [state, dispatch] = useReducer(consolidationReducer, initialConsolidation);
  const worker = useRef<FilesWorker | null>(null);
  const nextId = useRef(1);
  const selected = useRef<string[]>([]);
  const sheetRead = useRef(0);
  const focus = useResultFocus();
  useReadingAnnouncer(state);

  useEffect(() => () => worker.current?.terminate(), []);

  /** The worker, started on first use: SheetJS is fetched only once the user adds a file. */
  const getWorker = useCallback((): FilesWorker | null => {
    if (worker.current) return worker.current;
    try {
      const w = startFilesWorker();
      w.subscribe((event) => {
        const action = actionOf(event);
        if (action) dispatch(action);
      });
      worker.current = w;
      return w;
    } catch {
      dispatch({ type: "failed", problem: { message: both((s) => s.workerFailed), intent: "error" }, abandonReading: true });
      return null;
    }
  }, []);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (!files.length) return;
      const rows = files.map((f) => ({ id: `f${nextId.current++}`, name: f.name, file: f }));
      dispatch({ type: "filesAdded", files: rows.map(({ id, name }) => ({ id, name })) });
      const w = getWorker();
      if (!w) return;
      // Reading a File's bytes is asynchronous I/O, not parsing: it does not hold the page.
      const read = await Promise.all(
        rows.map(async (r) => {
          try {
            return { id: r.id, name: r.name, bytes: await r.file.arrayBuffer(), lastModified: r.file.lastModified || null };
          } catch (e) {
            // The file vanished or is locked since it was picked: say so on its row.
            const problem = problemOf(e);
            dispatch({ type: "fileChecked", id: r.id, review: { status: "không đọc được", unit: null, period: null, counts: { error: 1, warning: 0, info: 0 }, note: problem.message } });
            return null;
          }
        }),
      );
      const ok = read.filter((r) => r !== null);
      // The workbook's own forms (issue 10) go first: files are read against them as against the built-in ones.
      await loadOwnForms();
      w.send({ type: "forms", forms: [...ownForms()] });
      if (ok.length) w.send({ type: "check", files: ok }, ok.map((r) => r.bytes));
    },
    [getWorker],
  );

  /** Reads the ticked workbook sheets (one Excel read whatever their number) and checks them here. */
  const readSelectedSheets = useCallback(async (): Promise<SheetCheck[]> => {
    if (!selected.current.length) return [];
    const grids = await readSheets(selected.current);
    // Each ticked sheet on its own, against every known form (BC-XDĐ's reading unchanged when it holds no other).
    await loadOwnForms();
    const set = formSet(ownForms());
    return grids.map((g) => ({ id: sheetRowId(g.name), check: checkWorkbook([g], g.name, set) }));
  }, []);

  const selectSheets = useCallback(
    async (names: string[]) => {
      selected.current = names;
      dispatch({ type: "sheetsSelected", names });
      const w = getWorker();
      if (!w) return;
      const mine = ++sheetRead.current;
      try {
        const sheets = await readSelectedSheets();
        // Ticks faster than Excel answers: only the latest selection is sent.
        if (mine === sheetRead.current) w.send({ type: "sheets", sheets });
      } catch (e) {
        if (mine !== sheetRead.current) return;
        selected.current = [];
        dispatch({ type: "sheetsSelected", names: [] });
        dispatch({ type: "failed", problem: problemOf(e) });
        w.send({ type: "sheets", sheets: [] });
      }
    },
    [getWorker, readSelectedSheets],
  );

  const removeRow = useCallback(
    (row: Pick<FileRow, "id" | "name" | "source">) => {
      // A sheet's row goes by unticking the sheet, so the list and the boxes always agree.
      if (row.source === "sheet") return void selectSheets(selected.current.filter((n) => n !== row.name));
      dispatch({ type: "fileRemoved", id: row.id });
      worker.current?.send({ type: "remove", ids: [row.id] });
    },
    [selectSheets],
  );

  const setRoster = useCallback(
    async (file: File | null) => {
      if (!file) {
        dispatch({ type: "rosterCleared" });
        worker.current?.send({ type: "roster", name: null, bytes: null });
        return;
      }
      dispatch({ type: "rosterReading", name: file.name });
      const w = getWorker();
      if (!w) return;
      try {
        const bytes = await file.arrayBuffer();
        w.send({ type: "roster", name: file.name, bytes }, [bytes]);
      } catch (e) {
        dispatch({ type: "rosterFailed", reason: problemOf(e).message });
      }
    },
    [getWorker],
  );

  /** Kỳ trước (issue 11): the earlier periods' files, replacing any picked before; an empty list drops them. */
  const setPrevious = useCallback(
    async (list: File[]) => {
      if (!list.length) {
        dispatch({ type: "previousCleared" });
        worker.current?.send({ type: "previous", files: [] });
        return;
      }
      const names = list.map((f) => f.name);
      dispatch({ type: "previousReading", names });
      const w = getWorker();
      if (!w) return;
      try {
        const files = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
        w.send({ type: "previous", files }, files.map((f) => f.bytes));
      } catch (e) {
        dispatch({ type: "previousFailed", reason: problemOf(e).message });
      }
    },
    [getWorker],
  );

  const consolidate = useCallback(
    async (lang: Lang, signing?: SigningSettings) => {
      const w = getWorker();
      if (!w) return;
      focus.begin();
      dispatch({ type: "consolidating" });
      try {
        const sheets = mode === "excel" ? await readSelectedSheets() : [];
        const done = await w.consolidate({ sheets, lang, render: mode === "browser", signing });
        const { summary } = done;
        const { paragraph } = summary;
        if (mode === "browser") {
          downloadWorkbook(done.xlsx!, summary.fileName);
          dispatch({ type: "consolidated", success: { kind: "download", fileName: summary.fileName, units: summary.units, counts: summary.counts, paragraph } });
        } else {
          const outcome = await writeConsolidation(done.specs, { pivotFrom: pivotSource(done.specs) });
          dispatch({ type: "consolidated", success: { kind: "excel", sheets: outcome.sheets, pivot: outcome.pivot, units: summary.units, counts: summary.counts, paragraph } });
        }
      } catch (e) {
        dispatch({ type: "failed", problem: problemOf(e) });
      } finally {
        focus.end();
      }
    },
    [getWorker, mode, readSelectedSheets, focus],
  );

  /**
   * The findings workbook of some rows (a unit's file, to send back to it) or of all (`all`). Ticked
   * sheets are re-read first, like the consolidation does, so the report matches what Excel holds now.
   */
  const findingsReport = useCallback(
    async (rows: string[] | "all", lang: Lang) => {
      const w = getWorker();
      if (!w) {
        const failure: WorkerFailure = { code: "Worker", message: both((s) => s.workerFailed) };
        throw failure;
      }
      if (mode === "excel" && selected.current.length && (rows === "all" || rows.some((id) => id.startsWith(sheetRowId(""))))) {
        w.send({ type: "sheets", sheets: await readSelectedSheets() });
      }
      return w.findingsReport({ source: { rows }, lang });
    },
    [getWorker, mode, readSelectedSheets],
  );

  return {
    state,
    addFiles,
    findingsReport,
    removeRow,
    setRoster,
    setPrevious,
    selectSheets,
    consolidate,
    dismiss: useCallback(() => dispatch({ type: "dismiss" }), []),
  };
}
