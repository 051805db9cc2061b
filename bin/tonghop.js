#!/usr/bin/env node
// The `tonghop` command. It runs the build (build/cli/, made by `npm ci` through npm's `prepare`, or
// `npm run build:cli`) while that is at least as new as every source it was made from; otherwise,
// for a developer who has just edited a source, or an install without esbuild, it runs the
// TypeScript sources through tsx (about 0.5 s slower at start, in the command and in each worker).
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);

/** Whether build/cli is there and no source listed in its inputs.json changed after it was made. */
function buildIsFresh() {
  try {
    const inputs = new URL("build/cli/inputs.json", root);
    const madeAt = statSync(inputs).mtimeMs;
    const { sources } = JSON.parse(readFileSync(inputs, "utf8"));
    // A source deleted or renamed since counts as changed: statSync throws.
    return sources.every((path) => statSync(new URL(path, root)).mtimeMs <= madeAt);
  } catch {
    return false;
  }
}

if (buildIsFresh()) {
  await import("../build/cli/tonghop.mjs");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/entry.ts");
}
