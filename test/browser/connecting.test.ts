/**
 * The pane while office.js loads (issue 12, part 3). taskpane.html loads office.js `async`: a proxy that
 * holds its request must not keep the pane blank. The page shows "Đang kết nối với Excel…" at once, then
 * browser mode when nothing answers within the timeout; office.js that fails is noticed at once, and
 * office.js that arrives late still starts the pane inside Excel.
 */
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READY_TIMEOUT_IN_OFFICE_MS, READY_TIMEOUT_MS, readyTimeout } from "../../src/taskpane/host";
import { hasChromium, launch, OFFICE_CDN, openPane, type OfficeMode, type View } from "./support/browser";
import { ensureBuilt, officeStubScript } from "./support/build";
import { measureFit } from "./support/fit";
import { serveDist, type StaticServer } from "./support/server";

/** When (ms after the navigation started, by the page's own clock) each state first showed. */
type Seen = Partial<Record<"connecting" | "banner-browser" | "tab-check", number>>;

/** Before the page's scripts: notes the first time each state's element is in the page. */
function watchStates() {
  const seen: Record<string, number> = {};
  (globalThis as unknown as { __seen: Record<string, number> }).__seen = seen;
  new MutationObserver(() => {
    for (const id of ["connecting", "banner-browser", "tab-check"]) {
      if (seen[id] === undefined && document.querySelector(`[data-testid="${id}"]`)) seen[id] = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

const seenIn = (page: Page) => page.evaluate(() => (globalThis as unknown as { __seen: Seen }).__seen);

describe.skipIf(!hasChromium)("the pane while office.js loads", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDist();
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh pane whose request for office.js itself is handled by `office` (its other files as `mode` says). */
  async function open(mode: OfficeMode, office: (route: Route) => void | Promise<void>, view?: View, address = "taskpane.html") {
    const s = await openPane(browser, server.origin, mode, view);
    await s.page.addInitScript(watchStates);
    // A page route wins over the context's: only office.js is handled here.
    await s.page.route(`${OFFICE_CDN}office.js`, office);
    // "commit", not "load": a held office.js holds the window's load event too, for as long as it hangs.
    await s.page.goto(`${server.origin}/${address}`, { waitUntil: "commit" });
    return s;
  }

  it("a held office.js: 'Đang kết nối với Excel…' at once, then browser mode after the timeout", async () => {
    const held: Route[] = [];
    const { page, context } = await open({ kind: "browser" }, (route) => void held.push(route));
    try {
      const connecting = page.getByTestId("connecting");
      await connecting.waitFor({ timeout: 5_000 });
      expect(held).toHaveLength(1);
      expect(await connecting.textContent()).toContain("Đang kết nối với Excel…");
      expect(await connecting.textContent()).toContain("Connecting to Excel…");
      await page.getByTestId("banner-browser").waitFor({ timeout: READY_TIMEOUT_MS + 10_000 });
      const seen = await seenIn(page);
      // Ordering, not a stopwatch (a loaded CI machine is slow): the state showed while office.js was held.
      expect(seen.connecting).toBeLessThan(seen["banner-browser"]!);
      // Not before the timeout: until then office.js might still come.
      expect(seen["banner-browser"]! - seen.connecting!).toBeGreaterThanOrEqual(READY_TIMEOUT_MS - 300);
      // Still held: the pane went on without it, and works.
      expect(held).toHaveLength(1);
      expect(await page.getByTestId("connecting").count()).toBe(0);
      expect(await page.getByTestId("tab-consolidate").isVisible()).toBe(true);
      expect(await page.getByTestId("add-files").isEnabled()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("the connecting state fits 320 px at 200 % zoom (160 CSS px, see narrow.test.ts), before and after the page's script runs", async () => {
    const { page, context } = await open({ kind: "browser" }, () => undefined, { width: 160, height: 320, deviceScaleFactor: 2 });
    try {
      await page.getByTestId("connecting").waitFor({ timeout: 5_000 });
      const before = await measureFit(page);
      // The script has run once the document is parsed (it is deferred): React's connecting screen is up.
      await page.waitForFunction(() => document.readyState !== "loading");
      await page.getByTestId("connecting").waitFor();
      const after = await measureFit(page);
      for (const fit of [before, after]) {
        expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);
        expect(fit.misfits).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it("an office.js that cannot load (blocked, offline), even inside Office: browser mode at once, not after the timeout", async () => {
    // Opened as Office opens it: the timeout is then a minute, so browser mode within seconds can only
    // come from the script's error event (whatever the load on the machine running the test).
    const address = "taskpane.html?_host_Info=Excel$Web$16.01$vi-VN$$$$0";
    expect(readyTimeout(`${server.origin}/${address}`)).toBe(READY_TIMEOUT_IN_OFFICE_MS);
    const { page, context } = await open({ kind: "browser" }, (route) => route.abort("connectionrefused"), undefined, address);
    try {
      await page.getByTestId("banner-browser").waitFor({ timeout: 20_000 });
      const seen = await seenIn(page);
      expect(seen["banner-browser"]).toBeLessThan(READY_TIMEOUT_IN_OFFICE_MS / 3);
    } finally {
      await context.close();
    }
  });

  it("an office.js that arrives late, inside Excel: the connecting state, then every Excel screen", async () => {
    const stub = officeStubScript();
    const { page, context } = await open({ kind: "excel", stub }, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.fulfill({ contentType: "text/javascript", body: stub });
    });
    try {
      await page.getByTestId("tab-check").waitFor({ timeout: 10_000 });
      const seen = await seenIn(page);
      // The connecting state came first, and the Excel screens only once office.js had arrived (held 1.5 s).
      expect(seen.connecting).toBeLessThan(seen["tab-check"]!);
      expect(seen["tab-check"]).toBeGreaterThan(1400);
      expect(seen["banner-browser"]).toBeUndefined();
      expect(await page.getByTestId("tab-form").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
