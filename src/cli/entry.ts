/**
 * The `tonghop` process: runs the command line on this process's arguments and streams. bin/tonghop.js
 * loads it, built (build/cli/tonghop.mjs, see scripts/build-cli.mjs) or through tsx.
 */
import { run } from "./main";

process.exitCode = await run(process.argv.slice(2), {
  // The line end written on its own: `${s}\n` would copy a --json of many megabytes once more.
  out: (s) => {
    process.stdout.write(s);
    if (!s.endsWith("\n")) process.stdout.write("\n");
  },
  err: (s) => process.stderr.write(s),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
});
