import type { Lang } from "../engine";
import { langOf } from "./i18n";

/** Where the pane runs: inside Excel (every screen) or in a plain browser tab (file consolidation only). */
export type Mode = "excel" | "browser";

export interface HostInfo {
  mode: Mode;
  lang: Lang;
}

/** The parts of office.js looked at here: all optional, since office.js may not have loaded at all. */
interface OfficeLike {
  onReady?: (callback?: (info: { host: unknown }) => void) => Promise<{ host: unknown }> | void;
  context?: { displayLanguage?: string };
}

export const READY_TIMEOUT_MS = 3000;
/** Inside Office, a slow old computer may take long to start office.js: wait rather than fall back. */
export const READY_TIMEOUT_IN_OFFICE_MS = 60_000;

/**
 * Office opens the pane with `_host_Info=Excel$Win32$…` in its address (Windows, Mac and the web alike):
 * then the page is inside Office even when office.js is slow to call back.
 */
export function openedByOffice(address: string): boolean {
  return /[?&#]_host_Info=/i.test(address);
}

/** How long to wait for office.js at this address. */
export function readyTimeout(address: string): number {
  return openedByOffice(address) ? READY_TIMEOUT_IN_OFFICE_MS : READY_TIMEOUT_MS;
}

const BROWSER: HostInfo = { mode: "browser", lang: "vi" };

/** Where taskpane.html loads office.js from (Microsoft's CDN, as Office requires). */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The parts of the page looked at while office.js loads. */
export interface LoadingPage {
  readyState: DocumentReadyState;
  /** The page's own `<script src=…office.js>`, if any. */
  officeScript: EventTarget | null;
  /** The window, whose `load` waits for every async script, office.js included. */
  window: EventTarget;
}

/** The page as it is: office.js is the script whose address is OFFICE_JS. */
export function loadingPage(doc: Document = document): LoadingPage {
  const officeScript = Array.from(doc.scripts).find((s) => s.src === OFFICE_JS) ?? null;
  return { readyState: doc.readyState, officeScript, window: doc.defaultView ?? globalThis };
}

/**
 * Resolves once office.js has run or failed to load. taskpane.html loads it `async`, so that the page shows
 * at once even when a proxy holds the request; the page's code may therefore start before office.js has.
 * Settled at once when `Office` is already there, or when the page has finished loading (its `load` event
 * waits for async scripts: office.js then loaded without defining `Office`, or failed). Otherwise on the
 * script's `load` or `error`, or the window's `load`, whichever comes first. A request that hangs settles
 * nothing: detectHost's timeout decides then.
 */
export function officeLoaded(scope: { Office?: unknown }, page: LoadingPage): Promise<void> {
  if (scope.Office !== undefined || page.readyState === "complete" || !page.officeScript) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      page.officeScript?.removeEventListener("load", done);
      page.officeScript?.removeEventListener("error", done);
      page.window.removeEventListener("load", done);
      resolve();
    };
    page.officeScript!.addEventListener("load", done);
    page.officeScript!.addEventListener("error", done);
    page.window.addEventListener("load", done);
  });
}

/**
 * Waits for office.js: first for the script itself (`loaded`, see officeLoaded), then for `onReady`, both
 * within `timeoutMs` in all. Browser mode when there is no `Office` global (the script was blocked or the
 * computer is offline), when `onReady` reports no host (the page opened in a browser), when the host is
 * not Excel, or when nothing has answered within `timeoutMs` (a proxy holding office.js's request, or
 * office.js without its host files, which never calls back). Never rejects: a pane that cannot start is a
 * blank pane.
 */
export function detectHost(
  scope: { Office?: unknown; Excel?: unknown } = globalThis as never,
  timeoutMs = READY_TIMEOUT_MS,
  loaded: Promise<void> = Promise.resolve(),
): Promise<HostInfo> {
  return new Promise<HostInfo>((resolve) => {
    let settled = false;
    const settle = (info: HostInfo) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(info);
    };
    const timer = setTimeout(() => settle(BROWSER), timeoutMs);
    void loaded.then(() => {
      if (!settled) askOffice(scope, settle);
    });
  });
}

/** office.js is there (or is not): asks it where the page runs, and settles with the answer. */
function askOffice(scope: { Office?: unknown; Excel?: unknown }, settle: (info: HostInfo) => void): void {
  const office = scope.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== "function") return settle(BROWSER);
  const ready = (info: { host: unknown } | undefined) => {
    const inExcel = info?.host === "Excel" && scope.Excel !== undefined;
    if (!inExcel) return settle(BROWSER);
    let language: string | undefined;
    try {
      language = office.context?.displayLanguage;
    } catch {
      language = undefined;
    }
    settle({ mode: "excel", lang: langOf(language) });
  };
  try {
    // office.js calls the callback and resolves the promise; whichever comes first wins.
    const promise = office.onReady((info) => ready(info));
    if (promise && typeof promise.then === "function") promise.then(ready, () => settle(BROWSER));
  } catch {
    settle(BROWSER);
  }
}
