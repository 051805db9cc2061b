#!/usr/bin/env node
// The `tonghop` command: loads the TypeScript sources through tsx, so no build step stands between
// `npm ci` and a working command.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/main.ts");
const code = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
