import { afterAll, beforeAll } from "vitest";
import { launch, openPane, type OfficeMode, type Session } from "./browser";
import { ensureBuilt } from "./build";
import { serveDist } from "./server";

/**
 * For a describe block: the production build served on 127.0.0.1, Chromium, and the task pane opened with
 * office.js answered as `mode` says, ready once `readyTestId` shows. The session is filled in by beforeAll.
 */
export function paneFor(mode: () => OfficeMode, readyTestId: string): Session {
  const session = {} as Session;
  let close = async () => {};
  beforeAll(async () => {
    ensureBuilt();
    const server = await serveDist();
    const browser = await launch();
    close = async () => {
      await browser.close();
      await server.close();
    };
    Object.assign(session, await openPane(browser, server.origin, mode()));
    await session.page.goto(`${server.origin}/taskpane.html`);
    await session.page.getByTestId(readyTestId).waitFor({ timeout: 20_000 });
  }, 600_000);
  afterAll(() => close());
  return session;
}
