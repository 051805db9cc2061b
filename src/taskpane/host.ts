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

/**
 * Waits for office.js. Browser mode when there is no `Office` global (the script was blocked or the
 * computer is offline), when `onReady` reports no host (the page opened in a browser), when the host is
 * not Excel, or when `onReady` has not answered within `timeoutMs` (office.js without its host files
 * never calls back). Never rejects: a pane that cannot start is a blank pane.
 */
export function detectHost(scope: { Office?: unknown; Excel?: unknown } = globalThis as never, timeoutMs = READY_TIMEOUT_MS): Promise<HostInfo> {
  const office = scope.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== "function") return Promise.resolve(BROWSER);
  return new Promise<HostInfo>((resolve) => {
    let settled = false;
    const settle = (info: HostInfo) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(info);
    };
    const timer = setTimeout(() => settle(BROWSER), timeoutMs);
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
      const promise = office.onReady!((info) => ready(info));
      if (promise && typeof promise.then === "function") promise.then(ready, () => settle(BROWSER));
    } catch {
      settle(BROWSER);
    }
  });
}
