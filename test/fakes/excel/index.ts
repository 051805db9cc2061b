import type { FakeCore } from "./context";
import { FakeOfficeError } from "./errors";
import { WorkbookModel } from "./model";
import { createExcelNamespace, createOfficeExtensionNamespace } from "./namespaces";
import { createOfficeNamespace, FakeOfficeRecorder } from "./office";
import { applySeed, type FakeSheetSeed } from "./seed";
import { FakeStats } from "./stats";
import { isValidVersion } from "./versions";
import { FakeWorkbookState } from "./views";

/**
 * A grid-backed fake of the Excel JavaScript API for tests (not product code). It keeps Excel's rules
 * where adapters go wrong: properties unreadable before load + sync, typed-input conversion of strings
 * (formulas, numbers, dates) unless the cell is formatted as text, exact shapes, 5 MB requests, sheet-name
 * rules, null objects, requirement sets. See `test/fakes/excel/README.md`.
 */
export type { FakeSheetSeed } from "./seed";
export type { FakeCellView, FakePivotView, FakeTableView, FakeValidationView } from "./views";
export type { FakeDialog, FakeActionEvent } from "./office";
export { FakeWorkbookState, FakeSheetView, FakeSettingsView } from "./views";
export { FakeOfficeError } from "./errors";
export { FakeStats } from "./stats";
export { FakeOfficeRecorder } from "./office";
export { PAYLOAD_LIMIT } from "./limits";
export { seedFromSpec } from "./specSeed";

export interface FakeExcelOptions {
  /** The sheets to start with; default one empty `Sheet1`. The first (or the one marked `active`) is active. */
  sheets?: FakeSheetSeed[];
  /** Highest ExcelApi requirement set supported; default "1.12". */
  apiVersion?: string;
  /** `Office.context.displayLanguage`; default "vi-VN". */
  displayLanguage?: string;
  /** "Excel" (default), or null to be a page opened outside Office (no `Excel`, no requirements). */
  host?: "Excel" | null;
  /** Workbook settings to start with (stored as JSON, as Excel does). */
  settings?: Record<string, unknown>;
  /**
   * The line between two cells as one line: B2's top edge reads B1's bottom line when B2 has none of its
   * own, and drawing or removing either draws or removes both (as desktop Excel's Format Cells shows
   * them). Off by default, cell by cell. Not verified against Excel's API, so code that draws borders
   * next to the user's should be tested both ways.
   */
  sharedBorderEdges?: boolean;
}

export interface FakeExcel {
  /** The global `Excel` namespace (undefined when `host` is null). */
  Excel: unknown;
  /** The global `Office` namespace. */
  Office: unknown;
  /** The global `OfficeExtension` namespace (its `Error` class). */
  OfficeExtension: unknown;
  /** Direct, synchronous access for assertions (no proxies, nothing counted). */
  workbook: FakeWorkbookState;
  stats: FakeStats;
  /** Ribbon actions, dialogs and add-in calls made through `Office`. */
  office: FakeOfficeRecorder;
  /** The files `Excel.createWorkbook` opened as new workbooks (base64, as received), oldest first. */
  createdWorkbooks: string[];
  /** The n-th request from now (1 = the next) rejects with `code`, and nothing of it is applied. */
  failOnSync(n: number, code?: string): void;
  /** Sets `target.Excel`, `target.Office`, `target.OfficeExtension` (default `globalThis`). */
  install(target?: object): void;
  /** Restores what `install` replaced. */
  uninstall(): void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = options.apiVersion ?? "1.12";
  if (!isValidVersion(apiVersion)) throw new Error(`apiVersion '${apiVersion}' is not a version like "1.12"`);
  const host = options.host === undefined ? "Excel" : options.host;

  const model = new WorkbookModel();
  model.sharedBorderEdges = options.sharedBorderEdges === true;
  const seeds = options.sheets && options.sheets.length > 0 ? options.sheets : [{ name: "Sheet1", rows: [] }];
  seeds.forEach((seed) => applySeed(model, seed));
  if (!model.active || model.active.visibility !== "Visible") model.active = model.sheets.find((s) => s.visibility === "Visible") ?? null;
  for (const [key, value] of Object.entries(options.settings ?? {})) model.settings.set(key, JSON.stringify(value));

  const stats = new FakeStats();
  const core: FakeCore = { model, stats, apiVersion, requestNumber: 0, plannedFailures: new Map() };
  const office = new FakeOfficeRecorder();
  const createdWorkbooks: string[] = [];
  const Excel = host === "Excel" ? createExcelNamespace(core, createdWorkbooks) : undefined;
  const Office = createOfficeNamespace({ host, displayLanguage: options.displayLanguage ?? "vi-VN", apiVersion }, office);
  const OfficeExtension = createOfficeExtensionNamespace();

  let restore: (() => void) | null = null;

  return {
    Excel,
    Office,
    OfficeExtension,
    workbook: new FakeWorkbookState(model),
    stats,
    office,
    createdWorkbooks,
    failOnSync(n, code = "GeneralException") {
      if (!Number.isInteger(n) || n < 1) throw new Error("failOnSync(n): n is 1 for the next request, 2 for the one after…");
      core.plannedFailures.set(core.requestNumber + n, code);
    },
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const previous = { Excel: t.Excel, Office: t.Office, OfficeExtension: t.OfficeExtension };
      const had = { Excel: "Excel" in t, Office: "Office" in t, OfficeExtension: "OfficeExtension" in t };
      t.Office = Office;
      t.OfficeExtension = OfficeExtension;
      if (Excel) t.Excel = Excel;
      else delete t.Excel;
      restore = () => {
        for (const key of ["Excel", "Office", "OfficeExtension"] as const) {
          if (had[key]) t[key] = previous[key];
          else delete t[key];
        }
      };
    },
    uninstall() {
      restore?.();
      restore = null;
    },
  };
}

export const isFakeOfficeError = (e: unknown): e is FakeOfficeError => e instanceof FakeOfficeError;
