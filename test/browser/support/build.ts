import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildSync } from "esbuild";

/**
 * The production build the browser tests run against. `npm test` builds it first; a developer running
 * these tests alone gets it built here when it is missing.
 */
export function ensureBuilt(): void {
  if (existsSync("dist/taskpane.html")) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit", timeout: 600_000 });
}

/** The fake Excel and Office globals as one browser script, served in place of Microsoft's office.js. */
export function officeStubScript(): string {
  const out = buildSync({
    entryPoints: ["test/fakes/officeStub.ts"],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}
