import type { Page } from "playwright-core";
import type { OfficeMode } from "./browser";
import { servedFor, type Served } from "./pane";

type AnnounceWindow = { __announced?: string[] };

/**
 * Put before the page's scripts: records what the page gives screen readers to say. Fluent's announcer
 * speaks through `document.ariaNotify` when the browser has it; this wraps it (or stands in for it), so
 * that every announcement is both made and recorded.
 */
export function recordAnnouncements(): void {
  const w = globalThis as unknown as AnnounceWindow;
  w.__announced = [];
  const doc = Document.prototype as unknown as { ariaNotify?: (message: string, options?: unknown) => void };
  const native = doc.ariaNotify;
  doc.ariaNotify = function (this: Document, message: string, options?: unknown) {
    w.__announced!.push(message);
    native?.call(this, message, options);
  };
}

/** Everything announced so far. */
export function announced(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as AnnounceWindow).__announced ?? []);
}

/** Like paneFor, with announcements recorded from the page's first script on. */
export function announcingPane(mode: () => OfficeMode, readyTestId: string): Served {
  return servedFor(mode, async (s) => {
    await s.page.addInitScript(recordAnnouncements);
    await s.page.goto(`${s.origin}/taskpane.html`);
    await s.page.getByTestId(readyTestId).waitFor({ timeout: 20_000 });
  });
}
