import type { Page } from "playwright-core";

/** A Content-Security-Policy violation the page reported (`securitypolicyviolation` events). */
export interface Violation {
  directive: string;
  blocked: string;
}

type PrivacyWindow = { __cspViolations?: Violation[] };

/** Runs in the page before its own scripts: keeps every CSP violation for `violationsOf`. */
export function recordViolations(): void {
  const w = globalThis as unknown as PrivacyWindow & { addEventListener: Window["addEventListener"] };
  w.__cspViolations = [];
  w.addEventListener("securitypolicyviolation", (e) => {
    const event = e as SecurityPolicyViolationEvent;
    w.__cspViolations!.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI });
  });
}

/**
 * Microsoft's office.js opens a telemetry frame a few seconds after it loads outside Office; the page's CSP
 * refuses it on purpose (README, "Privacy"). Whether a test is still running by then depends on the machine's
 * load, so that one refusal, and only it, is set apart from the violations a test asserts on.
 */
export const OFFICE_TELEMETRY: Violation = { directive: "frame-src", blocked: "https://telemetryservice.firstpartyapps.oaspapps.com" };

const isOfficeTelemetry = (v: Violation) => v.directive === OFFICE_TELEMETRY.directive && v.blocked === OFFICE_TELEMETRY.blocked;

/** Every CSP violation the page has seen, but the refused office.js telemetry frame. */
export async function violationsOf(page: Page): Promise<Violation[]> {
  const all = await page.evaluate(() => [...((globalThis as unknown as PrivacyWindow).__cspViolations ?? [])]);
  return all.filter((v) => !isOfficeTelemetry(v));
}

/** What the page tries when code (ours, a library's, an injected script's) reaches for another host. */
export function tryForeignRequests(page: Page, url: string): Promise<{ fetch: string; image: string; beacon: boolean }> {
  return page.evaluate(async (target) => {
    const fetched = await fetch(target, { mode: "no-cors" }).then(
      () => "loaded",
      (e: unknown) => `rejected: ${e instanceof Error ? e.name : String(e)}`,
    );
    const image = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve("loaded");
      img.onerror = () => resolve("failed");
      img.src = `${target}pixel.png`;
    });
    let beacon = false;
    try {
      beacon = navigator.sendBeacon(`${target}beacon`, "x");
    } catch {
      beacon = false;
    }
    // Violation events are queued as tasks: let them arrive before the caller reads them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { fetch: fetched, image, beacon };
  }, url);
}

/** Everything the page's origin keeps in the browser: web storage, IndexedDB, cookies, Cache Storage. */
export interface StoredData {
  local: Record<string, string>;
  session: Record<string, string>;
  indexedDB: string[];
  cookies: string;
  caches: string[];
}

export function storedData(page: Page): Promise<StoredData> {
  return page.evaluate(async () => {
    const entries = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? ""]));
    const dbs = typeof indexedDB.databases === "function" ? (await indexedDB.databases()).map((d) => d.name ?? "") : [];
    const cacheNames = typeof caches !== "undefined" ? await caches.keys() : [];
    return { local: entries(localStorage), session: entries(sessionStorage), indexedDB: dbs, cookies: document.cookie, caches: cacheNames };
  });
}
