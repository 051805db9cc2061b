/**
 * The `tonghop` process: runs the command line on this process's arguments and streams. bin/tonghop.js
 * loads it, built (build/cli/tonghop.mjs, see scripts/build-cli.mjs) or through tsx.
 */
import { run } from "./main";

process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
});
