/**
 * The "Kiểm tra báo cáo" ribbon command: read the active sheet, check it against BC-XDĐ, colour the
 * cells with findings, show a summary. Excel and the dialog come in as `CommandDeps`, so the flow (and
 * above all "Office is always told the command finished") is tested without Office.
 */
import { checkGrids, type Grid, type Lang, type Localized } from "../engine";
import type { HighlightTarget } from "../excel";
import { BCXDD } from "../templates/bcxdd";
import { failureSummary, summarize, type Summary } from "./summary";

export type { HighlightTarget };

export interface CommandDeps {
  readActiveSheet(): Promise<Grid>;
  highlightCells(targets: HighlightTarget[]): Promise<number>;
  /** Shows the summary; calls `closed` once the user is done with it (or at once, if it cannot be shown). */
  openDialog(summary: Summary, closed: () => void): void;
  lang(): Lang;
}

/** The part of Office.AddinCommands.Event used here. */
export interface CommandEvent {
  completed(): void;
}

const UNEXPECTED = (detail: string): Localized => ({
  vi: `Đã xảy ra lỗi không mong muốn (${detail}). Hãy thử lại; nếu vẫn lỗi, hãy mở Tổng hợp bằng nút “Mở Tổng hợp”.`,
  en: `Something unexpected went wrong (${detail}). Try again; if it persists, use “Open Tổng hợp”.`,
});

/** The user-facing text of a failure: the Excel door's own bilingual message, or a generic one. */
export function failureMessage(e: unknown): Localized {
  const message = (e as { message?: unknown } | null)?.message;
  if (typeof message === "object" && message !== null) {
    const { vi, en } = message as Partial<Localized>;
    if (typeof vi === "string" && typeof en === "string") return { vi, en };
  }
  return UNEXPECTED(typeof message === "string" && message ? message : String(e));
}

/** Reads, checks and highlights; never throws: a failure becomes a Summary that says what went wrong. */
export async function checkActiveSheet(deps: CommandDeps, lang: Lang): Promise<Summary> {
  let grid: Grid;
  try {
    grid = await deps.readActiveSheet();
  } catch (e) {
    return failureSummary(failureMessage(e), lang);
  }
  try {
    const { findings } = checkGrids([grid], grid.name, BCXDD);
    const targets = findings
      .filter((f) => f.cell !== null)
      .map((f) => ({ sheet: f.sheet ?? grid.name, cell: f.cell as string, severity: f.severity }));
    // Colouring is a help, not the result: if it fails (protected sheet…), the findings are still shown.
    const highlighted = targets.length ? await deps.highlightCells(targets).catch(() => null) : 0;
    return summarize(findings, lang, grid.name, highlighted);
  } catch (e) {
    return failureSummary(failureMessage(e), lang, grid.name);
  }
}

/** The function Office calls for the button. `event.completed()` runs exactly once, whatever happens. */
export function validateReportHandler(deps: CommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    let done = false;
    const complete = () => {
      if (done) return;
      done = true;
      event.completed();
    };
    try {
      let lang: Lang = "vi";
      try {
        lang = deps.lang();
      } catch {
        // Office without a display language: keep Vietnamese.
      }
      const summary = await checkActiveSheet(deps, lang);
      // Completing while the dialog is open would close it (the function file's runtime ends), so the
      // dialog's closing completes the command.
      deps.openDialog(summary, complete);
    } catch (e) {
      console.error("[tong-hop] validateReport", e);
      complete();
    }
  };
}
