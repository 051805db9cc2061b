import { afterAll, beforeAll } from "vitest";
import { launch, openPane, type OfficeMode, type Session } from "./browser";
import { ensureBuilt } from "./build";
import { serveDist } from "./server";

/** A session on the served build; `origin` is the test server's, filled in by beforeAll like the session. */
export type Served = Session & { origin: string };

/**
 * For a describe block: the production build served on 127.0.0.1, Chromium, and a page whose office.js is
 * answered as `mode` says. Filled in by beforeAll; closed by afterAll. `dir`, called once the build is
 * there, may serve an altered copy of it instead.
 */
export function servedFor(mode: () => OfficeMode, then: (s: Served) => Promise<void> = async () => {}, dir: () => string = () => "dist"): Served {
  const served = {} as Served;
  let close = async () => {};
  beforeAll(async () => {
    ensureBuilt();
    const server = await serveDist(dir());
    const browser = await launch();
    close = async () => {
      await browser.close();
      await server.close();
    };
    Object.assign(served, await openPane(browser, server.origin, mode()), { origin: server.origin });
    await then(served);
  }, 600_000);
  afterAll(() => close());
  return served;
}

/** The task pane opened on the served build, ready once `readyTestId` shows. */
export function paneFor(mode: () => OfficeMode, readyTestId: string): Session {
  return servedFor(mode, async (s) => {
    await s.page.goto(`${s.origin}/taskpane.html`);
    await s.page.getByTestId(readyTestId).waitFor({ timeout: 20_000 });
  });
}
