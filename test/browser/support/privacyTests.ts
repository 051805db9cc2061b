import { expect, it } from "vitest";
import type { Session } from "./browser";
import { storedData, tryForeignRequests, violationsOf } from "./privacy";

/**
 * The privacy checks every pane session ends with (issue 4, point 6), after it has done its work: the CSP
 * held without a violation, nothing was kept in the browser, another host cannot be reached, and the page
 * asked for nothing outside the test server (office.js aside).
 */
export function privacyTests(s: Session): void {
  it("did all of that under its Content-Security-Policy, without a single violation", async () => {
    expect(await violationsOf(s.page)).toEqual([]);
  });

  it("kept nothing in the browser: no web storage, IndexedDB, cookie or cache", async () => {
    expect(await storedData(s.page)).toEqual({ local: {}, session: {}, indexedDB: [], cookies: "", caches: [] });
  });

  it("cannot reach another host: the CSP refuses the request before it leaves the page", async () => {
    const outcome = await tryForeignRequests(s.page, "https://example.com/");
    expect(outcome.fetch).toMatch(/^rejected/);
    expect(outcome.image).toBe("failed");
    const violations = await violationsOf(s.page);
    expect(violations.map((v) => v.directive).sort()).toEqual(["connect-src", "connect-src", "img-src"]);
    expect(violations.every((v) => v.blocked.startsWith("https://example.com/"))).toBe(true);
    expect(s.foreign.filter((u) => u.includes("example.com"))).toEqual([]);
  });

  it("raised no page error and asked for nothing outside the test server (office.js aside)", () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
}
