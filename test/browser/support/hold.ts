import type { Page } from "playwright-core";

/**
 * Holds every request the page makes from now on (the files worker's scripts, once a file is added)
 * until released: the pane stays in its "reading" state long enough to be looked at. Requests then go
 * on to the session's own routing.
 */
export async function holdRequests(page: Page): Promise<() => Promise<void>> {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  const handler = async (route: import("playwright-core").Route) => {
    await gate;
    await route.fallback();
  };
  // Left in place once released (it then only passes requests on): removing a route while requests wait
  // in it lets Playwright continue them a second time.
  await page.route("**/*", handler);
  return async () => release();
}
