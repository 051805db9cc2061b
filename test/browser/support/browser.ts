import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { recordViolations } from "./privacy";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
// In CI, .ci/run installs Chromium: the browser tests must run there, never skip quietly.
if (process.env.CI && !hasChromium) throw new Error("Chromium (/usr/bin/chromium) is required in CI");

/** Where the page asks for office.js (Microsoft's CDN), as in taskpane.html. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = "node_modules/@microsoft/office-js/dist/";

/** Flags that keep Chromium from calling hosts it cannot reach here (TOOLCHAIN.md). */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives every launch a fresh, empty profile of its own.
    args: FLAGS,
  });
}

export type OfficeMode =
  /** office.js is the fake Excel (test/fakes/officeStub.ts): the page believes it runs inside Excel. */
  | { kind: "excel"; stub: string; seed?: unknown }
  /** Microsoft's real office.js from npm, outside Office: `onReady` reports no host. */
  | { kind: "browser" };

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the page made to a host other than the test server, office.js aside. */
  foreign: string[];
  errors: string[];
}

/** The page's size in CSS pixels, and how many device pixels draw one (2 is the browser zoomed to 200 %). */
export interface View {
  width: number;
  height: number;
  deviceScaleFactor?: number;
}

/** A fresh page whose office.js request is answered locally and whose other outside requests are refused. */
export async function openPane(browser: Browser, origin: string, mode: OfficeMode, view: View = { width: 420, height: 900 }): Promise<Session> {
  const { deviceScaleFactor, ...viewport } = view;
  const context = await browser.newContext({ acceptDownloads: true, viewport, deviceScaleFactor, locale: "vi-VN" });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Before the page's own scripts, so that no Content-Security-Policy violation goes unseen.
  await page.addInitScript(recordViolations);
  if (mode.kind === "excel" && mode.seed !== undefined) {
    await page.addInitScript((seed) => ((globalThis as Record<string, unknown>).__TONGHOP_FAKE_SEED__ = seed), mode.seed);
  }
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = url.slice(OFFICE_CDN.length).split(/[?#]/)[0];
      if (mode.kind === "excel") return route.fulfill({ contentType: "text/javascript", body: file === "office.js" ? mode.stub : "" });
      const path = join(OFFICE_DIST, file);
      if (existsSync(path)) return route.fulfill({ contentType: "text/javascript", body: readFileSync(path) });
      return route.fulfill({ status: 404, body: "" });
    }
    foreign.push(url);
    return route.abort();
  });
  return { context, page, foreign, errors };
}
