/**
 * The `tonghop` process: runs the command line on this process's arguments and streams. bin/tonghop.js
 * loads it, built (build/cli/tonghop.mjs, see scripts/build-cli.mjs) or through tsx.
 */
import { run } from "./main";

process.exitCode = await run(process.argv.slice(2), {
  // The line end written on its own: `${s}\n` would copy a long output (1,000 files' findings) once more.
  out: (s) => {
    process.stdout.write(s);
    if (!s.endsWith("\n")) process.stdout.write("\n");
  },
  // A --json of many megabytes, piece by piece: never one string to flatten and encode whole (jsonPieces.ts).
  outPieces: (pieces) => {
    for (const piece of pieces) process.stdout.write(piece);
    process.stdout.write("\n");
  },
  err: (s) => process.stderr.write(s),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
});
