#!/usr/bin/env node
// The `tonghop` command. It runs the build (build/cli/, made by `npm ci` through npm's `prepare`, or
// `npm run build:cli`) while that is at least as new as every source it was made from; otherwise,
// for a developer who has just edited a source, or an install without esbuild, it runs the
// TypeScript sources through tsx (about 0.5 s slower at start, in the command and in each worker).
import { buildIsFresh } from "./fresh.js";

if (buildIsFresh()) {
  // The reading workers load while the command does (src/cli/prestart.ts).
  const { prestartReadWorkers, tuneCompilerForBatch } = await import("../build/cli/prestart.mjs");
  tuneCompilerForBatch();
  prestartReadWorkers(new URL("../build/cli/read-worker.mjs", import.meta.url), process.argv.slice(2));
  await import("../build/cli/tonghop.mjs");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/entry.ts");
}
