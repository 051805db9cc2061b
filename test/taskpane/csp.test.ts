/**
 * Privacy (issue 4, point 6): every page of the add-in carries a Content-Security-Policy that lets it load
 * and talk to nothing but its own origin and Microsoft's office.js host. The browser tests check that the
 * policy holds in Chromium (test/browser); this checks the policy itself, in the sources and in the build.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ensureBuilt } from "../browser/support/build";

const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const PAGES = ["taskpane.html", "commands.html", "result.html"];
const SOURCES: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "result.html": "src/commands/result.html",
};

/** The policy the pages must carry, directive by directive (the reasons are in taskpane.html). */
const EXPECTED: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_HOST],
  "connect-src": ["'self'"],
  "img-src": ["'self'", "data:", "blob:"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "worker-src": ["'self'", "blob:"],
  "frame-src": ["'self'", OFFICE_HOST],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

/** The policy of a page's `<meta http-equiv="Content-Security-Policy">`, and where it sits in the page. */
function policyOf(html: string): { directives: Record<string, string[]>; at: number } | null {
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')\s*\/?>/i.exec(html);
  if (!m) return null;
  const directives: Record<string, string[]> = {};
  for (const part of (m[2] ?? m[3]).split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return { directives, at: m.index };
}

/** Every `src`/`href` a page names itself (before any script runs). */
const urlsOf = (html: string) => [...html.matchAll(/\b(?:src|href)=["']?([^"'\s>]+)/gi)].map((m) => m[1]);

function checkPage(name: string, html: string) {
  const policy = policyOf(html);
  expect(policy, `${name} has no Content-Security-Policy`).not.toBeNull();
  expect(policy!.directives, name).toEqual(EXPECTED);
  // A meta policy governs only what comes after it: it must precede every script, office.js first.
  const firstScript = html.search(/<script\b/i);
  expect(firstScript === -1 || policy!.at < firstScript, `${name}: the policy comes after a script`).toBe(true);
  // Nothing from another host, except office.js itself.
  const foreign = urlsOf(html).filter((u) => /^(https?:)?\/\//i.test(u));
  expect(foreign.every((u) => u === `${OFFICE_HOST}/lib/1/hosted/office.js`), `${name}: ${foreign.join(", ")}`).toBe(true);
}

describe("the pages' Content-Security-Policy", () => {
  it("allows only the page's origin and office.js's host, in every source page", () => {
    for (const page of PAGES) checkPage(page, readFileSync(SOURCES[page], "utf8"));
  });

  it("names no host but office.js's anywhere in the policy, and opens no door with wildcards or eval", () => {
    const hosts = new Set(Object.values(EXPECTED).flat().filter((s) => !s.startsWith("'") && !s.endsWith(":")));
    expect([...hosts]).toEqual([OFFICE_HOST]);
    const all = Object.values(EXPECTED).flat();
    for (const risky of ["*", "'unsafe-eval'", "https:", "http:", "data:*"]) expect(all).not.toContain(risky);
    expect(EXPECTED["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("survives the production build in all three pages, before their scripts", () => {
    ensureBuilt();
    for (const page of PAGES) checkPage(page, readFileSync(`dist/${page}`, "utf8"));
  });

  it("is recognised by a parser that reads the policy the way the test reads it", () => {
    const sample = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src *"><script src="x.js"></script>`;
    expect(policyOf(sample)?.directives["connect-src"]).toEqual(["*"]);
    expect(policyOf("<head><script></script></head>")).toBeNull();
  });
});
