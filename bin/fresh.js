// Whether build/cli (scripts/build-cli.mjs) can be run: there, and no source listed in its
// inputs.json changed after it was made. Shared by bin/tonghop.js and the bench.
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);

export function buildIsFresh() {
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
